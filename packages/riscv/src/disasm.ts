/**
 * Disassembler for RV32IMA + Zicsr + Zifencei and the privileged instructions, in the
 * GNU assembler's syntax with ABI register names and the customary pseudo-instructions
 * (nop, li, mv, not, neg, seqz, snez, j, jr, ret, beqz, bnez, csrr, csrw, ...).
 * Branch and jump targets are printed as absolute addresses. For traces and error messages.
 */

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

const BRANCHES = ['beq', 'bne', '', '', 'blt', 'bge', 'bltu', 'bgeu'];
const LOADS = ['lb', 'lh', 'lw', '', 'lbu', 'lhu', '', ''];
const STORES = ['sb', 'sh', 'sw', '', '', '', '', ''];
const OP_IMM = ['addi', 'slli', 'slti', 'sltiu', 'xori', 'srli', 'ori', 'andi'];
const OP = ['add', 'sll', 'slt', 'sltu', 'xor', 'srl', 'or', 'and'];
const MULDIV = ['mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu'];
const CSR_OPS = ['', 'csrrw', 'csrrs', 'csrrc', '', 'csrrwi', 'csrrsi', 'csrrci'];
const AMOS: Record<number, string> = {
  0x00: 'amoadd.w', 0x01: 'amoswap.w', 0x02: 'lr.w', 0x03: 'sc.w', 0x04: 'amoxor.w',
  0x08: 'amoor.w', 0x0c: 'amoand.w', 0x10: 'amomin.w', 0x14: 'amomax.w', 0x18: 'amominu.w', 0x1c: 'amomaxu.w',
};

/** One instruction as text, e.g. "addi a0, a0, 1". `pc` resolves branch and jump targets.
 *  Encodings outside the ISA come back as "unknown 0x????????". */
export function disassemble(insn: number, pc: number): string {
  return decodeText(insn >>> 0, pc) ?? `unknown ${hex8(insn)}`;
}

