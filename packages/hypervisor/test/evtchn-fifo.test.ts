/**
 * The FIFO event-channel ABI as a guest sees it: EVTCHNOP_init_control / expand_array /
 * set_priority with Xen's errors, then events queued by priority and in arrival order in the
 * guest's own pages (control block HEAD/READY, event words PENDING/MASKED/LINKED/LINK).
 */
import {
  EVTCHN_FIFO_CONTROL_BLOCK, EVTCHN_FIFO_LINKED, EVTCHN_FIFO_LINK_MASK, EVTCHN_FIFO_MASKED, EVTCHN_FIFO_PENDING,
  EVTCHNOP_expand_array, EVTCHNOP_init_control, EVTCHNOP_reset, EVTCHNOP_set_priority, EVTCHNOP_unmask, EVTCHNSTAT_unbound,
  XEN_DOMCTL_SHADOW_OP_CLEAN, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY, XEN_EEXIST, XEN_EINVAL, XEN_ENOENT, XEN_ENOSYS, XEN_EOPNOTSUPP, XEN_EPERM,
  VCPU_INFO, XEN_ESRCH, __HYPERVISOR_event_channel_op,
} from '@hvsim/abi';
import type { FifoSnapshot } from '../src';
import { type Call, DATA, RAM, RESULTS, SPIN, addGuest, beq, callsGuest, errno, hypercall, i32, jal, li, lw, machine, putU32, result, sw, t0, t1, u32, wfi } from './guest';

const OP = __HYPERVISOR_event_channel_op;
const CB_GPA = RAM + 0x2_0000;
const CB_OFFSET = 0x40;
const ARRAY_GPA = RAM + 0x2_1000;
const SHARED = RAM + 0x3_0000;
const PENDING = (1 << EVTCHN_FIFO_PENDING) >>> 0;
const MASKED = 1 << EVTCHN_FIFO_MASKED;
const LINKED = 1 << EVTCHN_FIFO_LINKED;
const head = (prio: number): number => CB_GPA + CB_OFFSET + EVTCHN_FIFO_CONTROL_BLOCK.f.head.offset + 4 * prio;
const READY = CB_GPA + CB_OFFSET + EVTCHN_FIFO_CONTROL_BLOCK.f.ready.offset;
const word = (port: number): number => ARRAY_GPA + 4 * port;

/** Argument structs, each at its own address in DATA. */
const ARG = (i: number): number => DATA + 32 * i;

/** Once the test sets GO: unmask ARG(9)'s port, store a0 at PHASE2_RESULT, then spin. */
const GO = DATA + 0x7fc;
const PHASE2_RESULT = DATA + 0x800;
function phase2(): Array<number | number[]> {
  return [
    ...li(t0, GO), lw(t1, t0, 0), beq(t1, 0, -4),
    ...li(10, EVTCHNOP_unmask), ...li(11, ARG(9)), hypercall(OP), ...li(5, PHASE2_RESULT), sw(10, 5, 0), SPIN,
  ];
}

