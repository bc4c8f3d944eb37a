/**
 * The FIFO-based ABI (Xen 4.4+, event_fifo.c's semantics as public/event_channel.h gives
 * them). Each port has a 32-bit event word in the guest's event array pages — PENDING,
 * MASKED, LINKED, BUSY and a 17-bit LINK to the next port of its queue. Each vCPU has a
 * control block in a guest page: a READY bit per priority and the HEAD port of each of its
 * 16 queues. Raising an unmasked, unlinked event links it at the tail of its vCPU's queue for
 * its priority; when the queue was empty the hypervisor writes HEAD, sets READY and (when
 * READY was clear) the vCPU gets its upcall. The guest consumes a queue from HEAD, clearing
 * LINKED as it goes; the tail stays the hypervisor's own.
 *
 * BUSY is Xen's lock against a guest that unlinks a word while Xen sets its LINK from another
 * CPU; hvsim's hypervisor acts between guest instructions, never alongside one, so it never
 * needs the lock and never sets BUSY.
 */
import {
  EVTCHN_FIFO_CONTROL_BLOCK, EVTCHN_FIFO_LINKED, EVTCHN_FIFO_LINK_MASK, EVTCHN_FIFO_MASKED, EVTCHN_FIFO_MAX_QUEUES,
  EVTCHN_FIFO_NR_CHANNELS, EVTCHN_FIFO_PENDING, EVTCHN_FIFO_PRIORITY_DEFAULT, EVTCHN_FIFO_PRIORITY_MIN, XEN_EINVAL,
  readU32, writeU32,
} from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import { RAISED_NEW, RAISED_UPCALL, type EvtchnPortOps } from './port-ops';

/** Bit 31: a negative int32, as every `&` of a word yields one (compare masked words with these). */
const PENDING = 1 << EVTCHN_FIFO_PENDING;
const MASKED = 1 << EVTCHN_FIFO_MASKED;
const LINKED = 1 << EVTCHN_FIFO_LINKED;
const LINK_MASK = EVTCHN_FIFO_LINK_MASK;
const QUEUES = EVTCHN_FIFO_MAX_QUEUES;
/** Event words per event-array page (event_word_t is 32 bits). */
export const EVENT_WORDS_PER_PAGE = PAGE_SIZE / 4;
/** Event-array pages that cover every port the ABI can name. */
export const MAX_EVENT_ARRAY_PAGES = EVTCHN_FIFO_NR_CHANNELS / EVENT_WORDS_PER_PAGE;
const CB_READY = EVTCHN_FIFO_CONTROL_BLOCK.f.ready.offset;
const CB_HEAD = EVTCHN_FIFO_CONTROL_BLOCK.f.head.offset;

/** One domain's FIFO state: where its guest pages are and what only the hypervisor knows. */
export class FifoState {
  /** Per vCPU: the control block's frame and offset (-1: not initialised yet). */
  readonly controlMfn: Int32Array;
  readonly controlOffset: Int32Array;
  /** Per vCPU, the guest frame number the control block was given at (save/restore, status). */
  readonly controlGfn: Float64Array;
  /** Per queue (vcpu * 16 + priority): its tail port, 0 when the queue is empty. */
  readonly tail: Int32Array;
  /** For a host-kernel consumer (dom0): its own copy of each queue's head, as a guest keeps one. */
  readonly consumerHead: Int32Array;
  /** Event-array pages in order: frame and guest frame number. */
  readonly arrayMfns: number[] = [];
  readonly arrayGfns: number[] = [];
  /** Per port: its priority; the queue it was last linked on; pending while it had no event word. */
  priority: Uint8Array = new Uint8Array(0);
  lastQueue: Int32Array = new Int32Array(0);
  heldPending: Uint8Array = new Uint8Array(0);
  /** The pages are hypervisor frames of a host-kernel domain (freed with it), not guest RAM. */
  hostFrames = false;

  constructor(readonly vcpus: number, ports: number) {
    this.controlMfn = new Int32Array(vcpus).fill(-1);
    this.controlOffset = new Int32Array(vcpus);
    this.controlGfn = new Float64Array(vcpus).fill(-1);
    this.tail = new Int32Array(vcpus * QUEUES);
    this.consumerHead = new Int32Array(vcpus * QUEUES);
    this.grow(ports);
  }

