/**
 * Compiles hot code of one page into a JavaScript function (a "region"), so that straight-line
 * code runs without the interpreter's per-instruction dispatch.
 *
 * A region is the set of basic blocks reachable from a hot entry slot without leaving the page,
 * without passing an instruction the region leaves to the interpreter, and up to
 * MAX_REGION_INSNS instructions. Its function holds the registers it uses in locals and jumps
 * between its blocks through a switch; it returns to the hart (registers written back, pc set)
 * when control leaves the region, and *before* anything the interpreter must do:
 *  - a block that the remaining budget does not cover entirely (so run() never overshoots: the
 *    interpreter retires the rest one by one);
 *  - a load or store that misses the TLB, is misaligned or goes to the Bus: the interpreter
 *    executes it (slow path, traps with the exact pc; the instructions before it have retired);
 *  - CSR instructions, ECALL/EBREAK, xRET, WFI, SFENCE.VMA, LR/SC/AMOs and illegal
 *    instructions, misaligned jump targets (they trap or change state the region does not track);
 *  - right after a store that overwrote decoded code (the page's compiled code is dropped).
 * Nothing else can raise an interrupt, set stopRequested or change the privilege level, so the
 * hart sees the same instruction boundaries for those as in the interpreter: compiled and
 * interpreted execution retire exactly the same instructions.
 */
import { X0_SINK, decodeInto } from './decode';
import { DecodedPage, INSNS_PER_PAGE, NOT_COMPILABLE, RegionFn } from './decoded-page';
import { Flow, InsnSpec, Op, SPEC_OF_OP, USE_RD, USE_RS1, USE_RS2, extendLoaded, instantiate } from './isa';
import type { PhysMemory } from './memory';
import { RegionText, regionFunction } from './region-cache';
import { TLB_MASK } from './tlb';

/** Keeps a region's function small enough for V8 to optimize it quickly. */
const MAX_REGION_INSNS = 512;

const enum Kind { STRAIGHT, BRANCH, JAL, JALR, STOP }

/** How a region treats `op` (from the op table's flow); a jump to a misaligned target stops
 *  it, since it may trap. */
function kindOf(op: number, imm: number): Kind {
  const spec = SPEC_OF_OP[op];
  if (spec === undefined) return Kind.STOP;
  switch (spec.flow) {
    case Flow.ALU: case Flow.LOAD: case Flow.STORE: case Flow.NOP: return Kind.STRAIGHT;
    case Flow.BRANCH: return (imm & 3) === 0 ? Kind.BRANCH : Kind.STOP;
    case Flow.JAL: return (imm & 3) === 0 ? Kind.JAL : Kind.STOP;
    case Flow.JALR: return Kind.JALR;
    default: return Kind.STOP;
  }
}

/** Slot of `target` in the page at `base`, or -1 when it lies outside. */
function slotOf(base: number, target: number): number {
  const d = (target - base) >>> 0;
  return d < INSNS_PER_PAGE * 4 ? d >>> 2 : -1;
}

/** Bounds how much more evidence a page reloaded into the decoded-code cache needs (see below). */
const MAX_RELOAD_SHIFT = 6;
/** Per address space: how many times each page number had code compiled in a cache residency. */
const residencies = new WeakMap<PhysMemory, Map<number, number>>();

/**
 * Compiles the region entered at `entry` and installs it in `page` for every block it starts
 * at; null when nothing is compiled (then the hart interprets). An entry whose first
 * instruction cannot be compiled is marked NOT_COMPILABLE.
 *
 * A page evicted from the decoded-code cache loses its compiled code. When two hot pages keep
 * evicting each other, recompiling at every return would cost more than it saves, so each new
 * residency of a page number needs twice the block entries of the last (up to 2^6 times).
 */
export function compileRegion(page: DecodedPage, entry: number, mem: PhysMemory): RegionFn | null {
  if (!page.compiledSinceReset) {
    let seen = residencies.get(mem);
    if (seen === undefined) residencies.set(mem, (seen = new Map<number, number>()));
    const before = seen.get(page.vpn) ?? 0;
    if (before > 0) {
      page.requireHeat(DecodedPage.hotThreshold * 2 ** Math.min(before, MAX_RELOAD_SHIFT));
      if (page.heat[entry] < page.threshold) return null;
    }
    seen.set(page.vpn, before + 1);
    page.compiledSinceReset = true;
  }
  const leaders = findLeaders(page, entry);
  if (leaders === null) {
    page.heat[entry] = NOT_COMPILABLE;
    return null;
  }
  const fn = build(page, leaders, mem);
  page.install(fn, leaders);
  return fn;
}

