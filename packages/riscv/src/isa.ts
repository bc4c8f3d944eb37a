/**
 * RV32IMA_Zicsr_Zifencei and the privileged instructions, described once: one entry per
 * instruction with its encoding (match/mask), operand format, which registers it uses and its
 * semantics. The decoder (decode.ts), the interpreter (interpreter.ts, generated from this table
 * at load time), the block compiler's templates (block-compiler.ts) and the disassembler
 * (disasm.ts) are all derived from it, as Spike's insn templates and v86's x86_table drive
 * their engines.
 *
 * Semantics are JavaScript expression templates over `$a` (x[rs1]), `$b` (x[rs2]) and `$v`
 * (the decoded immediate, see Format), whose value is an int32 pattern; instructions that trap
 * or change machine state (Flow.SYSTEM) are carried out by the interpreter's handlers (one per
 * Op, checked at load time).
 */

/** Op ids: what the decoder stores per slot and the interpreter dispatches on. */
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

/** Number of Op ids. */
export const OP_COUNT = Op.AMO + 1;

/** Operand layout: which immediate the decoder computes (the value stored per slot) and how the
 *  disassembler prints the instruction. */
export const enum Format {
  /** rd, rs1, rs2; imm 0. */
  R,
  /** rd, rs1, imm; imm = I-immediate. */
  I,
  /** rd, rs1, shamt; imm = shamt. */
  SHIFT,
  /** rd, imm(rs1); imm = I-immediate. */
  LOAD,
  /** rs2, imm(rs1); imm = S-immediate. */
  STORE,
  /** rs1, rs2, target; imm = absolute target (pc + B-immediate). */
  BRANCH,
  /** rd, upper; imm = U-immediate. */
  U,
  /** rd, upper; imm = pc + U-immediate (so AUIPC runs as LUI). */
  U_PC,
  /** rd, target; imm = absolute target (pc + J-immediate). */
  J,
  /** rd, imm(rs1); imm = I-immediate. */
  JALR,
  /** pred, succ; imm 0. */
  FENCE,
  /** No operands; imm 0. */
  NONE,
  /** [rs1[, rs2]] (sfence.vma); imm = the instruction. */
  SFENCE_VMA,
  /** rd, csr, rs1 (or a 5-bit immediate); imm = the instruction. */
  CSR,
  /** rd, [rs2,] (rs1) with .aq/.rl; imm = funct5. */
  AMO,
}

/** Operand use. */
export const USE_RD = 1, USE_RS1 = 2, USE_RS2 = 4;

/** What an instruction does to control flow and which engine may run it. */
export const enum Flow {
  /** rd = expr; never traps. */
  ALU,
  /** rd = memory[x[rs1] + imm] (size, signed). */
  LOAD,
  /** memory[x[rs1] + imm] = x[rs2] (size). */
  STORE,
  /** Nothing to do (stores invalidate decoded code exactly, so FENCE.I has nothing left). */
  NOP,
  /** Jumps to imm when cond holds. */
  BRANCH,
  /** rd = pc + 4; jumps to imm. */
  JAL,
  /** rd = pc + 4; jumps to (x[rs1] + imm) & ~1. */
  JALR,
  /** Traps or changes machine state: the interpreter's handler for the Op runs it. */
  SYSTEM,
}

export interface InsnSpec {
  /** Mnemonic (GNU assembler). */
  readonly name: string;
  /** insn & mask === match (int32 patterns). */
  readonly match: number;
  readonly mask: number;
  readonly format: Format;
  /** The Op it decodes to; instructions sharing an Op share its semantics. */
  readonly op: Op;
  /** USE_RD | USE_RS1 | USE_RS2: the registers the instruction reads or writes. */
  readonly uses: number;
  readonly flow: Flow;
  /** Flow.ALU: rd's new value. AMOs: the value stored, with $a the old memory word, $b x[rs2]. */
  readonly expr: string;
  /** Flow.BRANCH: the condition for taking it. */
  readonly cond: string;
  /** Flow.LOAD / Flow.STORE: bytes accessed; loads: whether the value is sign-extended. */
  readonly size: 0 | 1 | 2 | 4;
  readonly signed: boolean;
}