  /** Ports with an event word. */
  get words(): number {
    return this.arrayMfns.length * EVENT_WORDS_PER_PAGE;
  }

  /** Makes room for per-port state of `ports` ports (the table grew). */
  grow(ports: number): void {
    const prio = new Uint8Array(ports).fill(EVTCHN_FIFO_PRIORITY_DEFAULT);
    prio.set(this.priority);
    const last = new Int32Array(ports).fill(EVTCHN_FIFO_PRIORITY_DEFAULT);
    last.set(this.lastQueue);
    const held = new Uint8Array(ports);
    held.set(this.heldPending);
    this.priority = prio;
    this.lastQueue = last;
    this.heldPending = held;
  }
}

/** The page holding port's event word, or null (no such page, or the frame is no longer d's). */
function wordPage(core: Core, d: Domain, f: FifoState, port: number): Uint8Array | null {
  const mfn = f.arrayMfns[(port / EVENT_WORDS_PER_PAGE) | 0];
  if (mfn === undefined || core.pool.owner[mfn] !== d.domid) return null;
  return core.pool.writable(mfn);
}

const wordAt = (port: number): number => (port % EVENT_WORDS_PER_PAGE) * 4;

/** vCPU v's control block page, or null when it has none (or the frame is no longer d's). */
function controlPage(core: Core, d: Domain, f: FifoState, v: number): Uint8Array | null {
  const mfn = f.controlMfn[v];
  if (mfn < 0 || core.pool.owner[mfn] !== d.domid) return null;
  return core.pool.writable(mfn);
}

function fifoOf(d: Domain): FifoState {
  const f = d.evtchn.fifo;
  if (f === null) throw new Error(`domain ${d.domid} uses FIFO port ops without FIFO state`);
  return f;
}

/**
 * Sets `tailPort`'s LINK to `port` if the tail is still linked (the guest has not consumed it);
 * false when it is not, which means the queue is empty.
 */
function setLink(core: Core, d: Domain, f: FifoState, tailPort: number, port: number): boolean {
  const page = wordPage(core, d, f, tailPort);
  if (page === null) return false;
  const at = wordAt(tailPort);
  const w = readU32(page, at);
  if ((w & LINKED) === 0) return false;
  writeU32(page, at, ((w & ~LINK_MASK) | port) >>> 0);
  return true;
}

/** Links port at the tail of queue q (vcpu * 16 + priority); RAISED_UPCALL when the vCPU must look. */
function link(core: Core, d: Domain, f: FifoState, port: number, v: number, priority: number): number {
  const cb = controlPage(core, d, f, v);
  if (cb === null) return 0;
  const q = v * QUEUES + priority;
  const old = f.lastQueue[port];
  // The port was the tail of its last queue, which the guest has since emptied: forget that
  // tail, or linking onto the old queue would corrupt this one.
  if (f.tail[old] === port) f.tail[old] = 0;
  f.lastQueue[port] = q;
  const linked = f.tail[q] !== 0 && setLink(core, d, f, f.tail[q], port);
  f.tail[q] = port;
  if (linked) return 0;
  writeU32(cb, f.controlOffset[v] + CB_HEAD + 4 * priority, port);
  const ready = readU32(cb, f.controlOffset[v] + CB_READY);
  const bit = 1 << priority;
  if ((ready & bit) !== 0) return 0;
  writeU32(cb, f.controlOffset[v] + CB_READY, (ready | bit) >>> 0);
  return RAISED_UPCALL;
}

function setPending(core: Core, d: Domain, port: number): number {
  const f = fifoOf(d);
  const page = wordPage(core, d, f, port);
  if (page === null) {
    // No event word yet: remember it, and raise it when EVTCHNOP_expand_array adds the page.
    f.heldPending[port] = 1;
    return 0;
  }
  const at = wordAt(port);
  const w = readU32(page, at);
  const raised = (w & PENDING) === 0 ? RAISED_NEW : 0;
  const v = d.evtchn.notifyVcpu[port];
  // The guest must not unmask an event before its vCPU has a control block: Xen drops the link.
  if ((w & (MASKED | LINKED)) !== 0 || controlPage(core, d, f, v) === null) {
    writeU32(page, at, (w | PENDING) >>> 0);
    return raised;
  }
  writeU32(page, at, (w | PENDING | LINKED) >>> 0);
  return raised | link(core, d, f, port, v, f.priority[port]);
}

