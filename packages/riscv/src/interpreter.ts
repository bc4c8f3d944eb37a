/**
 * The hart's interpreter loop, generated once at module load from the op table (isa.ts): one
 * `case` per Op whose body comes from the table's semantics (ALU expressions, branch
 * conditions, load/store widths) or, for Flow.SYSTEM ops, from the handlers below. Generating it
 * keeps the dispatch a single monomorphic switch over small integers with the semantics inlined
 * (no call or allocation per instruction), as the hand-written switch it replaces was, while the
 * facts live in the table alone.
 *
 * The loop runs decoded pages (decoded-page.ts): it decodes a slot the first time it runs,
 * enters compiled regions (block-compiler.ts) at hot block entries, takes the fast path of
 * loads/stores through the TLB (tlb.ts) and hands the rest to the hart's slow paths.
 */
import { mulh, mulhsu, mulhu } from './arith';
import { compileRegion } from './block-compiler';
import * as C from './constants';
import { BUS_FAULT, PRIV_M, PRIV_S, PRIV_U } from './constants';
import { decodeInto } from './decode';
import type { DecodedPage } from './decoded-page';
import type { Hart } from './hart';
import { Flow, INSTRUCTIONS, InsnSpec, OP_COUNT, Op, SPEC_OF_OP, USE_RS1, USE_RS2, extendLoaded, instantiate } from './isa';
import { PAGE_FAULT } from './memory';
import { TLB_MASK } from './tlb';
import { interruptToTake, returnFromMachine, returnFromSupervisor, takeTrap } from './trap';

/**
 * Address of slot `i` of `page`, for the interpreter's calls that take a pc (decoding, traps).
 * RAM lies above 2^31, so a pc passed to a function is a heap number. Written as
 * `base + (i << 2)` in each such case, V8 shares one boxed value among them all and makes it
 * before the switch — a heap number per instruction; read from the page here, each case
 * makes its own, only when it runs.
 */
function slotPc(page: DecodedPage, i: number): number {
  return (page.base + (i << 2)) >>> 0;
}

const RD = 'r[(w >> 8) & 63]', RS1 = 'r[(w >> 14) & 31]', RS2 = 'r[(w >> 19) & 31]';
/** Brings instret up to the instruction before this one (which traps or ends the run). */
const RETIRE_BEFORE = 'h.instret += mark - left - 1; mark = left;';
/** Leaves the instruction to a slow path with instret brought up to date; the slow path
 *  answers whether it retired (else it trapped, and `mark = left` undoes the count). */
const SLOW_PATH = 'h.pc = (base + (i << 2)) >>> 0; h.instret += mark - left - 1; mark = left + 1;';
const ILLEGAL_IF = (cond: string): string =>
  `if (${cond}) { ${RETIRE_BEFORE} takeTrap(h, ${C.CAUSE_ILLEGAL_INSTRUCTION}, page.words[i] >>> 0, slotPc(page, i)); continue outer; }`;
const U_OR_S_WITH = (bit: number): string => `h.priv === ${PRIV_U} || (h.priv === ${PRIV_S} && (h.mstatus & ${bit}) !== 0)`;

/** What the interpreter does for each Flow.SYSTEM op: they trap or change machine state. */
const SYSTEM_HANDLERS: Partial<Record<Op, string>> = {
  [Op.SFENCE_VMA]: `${ILLEGAL_IF(U_OR_S_WITH(C.MSTATUS_TVM))}
    // rs1 = x0: every page; rs2 (the ASID) does not narrow it (PhysMemory.fenceVma).
    mem.fenceVma(((w >> 14) & 31) === 0 ? -1 : ${RS1} >>> 12);
    // This page's own translation may be gone: fetch the next instruction afresh.
    h.pc = (base + ((i + 1) << 2)) >>> 0;
    continue outer;`,
  [Op.WFI]: `${ILLEGAL_IF(U_OR_S_WITH(C.MSTATUS_TW))}
    i++;
    if ((h.mip & h.mie) === 0) { h.waiting = true; h.pc = (base + (i << 2)) >>> 0; break outer; }
    continue;`,
  [Op.ECALL]: `${RETIRE_BEFORE} takeTrap(h, ${C.CAUSE_USER_ECALL} + h.priv, 0, slotPc(page, i)); continue outer;`,
  [Op.EBREAK]: `${RETIRE_BEFORE} takeTrap(h, ${C.CAUSE_BREAKPOINT}, slotPc(page, i), slotPc(page, i)); continue outer;`,
  [Op.MRET]: `${ILLEGAL_IF(`h.priv !== ${PRIV_M}`)}
    h.instret += mark - left; mark = left;
    returnFromMachine(h);
    continue outer;`,
  [Op.SRET]: `${ILLEGAL_IF(U_OR_S_WITH(C.MSTATUS_TSR))}
    h.instret += mark - left; mark = left;
    returnFromSupervisor(h);
    continue outer;`,
  [Op.CSR]: `${SLOW_PATH}
    const instret = h.instret, cycleOffset = h.cycleOffset;
    if (!h.execCsr(imm[i])) mark = left;
    else {
      // A written counter holds exactly the written value for the next instruction.
      if (h.instret !== instret) mark = left;
      else if (h.cycleOffset !== cycleOffset) h.cycleOffset--;
    }
    continue outer;`,
};
const ATOMIC = `${SLOW_PATH}
    if (!h.execAtomic(w & 0xff, (w >> 8) & 63, ${RS1} >>> 0, ${RS2}, imm[i])) mark = left;
    continue outer;`;