const OPCODE = 0x7f, F3 = 0x7000, F7 = 0xfe000000 | 0, F5 = 0xf8000000 | 0, RS2 = 0x01f00000;

function spec(name: string, match: number, mask: number, format: Format, op: Op, uses: number, flow: Flow,
  more: Partial<Pick<InsnSpec, 'expr' | 'cond' | 'size' | 'signed'>> = {}): InsnSpec {
  return { name, match: match | 0, mask: mask | 0, format, op, uses, flow, expr: '', cond: '', size: 0, signed: false, ...more };
}

const RRR = USE_RD | USE_RS1 | USE_RS2, RRI = USE_RD | USE_RS1;

function alu(name: string, f7: number, f3: number, op: Op, expr: string): InsnSpec {
  return spec(name, f7 << 25 | f3 << 12 | 0x33, F7 | F3 | OPCODE, Format.R, op, RRR, Flow.ALU, { expr });
}
function aluImm(name: string, f3: number, op: Op, expr: string): InsnSpec {
  return spec(name, f3 << 12 | 0x13, F3 | OPCODE, Format.I, op, RRI, Flow.ALU, { expr });
}
function shiftImm(name: string, f7: number, f3: number, op: Op, expr: string): InsnSpec {
  return spec(name, f7 << 25 | f3 << 12 | 0x13, F7 | F3 | OPCODE, Format.SHIFT, op, RRI, Flow.ALU, { expr });
}
function load(name: string, f3: number, op: Op, size: 1 | 2 | 4, signed: boolean): InsnSpec {
  return spec(name, f3 << 12 | 0x03, F3 | OPCODE, Format.LOAD, op, RRI, Flow.LOAD, { size, signed });
}
function store(name: string, f3: number, op: Op, size: 1 | 2 | 4): InsnSpec {
  return spec(name, f3 << 12 | 0x23, F3 | OPCODE, Format.STORE, op, USE_RS1 | USE_RS2, Flow.STORE, { size });
}
function branch(name: string, f3: number, op: Op, cond: string): InsnSpec {
  return spec(name, f3 << 12 | 0x63, F3 | OPCODE, Format.BRANCH, op, USE_RS1 | USE_RS2, Flow.BRANCH, { cond });
}
function system(name: string, insn: number, op: Op): InsnSpec {
  return spec(name, insn, -1, Format.NONE, op, 0, Flow.SYSTEM);
}
function csr(name: string, f3: number): InsnSpec {
  return spec(name, f3 << 12 | 0x73, F3 | OPCODE, Format.CSR, Op.CSR, (f3 & 4) !== 0 ? USE_RD : RRI, Flow.SYSTEM);
}
function amo(name: string, f5: number, op: Op, uses: number, expr = ''): InsnSpec {
  const rs2Fixed = (uses & USE_RS2) === 0 ? RS2 : 0;
  return spec(name, f5 << 27 | 2 << 12 | 0x2f, F5 | rs2Fixed | F3 | OPCODE, Format.AMO, op, uses, Flow.SYSTEM, { expr });
}

