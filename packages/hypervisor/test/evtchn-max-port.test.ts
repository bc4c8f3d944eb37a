/**
 * A domain's bound on its event-channel ports (xen_domctl_createdomain's max_evtchn_port, set
 * from xl's max_event_channels): a port above it is -ENOSPC on every allocation path and on
 * either ABI, as Xen's get_free_port answers; the domain and its peers run on.
 */
import {
  EVTCHNOP_alloc_unbound, EVTCHNOP_bind_interdomain, EVTCHNOP_bind_ipi, EVTCHNOP_bind_virq, EVTCHNOP_close, EVTCHNOP_init_control,
  EVTCHNSTAT_ipi, EVTCHNSTAT_unbound, EVTCHNSTAT_virq, VIRQ_TIMER, XEN_EINVAL, XEN_ENOSPC, __HYPERVISOR_event_channel_op,
} from '@hvsim/abi';
import { DATA, RAM, addGuest, callsGuest, errno, jal, machine, putU32, result, u32, wfi } from './guest';

const OP = __HYPERVISOR_event_channel_op;
const SELF = 0x7ff0;
/** Argument structs, each at its own address in DATA. */
const ARG = (i: number): number => DATA + 32 * i;

test('a guest on the two-level ABI gets -ENOSPC past its bound from every bind, and the ports below it still work', () => {
  const hv = machine({ pcpus: 1 });
  const peer = addGuest(hv, [wfi(), jal(0, -4)]);
  const a = addGuest(hv, callsGuest([
    { nr: OP, args: [EVTCHNOP_alloc_unbound, ARG(0)] }, // 0: port 1
    { nr: OP, args: [EVTCHNOP_alloc_unbound, ARG(1)] }, // 1: port 2
    { nr: OP, args: [EVTCHNOP_bind_ipi, ARG(2)] }, // 2: port 3, the last the bound allows
    { nr: OP, args: [EVTCHNOP_alloc_unbound, ARG(3)] }, // 3: -ENOSPC
    { nr: OP, args: [EVTCHNOP_bind_virq, ARG(4)] }, // 4: -ENOSPC
    { nr: OP, args: [EVTCHNOP_bind_ipi, ARG(2)] }, // 5: -ENOSPC
    { nr: OP, args: [EVTCHNOP_bind_interdomain, ARG(5)] }, // 6: -ENOSPC
    { nr: OP, args: [EVTCHNOP_close, ARG(6)] }, // 7: closes port 2
    { nr: OP, args: [EVTCHNOP_bind_virq, ARG(4)] }, // 8: port 2 again
    { nr: OP, args: [EVTCHNOP_alloc_unbound, ARG(3)] }, // 9: -ENOSPC
    { nr: OP, args: [EVTCHNOP_bind_interdomain, ARG(7)] }, // 10: no such remote port, but no local one first: -ENOSPC, as Xen
  ]), { maxEvtchnPort: 3, run: false });
  const offered = hv.evtchnAllocUnbound(peer, a);
  for (const i of [0, 1, 3]) putU32(hv, a, ARG(i), SELF | (SELF << 16), 0);
  putU32(hv, a, ARG(2), 0, 0);
  putU32(hv, a, ARG(4), VIRQ_TIMER, 0, 0);
  putU32(hv, a, ARG(5), peer, offered, 0);
  putU32(hv, a, ARG(6), 2);
  putU32(hv, a, ARG(7), peer, 999, 0);
  hv.unpauseDomain(a);
  hv.runFor(2_000_000);

  expect(Array.from({ length: 11 }, (_, i) => result(hv, a, i))).toEqual([0, 0, 0, -XEN_ENOSPC, -XEN_ENOSPC, -XEN_ENOSPC, -XEN_ENOSPC, 0, 0, -XEN_ENOSPC, -XEN_ENOSPC]);
  expect([u32(hv, a, ARG(0) + 4), u32(hv, a, ARG(1) + 4), u32(hv, a, ARG(2) + 4), u32(hv, a, ARG(4) + 8)]).toEqual([1, 2, 3, 2]);
  expect(hv.evtchnList(a).map((b) => [b.port, b.status])).toEqual([[1, EVTCHNSTAT_unbound], [2, EVTCHNSTAT_virq], [3, EVTCHNSTAT_ipi]]);
  // The refused bind_interdomain left the peer's port as it was, still offered to a.
  expect(hv.evtchnList(peer).find((b) => b.port === offered)).toMatchObject({ status: EVTCHNSTAT_unbound, remoteDom: a });
  // The toolstack's own allocation in a is refused the same way; a and its peer run on.
  expect(errno(() => hv.evtchnAllocUnbound(a, peer))).toBe(XEN_ENOSPC);
  const before = hv.getDomainInfo(a).cpuTimeNs;
  hv.runFor(1_000_000);
  expect(hv.getDomainInfo(a).flags).toMatchObject({ shutdown: false, dying: false });
  expect(hv.getDomainInfo(a).cpuTimeNs).toBeGreaterThan(before);
  // The peer has no bound of its own: its ports go past a's.
  const more = Array.from({ length: 5 }, () => hv.evtchnAllocUnbound(peer, a));
  expect(Math.max(...more)).toBeGreaterThan(3);
});

