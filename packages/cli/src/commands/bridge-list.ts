import type { CommandModule } from 'yargs';
import type { pb } from '@hvsim/control';
import { padLeft, padRight } from '../format/text';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

export const bridgeListCommand: CommandModule<object, DaemonArgs> = {
  command: 'bridge-list',
  describe: "List the host's bridges, their ports with counters, uplink paths and VXLAN sockets",
  builder: (y) => daemonOptions(y),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const r = await m.BridgeList({});
      if (argv.json) outJson(r);
      else out(formatBridges(r));
    }),
};

/** brctl show's table, then each port's counters (bridge -s link), each uplink path's state
 *  (/proc/net/bonding), and what each VXLAN socket dropped. */
export function formatBridges(r: pb.BridgeListResponse): string {
  let text = 'bridge name     vlan-aware  MACs   interfaces\n';
  for (const b of r.bridges) {
    const ports = b.ports.length === 0 ? [''] : b.ports.map((p) => p.name);
    text += `${padLeft(b.name, 15)} ${padLeft(b.vlanAware ? 'yes' : 'no', 11)} ${padLeft(String(b.macs), 6)} ${ports[0]}\n`;
    for (const p of ports.slice(1)) text += `${' '.repeat(36)}${p}\n`;
  }
  text += '\nport            bridge          vlan   rx-frames   rx-bytes    tx-frames   tx-bytes    dropped\n';
  for (const b of r.bridges) {
    for (const p of b.ports) {
      const vlan = !b.vlanAware ? '-' : p.trunk ? 'trunk' : String(p.pvid);
      text += `${padLeft(p.name, 15)} ${padLeft(b.name, 15)} ${padLeft(vlan, 6)} ${padRight(p.rxFrames, 10)} ${padRight(p.rxBytes, 10)}  ${padRight(p.txFrames, 10)} ${padRight(p.txBytes, 10)}  ${padRight(p.dropped, 7)}\n`;
    }
  }
  const paths = r.bridges.flatMap((b) => b.uplinkPaths.map((p) => ({ bridge: b.name, ...p })));
  if (paths.length > 0) {
    text += '\nuplink path                                          bridge          state  active  failures  tx          rx\n';
    for (const p of paths) {
      text += `${padLeft(p.name, 52)} ${padLeft(p.bridge, 15)} ${padLeft(p.up ? 'up' : 'down', 6)} ${padLeft(p.active ? 'yes' : 'no', 7)} ${padRight(p.failures, 8)}  ${padRight(p.txDatagrams, 10)}  ${padRight(p.rxDatagrams, 10)}\n`;
    }
  }
  for (const s of r.vxlanSockets) text += `\nvxlan socket ${s.local}: ${s.malformed} malformed, ${s.unknownPeer} from unknown peers (dropped)\n`;
  return text;
}
