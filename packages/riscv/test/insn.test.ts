import * as A from './asm';
import { endOf, exec, machine, RAM_BASE } from './machine';
import { CAUSE_ILLEGAL_INSTRUCTION, CSR_MCAUSE, CSR_MEPC, CSR_MTVAL } from '@hvsim/riscv';

const { a0, a1, a2, a3, t0 } = A;

/** Runs `op rd=a2, a0, a1` on the given operands and returns a2 (signed). */
function binop(enc: (rd: number, rs1: number, rs2: number) => number, x: number, y: number): number {
  const p = [A.li(a0, x), A.li(a1, y), enc(a2, a0, a1)];
  const m = exec(p);
  expect(m.hart.pc).toBe(endOf(p));
  return m.hart.x[a2];
}
function immop(enc: (rd: number, rs1: number, imm: number) => number, x: number, imm: number): number {
  const p = [A.li(a0, x), enc(a2, a0, imm)];
  const m = exec(p);
  expect(m.hart.pc).toBe(endOf(p));
  return m.hart.x[a2];
}

describe('RV32I register-register', () => {
  test.each([
    ['add', A.add, 5, 7, 12], ['add wraps', A.add, 0x7fffffff, 1, -0x80000000],
    ['sub', A.sub, 5, 7, -2], ['sll', A.sll, 1, 33, 2], ['slt', A.slt, -1, 1, 1], ['slt false', A.slt, 1, -1, 0],
    ['sltu', A.sltu, 1, -1, 1], ['sltu false', A.sltu, -1, 1, 0], ['xor', A.xor, 0xf0f0, 0xff00, 0x0ff0],
    ['srl', A.srl, -16, 2, 0x3ffffffc], ['sra', A.sra, -16, 2, -4], ['or', A.or, 0xf0, 0x0f, 0xff],
    ['and', A.and, 0xf0, 0x3c, 0x30],
  ] as const)('%s', (_n, enc, x, y, want) => expect(binop(enc, x, y)).toBe(want));
});

describe('RV32I immediates', () => {
  test.each([
    ['addi negative', A.addi, 10, -11, -1], ['slti', A.slti, -5, -4, 1], ['sltiu sign-extends', A.sltiu, 5, -1, 1],
    ['xori -1 is not', A.xori, 0x1234, -1, ~0x1234], ['ori', A.ori, 0x100, 0x0ff, 0x1ff], ['andi', A.andi, 0x1ff, -256, 0x100],
    ['slli', A.slli, 3, 31, -0x80000000], ['srli', A.srli, -1, 28, 0xf], ['srai', A.srai, -0x80000000, 31, -1],
  ] as const)('%s', (_n, enc, x, imm, want) => expect(immop(enc, x, imm)).toBe(want));

  test('lui and auipc', () => {
    const m = exec([A.lui(a0, 0xfffff), A.auipc(a1, 1), A.auipc(a2, 0)]);
    expect(m.hart.x[a0]).toBe(0xfffff000 | 0);
    expect(m.hart.x[a1] >>> 0).toBe(RAM_BASE + 4 + 0x1000);
    expect(m.hart.x[a2] >>> 0).toBe(RAM_BASE + 8);
  });

  test('writes to x0 are discarded', () => {
    const m = exec([A.addi(0, 0, 5), A.lui(0, 1), A.add(a0, 0, 0), A.jal(0, 4)]);
    expect(m.hart.x[0]).toBe(0);
    expect(m.hart.x[a0]).toBe(0);
  });
});

describe('RV32I control transfer', () => {
  test.each([
    ['beq', A.beq, 3, 3, true], ['beq', A.beq, 3, 4, false], ['bne', A.bne, 3, 4, true], ['bne', A.bne, 3, 3, false],
    ['blt', A.blt, -1, 0, true], ['blt', A.blt, 0, -1, false], ['bge', A.bge, 0, 0, true], ['bge', A.bge, -1, 0, false],
    ['bltu', A.bltu, 0, -1, true], ['bltu', A.bltu, -1, 0, false], ['bgeu', A.bgeu, -1, 0, true], ['bgeu', A.bgeu, 0, -1, false],
  ] as const)('%s %i,%i taken=%s', (_n, enc, x, y, taken) => {
    // taken: skips the addi that sets a3 = 1
    const m = exec([A.li(a0, x), A.li(a1, y), enc(a0, a1, 8), A.addi(a3, 0, 1), A.addi(a2, 0, 7)]);
    expect(m.hart.x[a3]).toBe(taken ? 0 : 1);
    expect(m.hart.x[a2]).toBe(7);
  });

  test('backward branch loop', () => {
    const m = exec([A.addi(a0, 0, 10), A.addi(a1, a1, 3), A.addi(a0, a0, -1), A.bne(a0, 0, -8)]);
    expect(m.hart.x[a1]).toBe(30);
  });

  test('jal links and jumps; jalr clears bit 0 and reads rs1 before linking into it', () => {
    const p = [A.jal(A.ra, 8), A.addi(a0, 0, 1) /* skipped */, A.auipc(t0, 0), A.jalr(t0, t0, 13) /* → t0+12 */, A.addi(a1, 0, 1) /* skipped */, A.addi(a2, 0, 2)];
    const m = exec(p);
    expect(m.hart.x[A.ra] >>> 0).toBe(RAM_BASE + 4);
    expect(m.hart.x[a0]).toBe(0);
    expect(m.hart.x[t0] >>> 0).toBe(RAM_BASE + 16);
    expect(m.hart.x[a1]).toBe(0);
    expect(m.hart.x[a2]).toBe(2);
  });

  test('jump across a page boundary and falling through the end of a page', () => {
    const { hart, mem } = machine();
    // fall through from page 0 into page 1
    mem.write(RAM_BASE + 0xffc, 4, A.addi(a0, 0, 1));
    mem.write(RAM_BASE + 0x1000, 4, A.addi(a1, 0, 2));
    mem.write(RAM_BASE + 0x1004, 4, A.jal(0, -0x1004)); // back to RAM_BASE
    mem.write(RAM_BASE, 4, A.jal(0, 0xffc));
    hart.run(4);
    expect(hart.x[a0]).toBe(1);
    expect(hart.x[a1]).toBe(2);
    expect(hart.pc).toBe(RAM_BASE);
  });
});