SYSTEM_HANDLERS[Op.LR] = SYSTEM_HANDLERS[Op.SC] = SYSTEM_HANDLERS[Op.AMO] = ATOMIC;

function aluCase(s: InsnSpec): string {
  const locals: string[] = [];
  if ((s.uses & USE_RS1) !== 0) locals.push(`a = ${RS1}`);
  if ((s.uses & USE_RS2) !== 0) locals.push(`b = ${RS2}`);
  if (s.expr.includes('$v')) locals.push('v = imm[i]');
  const decl = locals.length > 0 ? `const ${locals.join(', ')}; ` : '';
  return `{ ${decl}${RD} = ${instantiate(s.expr, 'a', 'b', 'v')}; i++; continue; }`;
}

function loadCase(s: InsnSpec): string {
  const size = s.size as 1 | 2 | 4;
  const aligned = size === 1 ? '' : ` && (a & ${size - 1}) === 0`;
  const value = size === 4 ? 'r32[s][(a & 4095) >> 2]'
    : size === 1 ? extendLoaded('r8[s][a & 4095]', 1, s.signed)
    : extendLoaded('r8[s][a & 4095] | (r8[s][(a & 4095) + 1] << 8)', 2, s.signed);
  // slowLoad zero-extends; a signed load extends what it wrote.
  const extend = s.signed && size < 4 ? ` else ${RD} = ${extendLoaded(RD, size, true)};` : '';
  return `{
    const a = (${RS1} + imm[i]) >>> 0, vpn = a >>> 12, s = vpn & ${TLB_MASK};
    if (rtag[s] === vpn${aligned}) { ${RD} = ${value}; i++; continue; }
    ${SLOW_PATH} quiet = true;
    if (!h.slowLoad(a, ${size}, (w >> 8) & 63)) mark = left;${extend}
    continue outer;
  }`;
}

function storeCase(s: InsnSpec): string {
  const size = s.size as 1 | 2 | 4;
  const aligned = size === 1 ? '' : ` && (a & ${size - 1}) === 0`;
  const write = size === 4 ? `w32[s][o >> 2] = ${RS2};`
    : size === 1 ? `w8[s][o] = ${RS2};`
    : `const f = w8[s], v = ${RS2}; f[o] = v; f[o + 1] = v >> 8;`;
  const value = size === 4 ? RS2 : `${RS2} & ${(1 << (8 * size)) - 1}`;
  return `{
    const a = (${RS1} + imm[i]) >>> 0, vpn = a >>> 12, s = vpn & ${TLB_MASK};
    if (wtag[s] === vpn${aligned}) {
      const o = a & 4095;
      ${write}
      const c = wcode[s];
      if (c !== null && c[o >> 2] !== 0) {
        // Overwrote code: the page may have left its shared arrays, so fetch it again.
        mem.codeWritten(vpn, o >> 2);
        h.pc = (base + ((i + 1) << 2)) >>> 0; quiet = true; continue outer;
      }
      i++; continue;
    }
    ${SLOW_PATH} quiet = true;
    if (!h.slowStore(a, ${size}, ${value})) mark = left;
    continue outer;
  }`;
}

function caseBody(s: InsnSpec): string {
  switch (s.flow) {
    case Flow.ALU: return aluCase(s);
    case Flow.NOP: return 'i++; continue;';
    case Flow.LOAD: return loadCase(s);
    case Flow.STORE: return storeCase(s);
    case Flow.BRANCH: return `if (${instantiate(s.cond, RS1, RS2, 'imm[i]')}) { t = imm[i] >>> 0; break; } i++; continue;`;
    case Flow.JAL: return `t = imm[i] >>> 0; if ((t & 3) === 0) ${RD} = base + (i << 2) + 4; break;`;
    case Flow.JALR: return `t = ((${RS1} + imm[i]) & ~1) >>> 0; if ((t & 3) === 0) ${RD} = base + (i << 2) + 4; break;`;
    case Flow.SYSTEM: {
      const handler = SYSTEM_HANDLERS[s.op];
      if (handler === undefined) throw new Error(`interpreter: no handler for ${s.name}`);
      return `{ ${handler} }`;
    }
  }
}

/** The switch's cases, one per Op of the table. */
function opCases(): string {
  const cases: string[] = [];
  for (let op = Op.ILLEGAL + 1; op < OP_COUNT; op++) {
    const s = SPEC_OF_OP[op];
    if (s === undefined) throw new Error(`interpreter: op ${op} has no table entry`);
    const names = INSTRUCTIONS.filter((e) => e.op === op).map((e) => e.name).join(', ');
    cases.push(`case ${op}: /* ${names} */ ${caseBody(s)}`);
  }
  return cases.join('\n');
}

