/**
 * The contract between a virtual switch (a bridge in dom0) and what plugs into it: a vif's
 * netback or an uplink. It is the one seam between the two: netback knows nothing of MAC
 * tables or VLANs, the switch knows nothing of rings or grants.
 *
 * Frames are whole Ethernet frames without FCS (destination MAC first). A frame handed to a
 * `FrameSink` or to `BridgePort.send` is a view that is valid only during the call: the sender
 * reuses its buffer, so a receiver that keeps a frame copies it. That keeps the frame path free
 * of allocation.
 */

/** Where a bridge delivers a frame to a port's owner (e.g. netback copying it to a guest). */
export type FrameSink = (frame: Uint8Array) => void;

/** Per-port counters, as a bridge's owner reports them (xentop's NETTX/NETRX, `ip -s link`). */
export interface PortCounters {
  /** Frames and bytes the port's owner sent into the bridge. */
  rxFrames: number;
  rxBytes: number;
  /** Frames and bytes the bridge delivered to the port's owner. */
  txFrames: number;
  txBytes: number;
  /** Frames dropped at this port (malformed, wrong VLAN, owner not ready). */
  dropped: number;
}

export interface PortOptions {
  /** 802.1Q access VLAN (1..4094): untagged at the port, tagged with this VID inside a vlan-aware bridge.
   *  Only a vlan-aware bridge takes it (attach throws otherwise). */
  vlan?: number;
  /** A trunk (an uplink): member of every VLAN, frames tagged except those of VLAN 1, the native
   *  VLAN, which cross it untagged (Linux's default pvid). Meaningful on a vlan-aware bridge. */
  trunk?: boolean;
}

/** A port of a bridge, held by whoever plugged in. */
export interface BridgePort {
  /** The port's name, as Linux names a vif's backend interface ("vif3.0") or an uplink ("vxlan0"). */
  readonly name: string;
  /** Sends a frame from the port's owner into the bridge. */
  send(frame: Uint8Array): void;
  readonly counters: PortCounters;
  /** Unplugs the port; the bridge forgets the MACs it learned there. Idempotent. */
  detach(): void;
}

/** A bridge (one L2 segment) of this host. */
export interface Bridge {
  readonly name: string;
  /** Plugs a port in; `deliver` gets every frame the bridge forwards to it. Throws if the name is taken. */
  attach(portName: string, deliver: FrameSink, options?: PortOptions): BridgePort;
}

/** The bridges a host declares (`bridges = [ "xenbr0", "xenbr1 vlan-aware" ]` in the host config). */
export interface BridgeDirectory {
  get(name: string): Bridge | undefined;
  names(): readonly string[];
}