function fifoGuest(): { hv: ReturnType<typeof machine>; a: number; peer: number; port1: number } {
  const hv = machine({ pcpus: 1 });
  const peer = addGuest(hv, [wfi(), jal(0, -4)]);
  const calls: Call[] = [
    { nr: OP, args: [EVTCHNOP_set_priority, ARG(0)] }, // 0: two-level: -ENOSYS
    { nr: OP, args: [EVTCHNOP_expand_array, ARG(1)] }, // 1: not FIFO yet: -EOPNOTSUPP
    { nr: OP, args: [EVTCHNOP_init_control, ARG(2)] }, // 2: offset not 8-aligned
    { nr: OP, args: [EVTCHNOP_init_control, ARG(3)] }, // 3: no such vCPU
    { nr: OP, args: [EVTCHNOP_init_control, ARG(4)] }, // 4: gfn not RAM
    { nr: OP, args: [EVTCHNOP_init_control, ARG(5)] }, // 5: block would cross the page
    { nr: OP, args: [EVTCHNOP_init_control, ARG(6)] }, // 6: ok
    { nr: OP, args: [EVTCHNOP_init_control, ARG(6)] }, // 7: vCPU 0 has one already
    { nr: OP, args: [EVTCHNOP_expand_array, ARG(4)] }, // 8: gfn not RAM
    { nr: OP, args: [EVTCHNOP_expand_array, ARG(1)] }, // 9: ok
    { nr: OP, args: [EVTCHNOP_set_priority, ARG(7)] }, // 10: priority 16
    { nr: OP, args: [EVTCHNOP_set_priority, ARG(8)] }, // 11: port never bound
    { nr: OP, args: [EVTCHNOP_set_priority, ARG(0)] }, // 12: ok
  ];
  const a = addGuest(hv, [...callsGuest(calls).slice(0, -1), ...phase2()], { run: false });
  const port1 = hv.evtchnAllocUnbound(a, peer);
  const gfn = (gpa: number): number => gpa / 4096;
  putU32(hv, a, ARG(0), port1, 2);
  putU32(hv, a, ARG(1), gfn(ARRAY_GPA), 0);
  putU32(hv, a, ARG(2), gfn(CB_GPA), 0, 4, 0);
  putU32(hv, a, ARG(3), gfn(CB_GPA), 0, 0, 2);
  putU32(hv, a, ARG(4), 0x10, 0, 0, 0);
  putU32(hv, a, ARG(5), gfn(CB_GPA), 0, 4096 - 64, 0);
  putU32(hv, a, ARG(6), gfn(CB_GPA), 0, CB_OFFSET, 0, 0xffffffff, 0xffffffff);
  putU32(hv, a, ARG(7), port1, 16);
  putU32(hv, a, ARG(8), 77, 1);
  // The guest's array page starts with every port masked, as Linux leaves a fresh one.
  putU32(hv, a, ARRAY_GPA, ...new Array<number>(1024).fill(MASKED));
  hv.setSharedInfo(a, SHARED);
  hv.unpauseDomain(a);
  hv.runFor(2_000_000);
  return { hv, a, peer, port1 };
}