/** Clears `clear` bits of port's word; false when the port has no word. */
function update(core: Core, d: Domain, port: number, clear: number): boolean {
  const page = wordPage(core, d, fifoOf(d), port);
  if (page === null) return false;
  const at = wordAt(port);
  writeU32(page, at, (readU32(page, at) & ~clear) >>> 0);
  return true;
}

function test(core: Core, d: Domain, port: number, bits: number): boolean | null {
  const page = wordPage(core, d, fifoOf(d), port);
  return page === null ? null : (readU32(page, wordAt(port)) & bits) !== 0;
}

/**
 * Takes the next port of a READY queue of vCPU v as a guest's upcall handler does: from the
 * head (its own copy, or the control block's when its copy is spent), clearing LINKED and LINK
 * and, when that was the last event, the queue's READY bit. Returns the port, -1 for an event
 * unlinked but not delivered (masked or cleared since it was linked), 0 when none was left.
 */
function consumeOne(core: Core, d: Domain, f: FifoState, v: number, priority: number, cb: Uint8Array): number {
  const q = v * QUEUES + priority;
  const base = f.controlOffset[v];
  let port = f.consumerHead[q];
  if (port === 0) port = readU32(cb, base + CB_HEAD + 4 * priority) & LINK_MASK;
  const page = port === 0 ? null : wordPage(core, d, f, port);
  if (page === null) {
    // READY with no event to take (a guest page changed under it): the queue is empty.
    f.consumerHead[q] = 0;
    writeU32(cb, base + CB_READY, readU32(cb, base + CB_READY) & ~(1 << priority));
    return 0;
  }
  const at = wordAt(port);
  const w = readU32(page, at);
  const next = w & LINK_MASK;
  writeU32(page, at, (w & ~(LINKED | LINK_MASK)) >>> 0);
  if (next === 0) writeU32(cb, base + CB_READY, readU32(cb, base + CB_READY) & ~(1 << priority));
  f.consumerHead[q] = next;
  if ((w & (PENDING | MASKED)) !== PENDING) return -1; // linked, but masked or cleared since
  writeU32(page, at, (readU32(page, at) & ~PENDING) >>> 0);
  return port;
}

export const FIFO: EvtchnPortOps = {
  name: 'fifo',
  maxPorts: EVTCHN_FIFO_NR_CHANNELS,
  init(core, d, port) {
    const f = fifoOf(d);
    f.priority[port] = EVTCHN_FIFO_PRIORITY_DEFAULT;
    f.heldPending[port] = 0;
    // A port still linked from its last use keeps its old queue until the guest takes it.
    if (test(core, d, port, LINKED) !== true) f.lastQueue[port] = d.evtchn.notifyVcpu[port] * QUEUES + EVTCHN_FIFO_PRIORITY_DEFAULT;
  },
  setPending,
  clearPending(core, d, port) {
    fifoOf(d).heldPending[port] = 0;
    update(core, d, port, PENDING);
  },
  unmask(core, d, port) {
    if (!update(core, d, port, MASKED)) return 0;
    return test(core, d, port, PENDING) === true ? setPending(core, d, port) & RAISED_UPCALL : 0;
  },
  isPending(core, d, port) {
    return test(core, d, port, PENDING) ?? fifoOf(d).heldPending[port] === 1;
  },
  isMasked(core, d, port) {
    return test(core, d, port, MASKED) ?? true;
  },
  isBusy(core, d, port) {
    return test(core, d, port, LINKED) === true;
  },
  setPriority(d, port, priority) {
    if (priority > EVTCHN_FIFO_PRIORITY_MIN) return -XEN_EINVAL;
    fifoOf(d).priority[port] = priority;
    return 0;
  },
  consume(core, d) {
    const f = fifoOf(d);
    const out: number[] = [];
    for (let v = 0; v < f.vcpus; v++) {
      const cb = controlPage(core, d, f, v);
      if (cb === null) continue;
      // Highest priority first, each queue in the order its events were linked.
      // A queue's HEAD is only meaningful while its READY bit is set.
      const base = f.controlOffset[v] + CB_READY;
      for (let prio = 0; prio < QUEUES; prio++) {
        while ((readU32(cb, base) & (1 << prio)) !== 0) {
          const port = consumeOne(core, d, f, v, prio, cb);
          if (port > 0) out.push(port);
        }
      }
    }
    return out;
  },
};
