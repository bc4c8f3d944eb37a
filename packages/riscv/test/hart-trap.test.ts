import * as A from './asm';
import { exec, machine, RAM_BASE, DEV_BASE } from './machine';
import * as C from '@hvsim/riscv';

const { a0, a1, a2, a3, t0 } = A;
const HANDLER = RAM_BASE + 0x800;
const S_HANDLER = RAM_BASE + 0xc00;

/** A machine with `program` at RAM_BASE and self-loops at the M and S handlers. */
function setup(program: Array<number | number[]>) {
  const m = machine(A.assemble([...program, A.jal(0, 0)]));
  m.mem.write(HANDLER, 4, A.jal(0, 0));
  m.mem.write(S_HANDLER, 4, A.jal(0, 0));
  m.hart.writeCsr(C.CSR_MTVEC, HANDLER);
  m.hart.writeCsr(C.CSR_STVEC, S_HANDLER);
  return m;
}

describe('exceptions', () => {
  test.each([[C.PRIV_U, C.CAUSE_USER_ECALL], [C.PRIV_S, C.CAUSE_SUPERVISOR_ECALL], [C.PRIV_M, C.CAUSE_MACHINE_ECALL]])(
    'ecall from priv %i has cause %i; mepc = the ecall; MPP = old priv; not retired', (priv, cause) => {
      const m = setup([A.addi(0, 0, 0), A.ecall()]);
      m.hart.priv = priv;
      m.hart.run(3);
      expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(cause);
      expect(m.hart.readCsr(C.CSR_MEPC)).toBe(RAM_BASE + 4);
      expect(m.hart.priv).toBe(C.PRIV_M);
      expect((m.hart.readCsr(C.CSR_MSTATUS) & C.MSTATUS_MPP) >>> 11).toBe(priv);
      expect(m.hart.pc).toBe(HANDLER + 4 - 4);
      expect(m.hart.instret).toBe(2); // addi and the handler's jal; the ecall did not retire
    });

  test('ebreak: cause 3, tval = pc', () => {
    const m = setup([A.ebreak()]);
    m.hart.run(1);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_BREAKPOINT);
    expect(m.hart.readCsr(C.CSR_MTVAL)).toBe(RAM_BASE);
  });

  test('trap entry saves MIE into MPIE and clears MIE; mret restores and sets MPP = U', () => {
    const m = setup([A.ecall()]);
    m.mem.write(HANDLER, 4, A.mret());
    m.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_MIE);
    m.hart.run(1);
    let s = m.hart.readCsr(C.CSR_MSTATUS);
    expect(s & C.MSTATUS_MIE).toBe(0);
    expect(s & C.MSTATUS_MPIE).toBe(C.MSTATUS_MPIE);
    expect(s & C.MSTATUS_MPP).toBe(C.MSTATUS_MPP);
    m.hart.writeCsr(C.CSR_MEPC, RAM_BASE + 4);
    m.hart.writeCsr(C.CSR_MSTATUS, (s & ~C.MSTATUS_MPP) | (C.PRIV_S << 11) | C.MSTATUS_MPRV);
    m.hart.run(1);
    s = m.hart.readCsr(C.CSR_MSTATUS);
    expect(m.hart.priv).toBe(C.PRIV_S);
    expect(m.hart.pc).toBe(RAM_BASE + 4);
    expect(s & C.MSTATUS_MIE).toBe(C.MSTATUS_MIE);
    expect(s & C.MSTATUS_MPIE).toBe(C.MSTATUS_MPIE);
    expect(s & C.MSTATUS_MPP).toBe(0);
    expect(s & C.MSTATUS_MPRV).toBe(0);
  });

  test('medeleg sends U/S exceptions to S-mode, never M-mode ones', () => {
    const m = setup([A.ecall()]);
    m.hart.writeCsr(C.CSR_MEDELEG, 1 << C.CAUSE_USER_ECALL);
    m.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_SIE);
    m.hart.priv = C.PRIV_U;
    m.hart.run(1);
    expect(m.hart.priv).toBe(C.PRIV_S);
    expect(m.hart.pc).toBe(S_HANDLER);
    expect(m.hart.readCsr(C.CSR_SCAUSE)).toBe(C.CAUSE_USER_ECALL);
    expect(m.hart.readCsr(C.CSR_SEPC)).toBe(RAM_BASE);
    const s = m.hart.readCsr(C.CSR_MSTATUS);
    expect(s & (C.MSTATUS_SIE | C.MSTATUS_SPIE | C.MSTATUS_SPP)).toBe(C.MSTATUS_SPIE);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);

    const m2 = setup([0]);
    m2.hart.writeCsr(C.CSR_MEDELEG, 1 << C.CAUSE_ILLEGAL_INSTRUCTION);
    m2.hart.run(1); // in M: not delegated
    expect(m2.hart.priv).toBe(C.PRIV_M);
    expect(m2.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_ILLEGAL_INSTRUCTION);
  });

  test('sret restores SPP/SIE; TSR makes it illegal in S; illegal in U', () => {
    const m = setup([A.sret()]);
    m.hart.priv = C.PRIV_S;
    m.hart.writeCsr(C.CSR_SEPC, RAM_BASE + 0x100);
    m.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_SPIE); // SPP = U
    m.hart.run(1);
    expect(m.hart.priv).toBe(C.PRIV_U);
    expect(m.hart.pc).toBe(RAM_BASE + 0x100);
    expect(m.hart.readCsr(C.CSR_MSTATUS) & (C.MSTATUS_SIE | C.MSTATUS_SPIE)).toBe(C.MSTATUS_SIE | C.MSTATUS_SPIE);

    for (const [priv, tsr] of [[C.PRIV_S, true], [C.PRIV_U, false]] as const) {
      const m2 = setup([A.sret()]);
      m2.hart.priv = priv;
      if (tsr) m2.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_TSR);
      m2.hart.run(1);
      expect(m2.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_ILLEGAL_INSTRUCTION);
      expect(m2.hart.readCsr(C.CSR_MTVAL)).toBe(A.sret());
    }
    const m3 = setup([A.mret()]);
    m3.hart.priv = C.PRIV_S;
    m3.hart.run(1);
    expect(m3.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_ILLEGAL_INSTRUCTION);
  });

  test('wfi: illegal in U, illegal in S with TW, otherwise waits', () => {
    const u = setup([A.wfi()]);
    u.hart.priv = C.PRIV_U;
    u.hart.run(1);
    expect(u.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_ILLEGAL_INSTRUCTION);
    const s = setup([A.wfi()]);
    s.hart.priv = C.PRIV_S;
    s.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_TW);
    s.hart.run(1);
    expect(s.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_ILLEGAL_INSTRUCTION);
    const ok = setup([A.wfi(), A.addi(a0, 0, 1)]);
    ok.hart.priv = C.PRIV_S;
    expect(ok.hart.run(100)).toBe(1);
    expect(ok.hart.waiting).toBe(true);
    expect(ok.hart.pc).toBe(RAM_BASE + 4);
    expect(ok.hart.run(100)).toBe(0);
  });

  test('mtvec vectored: exceptions go to base, interrupts to base + 4*code', () => {
    const m = setup([A.ecall()]);
    m.hart.writeCsr(C.CSR_MTVEC, HANDLER | 1);
    m.hart.run(1);
    expect(m.hart.pc).toBe(HANDLER);
    const i = setup([A.jal(0, 0)]);
    i.hart.writeCsr(C.CSR_MTVEC, HANDLER | 1);
    i.hart.writeCsr(C.CSR_MIE, C.MIP_MTIP);
    i.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_MIE);
    i.hart.setPending(C.MIP_MTIP, true);
    i.hart.run(1);
    expect(i.hart.pc).toBe(HANDLER + 4 * 7);
    expect(i.hart.readCsr(C.CSR_MCAUSE)).toBe(0x80000007);
    expect(i.hart.readCsr(C.CSR_MEPC)).toBe(RAM_BASE);
  });

  test('stvec vectored for a delegated interrupt', () => {
    const m = setup([A.jal(0, 0)]);
    m.hart.writeCsr(C.CSR_STVEC, S_HANDLER | 1);
    m.hart.writeCsr(C.CSR_MIDELEG, C.MIP_STIP);
    m.hart.writeCsr(C.CSR_MIE, C.MIP_STIP);
    m.hart.priv = C.PRIV_U;
    m.hart.setPending(C.MIP_STIP, true);
    m.hart.run(1);
    expect(m.hart.priv).toBe(C.PRIV_S);
    expect(m.hart.pc).toBe(S_HANDLER + 4 * 5);
    expect(m.hart.readCsr(C.CSR_SCAUSE)).toBe(0x80000005);
  });
});