describe('FIFO event channels', () => {
  test('init_control, expand_array and set_priority answer as Xen does', () => {
    const { hv, a } = fifoGuest();
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => result(hv, a, i))).toEqual([
      -XEN_ENOSYS, -XEN_EOPNOTSUPP, -XEN_EINVAL, -XEN_ENOENT, -XEN_EINVAL, -XEN_EINVAL, 0, -XEN_EINVAL, -XEN_EINVAL, 0,
      -XEN_EINVAL, -XEN_EINVAL, 0,
    ]);
    // link_bits comes back as 17 (Xen writes only link_bits: the guest's padding stays).
    expect(hv.readGuestMemory(a, ARG(6) + 16, 1)[0]).toBe(17);
  });

  test('in log-dirty mode the pages the hypervisor links events in (control block, event array) are dirty at every CLEAN', () => {
    const { hv, a, peer, port1 } = fifoGuest();
    const peerPort = hv.evtchnBindInterdomain(peer, a, port1);
    putU32(hv, a, word(port1), 0); // the guest unmasks it
    hv.shadowOp(a, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY);
    hv.shadowOp(a, XEN_DOMCTL_SHADOW_OP_CLEAN);
    hv.evtchnSend(peer, peerPort); // written behind the P2M: PENDING|LINKED, HEAD, READY
    const r = hv.shadowOp(a, XEN_DOMCTL_SHADOW_OP_CLEAN);
    const dirty: number[] = [];
    for (let i = 0; i < r.pages; i++) if ((r.bitmap[i >> 3] & (1 << (i & 7))) !== 0) dirty.push(r.firstGfn + i);
    expect(dirty).toEqual(expect.arrayContaining([CB_GPA / 4096, ARRAY_GPA / 4096]));
  });

  test('events queue by priority, in the order they came, and only unmasked ones link', () => {
    const { hv, a, peer, port1 } = fifoGuest();
    // port1 has priority 2 (set by the guest); three more ports at the default, 7.
    const ports = [port1, hv.evtchnAllocUnbound(a, peer), hv.evtchnAllocUnbound(a, peer), hv.evtchnAllocUnbound(a, peer)];
    const peerPorts = ports.map((p) => hv.evtchnBindInterdomain(peer, a, p));
    const [p1, p2, p3, p4] = ports;
    for (const p of [p1, p3, p4]) putU32(hv, a, word(p), 0); // the guest unmasks these
    const send = (p: number): void => hv.evtchnSend(peer, peerPorts[ports.indexOf(p)]);
    expect(u32(hv, a, READY)).toBe(0);
    send(p3);
    send(p1);
    send(p4);
    send(p2); // masked: pending, not linked
    send(p3); // already linked: nothing changes
    expect(u32(hv, a, READY)).toBe((1 << 2) | (1 << 7));
    expect(u32(hv, a, head(2))).toBe(p1);
    expect(u32(hv, a, head(7))).toBe(p3);
    expect(u32(hv, a, word(p3))).toBe((PENDING | LINKED | p4) >>> 0);
    expect(u32(hv, a, word(p4))).toBe((PENDING | LINKED) >>> 0);
    expect(u32(hv, a, word(p1))).toBe((PENDING | LINKED) >>> 0);
    expect(u32(hv, a, word(p2))).toBe((PENDING | MASKED) >>> 0);
    expect(hv.readGuestMemory(a, SHARED, 1)[0]).toBe(1); // evtchn_upcall_pending of vCPU 0

    // The guest consumes queue 7 (clears LINKED and PENDING of p3, then p4) and READY bit 7.
    putU32(hv, a, word(p3), 0);
    putU32(hv, a, word(p4), 0);
    putU32(hv, a, READY, 1 << 2);
    // p4 was the tail: the queue is empty now, so the next event is the new HEAD and sets READY.
    send(p3);
    expect(u32(hv, a, head(7))).toBe(p3);
    expect(u32(hv, a, READY)).toBe((1 << 2) | (1 << 7));
    send(p4); // links behind p3
    expect(u32(hv, a, word(p3)) & EVTCHN_FIFO_LINK_MASK).toBe(p4);

    // EVTCHNOP_unmask from the guest links the event the mask held back.
    putU32(hv, a, ARG(9), p2);
    putU32(hv, a, PHASE2_RESULT, 0x5555);
    putU32(hv, a, GO, 1);
    hv.runFor(2_000_000);
    expect(i32(hv, a, PHASE2_RESULT)).toBe(0);
    expect(u32(hv, a, word(p4)) & EVTCHN_FIFO_LINK_MASK).toBe(p2);
    expect(u32(hv, a, word(p2))).toBe((PENDING | LINKED) >>> 0);
  });

  test('a port pending before the switch, or before its word exists, is raised once the word does', () => {
    const hv = machine({ pcpus: 1 });
    const peer = addGuest(hv, [wfi(), jal(0, -4)]);
    const a = addGuest(hv, callsGuest([
      { nr: OP, args: [EVTCHNOP_init_control, ARG(6)] },
      { nr: OP, args: [EVTCHNOP_expand_array, ARG(1)] },
    ]), { run: false });
    const early = hv.evtchnAllocUnbound(a, peer);
    const peerPort = hv.evtchnBindInterdomain(peer, a, early);
    hv.evtchnSend(peer, peerPort); // pending under the two-level ABI
    putU32(hv, a, ARG(6), CB_GPA / 4096, 0, CB_OFFSET, 0);
    putU32(hv, a, ARG(1), ARRAY_GPA / 4096, 0);
    hv.setSharedInfo(a, SHARED);
    hv.unpauseDomain(a);
    hv.runFor(2_000_000);
    expect([result(hv, a, 0), result(hv, a, 1)]).toEqual([0, 0]);
    expect(u32(hv, a, head(7))).toBe(early);
    expect(u32(hv, a, word(early))).toBe((PENDING | LINKED) >>> 0);
    expect(u32(hv, a, READY)).toBe(1 << 7);
  });

  test('a closed port stays busy while it is still linked', () => {
    const { hv, a, peer, port1 } = fifoGuest();
    putU32(hv, a, word(port1), 0);
    const peerPort = hv.evtchnBindInterdomain(peer, a, port1);
    hv.evtchnSend(peer, peerPort);
    expect(u32(hv, a, word(port1))).toBe((PENDING | LINKED) >>> 0);
    hv.evtchnClose(a, port1);
    // Closing cleared PENDING; the guest has not taken the port off its queue yet.
    expect(u32(hv, a, word(port1))).toBe(LINKED >>> 0);
    const next = hv.evtchnAllocUnbound(a, peer);
    expect(next).not.toBe(port1);
    putU32(hv, a, word(port1), 0); // consumed
    hv.evtchnClose(a, next);
    expect(hv.evtchnAllocUnbound(a, peer)).toBe(port1);
  });
});

