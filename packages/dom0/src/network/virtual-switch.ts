/**
 * A bridge of dom0: a learning switch, as Linux's bridge behaves with its defaults.
 *  - Learning: each accepted frame's source (MAC, VLAN) is recorded against its ingress port
 *    (mac-table.ts, ageing in virtual time).
 *  - Forwarding: a unicast destination it knows goes to that port alone (or nowhere, if it is
 *    the ingress port: "filtered"); unknown unicast, broadcast and multicast are flooded to
 *    every other port of the frame's VLAN.
 *  - 802.1Q (a vlan-aware bridge, Linux's vlan_filtering=1): every frame belongs to one VLAN.
 *    An access port (`vlan=N`, or VLAN 1 by default) is a member of its VLAN only: untagged
 *    frames entering it get VID N, frames leave it untagged. A trunk (an uplink) is a member of
 *    every VLAN: tagged frames keep their VID, untagged ones are VLAN 1's, and frames leave it
 *    tagged except VLAN 1's. A frame reaches only members of its VLAN, so it never crosses
 *    VLANs. A bridge that is not vlan-aware forwards frames as they are, tags and all.
 *  - Drops, counted at the ingress port: shorter than a header, longer than 1514 bytes (1518
 *    tagged), a source that is a group or zero address, VID 4095, a VID the port is not a
 *    member of.
 *
 * The frame path allocates nothing: MACs are compared as numbers, and the two forms a frame may
 * leave in (untagged, tagged) are built at most once per frame into buffers of the switch, whose
 * views per length are made once.
 */
import type { Bridge, BridgePort, FrameSink, PortCounters, PortOptions } from './bridge-port';
import {
  DEFAULT_PVID, ETH_FRAME_LEN, ETH_HLEN, ETH_P_8021Q, ETH_TYPE_OFFSET, VLAN_ETH_FRAME_LEN, VLAN_HLEN, VLAN_MAX_VID, VLAN_VID_MASK,
  isGroupMac, isValidSourceMac, macHigh, macLow,
} from './ethernet';
import { DEFAULT_AGEING_NS, DEFAULT_MAC_TABLE_ENTRIES, MacTable, type MacEntry } from './mac-table';

export interface SwitchOptions {
  /** Virtual time in ns (ageing, capture timestamps). */
  now: () => number;
  /** 802.1Q VLAN filtering (Linux's vlan_filtering). */
  vlanAware?: boolean;
  ageingNs?: number;
  macTableEntries?: number;
  /** Where a port owner's failure while taking a frame is reported. */
  log?: (line: string) => void;
}

/** Sees every frame a bridge accepts, with the virtual time it arrived (net-capture). On a
 *  vlan-aware bridge the frame carries its VLAN's tag, as it travels inside the bridge. */
export type FrameTap = (frame: Uint8Array, timeNs: number) => void;

/** What a bridge did with frames overall (per port: PortCounters). */
export interface SwitchStats {
  /** Frames sent to the one port their destination was learned on. */
  forwarded: number;
  /** Frames flooded (unknown unicast, broadcast, multicast). */
  flooded: number;
  /** Frames whose destination was learned on their own ingress port: not sent back. */
  filtered: number;
  /** Frames dropped at ingress (also in their port's `dropped`). */
  dropped: number;
  /** Sources not learned because the MAC table was full of live entries. */
  notLearned: number;
}

export interface PortInfo {
  name: string;
  /** The port's untagged VLAN (vlan-aware bridges; 0 otherwise). */
  pvid: number;
  trunk: boolean;
  counters: PortCounters;
}

class SwitchPort implements BridgePort {
  readonly counters: PortCounters = { rxFrames: 0, rxBytes: 0, txFrames: 0, txBytes: 0, dropped: 0 };
  attached = true;

  constructor(
    readonly name: string,
    readonly index: number,
    readonly deliver: FrameSink,
    /** VLAN of untagged frames; 0 on a bridge that is not vlan-aware. */
    readonly pvid: number,
    readonly trunk: boolean,
    private readonly bridge: VirtualSwitch,
  ) {}

  send(frame: Uint8Array): void {
    this.bridge.ingress(this, frame);
  }

  detach(): void {
    this.bridge.unplug(this);
  }

  isMember(vid: number): boolean {
    return this.trunk || vid === this.pvid;
  }
}

/** A buffer a frame is rewritten into, with one view per length made on first use. */
class FrameBuffer {
  readonly bytes: Uint8Array;
  private readonly views: Array<Uint8Array | undefined>;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.views = new Array<Uint8Array | undefined>(size + 1);
  }

  view(length: number): Uint8Array {
    let v = this.views[length];
    if (v === undefined) {
      v = this.bytes.subarray(0, length);
      this.views[length] = v;
    }
    return v;
  }
}

