import { EVTCHNOP_bind_virq, SCHEDOP_block, VIRQ_TIMER, __HYPERVISOR_event_channel_op, __HYPERVISOR_sched_op, __HYPERVISOR_set_timer_op, __HYPERVISOR_xen_version } from '@hvsim/abi';
import { CSR_TIME } from '@hvsim/riscv';
import { a0, a1, add, addGuest, addi, csrr, DATA, hypercall, jal, li, machine, putU32, SPIN, t0, t1 } from './guest';

/** Six domains on two pCPUs: spinners, a hypercall loop, and a timer sleeper; a pause command at `pauseAt`. */
function scenario(seed: number, pauseAt: number, run = (hv: ReturnType<typeof machine>, t: number) => hv.runUntil(t)): string {
  const hv = machine({ seed, freqHz: 50_000_000 });
  const doms = [addGuest(hv, [SPIN]), addGuest(hv, [SPIN]), addGuest(hv, [SPIN])];
  doms.push(addGuest(hv, [...li(a0, 0), ...li(a1, 0), ...hypercall(__HYPERVISOR_xen_version), jal(0, -4 * 9)]));
  const sleeper = [
    csrr(t0, CSR_TIME), ...li(t1, 700_000), add(a0, t0, t1), ...li(a1, 0), ...hypercall(__HYPERVISOR_set_timer_op),
    ...li(a0, SCHEDOP_block), ...li(a1, 0), ...hypercall(__HYPERVISOR_sched_op), addi(t0, t0, 0),
  ];
  const s = addGuest(hv, [
    ...li(a0, EVTCHNOP_bind_virq), ...li(a1, DATA), ...hypercall(__HYPERVISOR_event_channel_op),
    ...sleeper, jal(0, -4 * sleeper.flat().length),
  ], { run: false });
  putU32(hv, s, DATA, VIRQ_TIMER, 0, 0);
  hv.unpauseDomain(s);
  hv.schedCreditSet(doms[0], { weight: 512 });
  run(hv, pauseAt);
  hv.pauseDomain(doms[1]);
  run(hv, 200_000_000);
  return hv.traceHash();
}

test('the same scenario twice gives the same trace hash', () => {
  expect(scenario(1, 50_000_000)).toBe(scenario(1, 50_000_000));
});

test('another seed or another command time changes the hash', () => {
  const base = scenario(1, 50_000_000);
  expect(scenario(2, 50_000_000)).not.toBe(base);
  expect(scenario(1, 50_100_000)).not.toBe(base);
});

test('runs ended early between quanta (stopEarly) add up to the same run', () => {
  let calls = 0;
  const inPieces = scenario(1, 50_000_000, (hv, t) => {
    while (hv.now() < t) {
      calls++;
      let asked = 0;
      hv.runUntil(t, () => ++asked === 3);
    }
  });
  expect(calls).toBeGreaterThan(100);
  expect(inPieces).toBe(scenario(1, 50_000_000));
});