describe('FIFO state carried to a new domain (save/restore, migration)', () => {
  /** a on FIFO with an event still queued (p2 on queue 7) and port1 at priority 2. */
  function queued(): { hv: ReturnType<typeof machine>; a: number; peer: number; port1: number; p2: number; p3: number } {
    const { hv, a, peer, port1 } = fifoGuest();
    const [p2, p3] = [hv.evtchnAllocUnbound(a, peer), hv.evtchnAllocUnbound(a, peer)];
    for (const p of [port1, p2, p3]) putU32(hv, a, word(p), 0);
    hv.evtchnSend(peer, hv.evtchnBindInterdomain(peer, a, p2));
    hv.pauseDomain(a);
    return { hv, a, peer, port1, p2, p3 };
  }

  /** A new domain with a's memory, its FIFO state and bindings (what restoreState does). */
  function carry(hv: ReturnType<typeof machine>, a: number, state: FifoSnapshot): number {
    const b = hv.createDomain({ memoryKb: 256 });
    hv.writeGuestMemory(b, RAM, hv.readGuestMemory(a, RAM, 256 * 1024));
    hv.evtchnRestoreFifo(b, state);
    for (const p of hv.evtchnList(a)) hv.evtchnRestore(b, p);
    return b;
  }

  test('the restored domain\'s queues go on from their tails; priorities and control blocks are kept', () => {
    const { hv, a, peer, port1, p2, p3 } = queued();
    const state = hv.evtchnFifoState(a);
    expect(state).not.toBeNull();
    expect(state!.tails[7]).toBe(p2);
    expect(state!.controlBlocks).toEqual([{ gfn: CB_GPA / 4096, offset: CB_OFFSET }]);
    expect(state!.arrayGfns).toEqual([ARRAY_GPA / 4096]);
    expect(state!.ports).toEqual([{ port: port1, priority: 2, lastQueue: 7, heldPending: false }]); // the others are a fresh port's
    const b = carry(hv, a, state!);
    expect(hv.evtchnAbi(b)).toBe('fifo');
    expect(hv.evtchnFifoState(b)).toEqual(state);

    // p3 comes back unbound, offered to peer: peer binds it again, then sends.
    hv.evtchnSend(peer, hv.evtchnBindInterdomain(peer, b, p3));
    expect(u32(hv, b, head(7))).toBe(p2); // not overwritten: the queue was not empty
    expect(u32(hv, b, word(p2))).toBe((PENDING | LINKED | p3) >>> 0);
    hv.evtchnSend(peer, hv.evtchnBindInterdomain(peer, b, port1));
    expect(u32(hv, b, head(2))).toBe(port1); // priority 2 kept
    expect(u32(hv, b, READY)).toBe((1 << 2) | (1 << 7));
  });

  test('a two-level domain has no FIFO state; a bad one is refused whole and leaves the domain two-level', () => {
    const { hv, a } = queued();
    const peerless = addGuest(hv, [wfi(), jal(0, -4)], { run: false });
    expect(hv.evtchnFifoState(peerless)).toBeNull();
    const good = hv.evtchnFifoState(a)!;
    const bad: Array<Partial<FifoSnapshot>> = [
      { controlBlocks: [] },
      { controlBlocks: [{ gfn: 0x10, offset: 0 }] },
      { controlBlocks: [{ gfn: CB_GPA / 4096, offset: 4 }] },
      { controlBlocks: [{ gfn: CB_GPA / 4096, offset: 4096 - 8 }] },
      { arrayGfns: [ARRAY_GPA / 4096, 0x10] },
      { arrayGfns: new Array<number>(129).fill(ARRAY_GPA / 4096) },
      { tails: [1] },
      { tails: good.tails.map((t, q) => (q === 3 ? 1 << 17 : t)) },
      { ports: [{ port: 5, priority: 16, lastQueue: 0, heldPending: false }] },
      { ports: [{ port: 5, priority: 1, lastQueue: 16, heldPending: false }] },
      { ports: [{ port: 0, priority: 1, lastQueue: 0, heldPending: false }] },
      { ports: [{ port: 6, priority: 1, lastQueue: 0, heldPending: false }, { port: 5, priority: 1, lastQueue: 0, heldPending: false }] },
    ];
    const c = hv.createDomain({ memoryKb: 256 });
    for (const b of bad) {
      expect(errno(() => hv.evtchnRestoreFifo(c, { ...good, ...b }))).toBe(XEN_EINVAL);
      expect(hv.evtchnAbi(c)).toBe('2-level');
    }
    hv.evtchnRestoreFifo(c, good);
    expect(errno(() => hv.evtchnRestoreFifo(c, good))).toBe(XEN_EEXIST);
  });
});

