/**
 * A tiny RV32 encoder for tests: one function per instruction, registers as numbers
 * (or the ABI names below), offsets in bytes relative to the instruction.
 */
export const zero = 0, ra = 1, sp = 2, gp = 3, tp = 4, t0 = 5, t1 = 6, t2 = 7, s0 = 8, s1 = 9;
export const a0 = 10, a1 = 11, a2 = 12, a3 = 13, a4 = 14, a5 = 15, a6 = 16, a7 = 17;
export const s2 = 18, s3 = 19, s4 = 20, s5 = 21, t3 = 28, t4 = 29, t5 = 30, t6 = 31;

const u = (v: number): number => v >>> 0;

function rType(opcode: number, f3: number, f7: number, rd: number, rs1: number, rs2: number): number {
  return u(f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opcode);
}
function iType(opcode: number, f3: number, rd: number, rs1: number, imm: number): number {
  if (imm < -2048 || imm > 4095) throw new RangeError(`I-immediate ${imm} out of range`);
  return u((imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opcode);
}
function sType(f3: number, rs1: number, rs2: number, imm: number): number {
  if (imm < -2048 || imm > 2047) throw new RangeError(`S-immediate ${imm} out of range`);
  return u(((imm >> 5) & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (imm & 31) << 7 | 0x23);
}
function bType(f3: number, rs1: number, rs2: number, off: number): number {
  if (off < -4096 || off > 4094 || (off & 1)) throw new RangeError(`branch offset ${off} invalid`);
  return u(((off >> 12) & 1) << 31 | ((off >> 5) & 0x3f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
    ((off >> 1) & 0xf) << 8 | ((off >> 11) & 1) << 7 | 0x63);
}
function uType(opcode: number, rd: number, imm20: number): number {
  return u((imm20 & 0xfffff) << 12 | rd << 7 | opcode);
}

export const lui = (rd: number, imm20: number): number => uType(0x37, rd, imm20);
export const auipc = (rd: number, imm20: number): number => uType(0x17, rd, imm20);
export function jal(rd: number, off: number): number {
  if (off < -(1 << 20) || off >= 1 << 20 || (off & 1)) throw new RangeError(`jal offset ${off} invalid`);
  return u(((off >> 20) & 1) << 31 | ((off >> 1) & 0x3ff) << 21 | ((off >> 11) & 1) << 20 |
    ((off >> 12) & 0xff) << 12 | rd << 7 | 0x6f);
}
export const jalr = (rd: number, rs1: number, imm: number): number => iType(0x67, 0, rd, rs1, imm);

export const beq = (rs1: number, rs2: number, off: number): number => bType(0, rs1, rs2, off);
export const bne = (rs1: number, rs2: number, off: number): number => bType(1, rs1, rs2, off);
export const blt = (rs1: number, rs2: number, off: number): number => bType(4, rs1, rs2, off);
export const bge = (rs1: number, rs2: number, off: number): number => bType(5, rs1, rs2, off);
export const bltu = (rs1: number, rs2: number, off: number): number => bType(6, rs1, rs2, off);
export const bgeu = (rs1: number, rs2: number, off: number): number => bType(7, rs1, rs2, off);

export const lb = (rd: number, rs1: number, imm: number): number => iType(0x03, 0, rd, rs1, imm);
export const lh = (rd: number, rs1: number, imm: number): number => iType(0x03, 1, rd, rs1, imm);
export const lw = (rd: number, rs1: number, imm: number): number => iType(0x03, 2, rd, rs1, imm);
export const lbu = (rd: number, rs1: number, imm: number): number => iType(0x03, 4, rd, rs1, imm);
export const lhu = (rd: number, rs1: number, imm: number): number => iType(0x03, 5, rd, rs1, imm);
export const sb = (rs2: number, rs1: number, imm: number): number => sType(0, rs1, rs2, imm);
export const sh = (rs2: number, rs1: number, imm: number): number => sType(1, rs1, rs2, imm);
export const sw = (rs2: number, rs1: number, imm: number): number => sType(2, rs1, rs2, imm);

export const addi = (rd: number, rs1: number, imm: number): number => iType(0x13, 0, rd, rs1, imm);
export const slti = (rd: number, rs1: number, imm: number): number => iType(0x13, 2, rd, rs1, imm);
export const sltiu = (rd: number, rs1: number, imm: number): number => iType(0x13, 3, rd, rs1, imm);
export const xori = (rd: number, rs1: number, imm: number): number => iType(0x13, 4, rd, rs1, imm);
export const ori = (rd: number, rs1: number, imm: number): number => iType(0x13, 6, rd, rs1, imm);
export const andi = (rd: number, rs1: number, imm: number): number => iType(0x13, 7, rd, rs1, imm);
export const slli = (rd: number, rs1: number, sh: number): number => rType(0x13, 1, 0, rd, rs1, sh);
export const srli = (rd: number, rs1: number, sh: number): number => rType(0x13, 5, 0, rd, rs1, sh);
export const srai = (rd: number, rs1: number, sh: number): number => rType(0x13, 5, 0x20, rd, rs1, sh);

const op = (f3: number, f7: number) => (rd: number, rs1: number, rs2: number): number => rType(0x33, f3, f7, rd, rs1, rs2);
export const add = op(0, 0), sub = op(0, 0x20), sll = op(1, 0), slt = op(2, 0), sltu = op(3, 0);
export const xor = op(4, 0), srl = op(5, 0), sra = op(5, 0x20), or = op(6, 0), and = op(7, 0);
export const mul = op(0, 1), mulh = op(1, 1), mulhsu = op(2, 1), mulhu = op(3, 1);
export const div = op(4, 1), divu = op(5, 1), rem = op(6, 1), remu = op(7, 1);

export const fence = (): number => 0x0ff0000f;
export const fence_i = (): number => 0x0000100f;
export const ecall = (): number => 0x00000073;
export const ebreak = (): number => 0x00100073;
export const sret = (): number => 0x10200073;
export const mret = (): number => 0x30200073;
export const wfi = (): number => 0x10500073;
export const sfence_vma = (rs1 = 0, rs2 = 0): number => rType(0x73, 0, 0x09, 0, rs1, rs2);

export const csrrw = (rd: number, csr: number, rs1: number): number => u(csr << 20 | rs1 << 15 | 1 << 12 | rd << 7 | 0x73);
export const csrrs = (rd: number, csr: number, rs1: number): number => u(csr << 20 | rs1 << 15 | 2 << 12 | rd << 7 | 0x73);
export const csrrc = (rd: number, csr: number, rs1: number): number => u(csr << 20 | rs1 << 15 | 3 << 12 | rd << 7 | 0x73);
export const csrrwi = (rd: number, csr: number, uimm: number): number => u(csr << 20 | uimm << 15 | 5 << 12 | rd << 7 | 0x73);
export const csrrsi = (rd: number, csr: number, uimm: number): number => u(csr << 20 | uimm << 15 | 6 << 12 | rd << 7 | 0x73);
export const csrrci = (rd: number, csr: number, uimm: number): number => u(csr << 20 | uimm << 15 | 7 << 12 | rd << 7 | 0x73);
export const csrr = (rd: number, csr: number): number => csrrs(rd, csr, 0);
export const csrw = (csr: number, rs1: number): number => csrrw(0, csr, rs1);

const amo = (f5: number) => (rd: number, rs2: number, rs1: number): number => rType(0x2f, 2, f5 << 2, rd, rs1, rs2);
export const lr_w = (rd: number, rs1: number): number => rType(0x2f, 2, 0x02 << 2, rd, rs1, 0);
export const sc_w = amo(0x03);
export const amoswap_w = amo(0x01), amoadd_w = amo(0x00), amoxor_w = amo(0x04), amoand_w = amo(0x0c);
export const amoor_w = amo(0x08), amomin_w = amo(0x10), amomax_w = amo(0x14), amominu_w = amo(0x18), amomaxu_w = amo(0x1c);

/** `li rd, value` as lui+addi (always two instructions, so code layout is predictable). */
export function li(rd: number, value: number): number[] {
  const v = value | 0;
  const lo = (v << 20) >> 20;
  return [lui(rd, (v - lo) >>> 12), addi(rd, rd, lo)];
}

/** Little-endian bytes of a program. */
export function assemble(words: Array<number | number[]>): Uint8Array {
  const flat = words.flat();
  const out = new Uint8Array(flat.length * 4);
  const view = new DataView(out.buffer);
  flat.forEach((w, k) => view.setUint32(k * 4, w >>> 0, true));
  return out;
}
