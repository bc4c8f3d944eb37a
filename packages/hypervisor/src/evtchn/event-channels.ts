/**
 * A domain's event-channel table: the port bindings, and which ABI (port ops) holds the
 * ports' event state — two-level until the guest moves to FIFO with EVTCHNOP_init_control.
 * The event state itself lives where Xen keeps it, in pages the guest shares (see
 * two-level.ts, fifo.ts), which it reads and clears with ordinary loads, stores and AMOs.
 */
import {
  EVTCHNSTAT_closed, EVTCHNSTAT_interdomain, EVTCHNSTAT_ipi, EVTCHNSTAT_unbound, EVTCHNSTAT_virq, EVTCHN_FIFO_NR_CHANNELS, NR_VIRQS,
  VIRQ_DEBUG, VIRQ_TIMER, VIRQ_XENOPROF, VIRQ_XENPMU,
} from '@hvsim/abi';
import type { FifoState } from './fifo';
import type { EvtchnPortOps } from './port-ops';
import { TWO_LEVEL } from './two-level';

/**
 * Xen's virq_is_global: every VIRQ but the per-vCPU ones (the Arm arch VIRQs are global). A
 * global VIRQ is bound on vCPU 0; EVTCHNOP_bind_vcpu may move where it notifies.
 */
export function isGlobalVirq(virq: number): boolean {
  return virq !== VIRQ_TIMER && virq !== VIRQ_DEBUG && virq !== VIRQ_XENOPROF && virq !== VIRQ_XENPMU;
}

/** Ports of a table's first growth. Small enough that its arrays live on the JS heap (V8 keeps
 *  typed arrays of up to 64 bytes there), which makes them nearly free to allocate. */
const INITIAL_PORTS = 16;
/** Read once: the package's re-exports are getters, too slow for a scan over the ports. */
const CLOSED = EVTCHNSTAT_closed;
const NO_STATE = new Uint8Array(0);
const NO_VCPUS = new Uint16Array(0);
const NO_PORTS = new Int32Array(0);

/** The highest port any ABI names: a domain created without a bound (dom0, as Xen's) has them all. */
export const MAX_EVTCHN_PORT_UNBOUNDED = EVTCHN_FIFO_NR_CHANNELS - 1;

/**
 * One domain's port bindings. Port 0 is never allocated (Xen reserves it). The table starts
 * empty and is allocated on the first bind: most domains are created and destroyed by a
 * toolstack long before they bind anything but a couple of ports, many never bind one.
 */
export class EventChannels {
  state: Uint8Array = NO_STATE;
  /** vCPU notified when the port fires. */
  notifyVcpu: Uint16Array = NO_VCPUS;
  /** unbound: the domain allowed to bind; interdomain: the peer domain. */
  remoteDom: Int32Array = NO_PORTS;
  /** interdomain: the peer port; virq: the VIRQ number. */
  remotePort: Int32Array = NO_PORTS;
  /** Port bound to (vcpu, virq), 0 when none: index vcpu * NR_VIRQS + virq; null until a VIRQ is bound. */
  private virqPorts: Int32Array | null = null;
  /** Every port below this one is open, so the search for the lowest free one starts here:
   *  dom0 holds ports for each live domain, and creating one must not scan them all. */
  private firstMaybeFree = 1;

  /** The ABI of the ports' event state. */
  ops: EvtchnPortOps = TWO_LEVEL;
  /** The FIFO ABI's state, once the domain moved to it (init_control has no way back). */
  fifo: FifoState | null = null;

  /**
   * @param maxPort the highest port the domain may allocate (xen_domctl_createdomain's
   *   max_evtchn_port, inclusive): a port above it is -ENOSPC on any ABI, as in Xen.
   */
  constructor(readonly maxVcpus: number, readonly maxPort: number = MAX_EVTCHN_PORT_UNBOUNDED) {}

  /** Ports 1 .. portLimit-1 may be allocated: the domain's bound or the ABI's, whichever is lower. */
  get portLimit(): number {
    return Math.min(this.maxPort + 1, this.ops.maxPorts);
  }

  /** Moves the table to the FIFO ABI (EVTCHNOP_init_control's first call). */
  useFifo(ops: EvtchnPortOps, fifo: FifoState): void {
    this.ops = ops;
    this.fifo = fifo;
  }

