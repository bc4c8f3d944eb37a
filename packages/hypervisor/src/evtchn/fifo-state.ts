/**
 * A domain's FIFO event-channel state as save/restore and migration carry it. Event words
 * (PENDING, MASKED, LINKED, LINK) and control blocks (READY, HEAD) are guest pages: they
 * travel with the domain's memory. What travels here is what the hypervisor alone knows:
 * where those pages are, each queue's tail, each port's priority and last queue, and events
 * raised while a port had no event word yet.
 *
 * Xen's PV guests rebuild their FIFO state after a resume (Linux re-runs init_control and
 * expand_array); hvsim restores guests that know nothing of being saved, so — as with the
 * grant table — the state is put back as it was and the restore is invisible to the guest.
 */
import { EVTCHN_FIFO_CONTROL_BLOCK, EVTCHN_FIFO_MAX_QUEUES, EVTCHN_FIFO_NR_CHANNELS, EVTCHN_FIFO_PRIORITY_DEFAULT, EVTCHN_FIFO_PRIORITY_MIN, XEN_EEXIST, XEN_EINVAL, XEN_EOPNOTSUPP } from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import type { Domain } from '../domain/domain';
import { HypervisorError } from '../errors';
import { FIFO, FifoState, MAX_EVENT_ARRAY_PAGES } from './fifo';

/** One port whose hypervisor-side state differs from a freshly bound port's. */
export interface FifoPortState {
  port: number;
  priority: number;
  /** The queue (vcpu * 16 + priority) it was last linked on. */
  lastQueue: number;
  /** Raised while it had no event word: raised once its word exists. */
  heldPending: boolean;
}

export interface FifoSnapshot {
  /** Per vCPU: its control block's gfn and offset; gfn -1 when the vCPU has none. */
  controlBlocks: Array<{ gfn: number; offset: number }>;
  /** The event-array pages in order (page i holds the words of ports 1024·i ..). */
  arrayGfns: number[];
  /** Per queue (vcpu * 16 + priority): the port at its tail, 0 when none. */
  tails: number[];
  /** Ports, ascending, whose priority, last queue or held event is not a fresh port's. */
  ports: FifoPortState[];
}

/** d's FIFO state, or null while d is on the two-level ABI. */
export function saveFifo(d: Domain): FifoSnapshot | null {
  const f = d.evtchn.fifo;
  if (f === null) return null;
  if (f.hostFrames) throw new HypervisorError(XEN_EOPNOTSUPP, `domain ${d.domid} keeps its FIFO pages in hypervisor frames, not guest memory`);
  const ports: FifoPortState[] = [];
  for (let port = 1; port < f.priority.length; port++) {
    const priority = f.priority[port];
    const lastQueue = f.lastQueue[port];
    const heldPending = f.heldPending[port] === 1;
    if (priority !== EVTCHN_FIFO_PRIORITY_DEFAULT || lastQueue !== EVTCHN_FIFO_PRIORITY_DEFAULT || heldPending) {
      ports.push({ port, priority, lastQueue, heldPending });
    }
  }
  return {
    controlBlocks: [...f.controlGfn].map((gfn, v) => (f.controlMfn[v] < 0 ? { gfn: -1, offset: 0 } : { gfn, offset: f.controlOffset[v] })),
    arrayGfns: [...f.arrayGfns],
    tails: [...f.tail],
    ports,
  };
}

/**
 * Moves d (being restored, its memory in place, still two-level) to FIFO with the saved
 * state. Everything is checked before anything changes: a bad snapshot leaves d as it was.
 */
export function restoreFifo(d: Domain, s: FifoSnapshot): void {
  if (d.evtchn.fifo !== null) throw new HypervisorError(XEN_EEXIST, `domain ${d.domid} is on the FIFO ABI already`);
  if (d.hostKernel) throw new HypervisorError(XEN_EINVAL, `domain ${d.domid} is a host kernel: its FIFO pages are the hypervisor's`);
  const nv = d.vcpus.length;
  const bad = (what: string): HypervisorError => new HypervisorError(XEN_EINVAL, `FIFO state of domain ${d.domid}: ${what}`);
  if (s.controlBlocks.length !== nv) throw bad(`${s.controlBlocks.length} control blocks for ${nv} vCPUs`);
  if (s.arrayGfns.length > MAX_EVENT_ARRAY_PAGES) throw bad(`${s.arrayGfns.length} event-array pages (at most ${MAX_EVENT_ARRAY_PAGES})`);
  if (s.tails.length !== nv * EVTCHN_FIFO_MAX_QUEUES) throw bad(`${s.tails.length} queue tails for ${nv} vCPUs`);
  const controlMfns = s.controlBlocks.map(({ gfn, offset }, v) => {
    if (gfn === -1) return -1;
    if (!Number.isInteger(offset) || offset < 0 || offset % 8 !== 0 || offset > PAGE_SIZE - EVTCHN_FIFO_CONTROL_BLOCK.size) throw bad(`vCPU ${v}: control block offset ${offset}`);
    return frameOf(d, gfn, `vCPU ${v}'s control block`);
  });
  const arrayMfns = s.arrayGfns.map((gfn, i) => frameOf(d, gfn, `event-array page ${i}`));
  for (const [q, port] of s.tails.entries()) if (!isPort(port, true)) throw bad(`queue ${q}: tail ${port}`);
  let last = 0;
  for (const p of s.ports) {
    if (!isPort(p.port, false) || p.port <= last) throw bad(`port ${p.port} is out of range or order`);
    if (p.port > d.evtchn.maxPort) throw bad(`port ${p.port} is above the domain's max_evtchn_port ${d.evtchn.maxPort}`);
    if (!Number.isInteger(p.priority) || p.priority < 0 || p.priority > EVTCHN_FIFO_PRIORITY_MIN) throw bad(`port ${p.port}: priority ${p.priority}`);
    if (!Number.isInteger(p.lastQueue) || p.lastQueue < 0 || p.lastQueue >= nv * EVTCHN_FIFO_MAX_QUEUES) throw bad(`port ${p.port}: queue ${p.lastQueue}`);
    last = p.port;
  }

  const ec = d.evtchn;
  const f = new FifoState(nv, ec.capacity);
  ec.useFifo(FIFO, f);
  controlMfns.forEach((mfn, v) => {
    f.controlMfn[v] = mfn;
    f.controlOffset[v] = mfn < 0 ? 0 : s.controlBlocks[v].offset;
    f.controlGfn[v] = mfn < 0 ? -1 : s.controlBlocks[v].gfn;
  });
  f.arrayMfns.push(...arrayMfns);
  f.arrayGfns.push(...s.arrayGfns);
  f.tail.set(s.tails);
  for (const p of s.ports) {
    ec.reserve(p.port); // the per-port arrays grow with the table
    f.priority[p.port] = p.priority;
    f.lastQueue[p.port] = p.lastQueue;
    f.heldPending[p.port] = p.heldPending ? 1 : 0;
  }
}

function isPort(port: number, zeroOk: boolean): boolean {
  return Number.isInteger(port) && port >= (zeroOk ? 0 : 1) && port < EVTCHN_FIFO_NR_CHANNELS;
}

function frameOf(d: Domain, gfn: number, what: string): number {
  const mfn = d.mem.hypervisorWritableFrame(gfn);
  if (mfn < 0) throw new HypervisorError(XEN_EINVAL, `FIFO state of domain ${d.domid}: ${what} at gfn ${gfn} is not writable RAM`);
  return mfn;
}
