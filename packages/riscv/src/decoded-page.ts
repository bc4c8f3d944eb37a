import { Op } from './isa';
import type { PhysMemory } from './memory';
import { SharedCode } from './shared-code';
import { spareStack } from './spare-stack';

export const INSNS_PER_PAGE = 1024;

/**
 * A compiled region of one page (see block-compiler.ts). Called with the hart's registers, the
 * hart (whose address space, hart.mem, it runs in), the slot to start at and the budget left;
 * runs whole basic blocks while the budget covers them, sets hart.pc to where it stopped and
 * returns the budget left.
 */
export type RegionFn = (regs: Int32Array, hart: { pc: number; readonly mem: PhysMemory }, slot: number, left: number) => number;

/** Each time the page's compiled code is dropped the threshold doubles, up to this, so code
 *  that keeps rewriting itself falls back to the interpreter rather than recompiling. */
const MAX_THRESHOLD = 1 << 20;
/** heat value of a slot that cannot start a region (its first instruction is not compilable). */
export const NOT_COMPILABLE = -0x8000_0000;
/** Spare pages kept at most (~4 KiB of heat counters each, more if they once detached): the
 *  code pages of a thousand small domains, so that a host that destroyed many domains creates
 *  the next ones without allocating. */
const MAX_SPARE_PAGES = 4096;
const NO_FRAME = new Uint8Array(0);
const NO_WORDS = new Int32Array(0);
/** Store guard of a shared page: every slot reads as decoded, so every store into the page
 *  reaches PhysMemory.codeWritten, which detaches the page before anything runs its new bytes. */
const ALL_DECODED = new Int32Array(INSNS_PER_PAGE).fill(1);
/** The regions of every page nothing was compiled in: none (never written). */
const NO_REGIONS: ReadonlyArray<RegionFn | null> = new Array<RegionFn | null>(INSNS_PER_PAGE + 1).fill(null);

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
 *
 * A page fetched from RAM starts shared: ops, imm and words are those of the SharedCode entry
 * for its address and content, which every address space running the same code uses (fns and
 * heat stay per address space: regions are bound to its memory). The first change to its bytes
 * detaches it: it gets private arrays and keeps them, with exact invalidation, while it stays
 * in the address space's decoded-code cache.
 */
export class DecodedPage {
  /** Block entries before a slot is compiled. Compiling a region costs about what
   *  interpreting a few thousand instructions does (~40 µs: source, V8's parse and first
   *  runs), and saves ~10 ns an instruction, so a block must run about a thousand times to
   *  pay for it: a short-lived guest's printf loops then stay interpreted, while a hot loop
   *  still runs compiled after a microsecond or so. Read when a page is (re)used; tests set 1
   *  (compile at once) or Infinity (interpret only) to compare the two. */
  static hotThreshold = 1024;

  /** Virtual page number (pc >>> 12) this page runs at, -1 when free. */
  vpn = -1;
  /** Physical page number of its frame (equal to vpn under Bare translation). */
  ppn = -1;
  /** vpn once the running hart's fetch context (translation, PMP) allowed executing it, else
   *  -1 (memory.ts). */
  fetchVpn = -1;
  /** Address of slot 0. */
  base = 0;
  /** Bytes from `base` that a jump may land in without re-fetching (0 for bus fetches). */
  span = 0;
  /** The arrays the hart decodes into and runs: the shared entry's, or this page's own. */
  ops: Int32Array;
  imm: Int32Array;
  /** Instruction words decoding reads: the shared entry's snapshot, or the frame. */
  words: Int32Array;
  /** What stores into the page check (PhysMemory.wcode): ops, or ALL_DECODED when shared. */
  guard: Int32Array;
  /** The entry this page shares, null when it is private. */
  shared: SharedCode | null = null;
  frame: Uint8Array = new Uint8Array(0);
  /** The frame as words. */
  frameWords: Int32Array = NO_WORDS;
  /** Private arrays, made when a full-size page first detaches (kept when it is reused). */
  private ownOps: Int32Array | null = null;
  private ownImm: Int32Array | null = null;
  /** Compiled region per entry slot: NO_REGIONS (shared, never written) until the first
   *  region is installed, since most pages of a short-lived domain never get one. */
  fns: ReadonlyArray<RegionFn | null>;
  /** Block entries counted per slot until it is compiled (NOT_COMPILABLE: never). */
  readonly heat: Int32Array;
  threshold = DecodedPage.hotThreshold;
  /** Whether any fns[i] is set. */
  private compiled = false;
  /** Whether anything was compiled since this page last took a new vpn. */
  compiledSinceReset = false;