  /**
   * Back to the two-level ABI with an empty table (EVTCHNOP_reset, once every port is
   * closed): a table the FIFO ABI grew past 4,096 ports must not hand those out again.
   */
  useTwoLevel(): void {
    this.ops = TWO_LEVEL;
    this.fifo = null;
    this.state = NO_STATE;
    this.notifyVcpu = NO_VCPUS;
    this.remoteDom = NO_PORTS;
    this.remotePort = NO_PORTS;
    this.firstMaybeFree = 1;
  }

  get capacity(): number {
    return this.state.length;
  }

  isValid(port: number): boolean {
    return port > 0 && port < this.state.length && this.state[port] !== CLOSED;
  }

  /**
   * Lowest free port, growing the table if needed; -1 when every port below portLimit is used.
   * A closed port that `busy` says is still queued (FIFO: LINKED) is passed over, as Xen does.
   */
  allocate(busy: ((port: number) => boolean) | null = null): number {
    let firstBusy = -1;
    for (;;) {
      const state = this.state;
      for (let p = this.firstMaybeFree; p < state.length; p++) {
        if (state[p] !== CLOSED) continue;
        if (busy !== null && busy(p)) {
          if (firstBusy < 0) firstBusy = p;
          continue;
        }
        this.firstMaybeFree = firstBusy < 0 ? p : firstBusy; // the caller may yet not bind it
        return p;
      }
      if (firstBusy < 0) this.firstMaybeFree = Math.max(this.firstMaybeFree, state.length);
      if (this.state.length >= this.portLimit) return -1;
      this.grow();
    }
  }

  /** Grows the table until `port` fits; false when it never can (beyond the ABI's ports or the domain's bound). */
  reserve(port: number): boolean {
    if (!Number.isInteger(port) || port <= 0 || port >= this.portLimit) return false;
    while (port >= this.state.length) this.grow();
    return true;
  }

  /** Port bound to `virq` of `vcpu`, 0 when none. */
  virqPort(vcpu: number, virq: number): number {
    return this.virqPorts === null ? 0 : this.virqPorts[vcpu * NR_VIRQS + virq];
  }

  /** Doubles the table, up to portLimit: a bounded domain's table never holds a port it may not use. */
  private grow(): void {
    const n = Math.min(Math.max(INITIAL_PORTS, this.state.length * 2), this.portLimit);
    const state = new Uint8Array(n);
    state.set(this.state);
    const notify = new Uint16Array(n);
    notify.set(this.notifyVcpu);
    const rd = new Int32Array(n);
    rd.set(this.remoteDom);
    const rp = new Int32Array(n);
    rp.set(this.remotePort);
    this.state = state;
    this.notifyVcpu = notify;
    this.remoteDom = rd;
    this.remotePort = rp;
    this.fifo?.grow(n);
  }

  bindUnbound(port: number, remoteDom: number): void {
    this.state[port] = EVTCHNSTAT_unbound;
    this.remoteDom[port] = remoteDom;
    this.remotePort[port] = 0;
    this.notifyVcpu[port] = 0;
  }

  bindInterdomain(port: number, remoteDom: number, remotePort: number): void {
    this.state[port] = EVTCHNSTAT_interdomain;
    this.remoteDom[port] = remoteDom;
    this.remotePort[port] = remotePort;
  }

  bindVirq(port: number, virq: number, vcpu: number): void {
    this.state[port] = EVTCHNSTAT_virq;
    this.remotePort[port] = virq;
    this.notifyVcpu[port] = vcpu;
    this.virqPorts ??= new Int32Array(this.maxVcpus * NR_VIRQS);
    this.virqPorts[vcpu * NR_VIRQS + virq] = port;
  }

  bindIpi(port: number, vcpu: number): void {
    this.state[port] = EVTCHNSTAT_ipi;
    this.notifyVcpu[port] = vcpu;
  }

  /** Marks a port closed (the caller has already dealt with its peer). */
  free(port: number): void {
    if (this.state[port] === EVTCHNSTAT_virq && this.virqPorts !== null) {
      this.virqPorts[this.notifyVcpu[port] * NR_VIRQS + this.remotePort[port]] = 0;
    }
    this.state[port] = CLOSED;
    if (port < this.firstMaybeFree) this.firstMaybeFree = port;
    this.remoteDom[port] = 0;
    this.remotePort[port] = 0;
    this.notifyVcpu[port] = 0;
  }

  /** Every open port, ascending. */
  openPorts(): number[] {
    const out: number[] = [];
    for (let p = 1; p < this.state.length; p++) if (this.state[p] !== CLOSED) out.push(p);
    return out;
  }
}