describe('EVTCHNOP_reset', () => {
  test('of another domain: privileged callers only, the domain paused by its controller; it closes every port and leaves FIFO', () => {
    const { hv, a, peer, port1 } = fifoGuest();
    const peerPort = hv.evtchnBindInterdomain(peer, a, port1);
    const resetOf = (domid: number, privileged: boolean): number => {
      const g = addGuest(hv, callsGuest([{ nr: OP, args: [EVTCHNOP_reset, DATA] }]), { run: false, privileged });
      putU32(hv, g, DATA, domid);
      putU32(hv, g, RESULTS, 0x5555);
      hv.unpauseDomain(g);
      for (let i = 0; i < 100 && result(hv, g, 0) === 0x5555; i++) hv.runFor(1_000_000); // a's vCPU spins on the one pCPU
      hv.pauseDomain(g);
      return result(hv, g, 0);
    };
    expect(resetOf(a, false)).toBe(-XEN_EPERM);
    expect(resetOf(a, true)).toBe(-XEN_EINVAL); // running
    expect(hv.evtchnAbi(a)).toBe('fifo');
    hv.pauseDomain(a);
    expect(resetOf(0x7000, true)).toBe(-XEN_ESRCH);
    expect(resetOf(a, true)).toBe(0);
    expect(hv.evtchnAbi(a)).toBe('2-level');
    expect(hv.evtchnList(a)).toEqual([]);
    expect(hv.evtchnFifoState(a)).toBeNull();
    // The peer's end is back to unbound, offered to a.
    expect(hv.evtchnList(peer).find((p) => p.port === peerPort)).toMatchObject({ status: EVTCHNSTAT_unbound, remoteDom: a });
    // Two-level again: ports start at 1, and the FIFO ABI can be chosen afresh.
    expect(hv.evtchnAllocUnbound(a, peer)).toBe(1);
  });
});