function decoded(page: DecodedPage, i: number): number {
  if (page.ops[i] === Op.UNDECODED) decodeInto(page.words[i], (page.base + i * 4) >>> 0, page.ops, page.imm, i);
  return page.ops[i];
}

/** Block start slots of the region, ascending; null if the entry is not compilable. */
function findLeaders(page: DecodedPage, entry: number): number[] | null {
  if (kindOf(decoded(page, entry) & 0xff, page.imm[entry]) === Kind.STOP) return null;
  const isLeader = new Uint8Array(INSNS_PER_PAGE);
  const queue = [entry];
  isLeader[entry] = 1;
  let size = 0;
  // Only successors that have run are followed (the interpreter decodes an instruction when it
  // first runs it): paths that never ran would only make V8 deoptimize the region when taken.
  const add = (slot: number): void => {
    if (slot >= 0 && slot < INSNS_PER_PAGE && isLeader[slot] === 0 && size < MAX_REGION_INSNS &&
        page.ops[slot] !== Op.UNDECODED) {
      isLeader[slot] = 1;
      queue.push(slot);
    }
  };
  while (queue.length > 0) {
    let i = queue.pop() as number;
    while (i < INSNS_PER_PAGE) {
      const kind = kindOf(decoded(page, i) & 0xff, page.imm[i]);
      if (kind === Kind.STOP) break;
      size++;
      if (kind === Kind.BRANCH) { add(slotOf(page.base, page.imm[i])); add(i + 1); break; }
      if (kind === Kind.JAL) { add(slotOf(page.base, page.imm[i])); break; }
      if (kind === Kind.JALR) break;
      i++;
      if (isLeader[i] === 1) break;
    }
  }
  const leaders: number[] = [];
  for (let i = 0; i < INSNS_PER_PAGE; i++) if (isLeader[i] === 1) leaders.push(i);
  return leaders;
}

const hex = (n: number): string => '0x' + (n >>> 0).toString(16);

function regionKey(page: DecodedPage, leaders: readonly number[], label: Int16Array): string {
  let key = String(page.base);
  for (const first of leaders) {
    const end = blockEnd(page, label, first).end;
    key += `|${first}-${end}:`;
    for (let i = first; i < end; i++) {
      const op = page.ops[i], imm = page.imm[i];
      key += String.fromCharCode(op & 0xffff, op >>> 16, imm & 0xffff, imm >>> 16);
    }
  }
  return key;
}

function labelsOf(leaders: readonly number[]): Int16Array {
  const label = new Int16Array(INSNS_PER_PAGE).fill(-1);
  leaders.forEach((slot, k) => { label[slot] = k; });
  return label;
}

/** The function of the region of the blocks starting at `leaders`, for address space `mem`. */
function build(page: DecodedPage, leaders: readonly number[], mem: PhysMemory): RegionFn {
  const label = labelsOf(leaders);
  return regionFunction(regionKey(page, leaders, label), mem, () => {
    const source = new RegionSource(page, label);
    leaders.forEach((first, k) => source.block(k, first));
    return source.text();
  });
}

/** Extent of the block at `first`: up to its last instruction (a jump), a STOP, or the next
 *  leader; `last` is the kind of its final instruction. */
function blockEnd(page: DecodedPage, label: Int16Array, first: number): { end: number; last: Kind } {
  const { ops, imm } = page;
  let end = first;
  let last = Kind.STRAIGHT;
  while (end < INSNS_PER_PAGE) {
    const kind = kindOf(ops[end] & 0xff, imm[end]);
    if (kind === Kind.STOP) break;
    end++;
    if (kind !== Kind.STRAIGHT) { last = kind; break; }
    if (label[end] >= 0) break;
  }
  return { end, last };
}

