/**
 * Disassembler for RV32IMA + Zicsr + Zifencei and the privileged instructions, in the
 * GNU assembler's syntax with ABI register names and the customary pseudo-instructions
 * (nop, li, mv, not, neg, seqz, snez, j, jr, ret, beqz, bnez, csrr, csrw, ...).
 * Branch and jump targets are printed as absolute addresses. For traces and error messages.
 * Mnemonics and operand layouts come from the op table (isa.ts); this file adds only the
 * presentation: register and CSR names and the pseudo-instructions.
 */
import { immediateOf } from './decode';
import { Format, InsnSpec, USE_RS1, USE_RS2, lookup } from './isa';

export const ABI_NAMES: readonly string[] = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2',
  's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7',
  's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];

const CSR_NAMES: Record<number, string> = {
  0x001: 'fflags', 0x002: 'frm', 0x003: 'fcsr',
  0x100: 'sstatus', 0x104: 'sie', 0x105: 'stvec', 0x106: 'scounteren', 0x10a: 'senvcfg',
  0x140: 'sscratch', 0x141: 'sepc', 0x142: 'scause', 0x143: 'stval', 0x144: 'sip', 0x180: 'satp',
  0x300: 'mstatus', 0x301: 'misa', 0x302: 'medeleg', 0x303: 'mideleg', 0x304: 'mie', 0x305: 'mtvec',
  0x306: 'mcounteren', 0x30a: 'menvcfg', 0x310: 'mstatush', 0x31a: 'menvcfgh', 0x320: 'mcountinhibit',
  0x340: 'mscratch', 0x341: 'mepc', 0x342: 'mcause', 0x343: 'mtval', 0x344: 'mip',
  0x3a0: 'pmpcfg0', 0x3a1: 'pmpcfg1', 0x3a2: 'pmpcfg2', 0x3a3: 'pmpcfg3',
  0x7a0: 'tselect', 0x7a1: 'tdata1', 0x7a2: 'tdata2', 0x7a3: 'tdata3',
  0x7b0: 'dcsr', 0x7b1: 'dpc', 0x7b2: 'dscratch0',
  0xb00: 'mcycle', 0xb02: 'minstret', 0xb80: 'mcycleh', 0xb82: 'minstreth',
  0xc00: 'cycle', 0xc01: 'time', 0xc02: 'instret', 0xc80: 'cycleh', 0xc81: 'timeh', 0xc82: 'instreth',
  0xf11: 'mvendorid', 0xf12: 'marchid', 0xf13: 'mimpid', 0xf14: 'mhartid', 0xf15: 'mconfigptr',
};
for (let i = 0; i < 16; i++) CSR_NAMES[0x3b0 + i] = `pmpaddr${i}`;
for (let i = 3; i < 32; i++) {
  CSR_NAMES[0xb00 + i] = `mhpmcounter${i}`;
  CSR_NAMES[0xb80 + i] = `mhpmcounter${i}h`;
  CSR_NAMES[0x320 + i] = `mhpmevent${i}`;
  CSR_NAMES[0xc00 + i] = `hpmcounter${i}`;
  CSR_NAMES[0xc80 + i] = `hpmcounter${i}h`;
}

/** The CSR's name, or its number in hex when it has none. */
export function csrName(csr: number): string {
  return CSR_NAMES[csr] ?? hex(csr);
}

/** One instruction as text, e.g. "addi a0, a0, 1". `pc` resolves branch and jump targets.
 *  Encodings outside the ISA come back as "unknown 0x????????". */
export function disassemble(insn: number, pc: number): string {
  const s = lookup(insn | 0);
  return s === null ? `unknown ${hex8(insn)}` : textOf(s, insn >>> 0, pc);
}

/** The operands as the entry's format lays them out, with the customary pseudo-instructions. */
function textOf(s: InsnSpec, insn: number, pc: number): string {
  const r = ABI_NAMES, name = s.name;
  const rd = (insn >>> 7) & 31, rs1 = (insn >>> 15) & 31, rs2 = (insn >>> 20) & 31;
  const v = immediateOf(s, insn, pc);
  switch (s.format) {
    case Format.R: return pseudoR(name, rd, rs1, rs2) ?? `${name} ${r[rd]}, ${r[rs1]}, ${r[rs2]}`;
    case Format.I: return pseudoI(name, rd, rs1, v) ?? `${name} ${r[rd]}, ${r[rs1]}, ${v}`;
    case Format.SHIFT: return `${name} ${r[rd]}, ${r[rs1]}, ${v}`;
    case Format.LOAD: return `${name} ${r[rd]}, ${v}(${r[rs1]})`;
    case Format.STORE: return `${name} ${r[rs2]}, ${v}(${r[rs1]})`;
    case Format.BRANCH: return branch(name, rs1, rs2, v >>> 0);
    case Format.U: case Format.U_PC: return `${name} ${r[rd]}, ${hex(insn >>> 12)}`;
    case Format.J: return jal(rd, v >>> 0);
    case Format.JALR: return jalr(rd, rs1, v);
    case Format.FENCE: return fence(insn);
    case Format.NONE: return name;
    case Format.SFENCE_VMA: return sfence(name, rs1, rs2);
    case Format.CSR: return csr(s, insn, rd, rs1);
    case Format.AMO: {
      const order = ['', '.rl', '.aq', '.aqrl'][(insn >>> 25) & 3];
      return (s.uses & USE_RS2) !== 0 ? `${name}${order} ${r[rd]}, ${r[rs2]}, (${r[rs1]})` : `${name}${order} ${r[rd]}, (${r[rs1]})`;
    }
  }
}