describe('RV32I loads and stores', () => {
  test('sign and zero extension, all widths', () => {
    const m = exec([A.li(a0, RAM_BASE + 0x2000), A.li(a1, 0x8180ff7f), A.sw(a1, a0, 0),
      A.lb(t0, a0, 0), A.sw(t0, a0, 16), A.lb(t0, a0, 1), A.sw(t0, a0, 20), A.lbu(t0, a0, 1), A.sw(t0, a0, 24),
      A.lh(t0, a0, 2), A.sw(t0, a0, 28), A.lhu(t0, a0, 2), A.sw(t0, a0, 32), A.lh(t0, a0, 0), A.sw(t0, a0, 36), A.lw(a2, a0, 0)]);
    const r = (o: number) => m.mem.read(RAM_BASE + 0x2000 + o, 4) | 0;
    expect(r(16)).toBe(0x7f);
    expect(r(20)).toBe(-1);
    expect(r(24)).toBe(0xff);
    expect(r(28)).toBe(0x8180 - 0x10000);
    expect(r(32)).toBe(0x8180);
    expect(r(36)).toBe(-129);
    expect(m.hart.x[a2] >>> 0).toBe(0x8180ff7f);
  });

  test('sb and sh store only their bytes', () => {
    const m = exec([A.li(a0, RAM_BASE + 0x2000), A.li(a1, -1), A.sw(a1, a0, 0), A.li(a2, 0x12345678), A.sb(a2, a0, 1), A.sh(a2, a0, 2)]);
    expect(m.mem.read(RAM_BASE + 0x2000, 4)).toBe(0x567878ff);
  });

  test('loads and stores reach the bus outside RAM', () => {
    const m = exec([A.lui(a0, 0x10000), A.addi(a1, 0, 0x41), A.sb(a1, a0, 0), A.sw(a1, a0, 8), A.lbu(a2, a0, 0), A.lw(a3, a0, 8)]);
    expect(m.bus.writes).toEqual([[0x1000_0000, 1, 0x41], [0x1000_0008, 4, 0x41]]);
    expect(m.hart.x[a2]).toBe(0x41);
    expect(m.hart.x[a3]).toBe(0x41);
  });
});

describe('M extension', () => {
  const MIN = -0x80000000;
  test.each([
    ['mul', A.mul, 7, -6, -42], ['mul low bits', A.mul, 0x10000, 0x10000, 0],
    ['mulh', A.mulh, MIN, MIN, 0x40000000], ['mulh mixed', A.mulh, -1, 1, -1], ['mulh', A.mulh, 0x7fffffff, 0x7fffffff, 0x3fffffff],
    ['mulhu', A.mulhu, -1, -1, -2], ['mulhu', A.mulhu, 0x10000, 0x10000, 1],
    ['mulhsu', A.mulhsu, -1, -1, -1], ['mulhsu', A.mulhsu, MIN, -1, MIN], ['mulhsu', A.mulhsu, 2, -1, 1],
    ['div', A.div, -7, 2, -3], ['div by zero', A.div, 5, 0, -1], ['div overflow', A.div, MIN, -1, MIN],
    ['divu', A.divu, -1, 2, 0x7fffffff], ['divu by zero', A.divu, 5, 0, -1],
    ['rem', A.rem, -7, 2, -1], ['rem by zero', A.rem, -7, 0, -7], ['rem overflow', A.rem, MIN, -1, 0],
    ['remu', A.remu, -1, 10, 5], ['remu by zero', A.remu, -7, 0, -7],
  ] as const)('%s(%i, %i)', (_n, enc, x, y, want) => expect(binop(enc, x, y)).toBe(want));
});

describe('illegal encodings', () => {
  test.each([
    ['all zeros', 0x00000000], ['all ones', 0xffffffff], ['compressed', 0x00000001], ['slli shamt[5]', 0x02051513],
    ['bad funct7', 0x40006033], ['branch funct3 2', 0x00002063], ['load funct3 3', 0x00003003], ['store funct3 3', 0x00003023],
    ['csr funct3 4', 0x00004073], ['amo funct3 3', 0x0000302f], ['lr with rs2', 0x1010252f], ['unknown system', 0x00200073],
    ['jalr funct3 1', 0x00001067], ['misc-mem funct3 2', 0x0000200f], ['srai funct7', 0x60055513],
  ])('%s traps with the bits in mtval', (_n, insn) => {
    const m = exec([insn]);
    expect(m.hart.readCsr(CSR_MCAUSE)).toBe(CAUSE_ILLEGAL_INSTRUCTION);
    expect(m.hart.readCsr(CSR_MTVAL)).toBe(insn >>> 0);
    expect(m.hart.readCsr(CSR_MEPC)).toBe(RAM_BASE);
  });
});