/** How the frame being switched arrived. */
const enum Form {
  Untagged,
  /** Tagged with the VID it is switched in. */
  Tagged,
  /** Tagged with VID 0 (priority only): switched as untagged. */
  PriorityTagged,
}

export class VirtualSwitch implements Bridge {
  readonly vlanAware: boolean;
  readonly stats: SwitchStats = { forwarded: 0, flooded: 0, filtered: 0, dropped: 0, notLearned: 0 };
  private readonly table: MacTable;
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  /** Ports by index; a detached port leaves a hole that the next attach takes. */
  private readonly slots: Array<SwitchPort | null> = [];
  /** The attached ports, in index order (the flood list). */
  private active: SwitchPort[] = [];
  private taps: FrameTap[] = [];

  // The frame being switched (fields, so the path allocates no per-frame state).
  private frame: Uint8Array = new Uint8Array(0);
  private form = Form.Untagged;
  private untaggedView: Uint8Array | null = null;
  private taggedView: Uint8Array | null = null;
  /** Tagged-frame sized: a tagged frame is copied in whole before its tag is cut out. */
  private readonly untaggedBuffer = new FrameBuffer(VLAN_ETH_FRAME_LEN);
  private readonly taggedBuffer = new FrameBuffer(VLAN_ETH_FRAME_LEN);
  /** Frames sent by a port owner while the switch was delivering (copies), switched after. */
  private busy = false;
  private readonly backlog: Array<{ port: SwitchPort; frame: Uint8Array }> = [];

  constructor(readonly name: string, options: SwitchOptions) {
    this.vlanAware = options.vlanAware ?? false;
    this.now = options.now;
    this.log = options.log ?? (() => undefined);
    this.table = new MacTable(options.ageingNs ?? DEFAULT_AGEING_NS, options.macTableEntries ?? DEFAULT_MAC_TABLE_ENTRIES);
  }

  attach(portName: string, deliver: FrameSink, options: PortOptions = {}): BridgePort {
    if (this.active.some((p) => p.name === portName)) throw new Error(`bridge ${this.name}: port ${portName} is already attached`);
    const { vlan, trunk = false } = options;
    if (vlan !== undefined) {
      if (!this.vlanAware) throw new Error(`bridge ${this.name} is not vlan-aware: vlan=${vlan} needs a bridge declared "${this.name} vlan-aware"`);
      if (!Number.isInteger(vlan) || vlan < 1 || vlan > VLAN_MAX_VID) throw new Error(`vlan must be 1..${VLAN_MAX_VID}, got ${vlan}`);
      if (trunk) throw new Error(`port ${portName}: a trunk carries every VLAN; vlan=${vlan} is for access ports`);
    }
    let index = this.slots.indexOf(null);
    if (index < 0) index = this.slots.length;
    const pvid = this.vlanAware ? vlan ?? DEFAULT_PVID : 0;
    const port = new SwitchPort(portName, index, deliver, pvid, trunk, this);
    this.slots[index] = port;
    this.active = this.slots.filter((p): p is SwitchPort => p !== null);
    return port;
  }

  /** Adds a tap on every accepted frame; returns a function that removes it. */
  capture(tap: FrameTap): () => void {
    this.taps = [...this.taps, tap];
    return () => {
      this.taps = this.taps.filter((t) => t !== tap);
    };
  }

  ports(): PortInfo[] {
    return this.active.map((p) => ({ name: p.name, pvid: p.pvid, trunk: p.trunk, counters: { ...p.counters } }));
  }

  /** The learned stations (`bridge fdb show`), with their port's name. */
  macs(): Array<MacEntry & { portName: string }> {
    return this.table.entries(this.now()).map((e) => ({ ...e, portName: this.slots[e.port]?.name ?? '?' }));
  }

  /** @internal SwitchPort.send */
  ingress(port: SwitchPort, frame: Uint8Array): void {
    if (!port.attached) {
      port.counters.dropped++;
      return;
    }
    if (this.busy) {
      // A port owner answering from inside its sink: the switch's buffers are in use.
      this.backlog.push({ port, frame: frame.slice() });
      return;
    }
    this.busy = true;
    try {
      this.switchFrame(port, frame);
      for (let next = this.backlog.shift(); next !== undefined; next = this.backlog.shift()) {
        if (next.port.attached) this.switchFrame(next.port, next.frame);
      }
    } finally {
      this.busy = false;
      this.frame = this.untaggedBuffer.bytes; // keep no reference to the sender's buffer
    }
  }

  /** @internal SwitchPort.detach */
  unplug(port: SwitchPort): void {
    if (!port.attached) return;
    port.attached = false;
    this.slots[port.index] = null;
    this.active = this.active.filter((p) => p !== port);
    this.table.forgetPort(port.index);
  }