function jal(rd: number, to: number): string {
  if (rd === 0) return `j ${hex(to)}`;
  if (rd === 1) return `jal ${hex(to)}`;
  return `jal ${ABI_NAMES[rd]}, ${hex(to)}`;
}

function jalr(rd: number, rs1: number, imm: number): string {
  if (rd === 0 && rs1 === 1 && imm === 0) return 'ret';
  if (rd === 0 && imm === 0) return `jr ${ABI_NAMES[rs1]}`;
  if (rd === 1 && imm === 0) return `jalr ${ABI_NAMES[rs1]}`;
  return `jalr ${ABI_NAMES[rd]}, ${imm}(${ABI_NAMES[rs1]})`;
}

function branch(name: string, rs1: number, rs2: number, to: number): string {
  const r = ABI_NAMES;
  if (rs2 === 0 && (name === 'beq' || name === 'bne' || name === 'blt' || name === 'bge')) {
    const pseudo = { beq: 'beqz', bne: 'bnez', blt: 'bltz', bge: 'bgez' }[name];
    return `${pseudo} ${r[rs1]}, ${hex(to)}`;
  }
  if (rs1 === 0 && (name === 'blt' || name === 'bge')) {
    return `${name === 'blt' ? 'bgtz' : 'blez'} ${r[rs2]}, ${hex(to)}`;
  }
  return `${name} ${r[rs1]}, ${r[rs2]}, ${hex(to)}`;
}

/** mv/li/nop, seqz, not: the assembler's aliases of OP-IMM instructions. */
function pseudoI(name: string, rd: number, rs1: number, imm: number): string | null {
  const r = ABI_NAMES;
  if (name === 'addi') {
    if (rd === 0 && rs1 === 0 && imm === 0) return 'nop';
    if (rs1 === 0) return `li ${r[rd]}, ${imm}`;
    if (imm === 0) return `mv ${r[rd]}, ${r[rs1]}`;
  }
  if (name === 'sltiu' && imm === 1) return `seqz ${r[rd]}, ${r[rs1]}`;
  if (name === 'xori' && imm === -1) return `not ${r[rd]}, ${r[rs1]}`;
  return null;
}

/** neg, snez: aliases of OP instructions with x0 as the first source. */
function pseudoR(name: string, rd: number, rs1: number, rs2: number): string | null {
  if (rs1 !== 0) return null;
  if (name === 'sub') return `neg ${ABI_NAMES[rd]}, ${ABI_NAMES[rs2]}`;
  if (name === 'sltu') return `snez ${ABI_NAMES[rd]}, ${ABI_NAMES[rs2]}`;
  return null;
}

function sfence(name: string, rs1: number, rs2: number): string {
  if (rs2 !== 0) return `${name} ${ABI_NAMES[rs1]}, ${ABI_NAMES[rs2]}`;
  return rs1 === 0 ? name : `${name} ${ABI_NAMES[rs1]}`;
}

/** csrr, csrw, csrs, csrc and their immediate forms where rd or the source is x0. */
function csr(s: InsnSpec, insn: number, rd: number, rs1: number): string {
  const r = ABI_NAMES, name = s.name;
  const csrText = csrName(insn >>> 20);
  const src = (s.uses & USE_RS1) !== 0 ? r[rs1] : String(rs1);
  const writes = name.startsWith('csrrw') || rs1 !== 0;
  if (rd === 0 && writes) return `${name.replace('csrr', 'csr')} ${csrText}, ${src}`;
  if (name === 'csrrs' && rs1 === 0 && rd !== 0) return `csrr ${r[rd]}, ${csrText}`;
  return `${name} ${r[rd]}, ${csrText}, ${src}`;
}

function fence(insn: number): string {
  const pred = (insn >>> 24) & 15;
  const succ = (insn >>> 20) & 15;
  if (pred === 15 && succ === 15) return 'fence';
  return `fence ${ioSet(pred)}, ${ioSet(succ)}`;
}

function ioSet(bits: number): string {
  let s = '';
  if (bits & 8) s += 'i';
  if (bits & 4) s += 'o';
  if (bits & 2) s += 'r';
  if (bits & 1) s += 'w';
  return s === '' ? '0' : s;
}

function hex(n: number): string {
  return '0x' + (n >>> 0).toString(16);
}

function hex8(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}
