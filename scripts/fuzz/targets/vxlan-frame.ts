/**
 * A UDP datagram as a VXLAN uplink receives it from the network: the RFC 7348 header, then the
 * Ethernet frame the bridges switch. The frame enters a vlan-aware bridge at its trunk (access
 * ports in VLANs 7 and 8 beside it) and a plain bridge. Properties: no exception; the VNI is
 * -1 exactly when the datagram is short or lacks the I flag, else 24 bits; every frame is
 * counted at its port; on the vlan-aware bridge a frame reaches at most one VLAN, and an access
 * port gets exactly the frame minus its 802.1Q tag of that port's VLAN; the plain bridge
 * forwards a frame unchanged, drops it, or filters it (sent to its own source's port).
 */
import fc from 'fast-check';
import { VXLAN_HLEN, VirtualSwitch, readVxlanVni, writeVxlanHeader, type BridgePort } from '@hvsim/dom0';
import { fail, mutationsOf, type FuzzTarget } from '../target';

function datagram(frame: number[], vni = 42): Uint8Array {
  const d = new Uint8Array(VXLAN_HLEN + frame.length);
  writeVxlanHeader(d, vni);
  d.set(frame, VXLAN_HLEN);
  return d;
}

const ARP = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0x16, 0x3e, 0, 0, 1, 0x08, 0x06, 0, 1, 8, 0, 6, 4, 0, 1, 0x00, 0x16, 0x3e, 0, 0, 1, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 10, 0, 0, 2];
const tagged = (vid: number): number[] => [...ARP.slice(0, 12), 0x81, 0x00, (5 << 5) | (vid >> 8), vid & 0xff, ...ARP.slice(12)];
const SEEDS = [datagram(ARP), datagram(tagged(7)), datagram(tagged(8)), datagram(tagged(0)), datagram([...tagged(7).slice(0, 16), ...tagged(8).slice(12)]), datagram(ARP, 0xffffff)];

interface Rig {
  trunk: BridgePort;
  got: Map<string, Uint8Array[]>;
}

function vlanRig(): Rig & { sw: VirtualSwitch } {
  const sw = new VirtualSwitch('xenbr1', { now: () => 0, vlanAware: true });
  const got = new Map<string, Uint8Array[]>([['a7', []], ['b8', []]]);
  sw.attach('a7', (f) => got.get('a7')?.push(Uint8Array.from(f)), { vlan: 7 });
  sw.attach('b8', (f) => got.get('b8')?.push(Uint8Array.from(f)), { vlan: 8 });
  return { sw, got, trunk: sw.attach('uplink', () => undefined, { trunk: true }) };
}

/** The VID of an 802.1Q-tagged frame, or -1 when untagged. */
function vidOf(f: Uint8Array): number {
  return f.length >= 18 && f[12] === 0x81 && f[13] === 0x00 ? ((f[14] << 8) | f[15]) & 0xfff : -1;
}

export const vxlanFrame: FuzzTarget = {
  name: 'vxlan-frame',
  about: 'a VXLAN datagram from the network: its header, then its frame through a vlan-aware and a plain bridge',
  inputs: () => mutationsOf(SEEDS, 1600),
  check(input) {
    const vni = readVxlanVni(input);
    const malformed = input.length < VXLAN_HLEN + 14 || (input[0] & 0x08) === 0;
    if ((vni < 0) !== malformed) fail(`VNI ${vni} for a datagram of ${input.length} bytes with flags ${input[0]}`);
    if (vni > 0xffffff) fail(`VNI ${vni} is more than 24 bits`);
    if (vni < 0) return;
    const frame = input.subarray(VXLAN_HLEN);

    const rig = vlanRig();
    rig.trunk.send(frame);
    if (rig.trunk.counters.rxFrames !== 1) fail('the frame was not counted at its port');
    const reached = [...rig.got].filter(([, fs]) => fs.length > 0);
    if (reached.length > 1) fail(`one frame reached VLANs ${reached.map(([p]) => p).join(' and ')}`);
    for (const [port, [f]] of reached) {
      const vid = port === 'a7' ? 7 : 8;
      if (vidOf(frame) !== vid) fail(`${port} (VLAN ${vid}) got a frame of VLAN ${vidOf(frame)}`);
      const expected = Uint8Array.from([...frame.subarray(0, 12), ...frame.subarray(16)]);
      if (Buffer.compare(Buffer.from(f), Buffer.from(expected)) !== 0) fail(`${port} got a frame other than the input without its tag`);
    }
    if (rig.trunk.counters.dropped === 1 && reached.length > 0) fail('a dropped frame was delivered');

    const plain = new VirtualSwitch('xenbr0', { now: () => 0 });
    const out: Uint8Array[] = [];
    const x = plain.attach('x', () => undefined);
    plain.attach('y', (f) => out.push(Uint8Array.from(f)));
    x.send(frame);
    // Filtered: a destination that is its own source, learned on the ingress port a moment before.
    if (out.length + x.counters.dropped + plain.stats.filtered !== 1) fail(`the plain bridge delivered ${out.length} copies, dropped ${x.counters.dropped}, filtered ${plain.stats.filtered}`);
    if (out.length === 1 && Buffer.compare(Buffer.from(out[0]), Buffer.from(frame)) !== 0) fail('the plain bridge changed the frame');
  },
};
