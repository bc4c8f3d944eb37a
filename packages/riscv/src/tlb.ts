/** Direct-mapped TLB size (entries). 64 entries cover 256 KiB of hot pages and cost ~3 KiB. */
export const TLB_SIZE = 64;
export const TLB_MASK = TLB_SIZE - 1;

/** Placeholder for empty TLB slots, so the frame arrays stay monomorphic. */
const NO_FRAME = new Uint8Array(0);
const NO_WORDS = new Int32Array(0);

/**
 * The data TLBs of one address space: a read and a write translation per slot, indexed by
 * virtual page number (address >>> 12) & TLB_MASK and tagged with the full virtual page
 * number (-1 = empty). Each entry holds its frame as bytes and as words, for the hart's inlined
 * fast paths (interpreter.ts, block-compiler.ts), and its physical page, so that whatever
 * changes a physical page finds the entries that map it.
 *
 * A write entry also holds the store guard of the decoded code of its frame (DecodedPage.guard,
 * null when none), so that stores can invalidate what they overwrite.
 */
export class Tlb {
  readonly rtag = new Int32Array(TLB_SIZE).fill(-1);
  readonly r8: Uint8Array[] = new Array<Uint8Array>(TLB_SIZE).fill(NO_FRAME);
  readonly r32: Int32Array[] = new Array<Int32Array>(TLB_SIZE).fill(NO_WORDS);
  readonly rppn = new Int32Array(TLB_SIZE).fill(-1);
  readonly wtag = new Int32Array(TLB_SIZE).fill(-1);
  readonly w8: Uint8Array[] = new Array<Uint8Array>(TLB_SIZE).fill(NO_FRAME);
  readonly w32: Int32Array[] = new Array<Int32Array>(TLB_SIZE).fill(NO_WORDS);
  readonly wcode: Array<Int32Array | null> = new Array<Int32Array | null>(TLB_SIZE).fill(null);
  readonly wppn = new Int32Array(TLB_SIZE).fill(-1);
  /** Translations are the identity (Bare): physical page p can only sit in slot p & TLB_MASK,
   *  so lookups by physical page need not search. Set by the memory with its data context. */
  identity = true;

  /** Forgets every translation. */
  flush(): void {
    this.rtag.fill(-1);
    this.rppn.fill(-1);
    this.r8.fill(NO_FRAME);
    this.r32.fill(NO_WORDS);
    this.dropWrites();
  }

  /** Forgets every write translation (reads stay). */
  dropWrites(): void {
    this.wtag.fill(-1);
    this.wppn.fill(-1);
    this.w8.fill(NO_FRAME);
    this.w32.fill(NO_WORDS);
    this.wcode.fill(null);
  }

  /** Forgets both translations of virtual page `vpn`, if held. */
  dropPage(vpn: number): void {
    const s = vpn & TLB_MASK;
    if (this.rtag[s] === vpn) this.dropRead(s);
    if (this.wtag[s] === vpn) this.dropWrite(s);
  }

  private dropRead(s: number): void {
    this.rtag[s] = -1; this.rppn[s] = -1; this.r8[s] = NO_FRAME; this.r32[s] = NO_WORDS;
  }

  private dropWrite(s: number): void {
    this.wtag[s] = -1; this.wppn[s] = -1; this.w8[s] = NO_FRAME; this.w32[s] = NO_WORDS; this.wcode[s] = null;
  }

  installRead(vpn: number, ppn: number, f: Uint8Array, words: Int32Array): void {
    const s = vpn & TLB_MASK;
    this.rtag[s] = vpn; this.rppn[s] = ppn; this.r8[s] = f; this.r32[s] = words;
  }

  installWrite(vpn: number, ppn: number, f: Uint8Array, words: Int32Array, guard: Int32Array | null): void {
    const s = vpn & TLB_MASK;
    this.wtag[s] = vpn; this.wppn[s] = ppn; this.w8[s] = f; this.w32[s] = words; this.wcode[s] = guard;
  }

  /** Physical page of the write translation in virtual page `vpn`'s slot. */
  writePpn(vpn: number): number {
    return this.wppn[vpn & TLB_MASK];
  }

  /** Drops read translations of physical page `ppn` that do not read frame `f` (a lazily backed
   *  page that got its own frame). */
  dropStaleReads(ppn: number, f: Uint8Array): void {
    if (this.identity) {
      const s = ppn & TLB_MASK;
      if (this.rtag[s] === ppn && this.r8[s] !== f) this.dropRead(s);
      return;
    }
    for (let s = 0; s < TLB_SIZE; s++) if (this.rppn[s] === ppn && this.r8[s] !== f) this.dropRead(s);
  }

  /** Points the write translations of physical page `ppn` at `guard` (null: no decoded code). */
  setStoreGuard(ppn: number, guard: Int32Array | null): void {
    if (this.identity) {
      const s = ppn & TLB_MASK;
      if (this.wtag[s] === ppn) this.wcode[s] = guard;
      return;
    }
    for (let s = 0; s < TLB_SIZE; s++) if (this.wppn[s] === ppn) this.wcode[s] = guard;
  }
}