/** Every instruction the hart implements. */
export const INSTRUCTIONS: readonly InsnSpec[] = [
  spec('lui', 0x37, OPCODE, Format.U, Op.LUI, USE_RD, Flow.ALU, { expr: '$v' }),
  spec('auipc', 0x17, OPCODE, Format.U_PC, Op.LUI, USE_RD, Flow.ALU, { expr: '$v' }),
  spec('jal', 0x6f, OPCODE, Format.J, Op.JAL, USE_RD, Flow.JAL),
  spec('jalr', 0x67, F3 | OPCODE, Format.JALR, Op.JALR, RRI, Flow.JALR),

  branch('beq', 0, Op.BEQ, '$a === $b'),
  branch('bne', 1, Op.BNE, '$a !== $b'),
  branch('blt', 4, Op.BLT, '$a < $b'),
  branch('bge', 5, Op.BGE, '$a >= $b'),
  branch('bltu', 6, Op.BLTU, '($a >>> 0) < ($b >>> 0)'),
  branch('bgeu', 7, Op.BGEU, '($a >>> 0) >= ($b >>> 0)'),

  load('lb', 0, Op.LB, 1, true),
  load('lh', 1, Op.LH, 2, true),
  load('lw', 2, Op.LW, 4, false),
  load('lbu', 4, Op.LBU, 1, false),
  load('lhu', 5, Op.LHU, 2, false),
  store('sb', 0, Op.SB, 1),
  store('sh', 1, Op.SH, 2),
  store('sw', 2, Op.SW, 4),

  aluImm('addi', 0, Op.ADDI, '($a + $v) | 0'),
  aluImm('slti', 2, Op.SLTI, '$a < $v ? 1 : 0'),
  aluImm('sltiu', 3, Op.SLTIU, '($a >>> 0) < ($v >>> 0) ? 1 : 0'),
  aluImm('xori', 4, Op.XORI, '$a ^ $v'),
  aluImm('ori', 6, Op.ORI, '$a | $v'),
  aluImm('andi', 7, Op.ANDI, '$a & $v'),
  shiftImm('slli', 0x00, 1, Op.SLLI, '$a << $v'),
  shiftImm('srli', 0x00, 5, Op.SRLI, '($a >>> $v) | 0'),
  shiftImm('srai', 0x20, 5, Op.SRAI, '$a >> $v'),

  alu('add', 0x00, 0, Op.ADD, '($a + $b) | 0'),
  alu('sub', 0x20, 0, Op.SUB, '($a - $b) | 0'),
  alu('sll', 0x00, 1, Op.SLL, '$a << $b'),
  alu('slt', 0x00, 2, Op.SLT, '$a < $b ? 1 : 0'),
  alu('sltu', 0x00, 3, Op.SLTU, '($a >>> 0) < ($b >>> 0) ? 1 : 0'),
  alu('xor', 0x00, 4, Op.XOR, '$a ^ $b'),
  alu('srl', 0x00, 5, Op.SRL, '($a >>> $b) | 0'),
  alu('sra', 0x20, 5, Op.SRA, '$a >> $b'),
  alu('or', 0x00, 6, Op.OR, '$a | $b'),
  alu('and', 0x00, 7, Op.AND, '$a & $b'),

  alu('mul', 0x01, 0, Op.MUL, 'Math.imul($a, $b)'),
  alu('mulh', 0x01, 1, Op.MULH, 'mulh($a, $b)'),
  alu('mulhsu', 0x01, 2, Op.MULHSU, 'mulhsu($a, $b)'),
  alu('mulhu', 0x01, 3, Op.MULHU, 'mulhu($a, $b)'),
  // Division by zero and the one overflowing case have defined results, never a trap.
  alu('div', 0x01, 4, Op.DIV, '$b === 0 ? -1 : $a === -2147483648 && $b === -1 ? $a : ($a / $b) | 0'),
  alu('divu', 0x01, 5, Op.DIVU, '$b === 0 ? -1 : (($a >>> 0) / ($b >>> 0)) | 0'),
  alu('rem', 0x01, 6, Op.REM, '$b === 0 ? $a : $a === -2147483648 && $b === -1 ? 0 : ($a % $b) | 0'),
  alu('remu', 0x01, 7, Op.REMU, '$b === 0 ? $a : (($a >>> 0) % ($b >>> 0)) | 0'),

  // FENCE and FENCE.I ignore their reserved fields, as the spec asks.
  spec('fence', 0x0f, F3 | OPCODE, Format.FENCE, Op.FENCE, 0, Flow.NOP),
  spec('fence.i', 0x100f, F3 | OPCODE, Format.NONE, Op.FENCE_I, 0, Flow.NOP),
  system('ecall', 0x00000073, Op.ECALL),
  system('ebreak', 0x00100073, Op.EBREAK),
  system('sret', 0x10200073, Op.SRET),
  system('mret', 0x30200073, Op.MRET),
  system('wfi', 0x10500073, Op.WFI),
  spec('sfence.vma', 0x12000073, F7 | F3 | 0xf80 | OPCODE, Format.SFENCE_VMA, Op.SFENCE_VMA, USE_RS1 | USE_RS2, Flow.SYSTEM),
  csr('csrrw', 1), csr('csrrs', 2), csr('csrrc', 3), csr('csrrwi', 5), csr('csrrsi', 6), csr('csrrci', 7),

  amo('lr.w', 0x02, Op.LR, RRI),
  amo('sc.w', 0x03, Op.SC, RRR),
  amo('amoswap.w', 0x01, Op.AMO, RRR, '$b'),
  amo('amoadd.w', 0x00, Op.AMO, RRR, '($a + $b) | 0'),
  amo('amoxor.w', 0x04, Op.AMO, RRR, '$a ^ $b'),
  amo('amoand.w', 0x0c, Op.AMO, RRR, '$a & $b'),
  amo('amoor.w', 0x08, Op.AMO, RRR, '$a | $b'),
  amo('amomin.w', 0x10, Op.AMO, RRR, '$a < $b ? $a : $b'),
  amo('amomax.w', 0x14, Op.AMO, RRR, '$a > $b ? $a : $b'),
  amo('amominu.w', 0x18, Op.AMO, RRR, '($a >>> 0) < ($b >>> 0) ? $a : $b'),
  amo('amomaxu.w', 0x1c, Op.AMO, RRR, '($a >>> 0) > ($b >>> 0) ? $a : $b'),
];

