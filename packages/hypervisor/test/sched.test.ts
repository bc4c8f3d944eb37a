/**
 * Credit scheduler behaviour over seconds of virtual time. The pCPUs run at 10 MHz so that
 * 10 s of virtual time is ~1e8 guest instructions in all.
 */
import { SCHEDOP_block, SHARED_INFO, VIRQ_TIMER, EVTCHNOP_bind_virq, __HYPERVISOR_event_channel_op, __HYPERVISOR_sched_op, __HYPERVISOR_set_timer_op } from '@hvsim/abi';
import { CSR_TIME } from '@hvsim/riscv';
import {
  a0, a1, add, addGuest, addi, bge, csrr, DATA, hypercall, jal, li, machine, putU32, RAM, s0, s1, s2, s3, sb, SPIN, sub, sw, t0, t1,
} from './guest';

const SECOND = 1_000_000_000;
const MHZ10 = 10_000_000;
const SHARED = RAM + 0x3_0000;

function cpuSeconds(ns: number): number {
  return ns / SECOND;
}

test('weights 256:512 sharing one pCPU get CPU time 1:2 within 2% over 10 s', () => {
  const hv = machine({ pcpus: 1, freqHz: MHZ10 });
  const a = addGuest(hv, [SPIN]);
  const b = addGuest(hv, [SPIN]);
  hv.schedCreditSet(a, { weight: 256 });
  hv.schedCreditSet(b, { weight: 512 });
  hv.runFor(10 * SECOND);
  const ta = hv.getDomainInfo(a).cpuTimeNs;
  const tb = hv.getDomainInfo(b).cpuTimeNs;
  expect(ta + tb).toBeGreaterThan(9.9 * SECOND);
  expect(Math.abs(tb / ta - 2) / 2).toBeLessThan(0.02);
});

test('domains that leave do not disturb the shares of those that stay', () => {
  const hv = machine({ pcpus: 1, freqHz: MHZ10 });
  const a = addGuest(hv, [SPIN]);
  const leaving = [1, 2, 3, 4].map(() => addGuest(hv, [SPIN]));
  const b = addGuest(hv, [SPIN]);
  hv.schedCreditSet(a, { weight: 256 });
  hv.schedCreditSet(b, { weight: 512 });
  hv.runFor(SECOND / 10);
  for (const d of leaving) hv.destroyDomain(d);
  const [ta0, tb0] = [hv.getDomainInfo(a).cpuTimeNs, hv.getDomainInfo(b).cpuTimeNs];
  hv.runFor(5 * SECOND);
  const ta = hv.getDomainInfo(a).cpuTimeNs - ta0;
  const tb = hv.getDomainInfo(b).cpuTimeNs - tb0;
  expect(ta + tb).toBeGreaterThan(4.9 * SECOND);
  expect(Math.abs(tb / ta - 2) / 2).toBeLessThan(0.03);
});

test('cap 50 holds a CPU-bound domain to at most 50% of a pCPU', () => {
  const hv = machine({ pcpus: 2, freqHz: MHZ10 });
  const d = addGuest(hv, [SPIN]);
  hv.schedCreditSet(d, { cap: 50 });
  hv.runFor(10 * SECOND);
  const share = hv.getDomainInfo(d).cpuTimeNs / (10 * SECOND);
  expect(share).toBeLessThanOrEqual(0.5);
  expect(share).toBeGreaterThan(0.45);
});

test('weight and cap can change while the domains run', () => {
  const hv = machine({ pcpus: 1, freqHz: MHZ10 });
  const a = addGuest(hv, [SPIN]);
  const b = addGuest(hv, [SPIN]);
  hv.runFor(3 * SECOND);
  const before = [hv.getDomainInfo(a).cpuTimeNs, hv.getDomainInfo(b).cpuTimeNs];
  expect(Math.abs(before[0] / before[1] - 1)).toBeLessThan(0.05);
  hv.schedCreditSet(a, { weight: 768 });
  hv.runFor(6 * SECOND);
  const da = hv.getDomainInfo(a).cpuTimeNs - before[0];
  const db = hv.getDomainInfo(b).cpuTimeNs - before[1];
  expect(Math.abs(da / db - 3) / 3).toBeLessThan(0.05);
  expect(() => hv.schedCreditSet(a, { weight: 0 })).toThrow(/weight/);
  expect(() => hv.schedCreditSet(a, { cap: -1 })).toThrow(/cap/);
});