  private switchFrame(port: SwitchPort, frame: Uint8Array): void {
    const length = frame.length;
    port.counters.rxFrames++;
    port.counters.rxBytes += length;
    const vid = this.classify(port, frame);
    if (vid < 0) {
      port.counters.dropped++;
      this.stats.dropped++;
      return;
    }
    this.frame = frame;
    this.untaggedView = null;
    this.taggedView = null;
    const now = this.now();
    if (!this.table.learn(macHigh(frame, 6), macLow(frame, 6), vid, port.index, now)) this.stats.notLearned++;
    if (this.taps.length > 0) this.tap(vid, now);

    if (!isGroupMac(frame, 0)) {
      const out = this.table.lookup(macHigh(frame, 0), macLow(frame, 0), vid, now);
      if (out >= 0) {
        if (out === port.index) {
          this.stats.filtered++;
        } else {
          this.stats.forwarded++;
          this.egress(this.slots[out] as SwitchPort, vid);
        }
        return;
      }
    }
    this.stats.flooded++;
    const ports = this.active;
    for (let i = 0; i < ports.length; i++) {
      if (ports[i] !== port) this.egress(ports[i], vid);
    }
  }

  /** The frame's VLAN (0 on a bridge that is not vlan-aware), or -1 to drop it; sets `form`. */
  private classify(port: SwitchPort, frame: Uint8Array): number {
    const length = frame.length;
    if (length < ETH_HLEN || !isValidSourceMac(frame, 6)) return -1;
    const tagged = length >= ETH_HLEN + VLAN_HLEN && ((frame[ETH_TYPE_OFFSET] << 8) | frame[ETH_TYPE_OFFSET + 1]) === ETH_P_8021Q;
    if (length > (tagged ? VLAN_ETH_FRAME_LEN : ETH_FRAME_LEN)) return -1;
    if (!this.vlanAware) return 0;
    if (!tagged) {
      this.form = Form.Untagged;
      return port.pvid;
    }
    const vid = ((frame[ETH_TYPE_OFFSET + 2] << 8) | frame[ETH_TYPE_OFFSET + 3]) & VLAN_VID_MASK;
    if (vid === 0) {
      this.form = Form.PriorityTagged;
      return port.pvid;
    }
    this.form = Form.Tagged;
    return vid <= VLAN_MAX_VID && port.isMember(vid) ? vid : -1;
  }

  private egress(port: SwitchPort, vid: number): void {
    let view = this.frame;
    if (this.vlanAware) {
      if (!port.isMember(vid)) return;
      view = vid === port.pvid ? this.untagged() : this.tagged(vid);
    }
    port.counters.txFrames++;
    port.counters.txBytes += view.length;
    try {
      port.deliver(view);
    } catch (err) {
      port.counters.dropped++;
      this.log(`bridge ${this.name}: port ${port.name} failed to take a frame: ${(err as Error).message}`);
    }
  }

  private tap(vid: number, now: number): void {
    const view = this.vlanAware && vid !== 0 ? this.tagged(vid) : this.frame;
    for (const tap of this.taps) tap(view, now);
  }

  /** The frame without an 802.1Q tag. */
  private untagged(): Uint8Array {
    if (this.form === Form.Untagged) return this.frame;
    if (this.untaggedView === null) {
      // Whole, then the payload moved over the tag: two native copies, no view allocated.
      const src = this.frame;
      const dst = this.untaggedBuffer.bytes;
      dst.set(src, 0);
      dst.copyWithin(ETH_TYPE_OFFSET, ETH_TYPE_OFFSET + VLAN_HLEN, src.length);
      this.untaggedView = this.untaggedBuffer.view(src.length - VLAN_HLEN);
    }
    return this.untaggedView;
  }

  /** The frame tagged with `vid` (a priority tag keeps its priority bits). */
  private tagged(vid: number): Uint8Array {
    if (this.form === Form.Tagged) return this.frame;
    if (this.taggedView === null) {
      const src = this.frame;
      const dst = this.taggedBuffer.bytes;
      let pcp = 0;
      let length = src.length;
      if (this.form === Form.PriorityTagged) {
        pcp = src[ETH_TYPE_OFFSET + 2] & 0xf0;
        dst.set(src, 0);
      } else {
        // Whole, 4 bytes on, then the MACs moved back in front of the tag's place.
        dst.set(src, VLAN_HLEN);
        dst.copyWithin(0, VLAN_HLEN, VLAN_HLEN + ETH_TYPE_OFFSET);
        length += VLAN_HLEN;
      }
      dst[ETH_TYPE_OFFSET] = ETH_P_8021Q >> 8;
      dst[ETH_TYPE_OFFSET + 1] = ETH_P_8021Q & 0xff;
      dst[ETH_TYPE_OFFSET + 2] = pcp | (vid >> 8);
      dst[ETH_TYPE_OFFSET + 3] = vid & 0xff;
      this.taggedView = this.taggedBuffer.view(length);
    }
    return this.taggedView;
  }
}