function decodeText(insn: number, pc: number): string | null {
  const opcode = insn & 0x7f;
  const rd = (insn >>> 7) & 31;
  const funct3 = (insn >>> 12) & 7;
  const rs1 = (insn >>> 15) & 31;
  const rs2 = (insn >>> 20) & 31;
  const funct7 = insn >>> 25;
  const iImm = insn >> 20;
  const r = ABI_NAMES;

  switch (opcode) {
    case 0x37:
      return `lui ${r[rd]}, ${hex(insn >>> 12)}`;
    case 0x17:
      return `auipc ${r[rd]}, ${hex(insn >>> 12)}`;
    case 0x6f:
      return jal(rd, target(pc, jImm(insn)));
    case 0x67:
      if (funct3 !== 0) break;
      return jalr(rd, rs1, iImm);
    case 0x63: {
      const name = BRANCHES[funct3];
      if (name === '') break;
      return branch(name, rs1, rs2, target(pc, bImm(insn)));
    }
    case 0x03: {
      const name = LOADS[funct3];
      if (name === '') break;
      return `${name} ${r[rd]}, ${iImm}(${r[rs1]})`;
    }
    case 0x23: {
      const name = STORES[funct3];
      if (name === '') break;
      const imm = ((insn >> 25) << 5) | ((insn >>> 7) & 31);
      return `${name} ${r[rs2]}, ${imm}(${r[rs1]})`;
    }
    case 0x13:
      return opImm(funct3, funct7, rd, rs1, rs2, iImm);
    case 0x33:
      return op(funct3, funct7, rd, rs1, rs2);
    case 0x0f:
      if (funct3 === 0) return fence(insn);
      if (funct3 === 1) return 'fence.i';
      break;
    case 0x73:
      return system(insn, funct3, funct7, rd, rs1, rs2);
    case 0x2f:
      return amo(insn, funct3, rd, rs1, rs2);
  }
  return null;
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

function opImm(funct3: number, funct7: number, rd: number, rs1: number, shamt: number, imm: number): string | null {
  const r = ABI_NAMES;
  if (funct3 === 1) {
    if (funct7 !== 0) return null;
    return `slli ${r[rd]}, ${r[rs1]}, ${shamt}`;
  }
  if (funct3 === 5) {
    if (funct7 === 0) return `srli ${r[rd]}, ${r[rs1]}, ${shamt}`;
    if (funct7 === 0x20) return `srai ${r[rd]}, ${r[rs1]}, ${shamt}`;
    return null;
  }
  if (funct3 === 0) {
    if (rd === 0 && rs1 === 0 && imm === 0) return 'nop';
    if (rs1 === 0) return `li ${r[rd]}, ${imm}`;
    if (imm === 0) return `mv ${r[rd]}, ${r[rs1]}`;
  }
  if (funct3 === 3 && imm === 1) return `seqz ${r[rd]}, ${r[rs1]}`;
  if (funct3 === 4 && imm === -1) return `not ${r[rd]}, ${r[rs1]}`;
  return `${OP_IMM[funct3]} ${r[rd]}, ${r[rs1]}, ${imm}`;
}

function op(funct3: number, funct7: number, rd: number, rs1: number, rs2: number): string | null {
  const r = ABI_NAMES;
  if (funct7 === 1) return `${MULDIV[funct3]} ${r[rd]}, ${r[rs1]}, ${r[rs2]}`;
  if (funct7 === 0x20) {
    if (funct3 === 0) return rs1 === 0 ? `neg ${r[rd]}, ${r[rs2]}` : `sub ${r[rd]}, ${r[rs1]}, ${r[rs2]}`;
    if (funct3 === 5) return `sra ${r[rd]}, ${r[rs1]}, ${r[rs2]}`;
    return null;
  }
  if (funct7 !== 0) return null;
  if (funct3 === 3 && rs1 === 0) return `snez ${r[rd]}, ${r[rs2]}`;
  return `${OP[funct3]} ${r[rd]}, ${r[rs1]}, ${r[rs2]}`;
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

function system(insn: number, funct3: number, funct7: number, rd: number, rs1: number, rs2: number): string | null {
  const r = ABI_NAMES;
  if (funct3 === 0) {
    if (rd !== 0) return null;
    if (funct7 === 0x09) {
      if (rs2 !== 0) return `sfence.vma ${r[rs1]}, ${r[rs2]}`;
      return rs1 === 0 ? 'sfence.vma' : `sfence.vma ${r[rs1]}`;
    }
    if (rs1 !== 0) return null;
    switch (insn >>> 20) {
      case 0x000: return 'ecall';
      case 0x001: return 'ebreak';
      case 0x102: return 'sret';
      case 0x302: return 'mret';
      case 0x105: return 'wfi';
    }
    return null;
  }
  const name = CSR_OPS[funct3];
  if (name === '') return null;
  const csr = csrName(insn >>> 20);
  const src = funct3 >= 5 ? String(rs1) : r[rs1];
  const writes = (funct3 & 3) === 1 || rs1 !== 0;
  if (rd === 0 && writes) return `${name.replace('csrr', 'csr')} ${csr}, ${src}`; // csrw, csrs, csrci, ...
  if (funct3 === 2 && rs1 === 0 && rd !== 0) return `csrr ${r[rd]}, ${csr}`;
  return `${name} ${r[rd]}, ${csr}, ${src}`;
}

function amo(insn: number, funct3: number, rd: number, rs1: number, rs2: number): string | null {
  const r = ABI_NAMES;
  const name = AMOS[insn >>> 27];
  if (funct3 !== 2 || name === undefined) return null;
  const order = ['', '.rl', '.aq', '.aqrl'][(insn >>> 25) & 3];
  if (name === 'lr.w') {
    if (rs2 !== 0) return null;
    return `lr.w${order} ${r[rd]}, (${r[rs1]})`;
  }
  return `${name}${order} ${r[rd]}, ${r[rs2]}, (${r[rs1]})`;
}

function jImm(insn: number): number {
  return (((insn >> 31) << 20) | (((insn >>> 12) & 0xff) << 12) | (((insn >>> 20) & 1) << 11) | (((insn >>> 21) & 0x3ff) << 1));
}

function bImm(insn: number): number {
  return (((insn >> 31) << 12) | (((insn >>> 7) & 1) << 11) | (((insn >>> 25) & 0x3f) << 5) | (((insn >>> 8) & 15) << 1));
}

function target(pc: number, offset: number): number {
  return (pc + offset) >>> 0;
}

function hex(n: number): string {
  return '0x' + (n >>> 0).toString(16);
}

function hex8(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}