describe('onInterruptPending', () => {
  /** A hart in U-mode with SEIP delegated and enabled, running a loop. */
  function seipMachine() {
    const m = setup([A.addi(a0, a0, 1), A.jal(0, -4)]);
    m.hart.writeCsr(C.CSR_MIDELEG, C.MIP_SEIP);
    m.hart.writeCsr(C.CSR_MIE, C.MIP_SEIP);
    m.hart.priv = C.PRIV_U;
    return m;
  }

  test('a line the hook drops before the trap causes none; the hart runs on', () => {
    const m = seipMachine();
    const calls: number[] = [];
    m.hart.onInterruptPending = (h) => { calls.push(h.pc); h.setPending(C.MIP_SEIP, false); };
    m.hart.setPending(C.MIP_SEIP, true);
    m.hart.run(10);
    expect(calls).toEqual([RAM_BASE]);
    expect(m.hart.priv).toBe(C.PRIV_U);
    expect(m.hart.readCsr(C.CSR_SCAUSE)).toBe(0);
    expect(m.hart.x[a0]).toBe(5);
  });

  test('a line the hook keeps is taken as before', () => {
    const m = seipMachine();
    let calls = 0;
    m.hart.onInterruptPending = () => { calls++; };
    m.hart.setPending(C.MIP_SEIP, true);
    m.hart.run(1);
    expect(calls).toBe(1);
    expect(m.hart.priv).toBe(C.PRIV_S);
    expect(m.hart.readCsr(C.CSR_SCAUSE)).toBe(0x80000009);
  });
});