/**
 * JavaScript source of one region: `switch (lbl)` over its blocks inside a loop, guest
 * registers in locals x1..x31. A block's case checks the budget, retires the whole block from
 * it, runs its instructions and continues at the next block (`lbl = k; continue`, or falling
 * into the next case) or leaves (`pc = ...; break exit`, with `back` = instructions of the
 * block given back when leaving before its end).
 */
class RegionSource {
  private readonly used = new Set<number>();
  private readonly written = new Set<number>();
  private readonly out: string[] = [];
  /** Some block loads / stores: the region reads those TLB arrays of its address space. */
  private loads = false;
  private stores = false;
  /** The block being written: its index, first slot and length. */
  private k = 0;
  private first = 0;
  private n = 0;

  /** `label`: slot → index of the block starting there, -1 if none. */
  constructor(private readonly page: DecodedPage, private readonly label: Int16Array) {}

  block(k: number, first: number): void {
    const { end, last } = blockEnd(this.page, this.label, first);
    this.k = k; this.first = first; this.n = end - first;
    this.out.push(`case ${k}:`);
    if (this.n === 0) { this.out.push(this.exitTo(this.pcOf(first), 0)); return; }
    this.out.push(`if (left < ${this.n}) { pc = ${hex(this.pcOf(first))}; break exit; } left -= ${this.n};`);
    for (let i = first; i < end; i++) this.insn(i);
    if (last === Kind.STRAIGHT) this.out.push(this.goTo(end, this.pcOf(end), true));
  }

  /** The function's statements (see region-cache.ts for the variants they go into). */
  text(): RegionText {
    const regs = [...this.used].sort((p, q) => p - q);
    const body = [
      regs.length > 0 ? `let ${regs.map((n) => `x${n} = r[${n}]`).join(', ')};` : '',
      'let lbl = label[slot], pc = 0, back = 0, t = 0, s = 0, o = 0, c = null, f = null;',
      'exit: for (;;) switch (lbl) {',
      ...this.out,
      '}',
      [...this.written].sort((p, q) => p - q).map((n) => `r[${n}] = x${n};`).join(' '),
      'h.pc = pc;',
      'return left - back;',
    ].join('\n');
    return { views: this.memoryViews(), body, label: this.label };
  }

  /** Declarations of the TLB arrays and memory the region uses, read from the hart it runs on. */
  private memoryViews(): string {
    if (!this.loads && !this.stores) return '';
    const views = [
      ...(this.loads ? ['rtag = tlb.rtag', 'r8 = tlb.r8', 'r32 = tlb.r32'] : []),
      ...(this.stores ? ['wtag = tlb.wtag', 'w8 = tlb.w8', 'w32 = tlb.w32', 'wcode = tlb.wcode'] : []),
    ];
    return `const mem = h.mem, tlb = mem.tlb, ${views.join(', ')};`;
  }

  private pcOf(i: number): number {
    return (this.page.base + i * 4) >>> 0;
  }

  private reg(n: number): string {
    if (n === 0) return '0';
    this.used.add(n);
    return `x${n}`;
  }

  /** Leaves for `pc` with `retired` instructions of the block done. Exits only assign
   *  constants: arithmetic on a path that had not run when V8 optimized the region would
   *  deoptimize it when first taken, while the epilogue's `left + back` always runs. */
  private exitTo(pc: number, retired: number): string {
    return `{ ${retired === this.n ? '' : `back = ${retired - this.n}; `}pc = ${hex(pc)}; break exit; }`;
  }

  /** Continues at `slot` of this page, or leaves for `pc`, after the whole block retired. */
  private goTo(slot: number, pc: number, fallThrough: boolean): string {
    if (slot >= 0 && slot < INSNS_PER_PAGE && this.label[slot] >= 0) {
      return fallThrough && this.label[slot] === this.k + 1 ? '' : `{ lbl = ${this.label[slot]}; continue; }`;
    }
    return this.exitTo(pc, this.n);
  }