describe('a host-kernel domain (dom0) on FIFO', () => {
  const dom0 = (hv: ReturnType<typeof machine>): number =>
    hv.createDomain({ domid: 0, memoryKb: 1024, maxVcpus: 1, privileged: true, hostKernel: true });

  test('holds more than the two-level ABI\'s 4,096 ports', () => {
    const hv = machine({ pcpus: 1 });
    const d0 = dom0(hv);
    const peer = addGuest(hv, [wfi(), jal(0, -4)]);
    for (let i = 1; i < 4096; i++) hv.evtchnAllocUnbound(d0, peer);
    expect(() => hv.evtchnAllocUnbound(d0, peer)).toThrow(/alloc_unbound failed/);
    expect(hv.evtchnAbi(d0)).toBe('2-level');
    hv.evtchnUseFifo(d0);
    expect(hv.evtchnAbi(d0)).toBe('fifo');
    for (let i = 0; i < 6000; i++) expect(hv.evtchnAllocUnbound(d0, peer)).toBe(4096 + i);
    // A guest moves itself with the hypercall, never through the control surface.
    expect(() => hv.evtchnUseFifo(peer)).toThrow(/EVTCHNOP_init_control/);
  });

  test('takes its events in the order they were raised, nothing twice, and is freed with the domain', () => {
    const hv = machine({ pcpus: 1 });
    const d0 = dom0(hv);
    hv.evtchnUseFifo(d0);
    const peer = addGuest(hv, [wfi(), jal(0, -4)]);
    const free0 = hv.physinfo().freePages;
    const ports = Array.from({ length: 3000 }, () => hv.evtchnAllocUnbound(d0, peer));
    const peerPorts = [2999, 5, 1200].map((i) => hv.evtchnBindInterdomain(peer, d0, ports[i]));
    expect(hv.takeEvents(d0)).toEqual([]);
    for (const p of [peerPorts[1], peerPorts[0], peerPorts[2], peerPorts[1]]) hv.evtchnSend(peer, p);
    expect(hv.takeEvents(d0)).toEqual([ports[5], ports[2999], ports[1200]]);
    expect(hv.takeEvents(d0)).toEqual([]);
    hv.evtchnSend(peer, peerPorts[2]);
    expect(hv.takeEvents(d0)).toEqual([ports[1200]]);
    // Two more event-array pages (3,001 ports) went to dom0, and come back when it goes.
    expect(hv.physinfo().freePages).toBe(free0 - 2);
    hv.destroyDomain(d0);
    expect(hv.physinfo().freePages).toBeGreaterThan(free0);
  });

  test.each([['2-level'], ['fifo']])('%s: an event sets evtchn_upcall_pending, taking the events clears it, as the ABIs\' upcall handler does', (abi) => {
    const hv = machine({ pcpus: 1 });
    const d0 = dom0(hv);
    if (abi === 'fifo') hv.evtchnUseFifo(d0);
    hv.setSharedInfo(d0, SHARED); // to read vCPU 0's vcpu_info, the legacy slot of shared_info
    const upcallPending = (): number => hv.readGuestMemory(d0, SHARED + VCPU_INFO.f.evtchn_upcall_pending.offset, 1)[0];
    const peer = addGuest(hv, [wfi(), jal(0, -4)]);
    const port = hv.evtchnAllocUnbound(d0, peer);
    const peerPort = hv.evtchnBindInterdomain(peer, d0, port);
    expect(upcallPending()).toBe(0);
    hv.evtchnSend(peer, peerPort);
    expect(upcallPending()).toBe(1);
    expect(hv.takeEvents(d0)).toEqual([port]);
    expect(upcallPending()).toBe(0);
    hv.evtchnSend(peer, peerPort);
    expect(upcallPending()).toBe(1);
  });
});
