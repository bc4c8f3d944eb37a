/**
 * Decoder derived from the op table (isa.ts): turns one instruction word into an op id plus
 * pre-extracted operands for the hart's dispatch loop (see DecodedPage for the packing).
 */
import { Format, InsnSpec, Op, lookup } from './isa';

/** Register write to x0 goes to this scratch slot, so no instruction needs an rd === 0 test. */
export const X0_SINK = 32;

function pack(op: Op, rd: number, rs1: number, rs2: number): number {
  return op | (rd === 0 ? X0_SINK : rd) << 8 | rs1 << 14 | rs2 << 19;
}

/**
 * Decodes `insn` located at `pc` into slot i of ops/imm. Unknown encodings become
 * Op.ILLEGAL with the instruction bits in imm (they end up in mtval/stval).
 */
export function decodeInto(insn: number, pc: number, ops: Int32Array, imm: Int32Array, i: number): void {
  const s = lookup(insn);
  if (s === null) {
    ops[i] = Op.ILLEGAL;
    imm[i] = insn | 0;
    return;
  }
  ops[i] = pack(s.op, (insn >> 7) & 31, (insn >> 15) & 31, (insn >> 20) & 31);
  imm[i] = immediateOf(s, insn, pc);
}

/** The value the slot's imm holds for `insn` at `pc` (what Format promises). */
export function immediateOf(s: InsnSpec, insn: number, pc: number): number {
  switch (s.format) {
    case Format.I: case Format.LOAD: case Format.JALR: return insn >> 20;
    case Format.SHIFT: return (insn >> 20) & 31;
    case Format.STORE: return sImm(insn);
    case Format.BRANCH: return (pc + bImm(insn)) | 0;
    case Format.U: return insn & 0xfffff000;
    case Format.U_PC: return (pc + (insn & 0xfffff000)) | 0;
    case Format.J: return (pc + jImm(insn)) | 0;
    case Format.AMO: return insn >>> 27;
    case Format.SFENCE_VMA: case Format.CSR: return insn | 0;
    default: return 0; // R, FENCE, NONE
  }
}

function sImm(insn: number): number {
  return ((insn >> 25) << 5) | ((insn >> 7) & 31);
}

function bImm(insn: number): number {
  return ((insn >> 31) << 12) | (((insn >> 7) & 1) << 11) | (((insn >> 25) & 0x3f) << 5) | (((insn >> 8) & 0xf) << 1);
}

function jImm(insn: number): number {
  return ((insn >> 31) << 20) | (((insn >> 12) & 0xff) << 12) | (((insn >> 20) & 1) << 11) | (((insn >> 21) & 0x3ff) << 1);
}