/** The semantics of each Op (its first entry; checked below to agree with the others). */
export const SPEC_OF_OP: ReadonlyArray<InsnSpec | undefined> = specsByOp();

function specsByOp(): Array<InsnSpec | undefined> {
  const byOp = new Array<InsnSpec | undefined>(OP_COUNT);
  for (const s of INSTRUCTIONS) {
    const first = byOp[s.op];
    if (first === undefined) { byOp[s.op] = s; continue; }
    // Entries sharing an Op run as one: they must agree on everything but the encoding
    // (AMOs differ by their expr, which the decoded funct5 selects).
    if (first.flow !== s.flow || first.cond !== s.cond || first.size !== s.size || first.signed !== s.signed ||
        (s.op !== Op.AMO && first.expr !== s.expr)) {
      throw new Error(`isa: ${s.name} and ${first.name} share an op but not its semantics`);
    }
  }
  return byOp;
}

/**
 * Table entries by the bits every entry's mask covers (opcode and funct3): index
 * (insn & 0x7f) | ((insn >> 5) & 0x380), each list ordered most specific mask first.
 */
const BY_KEY: ReadonlyArray<readonly InsnSpec[]> = bucketsByKey();

function bucketsByKey(): InsnSpec[][] {
  const buckets: InsnSpec[][] = Array.from({ length: 1024 }, () => []);
  for (const s of INSTRUCTIONS) {
    for (let f3 = 0; f3 < 8; f3++) {
      if ((s.mask & F3) !== 0 && ((s.match & F3) >> 12) !== f3) continue;
      buckets[(s.match & OPCODE) | f3 << 7].push(s);
    }
  }
  for (const b of buckets) b.sort((p, q) => popcount(q.mask) - popcount(p.mask));
  return buckets;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v >>>= 1) n += v & 1;
  return n;
}

/** The table entry `insn` encodes, or null when it is outside the ISA. */
export function lookup(insn: number): InsnSpec | null {
  const bucket = BY_KEY[(insn & OPCODE) | ((insn >> 5) & 0x380)];
  for (let k = 0; k < bucket.length; k++) {
    const s = bucket[k];
    if ((insn & s.mask) === s.match) return s;
  }
  return null;
}

/** The expression that sign- or zero-extends a loaded `size`-byte value `expr` (zero-extended
 *  already) as the load asks. */
export function extendLoaded(expr: string, size: 1 | 2 | 4, signed: boolean): string {
  if (!signed || size === 4) return expr;
  const shift = 32 - 8 * size;
  return `((${expr}) << ${shift}) >> ${shift}`;
}

/** `template` with $a, $b and $v replaced. */
export function instantiate(template: string, a: string, b: string, v: string): string {
  return template.replace(/\$([abv])/g, (_m, name: string) => (name === 'a' ? a : name === 'b' ? b : v));
}