describe('misaligned and faulting accesses', () => {
  test('misaligned loads and stores within RAM are performed, also across a page boundary', () => {
    const m = exec([A.li(a0, RAM_BASE + 0x2ffe), A.li(a1, 0x11223344), A.sw(a1, a0, 0), A.lw(a2, a0, 0), A.lh(a3, a0, 1),
      A.lhu(A.a4, a0, 1), A.sh(a1, a0, 3), A.lw(A.a5, a0, 2)]);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
    expect(m.mem.read(RAM_BASE + 0x2ffe, 2)).toBe(0x3344);
    expect(m.mem.read(RAM_BASE + 0x3000, 2)).toBe(0x4422); // 0x22 from the sw, 0x44 from the sh
    expect(m.hart.x[a2]).toBe(0x11223344);
    expect(m.hart.x[a3]).toBe(0x2233);
    expect(m.hart.x[A.a4]).toBe(0x2233);
    expect(m.hart.x[A.a5] >>> 0).toBe(0x00334422);
  });

  test.each([
    ['lw', A.lw(a1, a0, 1), C.CAUSE_MISALIGNED_LOAD, 1], ['lh', A.lh(a1, a0, 3), C.CAUSE_MISALIGNED_LOAD, 3],
    ['lhu', A.lhu(a1, a0, 1), C.CAUSE_MISALIGNED_LOAD, 1], ['sw', A.sw(a1, a0, 2), C.CAUSE_MISALIGNED_STORE, 2],
    ['sh', A.sh(a1, a0, 1), C.CAUSE_MISALIGNED_STORE, 1],
  ] as const)('misaligned %s to a device traps with the address in mtval and leaves rd alone', (_n, insn, cause, off) => {
    const m = exec([A.li(a0, DEV_BASE), A.addi(a1, 0, 55), insn]);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(cause);
    expect(m.hart.readCsr(C.CSR_MTVAL)).toBe(DEV_BASE + off);
    expect(m.hart.x[a1]).toBe(55);
    expect(m.bus.writes).toEqual([]);
  });

  test('a misaligned store straddling RAM and a read-only page traps and writes nothing', () => {
    const m = exec([A.li(a0, RAM_BASE + 0x2ffe), A.li(a1, -1), A.sw(a1, a0, 0)], (mm) => mm.source.readOnly.add(3));
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_MISALIGNED_STORE);
    expect(m.mem.read(RAM_BASE + 0x2ffe, 2)).toBe(0);
  });

  test.each([
    ['lr.w', [A.addi(a0, a0, 2), A.lr_w(a1, a0)], C.CAUSE_MISALIGNED_LOAD, 2],
    ['sc.w', [A.addi(a0, a0, 2), A.sc_w(a1, a1, a0)], C.CAUSE_MISALIGNED_STORE, 2],
    ['amoadd.w', [A.addi(a0, a0, 1), A.amoadd_w(a1, a1, a0)], C.CAUSE_MISALIGNED_STORE, 1],
  ] as const)('misaligned %s traps with the address in mtval and leaves rd alone', (_n, insn, cause, off) => {
    const m = exec([A.li(a0, RAM_BASE + 0x2000), A.addi(a1, 0, 55), insn]);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(cause);
    expect(m.hart.readCsr(C.CSR_MTVAL)).toBe(RAM_BASE + 0x2000 + off);
    expect(m.hart.x[a1]).toBe(55);
  });

  test.each([
    ['load', A.lw(a1, a0, 0), C.CAUSE_LOAD_ACCESS], ['store', A.sw(a1, a0, 0), C.CAUSE_STORE_ACCESS],
    ['lr', A.lr_w(a1, a0), C.CAUSE_LOAD_ACCESS], ['amo', A.amoswap_w(a1, a1, a0), C.CAUSE_STORE_ACCESS],
  ] as const)('%s to nothing is an access fault', (_n, insn, cause) => {
    const m = exec([A.li(a0, 0x4000_0000), insn]);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(cause);
    expect(m.hart.readCsr(C.CSR_MTVAL)).toBe(0x4000_0000);
  });

  test('AMOs on device memory are access faults', () => {
    const m = exec([A.li(a0, DEV_BASE), A.amoadd_w(a1, a1, a0)]);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_STORE_ACCESS);
  });

  test('jump to a misaligned target: cause 0, tval = target, epc = jump, rd untouched', () => {
    const m = exec([A.li(t0, RAM_BASE + 0x102), A.addi(a1, 0, 9), A.jalr(a1, t0, 0)]);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_MISALIGNED_FETCH);
    expect(m.hart.readCsr(C.CSR_MTVAL)).toBe(RAM_BASE + 0x102);
    expect(m.hart.readCsr(C.CSR_MEPC)).toBe(RAM_BASE + 12);
    expect(m.hart.x[a1]).toBe(9);
    const b = exec([A.beq(0, 0, 6)]);
    expect(b.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_MISALIGNED_FETCH);
    expect(b.hart.readCsr(C.CSR_MTVAL)).toBe(RAM_BASE + 6);
  });

  test('fetch from nothing is an instruction access fault', () => {
    const m = setup([A.li(t0, 0x4000_0000), A.jalr(0, t0, 0)]);
    m.hart.run(4);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_FETCH_ACCESS);
    expect(m.hart.readCsr(C.CSR_MTVAL)).toBe(0x4000_0000);
    expect(m.hart.readCsr(C.CSR_MEPC)).toBe(0x4000_0000);
  });

  test('instructions can be fetched from the bus', () => {
    const m = setup([A.lui(t0, DEV_BASE >>> 12), A.jalr(0, t0, 0)]);
    const dv = new DataView(m.bus.regs.buffer);
    dv.setUint32(0, A.addi(a0, 0, 42), true);
    dv.setUint32(4, A.addi(a0, a0, 1), true);
    dv.setUint32(8, A.jal(0, 0), true);
    m.hart.run(10);
    expect(m.hart.x[a0]).toBe(43);
    expect(m.hart.pc).toBe(DEV_BASE + 8);
  });

  test('a trap storm (mtvec pointing at nothing) still ends run()', () => {
    const m = setup([A.ecall()]);
    m.hart.writeCsr(C.CSR_MTVEC, 0x4000_0000);
    expect(m.hart.run(50)).toBe(50);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_FETCH_ACCESS);
  });
});

