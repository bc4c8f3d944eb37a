/**
 * RV32IMA_Zicsr_Zifencei decoder: turns one instruction word into an op id plus
 * pre-extracted operands for the hart's dispatch loop (see DecodedPage for the packing).
 */
export const enum Op {
  UNDECODED = 0, PAGE_END, ILLEGAL,
  LUI, JAL, JALR, BEQ, BNE, BLT, BGE, BLTU, BGEU,
  LB, LH, LW, LBU, LHU, SB, SH, SW,
  ADDI, SLTI, SLTIU, XORI, ORI, ANDI, SLLI, SRLI, SRAI,
  ADD, SUB, SLL, SLT, SLTU, XOR, SRL, SRA, OR, AND,
  MUL, MULH, MULHSU, MULHU, DIV, DIVU, REM, REMU,
  FENCE, FENCE_I, ECALL, EBREAK, MRET, SRET, WFI, SFENCE_VMA, CSR,
  LR, SC, AMO,
}

/** AMO funct5 values (imm of Op.AMO). */
export const enum Amo {
  ADD = 0x00, SWAP = 0x01, XOR = 0x04, OR = 0x08, AND = 0x0c,
  MIN = 0x10, MAX = 0x14, MINU = 0x18, MAXU = 0x1c,
}

/** Register write to x0 goes to this scratch slot, so no instruction needs an rd === 0 test. */
export const X0_SINK = 32;

function pack(op: Op, rd: number, rs1: number, rs2: number): number {
  return op | (rd === 0 ? X0_SINK : rd) << 8 | rs1 << 14 | rs2 << 19;
}

const OP_IMM: readonly Op[] = [Op.ADDI, Op.SLLI, Op.SLTI, Op.SLTIU, Op.XORI, Op.SRLI, Op.ORI, Op.ANDI];
const OP_REG: readonly Op[] = [Op.ADD, Op.SLL, Op.SLT, Op.SLTU, Op.XOR, Op.SRL, Op.OR, Op.AND];
const OP_MUL: readonly Op[] = [Op.MUL, Op.MULH, Op.MULHSU, Op.MULHU, Op.DIV, Op.DIVU, Op.REM, Op.REMU];
const OP_BRANCH: readonly Op[] = [Op.BEQ, Op.BNE, Op.ILLEGAL, Op.ILLEGAL, Op.BLT, Op.BGE, Op.BLTU, Op.BGEU];
const OP_LOAD: readonly Op[] = [Op.LB, Op.LH, Op.LW, Op.ILLEGAL, Op.LBU, Op.LHU, Op.ILLEGAL, Op.ILLEGAL];
const OP_STORE: readonly Op[] = [Op.SB, Op.SH, Op.SW, Op.ILLEGAL, Op.ILLEGAL, Op.ILLEGAL, Op.ILLEGAL, Op.ILLEGAL];
const AMO_FUNCT5 = new Set<number>([Amo.ADD, Amo.SWAP, Amo.XOR, Amo.OR, Amo.AND, Amo.MIN, Amo.MAX, Amo.MINU, Amo.MAXU]);

/**
 * Decodes `insn` located at `pc` into slot i of ops/imm. Unknown encodings become
 * Op.ILLEGAL with the instruction bits in imm (they end up in mtval/stval).
 */
export function decodeInto(insn: number, pc: number, ops: Int32Array, imm: Int32Array, i: number): void {
  const rd = (insn >> 7) & 31;
  const rs1 = (insn >> 15) & 31;
  const rs2 = (insn >> 20) & 31;
  const f3 = (insn >> 12) & 7;
  const f7 = insn >>> 25;
  const immI = insn >> 20;
  let op: Op = Op.ILLEGAL;
  let value = insn | 0;
  switch (insn & 0x7f) {
    case 0x37: op = Op.LUI; value = insn & 0xfffff000; break;
    case 0x17: op = Op.LUI; value = (pc + (insn & 0xfffff000)) | 0; break; // AUIPC: pc is known here
    case 0x6f: {
      const off = ((insn >> 31) << 20) | (((insn >> 12) & 0xff) << 12) | (((insn >> 20) & 1) << 11) | (((insn >> 21) & 0x3ff) << 1);
      op = Op.JAL; value = (pc + off) | 0; break;
    }
    case 0x67: if (f3 === 0) { op = Op.JALR; value = immI; } break;
    case 0x63: {
      op = OP_BRANCH[f3];
      const off = ((insn >> 31) << 12) | (((insn >> 7) & 1) << 11) | (((insn >> 25) & 0x3f) << 5) | (((insn >> 8) & 0xf) << 1);
      if (op !== Op.ILLEGAL) value = (pc + off) | 0;
      break;
    }
    case 0x03: op = OP_LOAD[f3]; if (op !== Op.ILLEGAL) value = immI; break;
    case 0x23: op = OP_STORE[f3]; if (op !== Op.ILLEGAL) value = ((insn >> 25) << 5) | ((insn >> 7) & 31); break;
    case 0x13:
      op = OP_IMM[f3];
      if (f3 === 1) { if (f7 !== 0) op = Op.ILLEGAL; else value = rs2; }
      else if (f3 === 5) {
        if (f7 === 0x20) op = Op.SRAI; else if (f7 !== 0) op = Op.ILLEGAL;
        if (op !== Op.ILLEGAL) value = rs2;
      } else value = immI;
      break;
    case 0x33:
      if (f7 === 0) op = OP_REG[f3];
      else if (f7 === 1) op = OP_MUL[f3];
      else if (f7 === 0x20 && f3 === 0) op = Op.SUB;
      else if (f7 === 0x20 && f3 === 5) op = Op.SRA;
      if (op !== Op.ILLEGAL) value = 0;
      break;
    case 0x0f:
      // FENCE ignores its reserved fields as the spec asks; FENCE.I likewise.
      if (f3 === 0) { op = Op.FENCE; value = 0; } else if (f3 === 1) { op = Op.FENCE_I; value = 0; }
      break;
    case 0x73:
      if (f3 === 0) op = systemOp(insn);
      else if (f3 !== 4) op = Op.CSR; // value keeps the raw instruction
      break;
    case 0x2f:
      if (f3 === 2) {
        const f5 = insn >>> 27;
        if (f5 === 0x02) { if (rs2 === 0) op = Op.LR; }
        else if (f5 === 0x03) op = Op.SC;
        else if (AMO_FUNCT5.has(f5)) { op = Op.AMO; value = f5; }
      }
      break;
  }
  ops[i] = op === Op.ILLEGAL ? Op.ILLEGAL : pack(op, rd, rs1, rs2);
  imm[i] = op === Op.ILLEGAL ? insn | 0 : value;
}

function systemOp(insn: number): Op {
  switch (insn >>> 0) {
    case 0x00000073: return Op.ECALL;
    case 0x00100073: return Op.EBREAK;
    case 0x10200073: return Op.SRET;
    case 0x30200073: return Op.MRET;
    case 0x10500073: return Op.WFI;
  }
  if ((insn & 0xfe007fff) === 0x12000073) return Op.SFENCE_VMA;
  return Op.ILLEGAL;
}
