/**
 * A bridge's uplinks as one port: an active-backup team (Linux bonding's mode=active-backup, with
 * ARP-style link monitoring). Frames leave on the active path only; frames arriving on any path
 * enter the bridge (the peer's choice of path may lag ours by a probe interval, and one peer per
 * path cannot make a loop).
 *
 * Link monitoring: every PROBE_INTERVAL_NS of virtual time each path sends a probe request; the
 * peer's team answers on the same path. A path is up while a reply arrived within
 * LINK_TIMEOUT_NS; the primary (first declared) path is active whenever it is up, else the
 * current one while it is up, else the first path that is up (with none up, traffic stays where
 * it is). A path that stops answering is thus left at most LINK_TIMEOUT_NS + PROBE_INTERVAL_NS
 * (60 ms) of virtual time after its last reply.
 *
 * Probes are Ethernet frames inside the path's VXLAN encapsulation, so a capture of the UDP
 * traffic decodes them: to 01:80:c2:00:00:0e (a link-local group address, which 802.1D bridges
 * never forward), EtherType 0x88b5 (IEEE 802's local experimental EtherType 1), payload: kind
 * (1 request, 2 reply), three zero bytes, a 32-bit sequence number, zeros to the minimum frame.
 */
import type { BridgePort } from './bridge-port';
import type { VirtualClock } from '../platform';
import type { VxlanLink } from './vxlan-link';
import type { VirtualSwitch } from './virtual-switch';

export const PROBE_INTERVAL_NS = 10_000_000;
export const LINK_TIMEOUT_NS = 50_000_000;
export const PROBE_ETHERTYPE = 0x88b5;
const PROBE_DESTINATION = [0x01, 0x80, 0xc2, 0x00, 0x00, 0x0e];
/** A locally administered source ("hvsim" after the 0x02 prefix). */
const PROBE_SOURCE = [0x02, 0x68, 0x76, 0x73, 0x69, 0x6d];
const PROBE_REQUEST = 1;
const PROBE_REPLY = 2;
/** The minimum Ethernet frame without FCS. */
const PROBE_LENGTH = 60;
const PROBE_KIND_OFFSET = 14;

/** A path of the team, as `cat /proc/net/bonding/bondN` shows its slaves. */
export interface TeamPathInfo {
  name: string;
  up: boolean;
  active: boolean;
  /** Times it went from up to down. */
  failures: number;
  txDatagrams: number;
  rxDatagrams: number;
  txErrors: number;
}

interface Path {
  link: VxlanLink;
  /** Virtual time of the last probe reply; -Infinity before the first. */
  lastReply: number;
  up: boolean;
  failures: number;
  seq: number;
}

export class UplinkTeam {
  readonly port: BridgePort;
  private readonly paths: Path[];
  private active = 0;
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly bridge: VirtualSwitch,
    links: readonly VxlanLink[],
    private readonly clock: VirtualClock,
    private readonly log: (line: string) => void,
  ) {
    this.paths = links.map((link) => ({ link, lastReply: -Infinity, up: false, failures: 0, seq: 0 }));
    this.port = bridge.attach('uplink', (frame) => this.paths[this.active].link.send(frame), { trunk: true });
    for (const path of this.paths) path.link.onFrame = (frame) => this.receive(path, frame);
  }

  /** Starts link monitoring. */
  start(): void {
    this.tick();
  }

  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.port.detach();
  }

  get activePath(): number {
    return this.active;
  }

  pathInfo(): TeamPathInfo[] {
    return this.paths.map((p, i) => ({ name: p.link.name, up: p.up, active: i === this.active, failures: p.failures, ...p.link.counters }));
  }

  private tick(): void {
    const now = this.clock.now();
    for (const path of this.paths) {
      const up = now - path.lastReply <= LINK_TIMEOUT_NS;
      if (path.up && !up) path.failures++;
      path.up = up;
      path.seq = (path.seq + 1) >>> 0;
      path.link.send(probe(PROBE_REQUEST, path.seq));
    }
    this.choose();
    this.cancelTimer = this.clock.setTimer(PROBE_INTERVAL_NS, () => this.tick());
  }

  private choose(): void {
    let next = this.active;
    if (this.paths[0].up) next = 0;
    else if (!this.paths[this.active].up) {
      const firstUp = this.paths.findIndex((p) => p.up);
      if (firstUp >= 0) next = firstUp;
    }
    if (next === this.active) return;
    const was = this.paths[this.active];
    const why = was.up ? `the primary path ${this.paths[next].link.name} answers again` : `uplink path ${was.link.name} stopped answering`;
    this.log(`bridge ${this.bridge.name}: ${why}; traffic moves to ${this.paths[next].link.name}`);
    this.active = next;
  }

  private receive(path: Path, frame: Uint8Array): void {
    const kind = probeKind(frame);
    if (kind === PROBE_REQUEST) {
      path.link.send(probe(PROBE_REPLY, readSeq(frame)));
    } else if (kind === PROBE_REPLY) {
      path.lastReply = this.clock.now();
      if (!path.up) {
        path.up = true;
        this.choose();
      }
    } else {
      this.port.send(frame);
    }
  }
}

function probe(kind: number, seq: number): Uint8Array {
  const frame = new Uint8Array(PROBE_LENGTH);
  frame.set(PROBE_DESTINATION, 0);
  frame.set(PROBE_SOURCE, 6);
  frame[12] = PROBE_ETHERTYPE >> 8;
  frame[13] = PROBE_ETHERTYPE & 0xff;
  frame[PROBE_KIND_OFFSET] = kind;
  new DataView(frame.buffer).setUint32(PROBE_KIND_OFFSET + 4, seq);
  return frame;
}

/** The probe kind of `frame`, or 0 when it is not a probe (a frame for the bridge). */
function probeKind(frame: Uint8Array): number {
  if (frame.length < PROBE_LENGTH || frame[12] !== PROBE_ETHERTYPE >> 8 || frame[13] !== (PROBE_ETHERTYPE & 0xff)) return 0;
  for (let i = 0; i < 6; i++) if (frame[i] !== PROBE_DESTINATION[i]) return 0;
  const kind = frame[PROBE_KIND_OFFSET];
  return kind === PROBE_REQUEST || kind === PROBE_REPLY ? kind : 0;
}

function readSeq(frame: Uint8Array): number {
  const at = PROBE_KIND_OFFSET + 4;
  return ((frame[at] << 24) | (frame[at + 1] << 16) | (frame[at + 2] << 8) | frame[at + 3]) >>> 0;
}