  private insn(i: number): void {
    const w = this.page.ops[i], v = this.page.imm[i], pc = this.pcOf(i);
    const spec = SPEC_OF_OP[w & 0xff] as InsnSpec; // kindOf let only table ops in
    const rd = (w >> 8) & 63;
    const a = (spec.uses & USE_RS1) !== 0 ? this.reg((w >> 14) & 31) : '';
    const b = (spec.uses & USE_RS2) !== 0 ? this.reg((w >> 19) & 31) : '';
    if (rd !== X0_SINK && (spec.uses & USE_RD) !== 0) { this.used.add(rd); this.written.add(rd); }
    const set = (expr: string): void => { if (rd !== X0_SINK) this.out.push(`x${rd} = ${expr};`); };
    const slow = this.exitTo(pc, i - this.first);
    const imm = v < 0 ? `(${v})` : String(v);
    switch (spec.flow) {
      case Flow.ALU: set(instantiate(spec.expr, a, b, imm)); break;
      case Flow.NOP: break;
      case Flow.LOAD: this.load(spec, a, v, slow, set); break;
      case Flow.STORE: this.store(spec, a, b, v, slow, pc, i); break;
      case Flow.BRANCH:
        this.out.push(`if (${instantiate(spec.cond, a, b, imm)}) ${this.goTo(slotOf(this.page.base, v), v >>> 0, false)}`);
        this.out.push(this.goTo(i + 1, this.pcOf(i + 1), true));
        break;
      case Flow.JAL:
        set(`${(pc + 4) | 0}`);
        this.out.push(this.goTo(slotOf(this.page.base, v), v >>> 0, false));
        break;
      case Flow.JALR:
        // A misaligned target traps at the JALR: leave it to the interpreter, unexecuted.
        this.out.push(`t = (${a} + ${v}) & -2; if ((t & 3) !== 0) ${slow}`);
        set(`${(pc + 4) | 0}`);
        // A target in this page that starts one of this region's blocks continues here.
        this.out.push(`o = (t - ${this.page.base | 0}) | 0;`);
        this.out.push(`if ((o >>> 0) < ${INSNS_PER_PAGE * 4} && (o = label[o >> 2]) >= 0) { lbl = o; continue; }`);
        this.out.push('pc = t >>> 0; break exit;');
        break;
      case Flow.SYSTEM: throw new Error(`block compiler: ${spec.name} is not compilable`);
    }
  }

  /** A TLB miss on RAM is refilled here; the Bus, misalignment and faults go to the interpreter. */
  private load(spec: InsnSpec, a: string, v: number, slow: string, set: (expr: string) => void): void {
    this.loads = true;
    this.out.push(`t = (${a} + ${v}) | 0; s = (t >>> 12) & ${TLB_MASK};`);
    this.out.push(`if (${spec.size === 1 ? '' : `(t & ${spec.size - 1}) !== 0 || `}(rtag[s] !== t >>> 12 && mem.fillRead(t >>> 12) !== 0)) ${slow}`);
    if (spec.size === 4) set('r32[s][(t & 4095) >> 2]');
    else if (spec.size === 1) set(extendLoaded('r8[s][t & 4095]', 1, spec.signed));
    else {
      this.out.push('o = t & 4095; f = r8[s];');
      set(extendLoaded('f[o] | (f[o + 1] << 8)', 2, spec.signed));
    }
  }

  private store(spec: InsnSpec, a: string, b: string, v: number, slow: string, pc: number, i: number): void {
    this.stores = true;
    this.out.push(`t = (${a} + ${v}) | 0; s = (t >>> 12) & ${TLB_MASK};`);
    this.out.push(`if (${spec.size === 1 ? '' : `(t & ${spec.size - 1}) !== 0 || `}(wtag[s] !== t >>> 12 && mem.fillWrite(t >>> 12) !== 0)) ${slow}`);
    if (spec.size === 4) this.out.push(`o = (t & 4095) >> 2; w32[s][o] = ${b};`);
    else if (spec.size === 1) this.out.push(`o = t & 4095; w8[s][o] = ${b}; o >>= 2;`);
    else this.out.push(`o = t & 4095; f = w8[s]; f[o] = ${b}; f[o + 1] = ${b} >> 8; o >>= 2;`);
    // Overwrote decoded code (perhaps this region's): drop it and leave before running any.
    this.out.push(`c = wcode[s]; if (c !== null && c[o] !== 0) { mem.codeWritten(t >>> 12, o); ${this.exitTo(pc + 4, i - this.first + 1)} }`);
  }
}