/** Source of interpret(h, budget): runs exactly `budget` steps unless stopped; see Hart.run. */
function source(): string {
  return `
  const mem = h.mem, tlb = mem.tlb, r = h.regs;
  const rtag = tlb.rtag, r8 = tlb.r8, r32 = tlb.r32;
  const wtag = tlb.wtag, w8 = tlb.w8, w32 = tlb.w32, wcode = tlb.wcode;
  let left = budget;
  /** left when instret was last brought up to date. */
  let mark = budget;
  /** The next pc is not a block entry worth counting towards compilation: where the last
   *  budget ran out, or just after a load/store the interpreter finished on its slow path. */
  let quiet = true;

  outer: while (left > 0) {
    if (h.stopRequested) break;
    if (h.irqReady) {
      if (h.onInterruptPending !== null) {
        h.onInterruptPending(h);
        if (!h.irqReady) continue;
      }
      h.instret += mark - left; left--; mark = left;
      takeTrap(h, ${C.CAUSE_INTERRUPT} + interruptToTake(h), 0, h.pc);
      continue;
    }
    const pc = h.pc >>> 0;
    let page = (pc & 3) === 0 ? mem.codePage(pc >>> 12) : null;
    if (page === null) {
      // Not RAM (→ Bus), or a page PMP denies executing, or translation faults.
      const word = (pc & 3) === 0 ? mem.fetchFromBus(pc) : ${BUS_FAULT};
      if (word === ${BUS_FAULT} || word === ${PAGE_FAULT}) {
        h.instret += mark - left; left--; mark = left;
        const cause = (pc & 3) !== 0 ? ${C.CAUSE_MISALIGNED_FETCH} : word === ${PAGE_FAULT} ? ${C.CAUSE_FETCH_PAGE_FAULT} : ${C.CAUSE_FETCH_ACCESS};
        takeTrap(h, cause, pc, pc);
        continue;
      }
      page = mem.busFetchPage;
      page.resetForBus(pc, word);
    }
    const ops = page.ops, imm = page.imm, base = page.base, span = page.span;
    const fns = page.fns, heat = page.heat;
    let i = (pc - base) >>> 2;
    let t = 0;

    if (span !== 0) {
      let fn = fns[i];
      if (fn === null && !quiet && ++heat[i] >= page.threshold) fn = compileRegion(page, i, mem);
      quiet = false;
      if (fn !== null) {
        const before = left;
        left = fn(r, h, i, left);
        const d = (h.pc - base) >>> 0;
        // Back to the top (which may enter or compile another region) unless the region declined
        // to start because the budget does not cover its first block: then interpret.
        if (left !== before || d >= span) continue outer;
        i = d >>> 2;
      }
    }

    for (;;) {
      if (left === 0) { h.pc = (base + (i << 2)) >>> 0; break outer; }
      left--;
      const w = ops[i];
      switch (w & 0xff) {
        case ${Op.UNDECODED}:
          left++;
          decodeInto(page.words[i], slotPc(page, i), ops, imm, i);
          continue;
        case ${Op.PAGE_END}:
          left++;
          h.pc = (base + (i << 2)) >>> 0;
          continue outer;
${opCases()}
        default: // illegal
          ${RETIRE_BEFORE}
          takeTrap(h, ${C.CAUSE_ILLEGAL_INSTRUCTION}, imm[i] >>> 0, slotPc(page, i));
          continue outer;
      }

      // Reached by break: a taken jump to t. Hot targets go back to the top to run compiled.
      const d = (t - base) >>> 0;
      if (d < span && (d & 3) === 0) {
        i = d >>> 2;
        if (fns[i] === null && ++heat[i] < page.threshold) continue;
        h.pc = t;
        continue outer;
      }
      if ((t & 3) !== 0) {
        ${RETIRE_BEFORE}
        takeTrap(h, ${C.CAUSE_MISALIGNED_FETCH}, t, slotPc(page, i));
        continue outer;
      }
      h.pc = t;
      continue outer;
    }
  }
  h.instret += mark - left;
  return budget - left;`;
}

const DEPS = {
  compileRegion, decodeInto, takeTrap, interruptToTake, returnFromMachine, returnFromSupervisor,
  slotPc, mulh, mulhu, mulhsu,
};

/**
 * Runs up to `budget` (a positive integer) steps of `h` — an instruction retired or a trap
 * taken — and returns the number used; Hart.run prepares the hart and clamps the budget.
 */
export const interpret = new Function(...Object.keys(DEPS), `return function interpret(h, budget) {${source()}\n};`)(
  ...Object.values(DEPS)) as (h: Hart, budget: number) => number;

/** The value an AMO stores, by its funct5, from the old memory word and x[rs2] (generated from
 *  the table's AMO templates). */
export const amoValue = new Function(`return function amoValue(f5, a, b) { switch (f5) {\n${
  INSTRUCTIONS.filter((s) => s.op === Op.AMO)
    .map((s) => `case ${(s.match >>> 27)}: return ${instantiate(s.expr, 'a', 'b', '0')}; // ${s.name}`).join('\n')
}\n} return a; };`)() as (f5: number, old: number, src: number) => number;