describe('interrupts', () => {
  function irqMachine(priv: number, mie: number, mstatus: number, mideleg = 0) {
    const m = setup([A.addi(a0, a0, 1), A.jal(0, -4)]);
    m.hart.priv = priv;
    m.hart.writeCsr(C.CSR_MIE, mie);
    m.hart.writeCsr(C.CSR_MSTATUS, mstatus);
    m.hart.writeCsr(C.CSR_MIDELEG, mideleg);
    return m;
  }

  test('priority MEI > MSI > MTI > SEI > SSI > STI', () => {
    const order = [C.MIP_MEIP, C.MIP_MSIP, C.MIP_MTIP, C.MIP_SEIP, C.MIP_SSIP, C.MIP_STIP];
    const codes = [11, 3, 7, 9, 1, 5];
    for (let k = 0; k < order.length; k++) {
      const m = irqMachine(C.PRIV_M, 0xaaa, C.MSTATUS_MIE);
      for (const bit of order.slice(k)) m.hart.setPending(bit, true);
      m.hart.run(1);
      expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe((0x80000000 + codes[k]) >>> 0);
    }
  });

  test('M-mode interrupts need MIE in M, always fire below M', () => {
    const m = irqMachine(C.PRIV_M, C.MIP_MTIP, 0);
    m.hart.setPending(C.MIP_MTIP, true);
    m.hart.run(10);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
    expect(m.hart.x[a0]).toBe(5);
    const s = irqMachine(C.PRIV_S, C.MIP_MTIP, 0);
    s.hart.setPending(C.MIP_MTIP, true);
    s.hart.run(1);
    expect(s.hart.readCsr(C.CSR_MCAUSE)).toBe(0x80000007);
    expect(s.hart.readCsr(C.CSR_MSTATUS) & C.MSTATUS_MPP).toBe(C.PRIV_S << 11);
  });

  test('delegated interrupts: never in M, in S only with SIE, always in U', () => {
    const inM = irqMachine(C.PRIV_M, C.MIP_SSIP, C.MSTATUS_MIE | C.MSTATUS_SIE, C.MIP_SSIP);
    inM.hart.setPending(C.MIP_SSIP, true);
    inM.hart.run(4);
    expect(inM.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
    expect(inM.hart.readCsr(C.CSR_SCAUSE)).toBe(0);
    const sOff = irqMachine(C.PRIV_S, C.MIP_SSIP, 0, C.MIP_SSIP);
    sOff.hart.setPending(C.MIP_SSIP, true);
    sOff.hart.run(4);
    expect(sOff.hart.readCsr(C.CSR_SCAUSE)).toBe(0);
    const sOn = irqMachine(C.PRIV_S, C.MIP_SSIP, C.MSTATUS_SIE, C.MIP_SSIP);
    sOn.hart.setPending(C.MIP_SSIP, true);
    sOn.hart.run(1);
    expect(sOn.hart.readCsr(C.CSR_SCAUSE)).toBe(0x80000001);
    const u = irqMachine(C.PRIV_U, C.MIP_SSIP, 0, C.MIP_SSIP);
    u.hart.setPending(C.MIP_SSIP, true);
    u.hart.run(1);
    expect(u.hart.priv).toBe(C.PRIV_S);
    expect(u.hart.readCsr(C.CSR_SEPC)).toBe(RAM_BASE);
  });

  test('an undelegated S interrupt goes to M (priority over delegated ones)', () => {
    const m = irqMachine(C.PRIV_S, C.MIP_SEIP | C.MIP_SSIP, C.MSTATUS_SIE, C.MIP_SSIP);
    m.hart.setPending(C.MIP_SEIP | C.MIP_SSIP, true);
    m.hart.run(1);
    expect(m.hart.priv).toBe(C.PRIV_M);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0x80000009);
  });

  test('a CSR write that enables a pending interrupt takes it before the next instruction', () => {
    const m = setup([A.csrrsi(0, C.CSR_MSTATUS, C.MSTATUS_MIE), A.addi(a0, 0, 1)]);
    m.hart.writeCsr(C.CSR_MIE, C.MIP_MSIP);
    m.hart.setPending(C.MIP_MSIP, true);
    m.hart.run(2);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0x80000003);
    expect(m.hart.readCsr(C.CSR_MEPC)).toBe(RAM_BASE + 4);
    expect(m.hart.x[a0]).toBe(0);
  });

  test('a device raising an interrupt during a store is taken right after it', () => {
    const m = setup([A.lui(t0, DEV_BASE >>> 12), A.sw(0, t0, 0), A.addi(a0, 0, 1)]);
    m.hart.writeCsr(C.CSR_MIE, C.MIP_MEIP);
    m.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_MIE);
    m.bus.onWrite = () => m.hart.setPending(C.MIP_MEIP, true);
    m.hart.run(10);
    expect(m.hart.readCsr(C.CSR_MEPC)).toBe(RAM_BASE + 8);
    expect(m.hart.x[a0]).toBe(0);
  });

  test('a pending enabled interrupt wakes WFI even with MIE clear', () => {
    const m = setup([A.wfi(), A.addi(a0, 0, 1)]);
    m.hart.writeCsr(C.CSR_MIE, C.MIP_MTIP);
    m.hart.run(10);
    expect(m.hart.waiting).toBe(true);
    m.hart.setPending(C.MIP_MSIP, true); // not enabled in mie: stays asleep
    expect(m.hart.waiting).toBe(true);
    m.hart.setPending(C.MIP_MTIP, true);
    expect(m.hart.waiting).toBe(false);
    m.hart.run(1);
    expect(m.hart.x[a0]).toBe(1);
  });
});