test('pinned vCPUs never run elsewhere', () => {
  const hv = machine({ pcpus: 2, freqHz: MHZ10 });
  const doms = [0, 1, 2, 3].map(() => addGuest(hv, [SPIN], { run: false }));
  hv.setVcpuAffinity(doms[0], 0, [1]);
  hv.setVcpuAffinity(doms[1], 0, [1]);
  hv.setVcpuAffinity(doms[2], 0, [0]);
  for (const d of doms) hv.unpauseDomain(d);
  hv.runFor(2 * SECOND);
  hv.setVcpuAffinity(doms[2], 0, [1]); // re-pinned while running: moves and stays
  hv.runFor(2 * SECOND);
  const where = (d: number) => hv.getVcpuInfo(d)[0];
  expect(where(doms[0]).cpu).toBe(1);
  expect(where(doms[1]).cpu).toBe(1);
  expect(where(doms[2]).cpu).toBe(1);
  expect(where(doms[0]).ranOn).toEqual([1]);
  expect(where(doms[1]).ranOn).toEqual([1]);
  expect(where(doms[2]).ranOn).toEqual([0, 1]); // pCPU 0 until the re-pin
  const t = hv.getVcpuInfo(doms[3])[0].cpuTimeNs;
  expect(t).toBeGreaterThan(1.5 * SECOND); // the unpinned one gets pCPU 0 to itself after the re-pin
});

test('a domain waking on a 1 ms timer keeps wake-up latency under 1 ms beside four CPU-bound domains', () => {
  const hv = machine({ pcpus: 1, freqHz: MHZ10 });
  for (let i = 0; i < 4; i++) addGuest(hv, [SPIN]);
  // Timer guest: bind VIRQ_TIMER; loop { deadline = time + 1 ms; set_timer_op(deadline); block;
  //   acknowledge the event in shared_info; latency = time - deadline; keep the max and a count }.
  // s0 = deadline, s1 = max latency, s2 = wake count, s3 = shared_info.
  const loop = [
    csrr(t0, CSR_TIME), ...li(t1, 1_000_000), add(s0, t0, t1),
    addi(a0, s0, 0), ...li(a1, 0), ...hypercall(__HYPERVISOR_set_timer_op),
    ...li(a0, SCHEDOP_block), ...li(a1, 0), ...hypercall(__HYPERVISOR_sched_op),
    csrr(t0, CSR_TIME), sub(t0, t0, s0),
    sb(0, s3, 0), sw(0, s3, 8), sw(0, s3, SHARED_INFO.f.evtchn_pending.offset),
    bge(s1, t0, 8), addi(s1, t0, 0),
    addi(s2, s2, 1),
    ...li(t1, DATA), sw(s1, t1, 0), sw(s2, t1, 4),
  ];
  const code = [
    ...li(a0, EVTCHNOP_bind_virq), ...li(a1, DATA + 64), ...hypercall(__HYPERVISOR_event_channel_op),
    ...li(s1, 0), ...li(s2, 0), ...li(s3, SHARED),
    ...loop, jal(0, -4 * loop.flat().length),
  ];
  const w = addGuest(hv, code, { run: false });
  putU32(hv, w, DATA + 64, VIRQ_TIMER, 0, 0);
  hv.setSharedInfo(w, SHARED);
  hv.unpauseDomain(w);
  hv.runFor(2 * SECOND);
  const view = (o: number) => { const b = hv.readGuestMemory(w, DATA + o, 4); return (b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24) >>> 0; };
  const maxLatency = view(0);
  const wakes = view(4);
  expect(wakes).toBeGreaterThan(1500);
  expect(maxLatency).toBeLessThan(1_000_000);
});
