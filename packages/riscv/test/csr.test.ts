import * as A from './asm';
import { exec, machine } from './machine';
import * as C from '@hvsim/riscv';

const { a0, a1, a2 } = A;

/** Runs `program` at privilege `priv` (entered via mret from M) and returns the machine. */
function asPriv(priv: number, program: Array<number | number[]>, setup?: (m: ReturnType<typeof machine>) => void) {
  return exec(program, (m) => {
    m.hart.priv = priv;
    setup?.(m);
  });
}
const illegal = (m: ReturnType<typeof machine>) => m.hart.readCsr(C.CSR_MCAUSE) === C.CAUSE_ILLEGAL_INSTRUCTION;

describe('CSR instructions', () => {
  test('csrrw/csrrs/csrrc and immediate forms read the old value', () => {
    const m = exec([A.li(a0, 0x0f0), A.csrrw(a1, C.CSR_MSCRATCH, a0), A.li(a0, 0xf00), A.csrrs(a1, C.CSR_MSCRATCH, a0),
      A.csrrc(a2, C.CSR_MSCRATCH, a0), A.csrrsi(0, C.CSR_MSCRATCH, 5), A.csrrci(0, C.CSR_MSCRATCH, 1), A.csrrwi(a0, C.CSR_SSCRATCH, 31)]);
    expect(m.hart.x[a1]).toBe(0x0f0);
    expect(m.hart.x[a2]).toBe(0xff0);
    expect(m.hart.readCsr(C.CSR_MSCRATCH)).toBe(0x0f4);
    expect(m.hart.readCsr(C.CSR_SSCRATCH)).toBe(31);
    expect(m.hart.x[a0]).toBe(0);
  });

  test('writing a read-only CSR is illegal, reading it (csrrs x0) is not', () => {
    expect(illegal(exec([A.csrw(C.CSR_MHARTID, a0)]))).toBe(true);
    const m = exec([A.csrr(a0, C.CSR_MHARTID), A.csrrs(a1, C.CSR_MISA, 0)]);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
    expect(m.hart.x[a1] >>> 0).toBe(0x40141101);
  });

  test('unknown CSRs are illegal with the instruction in mtval', () => {
    const insn = A.csrr(a0, 0x7c0);
    const m = exec([insn]);
    expect(illegal(m)).toBe(true);
    expect(m.hart.readCsr(C.CSR_MTVAL)).toBe(insn);
  });

  test('M-mode CSRs are illegal from S and U; S CSRs from U', () => {
    expect(illegal(asPriv(C.PRIV_S, [A.csrr(a0, C.CSR_MSTATUS)]))).toBe(true);
    expect(illegal(asPriv(C.PRIV_U, [A.csrr(a0, C.CSR_SSTATUS)]))).toBe(true);
    const m = asPriv(C.PRIV_S, [A.csrr(a0, C.CSR_SSTATUS), A.csrw(C.CSR_SSCRATCH, a0)]);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
  });

  test('sstatus is a view of mstatus', () => {
    const { hart } = machine();
    hart.writeCsr(C.CSR_MSTATUS, 0xffffffff);
    expect(hart.readCsr(C.CSR_MSTATUS)).toBe(0x007e19aa);
    expect(hart.readCsr(C.CSR_SSTATUS)).toBe(0x000c0122);
    hart.writeCsr(C.CSR_SSTATUS, 0);
    expect(hart.readCsr(C.CSR_MSTATUS)).toBe(0x007e19aa & ~0x000c0122);
  });

  test('MPP keeps its value when written the reserved value 2', () => {
    const { hart } = machine();
    hart.writeCsr(C.CSR_MSTATUS, 1 << 11);
    hart.writeCsr(C.CSR_MSTATUS, 2 << 11);
    expect(hart.readCsr(C.CSR_MSTATUS) & C.MSTATUS_MPP).toBe(1 << 11);
  });

  test('WARL masks: medeleg, mideleg, mie, mip, mepc, tvec modes', () => {
    const { hart } = machine();
    hart.writeCsr(C.CSR_MEDELEG, -1);
    expect(hart.readCsr(C.CSR_MEDELEG)).toBe(0xb3ff);
    hart.writeCsr(C.CSR_MIDELEG, -1);
    expect(hart.readCsr(C.CSR_MIDELEG)).toBe(0x222);
    hart.writeCsr(C.CSR_MIE, -1);
    expect(hart.readCsr(C.CSR_MIE)).toBe(0xaaa);
    expect(hart.readCsr(C.CSR_SIE)).toBe(0x222);
    hart.writeCsr(C.CSR_MIP, -1);
    expect(hart.readCsr(C.CSR_MIP)).toBe(0x222);
    hart.writeCsr(C.CSR_MEPC, 0x80000003);
    expect(hart.readCsr(C.CSR_MEPC)).toBe(0x80000000);
    hart.writeCsr(C.CSR_MTVEC, 0x80000101);
    expect(hart.readCsr(C.CSR_MTVEC)).toBe(0x80000101);
    hart.writeCsr(C.CSR_MTVEC, 0x80000202);
    expect(hart.readCsr(C.CSR_MTVEC)).toBe(0x80000201);
  });

  test('sip/sie only reach delegated bits; only SSIP is writable through sip', () => {
    const { hart } = machine();
    hart.writeCsr(C.CSR_MIDELEG, C.MIP_SSIP | C.MIP_STIP);
    hart.writeCsr(C.CSR_SIE, -1);
    expect(hart.readCsr(C.CSR_MIE)).toBe(C.MIP_SSIP | C.MIP_STIP);
    hart.writeCsr(C.CSR_SIP, -1);
    expect(hart.readCsr(C.CSR_MIP)).toBe(C.MIP_SSIP);
    hart.setPending(C.MIP_SEIP | C.MIP_STIP, true);
    expect(hart.readCsr(C.CSR_SIP)).toBe(C.MIP_SSIP | C.MIP_STIP);
  });

  test('satp: Bare and Sv32 writes stick (MODE, ASID, PPN); TVM makes satp illegal in S', () => {
    const { hart } = machine();
    hart.writeCsr(C.CSR_SATP, 0x00012345);
    expect(hart.readCsr(C.CSR_SATP)).toBe(0x00012345);
    hart.writeCsr(C.CSR_SATP, 0xffc12345);
    expect(hart.readCsr(C.CSR_SATP)).toBe(0xffc12345);
    expect(illegal(asPriv(C.PRIV_S, [A.csrr(a0, C.CSR_SATP)], (m) => m.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_TVM)))).toBe(true);
    expect(illegal(asPriv(C.PRIV_S, [A.csrr(a0, C.CSR_SATP)]))).toBe(false);
    expect(illegal(asPriv(C.PRIV_S, [A.sfence_vma()], (m) => m.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_TVM)))).toBe(true);
    expect(illegal(asPriv(C.PRIV_U, [A.sfence_vma()]))).toBe(true);
  });

  test('mhartid, vendor ids, unimplemented PMP entries and hpm CSRs', () => {
    const { hart, mem } = machine();
    const h2 = new C.Hart(mem, 7);
    expect(h2.readCsr(C.CSR_MHARTID)).toBe(7);
    expect(hart.readCsr(C.CSR_MVENDORID)).toBe(0);
    // PMP entries 16..63 are not implemented (pmp.test.ts covers the 16 that are).
    hart.writeCsr(0x3c0, -1);
    expect(hart.readCsr(0x3c0)).toBe(0);
    hart.writeCsr(0x3a4, -1);
    expect(hart.readCsr(0x3a4)).toBe(0);
    expect(hart.readCsr(0xb05)).toBe(0);
    expect(() => hart.readCsr(0x7c0)).toThrow(RangeError);
  });
});

