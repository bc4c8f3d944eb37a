import { CSR_SCAUSE, CSR_SEPC, CSR_STVEC, CAUSE_ILLEGAL_INSTRUCTION, CAUSE_LOAD_ACCESS } from '@hvsim/riscv';
import { SHUTDOWN_crash } from '@hvsim/abi';
import {
  a0, add, addGuest, addi, assemble, csrr, csrw, DATA, jal, li, lw, machine, mret, RAM, SPIN, sret, sw, t0, t1, u32,
} from './guest';

test('a crashing guest is reported crashed with its cause while the others run on', () => {
  const hv = machine();
  const good = addGuest(hv, [...li(t0, DATA), ...li(t1, 0), addi(t1, t1, 1), sw(t1, t0, 0), jal(0, -8)]);
  const bad = addGuest(hv, [...li(t0, 0x1000), lw(a0, t0, 0), SPIN]); // stvec = 0, load outside RAM
  hv.runFor(2_000_000);
  const info = hv.getDomainInfo(bad);
  expect(info.flags.crashed).toBe(true);
  expect(info.shutdownReason).toBe(SHUTDOWN_crash);
  expect(info.crashCause).toMatch(/load access fault at pc 0x80000008.*stvec = 0/);
  const before = u32(hv, good, DATA);
  hv.runFor(2_000_000);
  expect(u32(hv, good, DATA)).toBeGreaterThan(before);
  expect(hv.getDomainInfo(good).flags.crashed).toBe(false);
  const events = hv.takeDomainEvents().filter((e) => e.domid === bad && e.kind === 'crashed');
  expect(events).toHaveLength(1);
  expect(events[0].cause).toBe(info.crashCause);
});

test('a trap storm crashes the domain', () => {
  const hv = machine();
  // The trap handler itself faults: stvec points at a load from outside RAM.
  const handler = RAM + 0x100;
  const d = addGuest(hv, [...li(t0, handler), csrw(CSR_STVEC, t0), ...li(t1, 0x1000), lw(a0, t1, 0), SPIN], { run: false });
  hv.writeGuestMemory(d, handler, assemble([lw(a0, t1, 0), sret()]));
  hv.unpauseDomain(d);
  hv.runFor(5_000_000);
  expect(hv.getDomainInfo(d).crashCause).toMatch(/trap storm: load access fault at pc 0x80000100/);
});

/** A guest trap handler that logs each trap: log[0] += 4; log[log[0]] = scause; sepc += 4; sret. */
function loggingHandler(log: number): number[] {
  return [
    ...li(t0, log), lw(t1, t0, 0), addi(t1, t1, 4), sw(t1, t0, 0), add(t1, t0, t1),
    csrr(a0, CSR_SCAUSE), sw(a0, t1, 0),
    csrr(a0, CSR_SEPC), addi(a0, a0, 4), csrw(CSR_SEPC, a0), sret(),
  ];
}

test('mret from S-mode and access faults are injected into the guest handler', () => {
  const hv = machine();
  const handler = RAM + 0x200;
  const log = DATA;
  const d = addGuest(hv, [
    ...li(t0, handler), csrw(CSR_STVEC, t0),
    mret(),
    ...li(t1, 0x2000_0000), lw(a0, t1, 0),
    csrr(a0, 0x300 /* mstatus: M-mode CSR */),
    ...li(t0, DATA + 0x100), ...li(a0, 1), sw(a0, t0, 0),
    SPIN,
  ], { run: false });
  hv.writeGuestMemory(d, handler, assemble(loggingHandler(log)));
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(u32(hv, d, log)).toBe(12);
  expect([u32(hv, d, log + 4), u32(hv, d, log + 8), u32(hv, d, log + 12)]).toEqual([
    CAUSE_ILLEGAL_INSTRUCTION, CAUSE_LOAD_ACCESS, CAUSE_ILLEGAL_INSTRUCTION,
  ]);
  expect(u32(hv, d, DATA + 0x100)).toBe(1);
  expect(hv.counters(d).exits.exception).toBe(3);
});

test('a guest cannot change its PMP: pmpcfg/pmpaddr writes are illegal instructions, memory stays reachable', () => {
  const hv = machine();
  const handler = RAM + 0x200;
  const log = DATA;
  const d = addGuest(hv, [
    ...li(t0, handler), csrw(CSR_STVEC, t0),
    csrw(0x3a0 /* pmpcfg0 */, 0), csrw(0x3b0 /* pmpaddr0 */, 0), csrr(a0, 0x3a0),
    ...li(t0, DATA + 0x100), ...li(a0, 1), sw(a0, t0, 0),
    SPIN,
  ], { run: false });
  hv.writeGuestMemory(d, handler, assemble(loggingHandler(log)));
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(u32(hv, d, log)).toBe(12);
  expect([u32(hv, d, log + 4), u32(hv, d, log + 8), u32(hv, d, log + 12)]).toEqual([
    CAUSE_ILLEGAL_INSTRUCTION, CAUSE_ILLEGAL_INSTRUCTION, CAUSE_ILLEGAL_INSTRUCTION,
  ]);
  expect(u32(hv, d, DATA + 0x100)).toBe(1);
  expect(hv.getVcpuContext(d, 0).hart.pmp.cfg[0]).toBe(0x1f);
});
