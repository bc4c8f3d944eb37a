/**
 * Ground the official riscv-tests suites cover and the other hart tests do not: the rv32ua
 * AMO boundary values (sign and carry at bit 31) and rd = rs2 aliasing, the rv32ui
 * bypass/ld_st register aliasing and extreme offsets, and rv32mi instret_overflow (a guest
 * instruction carrying minstret into minstreth).
 */
import * as A from './asm';
import { endOf, exec, RAM_BASE } from './machine';
import { CSR_MCAUSE, CSR_MINSTRET, CSR_MINSTRETH } from '@hvsim/riscv';

const { a0, a1, a2, a3, t0, zero } = A;
const DATA = RAM_BASE + 0x2000;

describe('A extension: AMO boundary values (rv32ua)', () => {
  type Amo = (rd: number, rs2: number, rs1: number) => number;
  const cases: Array<[string, Amo, number, number, number]> = [
    // name, encoder, memory before, rs2, memory after (rd gets the memory before)
    ['amoswap.w', A.amoswap_w, 0x80000000, 0xfffff800, 0xfffff800],
    ['amoadd.w', A.amoadd_w, 0x80000000, 0xfffff800, 0x7ffff800],
    ['amoadd.w carry out', A.amoadd_w, 0xffffffff, 1, 0],
    ['amoxor.w', A.amoxor_w, 0xffff0f0f, 0x0ff00ff0, 0xf00f00ff],
    ['amoand.w', A.amoand_w, 0x80000000, 0xfffff800, 0x80000000],
    ['amoor.w', A.amoor_w, 0x80000000, 0x00000800, 0x80000800],
    ['amomin.w', A.amomin_w, 0x80000000, 0xfffff800, 0x80000000],
    ['amomin.w signed', A.amomin_w, 1, 0xffffffff, 0xffffffff],
    ['amomax.w', A.amomax_w, 0x80000000, 0xfffff800, 0xfffff800],
    ['amomax.w signed', A.amomax_w, 0xffffffff, 1, 1],
    ['amominu.w', A.amominu_w, 0x80000000, 0xfffff800, 0x80000000],
    ['amominu.w unsigned', A.amominu_w, 1, 0xffffffff, 1],
    ['amomaxu.w', A.amomaxu_w, 0x80000000, 0xfffff800, 0xfffff800],
    ['amomaxu.w unsigned', A.amomaxu_w, 0xffffffff, 1, 0xffffffff],
  ];

  test.each(cases)('%s', (_name, amo, before, operand, after) => {
    const m = exec([A.li(a0, DATA), A.li(t0, before), A.sw(t0, a0, 0), A.li(a1, operand), amo(a2, a1, a0), A.lw(a3, a0, 0)]);
    expect(m.hart.x[a2] >>> 0).toBe(before >>> 0);
    expect(m.hart.x[a3] >>> 0).toBe(after >>> 0);
  });

  test('rd = x0 still updates memory; rd = rs2 gets the old value after the operand is read', () => {
    const m = exec([A.li(a0, DATA), A.li(t0, 5), A.sw(t0, a0, 0), A.li(a1, 3),
      A.amoadd_w(zero, a1, a0), A.lw(a2, a0, 0), // 8
      A.amoadd_w(a1, a1, a0), A.lw(a3, a0, 0)]); // a1 = 8, memory 11
    expect(m.hart.x[0]).toBe(0);
    expect(m.hart.x[a2]).toBe(8);
    expect(m.hart.x[a1]).toBe(8);
    expect(m.hart.x[a3]).toBe(11);
  });
});

describe('register aliasing (rv32ui bypass and x0 tests)', () => {
  test.each([
    ['add rd=rs1=rs2', [A.li(a0, 21), A.add(a0, a0, a0)], a0, 42],
    ['sub rd=rs1=rs2', [A.li(a0, 21), A.sub(a0, a0, a0)], a0, 0],
    ['sll rd=rs2', [A.li(a0, 1), A.li(a1, 4), A.sll(a1, a0, a1)], a1, 16],
    ['srl shifts by rs2[4:0] only', [A.li(a0, 0x80000000), A.li(a1, 33), A.srl(a2, a0, a1)], a2, 0x40000000],
    ['sra shifts by rs2[4:0] only', [A.li(a0, 0x80000000), A.li(a1, 63), A.sra(a2, a0, a1)], a2, -1],
    ['x0 as both sources', [A.li(a0, 5), A.add(a0, zero, zero)], a0, 0],
    ['mul rd=rs1=rs2', [A.li(a0, -3), A.mul(a0, a0, a0)], a0, 9],
    ['div rd=rs1', [A.li(a0, 100), A.li(a1, 7), A.div(a0, a0, a1)], a0, 14],
    ['load into its own base register', [A.li(a0, DATA), A.li(t0, 0x1234), A.sw(t0, a0, 0), A.lw(a0, a0, 0)], a0, 0x1234],
    ['lui with bit 31 sign-extends nothing on RV32', [A.lui(a0, 0x80000)], a0, -0x80000000],
  ] as Array<[string, Array<number | number[]>, number, number]>)('%s', (_n, program, reg, want) => {
    const m = exec(program);
    expect(m.hart.pc).toBe(endOf(program));
    expect(m.hart.x[reg]).toBe(want | 0);
  });

  test('store the base register into its own address; extreme offsets (rv32ui ld_st)', () => {
    const m = exec([A.li(a0, DATA + 0x800), A.sw(a0, a0, -2048), A.lw(a1, a0, -2048),
      A.li(t0, 0x5a), A.sb(t0, a0, 2047), A.lbu(a2, a0, 2047)]);
    expect(m.hart.x[a1] >>> 0).toBe(DATA + 0x800);
    expect(m.hart.x[a2]).toBe(0x5a);
  });
});

describe('counters (rv32mi instret_overflow)', () => {
  test('minstret carries into minstreth', () => {
    // The csrw to minstret does not count itself; the addi wraps minstret and carries.
    const m = exec([A.li(a0, -1), A.csrw(CSR_MINSTRETH, zero), A.csrw(CSR_MINSTRET, a0),
      A.addi(t0, zero, 0), A.csrr(a1, CSR_MINSTRETH), A.csrr(a2, CSR_MINSTRET)]);
    expect(m.hart.x[a1]).toBe(1);
    expect(m.hart.x[a2]).toBe(1);
    expect(m.hart.readCsr(CSR_MCAUSE)).toBe(0);
  });
});