describe('counters', () => {
  test('minstret counts retired instructions; a write is what the next instruction sees', () => {
    const m = exec([A.csrr(a0, C.CSR_INSTRET), A.addi(0, 0, 0), A.csrr(a1, C.CSR_INSTRET),
      A.li(a2, 1000), A.csrw(C.CSR_MINSTRET, a2), A.csrr(a2, C.CSR_MINSTRET), A.csrr(A.t0, C.CSR_CYCLE)]);
    expect(m.hart.x[a0]).toBe(0);
    expect(m.hart.x[a1]).toBe(2);
    expect(m.hart.x[a2]).toBe(1000);
    expect(m.hart.x[A.t0]).toBe(1001);
  });

  test('high halves and mcycle writes', () => {
    const { hart } = machine();
    hart.instret = 0x1_2345_6789;
    expect(hart.readCsr(C.CSR_INSTRETH)).toBe(1);
    expect(hart.readCsr(C.CSR_MINSTRET)).toBe(0x23456789);
    hart.writeCsr(C.CSR_MCYCLEH, 5);
    expect(hart.readCsr(C.CSR_CYCLEH)).toBe(5);
    expect(hart.readCsr(C.CSR_CYCLE)).toBe(0x23456789);
    expect(hart.readCsr(C.CSR_INSTRETH)).toBe(1);
    hart.writeCsr(C.CSR_MINSTRETH, 0);
    expect(hart.instret).toBe(0x23456789);
  });

  test('time reads timeSource', () => {
    const m = exec([A.csrr(a0, C.CSR_TIME), A.csrr(a1, C.CSR_TIMEH)], (mm) => { mm.hart.timeSource = () => 0x3_0000_0010; });
    expect(m.hart.x[a0]).toBe(0x10);
    expect(m.hart.x[a1]).toBe(3);
  });

  test.each([
    [C.PRIV_S, 0, 0, true], [C.PRIV_S, 1, 0, false], [C.PRIV_U, 1, 0, true], [C.PRIV_U, 0, 1, true], [C.PRIV_U, 1, 1, false],
  ])('priv %i mcounteren %i scounteren %i → cycle illegal %s', (priv, mc, sc, ill) => {
    const m = asPriv(priv, [A.csrr(a0, C.CSR_CYCLE)], (mm) => {
      mm.hart.writeCsr(C.CSR_MCOUNTEREN, mc);
      mm.hart.writeCsr(C.CSR_SCOUNTEREN, sc);
    });
    expect(illegal(m)).toBe(ill);
  });

  test('gating is per counter (TM bit for time, IR for instreth)', () => {
    expect(illegal(asPriv(C.PRIV_S, [A.csrr(a0, C.CSR_TIME)], (m) => m.hart.writeCsr(C.CSR_MCOUNTEREN, 5)))).toBe(true);
    expect(illegal(asPriv(C.PRIV_S, [A.csrr(a0, C.CSR_INSTRETH)], (m) => m.hart.writeCsr(C.CSR_MCOUNTEREN, 4)))).toBe(false);
  });
});