describe('host hooks', () => {
  test('onMachineTrap handles an ecall; the hart continues where the handler says', () => {
    const m = setup([A.addi(A.a7, 0, 3), A.ecall(), A.addi(a1, 0, 2)]);
    const seen: number[][] = [];
    m.hart.priv = C.PRIV_S;
    m.hart.onMachineTrap = (h, cause, tval, epc) => {
      seen.push([cause, tval, epc]);
      h.x[a0] = h.x[A.a7] * 10;
      h.pc = epc + 4;
      return true;
    };
    m.hart.run(3);
    expect(seen).toEqual([[C.CAUSE_SUPERVISOR_ECALL, 0, RAM_BASE + 4]]);
    expect(m.hart.x[a0]).toBe(30);
    expect(m.hart.x[a1]).toBe(2);
    expect(m.hart.priv).toBe(C.PRIV_S);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
  });

  test('onMachineTrap returning false takes the trap into M; delegated traps skip it', () => {
    const m = setup([A.ecall()]);
    let calls = 0;
    m.hart.onMachineTrap = () => { calls++; return false; };
    m.hart.run(1);
    expect(calls).toBe(1);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_MACHINE_ECALL);
    const d = setup([0]);
    d.hart.priv = C.PRIV_S;
    d.hart.writeCsr(C.CSR_MEDELEG, 1 << C.CAUSE_ILLEGAL_INSTRUCTION);
    d.hart.onMachineTrap = () => { calls++; return true; };
    d.hart.run(1);
    expect(calls).toBe(1);
    expect(d.hart.readCsr(C.CSR_SCAUSE)).toBe(C.CAUSE_ILLEGAL_INSTRUCTION);
  });

  test('onMachineTrap sees interrupts with bit 31 and can inject them into S', () => {
    const m = setup([A.addi(a0, a0, 1), A.jal(0, -4)]);
    m.hart.priv = C.PRIV_S;
    m.hart.writeCsr(C.CSR_MIE, C.MIP_MTIP);
    m.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_SIE);
    m.hart.onMachineTrap = (h, cause, _tval, epc) => {
      expect(cause).toBe(0x80000007);
      h.setPending(C.MIP_MTIP, false);
      h.trapToSupervisor(C.CAUSE_INTERRUPT + C.IRQ_S_TIMER, 0, epc);
      h.stopRequested = true;
      return true;
    };
    m.hart.setPending(C.MIP_MTIP, true);
    m.hart.run(100);
    expect(m.hart.priv).toBe(C.PRIV_S);
    expect(m.hart.pc).toBe(S_HANDLER);
    expect(m.hart.readCsr(C.CSR_SCAUSE)).toBe(0x80000005);
    expect(m.hart.readCsr(C.CSR_SEPC)).toBe(RAM_BASE);
    expect(m.hart.readCsr(C.CSR_MSTATUS) & (C.MSTATUS_SIE | C.MSTATUS_SPIE | C.MSTATUS_SPP)).toBe(C.MSTATUS_SPIE | C.MSTATUS_SPP);
  });

  test('stopRequested set by a device ends run() after the current instruction', () => {
    const m = setup([A.lui(t0, DEV_BASE >>> 12), A.sw(0, t0, 0), A.addi(a0, 0, 1)]);
    m.bus.onWrite = () => { m.hart.stopRequested = true; };
    expect(m.hart.run(100)).toBe(2);
    expect(m.hart.pc).toBe(RAM_BASE + 8);
  });

  test('run(budget) executes exactly budget instructions', () => {
    const m = setup([A.addi(a0, a0, 1), A.jal(0, -4)]);
    expect(m.hart.run(1001)).toBe(1001);
    expect(m.hart.x[a0]).toBe(501);
    expect(m.hart.instret).toBe(1001);
  });
});

