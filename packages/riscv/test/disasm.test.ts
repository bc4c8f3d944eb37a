import { csrName, disassemble } from '../src/disasm';

const PC = 0x80000100;

/** Encodings checked against GNU objdump (binutils 2.40), in our GNU-style syntax. */
const CASES: Array<[number, string]> = [
  [0x12345537, 'lui a0, 0x12345'],
  [0xfffff317, 'auipc t1, 0xfffff'],
  [0xf01ff0ef, 'jal 0x80000000'],
  [0x0080006f, 'j 0x80000108'],
  [0xef9ff2ef, 'jal t0, 0x7ffffff8'],
  [0x00008067, 'ret'],
  [0x00028067, 'jr t0'],
  [0x000780e7, 'jalr a5'],
  [0xff458567, 'jalr a0, -12(a1)'],
  [0xf0b500e3, 'beq a0, a1, 0x80000000'],
  [0xfe051ee3, 'bnez a0, 0x800000fc'],
  [0x00040463, 'beqz s0, 0x80000108'],
  [0xfe054ee3, 'bltz a0, 0x800000fc'],
  [0x00055463, 'bgez a0, 0x80000108'],
  [0xfea04ee3, 'bgtz a0, 0x800000fc'],
  [0x00a05463, 'blez a0, 0x80000108'],
  [0xfe62eee3, 'bltu t0, t1, 0x800000fc'],
  [0x0062f463, 'bgeu t0, t1, 0x80000108'],
  [0xfff10503, 'lb a0, -1(sp)'],
  [0x00211503, 'lh a0, 2(sp)'],
  [0x7fffad83, 'lw s11, 2047(t6)'],
  [0x80014503, 'lbu a0, -2048(sp)'],
  [0x00015503, 'lhu a0, 0(sp)'],
  [0xfea10fa3, 'sb a0, -1(sp)'],
  [0x00b19323, 'sh a1, 6(gp)'],
  [0x00112623, 'sw ra, 12(sp)'],
  [0x00000013, 'nop'],
  [0xffb00513, 'li a0, -5'],
  [0x00058513, 'mv a0, a1'],
  [0x06458513, 'addi a0, a1, 100'],
  [0xfff5a513, 'slti a0, a1, -1'],
  [0x0015b513, 'seqz a0, a1'],
  [0x0055b513, 'sltiu a0, a1, 5'],
  [0xfff5c513, 'not a0, a1'],
  [0x0075e513, 'ori a0, a1, 7'],
  [0x0ff5f513, 'andi a0, a1, 255'],
  [0x01f59513, 'slli a0, a1, 31'],
  [0x0015d513, 'srli a0, a1, 1'],
  [0x4075d513, 'srai a0, a1, 7'],
  [0x00c58533, 'add a0, a1, a2'],
  [0x40c58533, 'sub a0, a1, a2'],
  [0x40c00533, 'neg a0, a2'],
  [0x00c59533, 'sll a0, a1, a2'],
  [0x00c5a533, 'slt a0, a1, a2'],
  [0x00c03533, 'snez a0, a2'],
  [0x00c5c533, 'xor a0, a1, a2'],
  [0x40c5d533, 'sra a0, a1, a2'],
  [0x00c5f533, 'and a0, a1, a2'],
  [0x0ff0000f, 'fence'],
  [0x0330000f, 'fence rw, rw'],
  [0x0210000f, 'fence r, w'],
  [0x0000100f, 'fence.i'],
  [0x00000073, 'ecall'],
  [0x00100073, 'ebreak'],
  [0x30200073, 'mret'],
  [0x10200073, 'sret'],
  [0x10500073, 'wfi'],
  [0x12000073, 'sfence.vma'],
  [0x12b50073, 'sfence.vma a0, a1'],
  [0x30059573, 'csrrw a0, mstatus, a1'],
  [0x30559073, 'csrw mtvec, a1'],
  [0x34202573, 'csrr a0, mcause'],
  [0x30452073, 'csrs mie, a0'],
  [0x30453073, 'csrc mie, a0'],
  [0x3445a573, 'csrrs a0, mip, a1'],
  [0x3445b573, 'csrrc a0, mip, a1'],
  [0x3402d573, 'csrrwi a0, mscratch, 5'],
  [0x3402d073, 'csrwi mscratch, 5'],
  [0x30046073, 'csrsi mstatus, 8'],
  [0x30047073, 'csrci mstatus, 8'],
  [0x30046573, 'csrrsi a0, mstatus, 8'],
  [0xc0002573, 'csrr a0, cycle'],
  [0xc0102573, 'csrr a0, time'],
  [0xc8202573, 'csrr a0, instreth'],
  [0x7c002573, 'csrr a0, 0x7c0'],
  [0x18002573, 'csrr a0, satp'],
  [0xf1402573, 'csrr a0, mhartid'],
  [0x02c58533, 'mul a0, a1, a2'],
  [0x02c59533, 'mulh a0, a1, a2'],
  [0x02c5a533, 'mulhsu a0, a1, a2'],
  [0x02c5b533, 'mulhu a0, a1, a2'],
  [0x02c5c533, 'div a0, a1, a2'],
  [0x02c5d533, 'divu a0, a1, a2'],
  [0x02c5e533, 'rem a0, a1, a2'],
  [0x02c5f533, 'remu a0, a1, a2'],
  [0x1005a52f, 'lr.w a0, (a1)'],
  [0x1405a52f, 'lr.w.aq a0, (a1)'],
  [0x18c5a52f, 'sc.w a0, a2, (a1)'],
  [0x1ac5a52f, 'sc.w.rl a0, a2, (a1)'],
  [0x08c5a52f, 'amoswap.w a0, a2, (a1)'],
  [0x06c5a52f, 'amoadd.w.aqrl a0, a2, (a1)'],
  [0x20c5a52f, 'amoxor.w a0, a2, (a1)'],
  [0x60c5a52f, 'amoand.w a0, a2, (a1)'],
  [0x40c5a52f, 'amoor.w a0, a2, (a1)'],
  [0x80c5a52f, 'amomin.w a0, a2, (a1)'],
  [0xa0c5a52f, 'amomax.w a0, a2, (a1)'],
  [0xc0c5a52f, 'amominu.w a0, a2, (a1)'],
  [0xe0c5a52f, 'amomaxu.w a0, a2, (a1)'],
];

