import { Op } from './decode';

export const INSNS_PER_PAGE = 1024;

/**
 * A compiled region of one page (see block-compiler.ts). Called with the hart's registers, the
 * hart, the slot to start at and the budget left; runs whole basic blocks while the budget
 * covers them, sets hart.pc to where it stopped and returns the budget left.
 */
export type RegionFn = (regs: Int32Array, hart: { pc: number }, slot: number, left: number) => number;

/** Each time the page's compiled code is dropped the threshold doubles, up to this, so code
 *  that keeps rewriting itself falls back to the interpreter rather than recompiling. */
const MAX_THRESHOLD = 1 << 20;
/** heat value of a slot that cannot start a region (its first instruction is not compilable). */
export const NOT_COMPILABLE = -0x8000_0000;
/** Spare pages kept at most: enough for the code of many small domains created in a row. */
const MAX_SPARE_PAGES = 256;
const NO_FRAME = new Uint8Array(0);
const NO_WORDS = new Int32Array(0);

/**
 * Decoded instructions of one 4 KiB page of RAM. Slots are decoded lazily on first execution
 * (Op.UNDECODED = 0), so invalidating an overwritten instruction is just zeroing its slot.
 * One extra slot past the end holds Op.PAGE_END, which sends the hart back to fetch the next
 * page without a bounds check per instruction.
 *
 * ops[i]  = op | rd << 8 | rs1 << 14 | rs2 << 19   (rd 0 is stored as 32, a scratch register)
 * imm[i]  = immediate, absolute target (branches, JAL, AUIPC) or the raw instruction.
 *
 * Hot code is also compiled into regions: fns[i] is the region that can start at slot i.
 * Every slot a region covers is decoded (ops[i] !== 0), so a store that hits a non-zero slot
 * is the one event that can make compiled code stale; invalidate() then drops it all.
 */
export class DecodedPage {
  /** Block entries before a slot is compiled. Compiling a region costs about what
   *  interpreting a few thousand instructions does (~40 µs: source, V8's parse and first
   *  runs), and saves ~10 ns an instruction, so a block must run about a thousand times to
   *  pay for it: a short-lived guest's printf loops then stay interpreted, while a hot loop
   *  still runs compiled after a microsecond or so. Read when a page is (re)used; tests set 1
   *  (compile at once) or Infinity (interpret only) to compare the two. */
  static hotThreshold = 1024;

  /** Page number (address >>> 12) this page holds, -1 when free. */
  vpn = -1;
  /** vpn once the running hart's PMP fetch view allowed executing it, else -1 (memory.ts). */
  fetchVpn = -1;
  /** Address of slot 0. */
  base = 0;
  /** Bytes from `base` that a jump may land in without re-fetching (0 for bus fetches). */
  span = 0;
  readonly ops: Int32Array;
  readonly imm: Int32Array;
  frame: Uint8Array = new Uint8Array(0);
  words: Int32Array;
  readonly fns: Array<RegionFn | null>;
  /** Block entries counted per slot until it is compiled (NOT_COMPILABLE: never). */
  readonly heat: Int32Array;
  threshold = DecodedPage.hotThreshold;
  /** Whether any fns[i] is set. */
  private compiled = false;
  /** Whether anything was compiled since this page last took a new vpn. */
  compiledSinceReset = false;

  /** Full-size pages of address spaces that are gone, for new ones to take (see recycle). */
  private static readonly spare: DecodedPage[] = [];

  /** A full-size page: a spare one if any (reset() makes it fresh), else a new one. */
  static take(): DecodedPage {
    return DecodedPage.spare.pop() ?? new DecodedPage(INSNS_PER_PAGE);
  }

  /** Gives back a page its address space no longer uses; it keeps no reference to that
   *  space's frames or compiled code. A domain's memory is ~16 pages of these arrays, so
   *  reusing them spares the collector most of what creating a small domain allocates. */
  static recycle(page: DecodedPage): void {
    page.evict();
    page.dropCompiled();
    page.frame = NO_FRAME;
    page.words = NO_WORDS;
    if (page.imm.length === INSNS_PER_PAGE && DecodedPage.spare.length < MAX_SPARE_PAGES) DecodedPage.spare.push(page);
  }

  constructor(slots: number) {
    this.ops = new Int32Array(slots + 1);
    this.imm = new Int32Array(slots);
    this.words = new Int32Array(slots);
    this.fns = new Array<RegionFn | null>(slots + 1).fill(null);
    this.heat = new Int32Array(slots + 1);
  }

  /** Raises the compile threshold of this page (never lowers it). */
  requireHeat(threshold: number): void {
    this.threshold = Math.max(this.threshold, Math.min(threshold, MAX_THRESHOLD));
  }

  /** Frees the page (its contents are stale or it must be fetched again). */
  evict(): void {
    this.vpn = -1;
    this.fetchVpn = -1;
  }

  reset(vpn: number, base: number, frame: Uint8Array, words: Int32Array): void {
    this.vpn = vpn;
    this.base = base;
    this.span = INSNS_PER_PAGE * 4;
    this.frame = frame;
    this.words = words;
    this.ops.fill(Op.UNDECODED);
    this.ops[INSNS_PER_PAGE] = Op.PAGE_END;
    this.dropCompiled();
    this.threshold = DecodedPage.hotThreshold;
    this.compiledSinceReset = false;
  }

  /** Loads the single instruction word fetched from the Bus at `pc`. */
  resetForBus(pc: number, insn: number): void {
    this.evict();
    this.base = pc;
    this.span = 0;
    this.words[0] = insn;
    this.ops[0] = Op.UNDECODED;
    this.ops[1] = Op.PAGE_END;
  }

  /** Slots [from, to) were overwritten: forget what was decoded or compiled from them. */
  invalidate(from: number, to: number): void {
    this.ops.fill(Op.UNDECODED, from, to);
    if (this.compiled) {
      this.dropCompiled();
      this.requireHeat(this.threshold * 2);
    }
  }

  /** Installs `fn` as the region for the given entry slots; it supersedes older regions there
   *  (it was compiled from a later, fuller picture of what runs). */
  install(fn: RegionFn, entries: readonly number[]): void {
    for (const i of entries) this.fns[i] = fn;
    this.compiled = true;
  }

  private dropCompiled(): void {
    if (this.compiled) this.fns.fill(null);
    this.heat.fill(0);
    this.compiled = false;
  }
}