test('saveState/loadState round trip (JSON) restores registers, CSRs and reservation', () => {
  const m = setup([A.li(a0, RAM_BASE + 0x2000), A.lr_w(a1, a0), A.addi(a1, a1, 1), A.sc_w(t0, a1, a0)]);
  m.hart.writeCsr(C.CSR_MSCRATCH, 0x1234);
  m.hart.writeCsr(C.CSR_MEDELEG, 0x100);
  m.hart.writeCsr(C.CSR_STVEC, S_HANDLER | 1);
  m.hart.setPending(C.MIP_SEIP, true);
  m.hart.run(3); // stop right after the LR
  const json = JSON.parse(JSON.stringify(m.hart.saveState()));
  const h2 = new C.Hart(m.mem, 0);
  h2.loadState(json);
  expect(h2.saveState()).toEqual(m.hart.saveState());
  expect(h2.readCsr(C.CSR_MSCRATCH)).toBe(0x1234);
  expect(h2.readCsr(C.CSR_MIP)).toBe(C.MIP_SEIP);
  h2.run(2);
  expect(h2.x[t0]).toBe(0); // the restored reservation lets the SC succeed
  expect(m.mem.read(RAM_BASE + 0x2000, 4)).toBe(1);
  expect(() => h2.loadState({ ...json, priv: 2 })).toThrow(RangeError);
});