  /** Full-size pages of address spaces that are gone, for new ones to take (see recycle). */
  private static readonly spare = spareStack<DecodedPage>();

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
    page.frameWords = NO_WORDS;
    page.words = NO_WORDS;
    if (page.heat.length === INSNS_PER_PAGE + 1 && DecodedPage.spare.length < MAX_SPARE_PAGES) DecodedPage.spare.push(page);
  }

  /** Full-size pages get their arrays from a shared entry or on detaching; a smaller one (the
   *  Bus fetch page) owns its arrays from the start. */
  constructor(slots: number) {
    const small = slots < INSNS_PER_PAGE;
    this.ownOps = small ? new Int32Array(slots + 1) : null;
    this.ownImm = small ? new Int32Array(slots) : null;
    this.ops = this.guard = this.ownOps ?? NO_WORDS;
    this.imm = this.ownImm ?? NO_WORDS;
    this.words = small ? new Int32Array(slots) : NO_WORDS;
    this.fns = NO_REGIONS;
    this.heat = new Int32Array(slots + 1);
  }

  /** Raises the compile threshold of this page (never lowers it). */
  requireHeat(threshold: number): void {
    this.threshold = Math.max(this.threshold, Math.min(threshold, MAX_THRESHOLD));
  }

  /** Frees the page (its contents are stale or it must be fetched again). */
  evict(): void {
    this.vpn = -1;
    this.ppn = -1;
    this.fetchVpn = -1;
    this.unshare();
  }

  /** Takes virtual page `vpn` mapped to physical page `ppn`, whose frame holds `entry`'s
   *  content, sharing the entry's decoded arrays (the caller acquired it; the page now holds
   *  that reference). */
  reset(vpn: number, ppn: number, base: number, frame: Uint8Array, frameWords: Int32Array, entry: SharedCode): void {
    this.unshare();
    this.vpn = vpn;
    this.ppn = ppn;
    this.base = base;
    this.span = INSNS_PER_PAGE * 4;
    this.frame = frame;
    this.frameWords = frameWords;
    this.shared = entry;
    this.ops = entry.ops;
    this.imm = entry.imm;
    this.words = entry.words;
    this.guard = ALL_DECODED;
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

  /**
   * A store or a host write changed the page's bytes, which may no longer be the shared entry's:
   * continues on private arrays, copied from the entry where the frame still holds what the
   * entry decoded. Compiled regions stay unless a slot they may cover changed.
   */
  detach(): void {
    const e = this.shared;
    if (e === null) return;
    const ops = this.ownOps ?? (this.ownOps = new Int32Array(INSNS_PER_PAGE + 1));
    const imm = this.ownImm ?? (this.ownImm = new Int32Array(INSNS_PER_PAGE));
    ops.set(e.ops);
    imm.set(e.imm);
    const now = this.frameWords, then = e.words;
    let changed = false;
    for (let i = 0; i < INSNS_PER_PAGE; i++) {
      if (now[i] !== then[i] && ops[i] !== Op.UNDECODED) { ops[i] = Op.UNDECODED; changed = true; }
    }
    this.unshare();
    this.ops = this.guard = ops;
    this.imm = imm;
    this.words = now;
    if (changed) this.dropStaleCompiled();
  }

  /** Drops the reference to the shared entry, if any; the page must be reset before it runs. */
  private unshare(): void {
    const e = this.shared;
    if (e === null) return;
    this.shared = null;
    this.ops = this.guard = this.ownOps ?? NO_WORDS;
    this.imm = this.ownImm ?? NO_WORDS;
    this.words = NO_WORDS;
    SharedCode.release(e);
  }

  /** Slots [from, to) were overwritten: forget what was decoded or compiled from them. */
  invalidate(from: number, to: number): void {
    this.ops.fill(Op.UNDECODED, from, to);
    this.dropStaleCompiled();
  }

  private dropStaleCompiled(): void {
    if (this.compiled) {
      this.dropCompiled();
      this.requireHeat(this.threshold * 2);
    }
  }

  /** Installs `fn` as the region for the given entry slots; it supersedes older regions there
   *  (it was compiled from a later, fuller picture of what runs). */
  install(fn: RegionFn, entries: readonly number[]): void {
    const fns = this.fns === NO_REGIONS ? (this.fns = new Array<RegionFn | null>(this.heat.length).fill(null)) : this.fns;
    for (const i of entries) (fns as Array<RegionFn | null>)[i] = fn;
    this.compiled = true;
  }

  private dropCompiled(): void {
    if (this.compiled) (this.fns as Array<RegionFn | null>).fill(null);
    this.heat.fill(0);
    this.compiled = false;
  }
}