describe('disassemble', () => {
  it.each(CASES)('%d → %s', (insn, text) => {
    expect(disassemble(insn, PC)).toBe(text);
  });

  it.each([
    [0x00000000, 'all zeros'],
    [0xffffffff, 'all ones'],
    [0x00001013 | (1 << 25), 'slli with a non-zero funct7'],
    [0x02c5a52f & ~(7 << 12) | (3 << 12), 'amo with width 64'],
    [0x00c58533 | (2 << 25), 'OP with a reserved funct7'],
    [0x0000202f | (5 << 27), 'AMO funct5 5'],
    [0x1055a52f, 'lr.w with rs2 set'],
    [0x00200073, 'uret-like SYSTEM encoding'],
    [0x00007003, 'load with funct3 7'],
    [0x00003023, 'sd (RV64 store)'],
    [0x00002063, 'branch funct3 2'],
    [0x00004073, 'csr funct3 4'],
    [0x00000007, 'float load (F not implemented)'],
  ])('reports %d (%s) as unknown', (insn) => {
    expect(disassemble(insn, PC)).toBe(`unknown 0x${(insn >>> 0).toString(16).padStart(8, '0')}`);
  });

  it('wraps branch targets around the 32-bit address space', () => {
    expect(disassemble(0xff9ff06f, 0x00000004)).toBe('j 0xfffffffc');
  });

  it('names CSRs and falls back to hex', () => {
    expect(csrName(0x300)).toBe('mstatus');
    expect(csrName(0x3b5)).toBe('pmpaddr5');
    expect(csrName(0xb83)).toBe('mhpmcounter3h');
    expect(csrName(0x5c0)).toBe('0x5c0');
  });
});
