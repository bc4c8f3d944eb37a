/**
 * The host's uplinks (uplink-spec.ts): one VXLAN socket per local address, one path per
 * declaration, and per bridge one active-backup team plugged in as the bridge's `uplink` port.
 */
import type { VirtualClock } from '../platform';
import type { Bridges } from './bridge-directory';
import { formatUdpAddress, type UplinkSpec } from './uplink-spec';
import { UplinkTeam } from './uplink-team';
import type { VirtualSwitch } from './virtual-switch';
import { VxlanSocket, type SocketCounters, type VxlanLink } from './vxlan-link';

export class Uplinks {
  private constructor(
    private readonly sockets: ReadonlyMap<string, VxlanSocket>,
    readonly teams: ReadonlyMap<string, UplinkTeam>,
  ) {}

  /** Binds the sockets and plugs each bridge's team in; throws (having closed what it opened)
   *  on a bridge that is not declared, a path declared twice, or a socket that cannot bind. */
  static async open(specs: readonly UplinkSpec[], bridges: Bridges, clock: VirtualClock, log: (line: string) => void): Promise<Uplinks> {
    const paths = new Set<string>();
    for (const spec of specs) {
      if (bridges.get(spec.bridge) === undefined) throw new Error(`uplink of ${spec.bridge}: no such bridge (declared: ${bridges.names().join(', ')})`);
      const path = `${formatUdpAddress(spec.local)} vni ${spec.vni} ${formatUdpAddress(spec.remote)}`;
      if (paths.has(path)) throw new Error(`uplink of ${spec.bridge}: the path ${path} is declared twice`);
      paths.add(path);
    }
    const sockets = new Map<string, VxlanSocket>();
    try {
      for (const spec of specs) {
        const key = formatUdpAddress(spec.local);
        if (!sockets.has(key)) sockets.set(key, await VxlanSocket.bind(spec.local, log));
      }
    } catch (err) {
      await Promise.all([...sockets.values()].map((s) => s.close()));
      throw err;
    }
    const linksOf = new Map<string, VxlanLink[]>();
    for (const spec of specs) {
      const link = (sockets.get(formatUdpAddress(spec.local)) as VxlanSocket).link(spec.vni, spec.remote);
      linksOf.set(spec.bridge, [...(linksOf.get(spec.bridge) ?? []), link]);
    }
    const teams = new Map<string, UplinkTeam>();
    // Every bridge named was checked above.
    for (const [bridge, links] of linksOf) teams.set(bridge, new UplinkTeam(bridges.get(bridge) as VirtualSwitch, links, clock, log));
    for (const team of teams.values()) team.start();
    return new Uplinks(sockets, teams);
  }

  /** Datagrams each socket dropped, by local address. */
  socketCounters(): Record<string, SocketCounters> {
    return Object.fromEntries([...this.sockets].map(([k, s]) => [k, { ...s.counters }]));
  }

  async close(): Promise<void> {
    for (const team of this.teams.values()) team.stop();
    await Promise.all([...this.sockets.values()].map((s) => s.close()));
  }
}