test('on the FIFO ABI the bound holds past the two-level ABI\'s 4,095 ports; without one a domain has the ABI\'s', () => {
  const hv = machine({ pcpus: 1 });
  const fifoGuest = (maxEvtchnPort?: number): number => {
    const d = addGuest(hv, callsGuest([{ nr: OP, args: [EVTCHNOP_init_control, ARG(0)] }]), { maxEvtchnPort, run: false });
    putU32(hv, d, ARG(0), (RAM + 0x2_0000) / 4096, 0, 0x40, 0);
    hv.unpauseDomain(d);
    hv.runFor(500_000);
    hv.pauseDomain(d); // it spins from here on: the next guest must get the pCPU
    expect(hv.evtchnAbi(d)).toBe('fifo');
    return d;
  };
  /** Allocates until refused: the ports it got and the errno that stopped it. */
  const fill = (d: number): { last: number; errno: number } => {
    let last = 0;
    for (;;) {
      const e = errno(() => {
        last = hv.evtchnAllocUnbound(d, 0);
      });
      if (e !== 0) return { last, errno: e };
    }
  };
  expect(fill(fifoGuest(5000))).toEqual({ last: 5000, errno: XEN_ENOSPC });
  // The bound is inclusive and counts port numbers, so 1,023 (libxl's default) is 1,023 ports.
  expect(fill(fifoGuest(1023))).toEqual({ last: 1023, errno: XEN_ENOSPC });
  // A bound past the two-level ABI's ports leaves that ABI's own limit.
  expect(fill(addGuest(hv, [wfi(), jal(0, -4)], { maxEvtchnPort: 10_000 }))).toEqual({ last: 4095, errno: XEN_ENOSPC });
  expect(fill(fifoGuest())).toEqual({ last: 131071, errno: XEN_ENOSPC });
});

test('a saved binding or FIFO port above the new domain\'s bound is refused, as Xen\'s evtchn_allocate_port refuses it', () => {
  const hv = machine({ pcpus: 1 });
  const d = hv.createDomain({ memoryKb: 256, maxEvtchnPort: 10 });
  const binding = { port: 11, status: EVTCHNSTAT_unbound, vcpu: 0, remoteDom: 0, remotePort: 0, virq: 0 };
  expect(errno(() => hv.evtchnRestore(d, binding))).toBe(XEN_ENOSPC);
  expect(errno(() => hv.evtchnRestore(d, { ...binding, port: 10 }))).toBe(0);
  const loopback = { ...binding, port: 9, status: 2 /* EVTCHNSTAT_interdomain */, remoteDom: d, remotePort: 12 };
  expect(errno(() => hv.evtchnRestore(d, loopback))).toBe(XEN_ENOSPC);
  const fifo = { controlBlocks: [{ gfn: -1, offset: 0 }], arrayGfns: [], tails: new Array<number>(16).fill(0), ports: [{ port: 11, priority: 7, lastQueue: 7, heldPending: false }] };
  expect(errno(() => hv.evtchnRestoreFifo(d, fifo))).toBe(XEN_EINVAL);
  expect(hv.evtchnAbi(d)).toBe('2-level');
});

test('createDomain refuses a bound that is not a 32-bit unsigned integer', () => {
  const hv = machine({ pcpus: 1 });
  for (const bad of [-1, 1.5, 2 ** 32]) expect(errno(() => hv.createDomain({ memoryKb: 256, maxEvtchnPort: bad }))).toBe(XEN_EINVAL);
  // Xen clamps larger ones to what it can use; so does hvsim, to the ABI's ports.
  expect(errno(() => hv.createDomain({ memoryKb: 256, maxEvtchnPort: 0xffff_ffff }))).toBe(0);
});
