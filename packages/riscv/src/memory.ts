import { BUS_FAULT, PAGE_SHIFT, PAGE_SIZE } from './constants';
import { DecodedPage, INSNS_PER_PAGE } from './decoded-page';
import { PMP_ALLOW_ALL, PMP_R, PMP_W, PMP_X, PmpView } from './pmp';
import { SharedCode } from './shared-code';
import { ACCESS_FETCH, ACCESS_LOAD, ACCESS_STORE, CTX_BARE, PteMemory, SATP_PPN_MASK, WALK_MEGA, WALK_PAGE_FAULT, WALK_PPN, WALK_WRITABLE, walk } from './sv32';

/** A 4 KiB frame of backing store; byteOffset a multiple of 4. */
export type Frame = Uint8Array;

/** Everything that is not RAM (devices, or nothing at all → access fault). */
export interface Bus {
  /** addr is an unsigned 32-bit number. Returns the value (zero-extended for size 1/2,
   *  any 32-bit pattern for size 4) or BUS_FAULT. */
  read(addr: number, size: 1 | 2 | 4): number;
  /** Returns false to refuse the access (→ store/AMO access fault). */
  write(addr: number, size: 1 | 2 | 4, value: number): boolean;
}

/** Supplies RAM pages on a TLB miss (see the package contract). */
export interface FrameSource {
  /** Page `index`'s frame, or null when it is not RAM. A read (forWrite false) sets
   *  out.writable when stores may use the frame too, without asking again; a write asks
   *  for a frame stores may use (and sets out.writable when they may).
   *  Every store to a page whose read answered out.writable false comes back here as a
   *  write first, so a source may write-watch pages (see dropWriteTranslations). */
  frame(index: number, forWrite: boolean, out: { writable: boolean }): Frame | null;
}

/** Direct-mapped TLB size (entries). 64 entries cover 256 KiB of hot pages and cost ~3 KiB. */
export const TLB_SIZE = 64;
export const TLB_MASK = TLB_SIZE - 1;
/** Direct-mapped decoded-code cache size (pages); a slot's arrays are allocated on first use. */
const CODE_SLOTS = 64;
const CODE_MASK = CODE_SLOTS - 1;

/** loadMisaligned's answer when some byte is not RAM (→ address-misaligned exception). */
export const MISALIGNED = -1;
/** load's and loadMisaligned's answer when translation faults (→ load page fault); the faulting
 *  address is faultAddr. */
export const PAGE_FAULT = 0x1_0000_0001;
/** store's and storeMisaligned's answers. */
export const STORE_DONE = 0, STORE_MISALIGNED = 1, STORE_FAULT = 2, STORE_PAGE_FAULT = 3;
/** fillRead's and fillWrite's answers: installed; not RAM (→ the Bus at missPpn, which PMP
 *  allows); refused by PMP (→ access fault); translation faulted (→ page fault); RAM that is
 *  not writable (fillWrite only: → access fault, or misaligned for a misaligned store). */
export const FILL_OK = 0, FILL_BUS = 1, FILL_DENIED = 2, FILL_PAGE_FAULT = 3, FILL_READ_ONLY = 4;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Placeholder for empty TLB slots, so the frame arrays stay monomorphic. */
const NO_FRAME = new Uint8Array(0);
const NO_WORDS = new Int32Array(0);

/**
 * Guest-physical memory of one address space: RAM [base, base + pages*4096) through a small
 * software TLB over a FrameSource, everything else through the Bus. Harts of one domain share
 * one PhysMemory and its decoded-instruction cache.
 *
 * Host cost is independent of the RAM size: two 64-entry TLBs (read, write) and a 64-slot
 * decoded-code cache, plus 12 KiB per page of code actually executed (bounded by the cache) for
 * its compiled regions and their heat; the decoded instructions themselves are shared by all
 * address spaces running the same code (shared-code.ts) until a space changes its copy.
 *
 * The TLBs and the decoded-code cache are indexed by *virtual* page number (address >>> 12 of the
 * hart's loads, stores and pc). Under Bare translation that is the physical page, and nothing
 * costs more than it did without paging; under Sv32 (sv32.ts) a miss walks the page tables. A
 * TLB entry also records its physical page (rppn/wppn) and a decoded-code page its own (ppn), so
 * that stores, host writes and P2M changes find what they make stale whatever maps it.
 *
 * Physical Memory Protection and translation are checked when a translation is installed, never
 * per access: the running hart tells which PMP views (pmp.ts) and which translation contexts
 * (sv32.ts CTX_*) its loads/stores and its fetches are under, and its satp (setContext); the data
 * TLBs only ever hold pages the data context allows, and a decoded-code page is handed out for
 * execution only after the fetch context allowed its page (fetchVpn). A change of context empties
 * the data TLBs or forgets those fetch checks, as do sfence.vma and satp writes. Host accessors
 * use physical addresses and ignore PMP.
 */
export class PhysMemory implements PteMemory {
  readonly base: number;
  readonly pages: number;
  private readonly baseVpn: number;
  private readonly source: FrameSource;
  /** Exposed for the hart's inlined fast paths; not part of the public contract. */
  readonly bus: Bus;

  // Read TLB: tag = full virtual page number (addr >>> 12), -1 = empty; rppn = its physical page.
  readonly rtag = new Int32Array(TLB_SIZE).fill(-1);
  readonly r8: Uint8Array[] = new Array<Uint8Array>(TLB_SIZE).fill(NO_FRAME);
  readonly r32: Int32Array[] = new Array<Int32Array>(TLB_SIZE).fill(NO_WORDS);
  private readonly rppn = new Int32Array(TLB_SIZE).fill(-1);
  // Write TLB; wcode holds the store guard of the decoded code of the page's frame (if any:
  // DecodedPage.guard) so that stores can invalidate what they overwrite.
  readonly wtag = new Int32Array(TLB_SIZE).fill(-1);
  readonly w8: Uint8Array[] = new Array<Uint8Array>(TLB_SIZE).fill(NO_FRAME);
  readonly w32: Int32Array[] = new Array<Int32Array>(TLB_SIZE).fill(NO_WORDS);
  readonly wcode: Array<Int32Array | null> = new Array<Int32Array | null>(TLB_SIZE).fill(null);
  private readonly wppn = new Int32Array(TLB_SIZE).fill(-1);

  private readonly code: Array<DecodedPage | null> = new Array<DecodedPage | null>(CODE_SLOTS).fill(null);
  /** Some decoded-code page may run at a virtual page other than its physical one: lookups by
   *  physical page must then search every slot (reset when the cache is emptied). */
  private codeRemapped = false;
  /** Decoding target for instructions fetched from the Bus (not RAM): one slot, never cached. */
  readonly busFetchPage = new DecodedPage(2);

  /** Bumped when something other than the running hart may have stored to memory (host
   *  writes, another hart got the CPU); LR reservations taken under an older epoch fail. */
  epoch = 0;
  /** The hart that ran last on this memory (for the epoch rule above). */
  runner: object | null = null;

  private readonly out = { writable: false };
  /** PMP permissions of the running hart's loads/stores and of its instruction fetches. */
  private dataView: PmpView = PMP_ALLOW_ALL;
  private fetchView: PmpView = PMP_ALLOW_ALL;
  /** Translation contexts (sv32.ts CTX_*) of loads/stores and of fetches, and satp. */
  private dataCtx = CTX_BARE;
  private fetchCtx = CTX_BARE;
  private satp = 0;
  /** Some cached translation came from a megapage: an sfence.vma naming one of its pages must
   *  drop all of them, which the TLB, holding 4 KiB pages, cannot tell apart. */
  private megaCached = false;
  /** The PMP view the page walk in progress reads page tables under. */
  private walkView: PmpView = PMP_ALLOW_ALL;
  /** Set by a fill that answered FILL_BUS (or a fetch that found no RAM): the physical page. */
  missPpn = 0;
  /** Why the last codePage() returned null: FILL_BUS, FILL_DENIED or FILL_PAGE_FAULT. */
  private fetchMiss = FILL_DENIED;
  /** Address that faulted in the last load/store answering PAGE_FAULT / STORE_PAGE_FAULT (a
   *  misaligned access may fault on its second page). */
  faultAddr = 0;

  constructor(base: number, pages: number, source: FrameSource, bus: Bus) {
    if (!LITTLE_ENDIAN) throw new Error('PhysMemory needs a little-endian host');
    if (base % PAGE_SIZE !== 0 || base < 0 || base > 0xffff_ffff) throw new RangeError('PhysMemory base must be a page-aligned 32-bit address');
    if (!Number.isInteger(pages) || pages < 0 || base + pages * PAGE_SIZE > 0x1_0000_0000) throw new RangeError('PhysMemory pages out of range');
    this.base = base;
    this.pages = pages;
    this.baseVpn = base / PAGE_SIZE;
    this.source = source;
    this.bus = bus;
  }

  /** Forget cached translations (call after the FrameSource's mapping changes). */
  flush(): void {
    this.flushData();
    for (const p of this.code) if (p !== null) p.evict();
    this.codeRemapped = false;
    this.epoch++;
  }

  /** The address space is gone: forget every translation and give the decoded-code pages
   *  back for other address spaces to reuse. It stays usable (it would decode afresh). */
  release(): void {
    this.flushData();
    for (let i = 0; i < this.code.length; i++) {
      const p = this.code[i];
      if (p !== null) DecodedPage.recycle(p);
      this.code[i] = null;
    }
    this.codeRemapped = false;
    this.epoch++;
  }

  /**
   * Write-watching: the FrameSource now answers writability differently for some pages (it
   * write-protects pages to learn of their next store, as dirty logging does). Forgets every
   * write translation, so that the next store to any page, by a hart or the host, fills again
   * and asks the FrameSource (frame(index, true, …)); reads and decoded code stay cached.
   */
  dropWriteTranslations(): void {
    this.wtag.fill(-1);
    this.wppn.fill(-1);
    this.w8.fill(NO_FRAME);
    this.w32.fill(NO_WORDS);
    this.wcode.fill(null);
  }

  private flushData(): void {
    this.rtag.fill(-1);
    this.wtag.fill(-1);
    this.rppn.fill(-1);
    this.wppn.fill(-1);
    this.r8.fill(NO_FRAME);
    this.r32.fill(NO_WORDS);
    this.w8.fill(NO_FRAME);
    this.w32.fill(NO_WORDS);
    this.wcode.fill(null);
  }

  /** Fetches must translate their pages again before they run (code decoded stays cached). */
  private forgetFetchChecks(): void {
    for (const p of this.code) if (p !== null) p.fetchVpn = -1;
  }

  /**
   * The PMP views and translation contexts (sv32.ts CTX_*) the running hart's loads/stores and
   * fetches are under from now on, and its satp. What was cached under the same permissions is
   * kept: a hart that only changes privilege under Bare translation and the same PMP view, or
   * the other hart of an SMP guest with the same page tables, finds its TLB as it left it.
   */
  setContext(data: PmpView, fetch: PmpView, dataCtx: number, fetchCtx: number, satp: number): void {
    // Every trap and xRET comes here: the usual answer is that nothing changed.
    if (data === this.dataView && fetch === this.fetchView && dataCtx === this.dataCtx && fetchCtx === this.fetchCtx &&
        (satp === this.satp || (dataCtx | fetchCtx) === CTX_BARE)) return;
    this.changeContext(data, fetch, dataCtx, fetchCtx, satp);
  }

  private changeContext(data: PmpView, fetch: PmpView, dataCtx: number, fetchCtx: number, satp: number): void {
    const newSatp = satp !== this.satp && (dataCtx !== CTX_BARE || fetchCtx !== CTX_BARE);
    if (newSatp) this.satp = satp;
    if (data !== this.dataView || dataCtx !== this.dataCtx || newSatp) {
      if (dataCtx !== this.dataCtx || newSatp || !data.sameAs(this.dataView)) this.flushData();
      this.dataView = data;
      this.dataCtx = dataCtx;
    }
    if (fetch !== this.fetchView || fetchCtx !== this.fetchCtx || newSatp) {
      if (fetchCtx !== this.fetchCtx || newSatp || !fetch.sameAs(this.fetchView)) this.forgetFetchChecks();
      this.fetchView = fetch;
      this.fetchCtx = fetchCtx;
    }
  }

  /**
   * sfence.vma: forgets translations of virtual page `vpn` (-1: of every page). The TLB holds
   * only the current satp's translations, so the ASID operand changes nothing: a flush for the
   * current ASID is this one, one for another has nothing to drop. Under Bare translation there
   * is nothing to forget.
   */
  fenceVma(vpn: number): void {
    if (this.dataCtx === CTX_BARE && this.fetchCtx === CTX_BARE) return;
    if (vpn < 0 || this.megaCached) {
      this.flushData();
      this.forgetFetchChecks();
      this.megaCached = false;
      return;
    }
    const s = vpn & TLB_MASK;
    if (this.rtag[s] === vpn) this.dropRead(s);
    if (this.wtag[s] === vpn) this.dropWrite(s);
    const p = this.code[vpn & CODE_MASK];
    if (p !== null && p.fetchVpn === vpn) p.fetchVpn = -1;
  }

  private dropRead(s: number): void {
    this.rtag[s] = -1; this.rppn[s] = -1; this.r8[s] = NO_FRAME; this.r32[s] = NO_WORDS;
  }

  private dropWrite(s: number): void {
    this.wtag[s] = -1; this.wppn[s] = -1; this.w8[s] = NO_FRAME; this.w32[s] = NO_WORDS; this.wcode[s] = null;
  }

  /** The FrameSource's page `index` (physical page base + index) changed. Under translation
   *  the page may have held page tables, so every translation goes. */
  flushPage(index: number): void {
    const ppn = this.baseVpn + index;
    if (this.dataCtx === CTX_BARE) {
      const s = ppn & TLB_MASK;
      if (this.rtag[s] === ppn) this.dropRead(s);
      if (this.wtag[s] === ppn) this.dropWrite(s);
    } else {
      this.flushData();
    }
    if (this.fetchCtx !== CTX_BARE) this.forgetFetchChecks();
    this.codeOfPpn(ppn)?.evict();
    this.epoch++;
  }

  // ---- translation ----------------------------------------------------------------------------

  private isRamVpn(vpn: number): boolean {
    return vpn - this.baseVpn >= 0 && vpn - this.baseVpn < this.pages;
  }

  /** Physical page (with WALK_WRITABLE) of virtual page `vpn` for a load or store, or a WALK_ fault. */
  private translateData(vpn: number, store: boolean): number {
    if (this.dataCtx === CTX_BARE) return vpn | WALK_WRITABLE;
    this.walkView = this.dataView;
    const t = walk(this, this.satp & SATP_PPN_MASK, vpn, store ? ACCESS_STORE : ACCESS_LOAD, this.dataCtx);
    if (t >= 0 && (t & WALK_MEGA) !== 0) this.megaCached = true;
    return t;
  }

  /** PteMemory: page tables are read from RAM that the walk's PMP view lets S-mode read. */
  readPte(ppn: number, index: number): number {
    if (ppn > WALK_PPN || (this.walkView.perm(ppn) & PMP_R) === 0 || !this.isRamVpn(ppn)) return -1;
    this.out.writable = false;
    const f = this.source.frame(ppn - this.baseVpn, false, this.out);
    if (f === null) return -1;
    const o = index << 2;
    return (f[o] | (f[o + 1] << 8) | (f[o + 2] << 16) | (f[o + 3] << 24)) >>> 0;
  }

  /** PteMemory: the A/D update is a store to the page table (it may overwrite decoded code). */
  writePte(ppn: number, index: number, pte: number): boolean {
    if ((this.walkView.perm(ppn) & PMP_W) === 0) return false;
    const f = this.physFrame(ppn, true);
    if (f === null || f === false) return false;
    const o = index << 2;
    f[o] = pte; f[o + 1] = pte >>> 8; f[o + 2] = pte >>> 16; f[o + 3] = pte >>> 24;
    this.invalidateCode(ppn * PAGE_SIZE + o, 4);
    return true;
  }

  // ---- TLB fills --------------------------------------------------------------------------

  /** Translates virtual page `vpn` for a load or a store and checks PMP: walk's answer (≥ 0,
   *  missPpn set to its page), or -FILL_DENIED / -FILL_PAGE_FAULT. */
  private dataPage(vpn: number, store: boolean): number {
    const t = this.translateData(vpn, store);
    if (t < 0) return t === WALK_PAGE_FAULT ? -FILL_PAGE_FAULT : -FILL_DENIED;
    const ppn = t & WALK_PPN;
    if ((this.dataView.perm(ppn) & (store ? PMP_W : PMP_R)) === 0) return -FILL_DENIED;
    this.missPpn = ppn;
    return t;
  }

  /** Installs a read translation for virtual page `vpn`: FILL_OK, FILL_BUS (missPpn set; PMP
   *  allows reading it), FILL_DENIED or FILL_PAGE_FAULT. */
  fillRead(vpn: number): number {
    const t = this.dataPage(vpn, false);
    if (t < 0) return -t;
    const ppn = t & WALK_PPN;
    if (!this.isRamVpn(ppn)) return FILL_BUS;
    const out = this.out;
    out.writable = false;
    const f = this.source.frame(ppn - this.baseVpn, false, out);
    if (f === null) return FILL_BUS;
    const s = vpn & TLB_MASK;
    const words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    this.rtag[s] = vpn; this.rppn[s] = ppn; this.r8[s] = f; this.r32[s] = words;
    const writable = out.writable && (t & WALK_WRITABLE) !== 0 && (this.dataView.perm(ppn) & PMP_W) !== 0;
    if (writable) this.installWrite(vpn, ppn, f, words);
    return FILL_OK;
  }

  /** Installs a write translation: FILL_OK, FILL_BUS (missPpn set; PMP allows writing it),
   *  FILL_DENIED, FILL_PAGE_FAULT or FILL_READ_ONLY. */
  fillWrite(vpn: number): number {
    const t = this.dataPage(vpn, true);
    if (t < 0) return -t;
    const ppn = t & WALK_PPN;
    if (!this.isRamVpn(ppn)) return FILL_BUS;
    const out = this.out;
    out.writable = false;
    const f = this.source.frame(ppn - this.baseVpn, true, out);
    if (f === null) return FILL_BUS;
    if (!out.writable) return FILL_READ_ONLY;
    const s = vpn & TLB_MASK;
    const words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    this.frameMoved(ppn, f);
    // pmp.ts makes W imply R, and a PTE with W has R, so the read translation may move along.
    this.rtag[s] = vpn; this.rppn[s] = ppn; this.r8[s] = f; this.r32[s] = words;
    this.installWrite(vpn, ppn, f, words);
    return FILL_OK;
  }

  /** A lazily backed page may have been read through a shared zero frame until physical page
   *  `ppn` got its own frame `f`: read translations or code decoded from the old frame must go. */
  private frameMoved(ppn: number, f: Frame): void {
    if (this.dataCtx === CTX_BARE) {
      const s = ppn & TLB_MASK;
      if (this.rtag[s] === ppn && this.r8[s] !== f) this.dropRead(s);
    } else {
      for (let s = 0; s < TLB_SIZE; s++) if (this.rppn[s] === ppn && this.r8[s] !== f) this.dropRead(s);
    }
    const p = this.codeOfPpn(ppn);
    if (p !== null && p.frame !== f) p.evict();
  }

  private installWrite(vpn: number, ppn: number, f: Uint8Array, words: Int32Array): void {
    const s = vpn & TLB_MASK;
    this.wtag[s] = vpn; this.wppn[s] = ppn; this.w8[s] = f; this.w32[s] = words;
    this.wcode[s] = this.codeOfPpn(ppn)?.guard ?? null;
  }

  /** Points the write translations of physical page `ppn` at `guard` (null: no decoded code). */
  private setStoreGuard(ppn: number, guard: Int32Array | null): void {
    if (this.dataCtx === CTX_BARE) {
      const s = ppn & TLB_MASK;
      if (this.wtag[s] === ppn) this.wcode[s] = guard;
      return;
    }
    for (let s = 0; s < TLB_SIZE; s++) if (this.wppn[s] === ppn) this.wcode[s] = guard;
  }

  // ---- decoded code -----------------------------------------------------------------------

  /** The decoded-code page holding physical page `ppn`, if any (there is at most one). */
  private codeOfPpn(ppn: number): DecodedPage | null {
    const p = this.code[ppn & CODE_MASK];
    if (p !== null && p.vpn >= 0 && p.ppn === ppn) return p;
    if (!this.codeRemapped) return null;
    for (const q of this.code) if (q !== null && q.vpn >= 0 && q.ppn === ppn) return q;
    return null;
  }

  /** The decoded-code page for virtual page `vpn`, or null when it is not RAM, the fetch view
   *  denies executing it or translation faults (fetchFromBus tells which). */
  codePage(vpn: number): DecodedPage | null {
    const slot = vpn & CODE_MASK;
    let p = this.code[slot];
    if (p !== null && p.fetchVpn === vpn) return p;
    let ppn = vpn;
    if (this.fetchCtx !== CTX_BARE) {
      this.walkView = this.fetchView;
      const t = walk(this, this.satp & SATP_PPN_MASK, vpn, ACCESS_FETCH, this.fetchCtx);
      if (t < 0) { this.fetchMiss = t === WALK_PAGE_FAULT ? FILL_PAGE_FAULT : FILL_DENIED; return null; }
      if ((t & WALK_MEGA) !== 0) this.megaCached = true;
      ppn = t & WALK_PPN;
    }
    if ((this.fetchView.perm(ppn) & PMP_X) === 0) { this.fetchMiss = FILL_DENIED; return null; }
    this.fetchMiss = FILL_BUS;
    this.missPpn = ppn;
    if (p !== null && p.vpn === vpn && p.ppn === ppn) { p.fetchVpn = vpn; return p; }
    if (!this.isRamVpn(ppn)) return null;
    // The frame, without installing a read translation the data context may not allow.
    const s = ppn & TLB_MASK;
    let f = this.r8[s], words = this.r32[s];
    if (this.dataCtx !== CTX_BARE || this.rtag[s] !== ppn) {
      this.out.writable = false;
      const frame = this.source.frame(ppn - this.baseVpn, false, this.out);
      if (frame === null) return null;
      f = frame;
      words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    }
    // One decoded page per frame, so that a store through any mapping finds it.
    const other = this.codeOfPpn(ppn);
    if (other !== null && other !== p) { this.setStoreGuard(ppn, null); other.evict(); }
    if (p === null) {
      p = DecodedPage.take();
      this.code[slot] = p;
    } else if (p.vpn >= 0) {
      // Evicting another page: its stores no longer need to invalidate anything.
      this.setStoreGuard(p.ppn, null);
    }
    // Code this content decoded at this address for any address space is reused (shared-code.ts).
    p.reset(vpn, ppn, vpn * PAGE_SIZE, f, words, SharedCode.acquire(vpn, words));
    p.fetchVpn = vpn;
    if (vpn !== ppn) this.codeRemapped = true;
    this.setStoreGuard(ppn, p.guard);
    return p;
  }

  /**
   * The instruction word at `pc` (4-byte aligned) after codePage(pc >>> 12) returned null: read
   * from the Bus, or BUS_FAULT (→ instruction access fault) or PAGE_FAULT (→ instruction page
   * fault).
   */
  fetchFromBus(pc: number): number {
    if (this.fetchMiss === FILL_PAGE_FAULT) return PAGE_FAULT;
    if (this.fetchMiss !== FILL_BUS) return BUS_FAULT;
    return this.bus.read(this.missPpn * PAGE_SIZE + (pc & (PAGE_SIZE - 1)), 4);
  }

  /** Drops decoded instructions overlapping physical [addr, addr+len) (host writes, slow stores). */
  private invalidateCode(addr: number, len: number): void {
    const first = Math.floor(addr / PAGE_SIZE);
    const last = Math.floor((addr + len - 1) / PAGE_SIZE);
    for (let ppn = first; ppn <= last; ppn++) {
      const p = this.codeOfPpn(ppn);
      if (p === null) continue;
      const lo = Math.max(addr, ppn * PAGE_SIZE) - ppn * PAGE_SIZE;
      const hi = Math.min(addr + len, (ppn + 1) * PAGE_SIZE) - ppn * PAGE_SIZE;
      this.detach(p);
      p.invalidate(lo >> 2, (hi + 3) >> 2);
    }
  }

  /**
   * A store through the write translation of virtual page `vpn` changed slot `slot` of its
   * frame, whose store guard is set there (wcode[s][slot] !== 0): drop what was decoded or
   * compiled from it. A shared page detaches first (its guard is set everywhere); a hart running
   * it must then fetch the page again, as it does after any call of this, before running another
   * of its instructions.
   */
  codeWritten(vpn: number, slot: number): void {
    const p = this.codeOfPpn(this.wppn[vpn & TLB_MASK]);
    if (p === null) return;
    this.detach(p);
    if (p.ops[slot] !== 0) p.invalidate(slot, slot + 1);
  }

  /** Gives page `p` private decoded arrays before its bytes change (no-op when it has them). */
  private detach(p: DecodedPage): void {
    if (p.shared === null) return;
    p.detach();
    this.setStoreGuard(p.ppn, p.guard);
  }

  // ---- hart slow paths --------------------------------------------------------------------

  /** A naturally aligned load by the running hart: value (zero-extended), BUS_FAULT or
   *  PAGE_FAULT. */
  load(addr: number, size: 1 | 2 | 4): number {
    const vpn = addr >>> PAGE_SHIFT;
    const s = vpn & TLB_MASK;
    this.faultAddr = addr;
    const r = this.rtag[s] === vpn ? FILL_OK : this.fillRead(vpn);
    if (r === FILL_OK) {
      const o = addr & (PAGE_SIZE - 1);
      if (size === 4) return this.r32[s][o >> 2] >>> 0;
      const f = this.r8[s];
      return size === 1 ? f[o] : f[o] | (f[o + 1] << 8);
    }
    if (r === FILL_BUS) return this.bus.read(this.missPpn * PAGE_SIZE + (addr & (PAGE_SIZE - 1)), size);
    return r === FILL_PAGE_FAULT ? PAGE_FAULT : BUS_FAULT;
  }

  /** A naturally aligned store by the running hart: STORE_DONE, STORE_FAULT (→ store/AMO
   *  access fault) or STORE_PAGE_FAULT. */
  store(addr: number, size: 1 | 2 | 4, value: number): number {
    const vpn = addr >>> PAGE_SHIFT;
    const s = vpn & TLB_MASK;
    this.faultAddr = addr;
    if (this.wtag[s] !== vpn) {
      const r = this.fillWrite(vpn);
      if (r === FILL_BUS) {
        return this.bus.write(this.missPpn * PAGE_SIZE + (addr & (PAGE_SIZE - 1)), size, value) ? STORE_DONE : STORE_FAULT;
      }
      if (r !== FILL_OK) return r === FILL_PAGE_FAULT ? STORE_PAGE_FAULT : STORE_FAULT;
    }
    const o = addr & (PAGE_SIZE - 1);
    if (size === 4) this.w32[s][o >> 2] = value;
    else {
      const f = this.w8[s];
      f[o] = value;
      if (size === 2) f[o + 1] = value >> 8;
    }
    const c = this.wcode[s];
    if (c !== null && c[o >> 2] !== 0) this.codeWritten(vpn, o >> 2);
    return STORE_DONE;
  }

  /** A misaligned load whose bytes are all RAM (value), else MISALIGNED; BUS_FAULT when PMP
   *  denies reading some byte, PAGE_FAULT when translating one of its pages faults. */
  loadMisaligned(addr: number, size: 2 | 4): number {
    const first = addr >>> PAGE_SHIFT, lastAddr = (addr + size - 1) >>> 0, last = lastAddr >>> PAGE_SHIFT;
    const a = this.rtag[first & TLB_MASK] === first ? FILL_OK : this.fillRead(first);
    const b = first === last || this.rtag[last & TLB_MASK] === last ? a : this.fillRead(last);
    // Faults take priority over misalignment, the first page's over the second's (whose
    // address is where an access byte by byte would have faulted).
    if (a === FILL_PAGE_FAULT || a === FILL_DENIED) { this.faultAddr = addr; return a === FILL_PAGE_FAULT ? PAGE_FAULT : BUS_FAULT; }
    if (b === FILL_PAGE_FAULT || b === FILL_DENIED) { this.faultAddr = (lastAddr & ~(PAGE_SIZE - 1)) >>> 0; return b === FILL_PAGE_FAULT ? PAGE_FAULT : BUS_FAULT; }
    if (a !== FILL_OK || b !== FILL_OK) return MISALIGNED;
    // Both translations are in the TLB (adjacent pages never share a slot).
    let v = 0;
    for (let k = 0; k < size; k++) {
      const at = (addr + k) >>> 0;
      v |= this.r8[(at >>> PAGE_SHIFT) & TLB_MASK][at & (PAGE_SIZE - 1)] << (8 * k);
    }
    return v >>> 0;
  }

  /** A misaligned store, done if every byte is writable RAM (checked before any byte is
   *  written): STORE_DONE, STORE_MISALIGNED, STORE_FAULT when PMP denies writing some byte or
   *  STORE_PAGE_FAULT when translating one of its pages faults. */
  storeMisaligned(addr: number, size: 2 | 4, value: number): number {
    const first = addr >>> PAGE_SHIFT, lastAddr = (addr + size - 1) >>> 0, last = lastAddr >>> PAGE_SHIFT;
    const a = this.wtag[first & TLB_MASK] === first ? FILL_OK : this.fillWrite(first);
    const b = first === last || this.wtag[last & TLB_MASK] === last ? a : this.fillWrite(last);
    // As in loadMisaligned.
    if (a === FILL_PAGE_FAULT || a === FILL_DENIED) { this.faultAddr = addr; return a === FILL_PAGE_FAULT ? STORE_PAGE_FAULT : STORE_FAULT; }
    if (b === FILL_PAGE_FAULT || b === FILL_DENIED) { this.faultAddr = (lastAddr & ~(PAGE_SIZE - 1)) >>> 0; return b === FILL_PAGE_FAULT ? STORE_PAGE_FAULT : STORE_FAULT; }
    if (a !== FILL_OK || b !== FILL_OK) return STORE_MISALIGNED;
    for (let k = 0; k < size; k++) this.store((addr + k) >>> 0, 1, value >>> (8 * k));
    return STORE_DONE;
  }

  // ---- host accessors -----------------------------------------------------------------------
  // The host is not a hart: addresses are physical and PMP does not apply. Under Bare
  // translation its misses install a translation where the running hart's data view allows the
  // access anyway.

  /** RAM frame of physical page `ppn` for the host: null when it is not RAM, false when the
   *  host wants to write and the page is not writable. */
  private hostFrame(ppn: number, forWrite: boolean): Frame | null | false {
    if (this.dataCtx !== CTX_BARE) return this.physFrame(ppn, forWrite);
    const s = ppn & TLB_MASK;
    if (forWrite ? this.wtag[s] === ppn : this.rtag[s] === ppn) return forWrite ? this.w8[s] : this.r8[s];
    if ((this.dataView.perm(ppn) & (forWrite ? PMP_W : PMP_R)) !== 0) {
      if (!forWrite) return this.fillRead(ppn) === FILL_OK ? this.r8[s] : null;
      const r = this.fillWrite(ppn);
      return r === FILL_OK ? this.w8[s] : r === FILL_BUS ? null : false;
    }
    return this.physFrame(ppn, forWrite);
  }

  /** Physical page `ppn`'s RAM frame, without the TLB: null when it is not RAM, false when
   *  `forWrite` and it is not writable. */
  private physFrame(ppn: number, forWrite: boolean): Frame | null | false {
    if (!this.isRamVpn(ppn)) return null;
    const out = this.out;
    out.writable = false;
    const f = this.source.frame(ppn - this.baseVpn, forWrite, out);
    if (f === null) return null;
    if (!forWrite) return f;
    if (!out.writable) return false;
    this.frameMoved(ppn, f);
    return f;
  }

  /** Host read honouring the mapping (any alignment inside RAM); value or BUS_FAULT. */
  read(addr: number, size: 1 | 2 | 4): number {
    addr >>>= 0;
    if ((addr & (size - 1)) === 0) return this.hostLoad(addr, size);
    let v = 0;
    for (let k = 0; k < size; k++) {
      const b = this.hostLoad((addr + k) >>> 0, 1);
      if (b === BUS_FAULT) return BUS_FAULT;
      v |= b << (8 * k);
    }
    return v >>> 0;
  }

  /** Host write honouring the mapping; invalidates decoded code it overwrites. */
  write(addr: number, size: 1 | 2 | 4, value: number): boolean {
    addr >>>= 0;
    this.epoch++;
    if ((addr & (size - 1)) === 0) return this.hostStore(addr, size, value);
    for (let k = 0; k < size; k++) {
      if (!this.hostStore((addr + k) >>> 0, 1, value >>> (8 * k))) return false;
    }
    return true;
  }

  private hostLoad(addr: number, size: 1 | 2 | 4): number {
    const f = this.hostFrame(addr >>> PAGE_SHIFT, false);
    if (f === null || f === false) return this.bus.read(addr, size);
    const o = addr & (PAGE_SIZE - 1);
    let v = 0;
    for (let k = 0; k < size; k++) v |= f[o + k] << (8 * k);
    return v >>> 0;
  }

  private hostStore(addr: number, size: 1 | 2 | 4, value: number): boolean {
    const f = this.hostFrame(addr >>> PAGE_SHIFT, true);
    if (f === false) return false;
    if (f === null) return this.bus.write(addr, size, value);
    const o = addr & (PAGE_SIZE - 1);
    for (let k = 0; k < size; k++) f[o + k] = value >>> (8 * k);
    this.invalidateCode(addr, size);
    return true;
  }

  /** Copies RAM into dst; false (nothing useful copied) if any byte is not RAM. */
  readBytes(addr: number, dst: Uint8Array): boolean {
    return this.copy(addr >>> 0, dst, false);
  }

  /** Copies src into RAM; false (nothing written) if any byte is not writable RAM. */
  writeBytes(addr: number, src: Uint8Array): boolean {
    addr >>>= 0;
    if (!this.copy(addr, src, true)) return false;
    this.epoch++;
    if (src.length > 0) this.invalidateCode(addr, src.length);
    return true;
  }

  private copy(addr: number, buf: Uint8Array, toGuest: boolean): boolean {
    const end = addr + buf.length;
    if (end > 0x1_0000_0000) return false;
    // Check every page first, so that a refused copy changes nothing.
    for (let a = addr; a < end; a = (Math.floor(a / PAGE_SIZE) + 1) * PAGE_SIZE) {
      const f = this.hostFrame(Math.floor(a / PAGE_SIZE), toGuest);
      if (f === null || f === false) return false;
    }
    for (let a = addr; a < end; ) {
      const vpn = Math.floor(a / PAGE_SIZE);
      const f = this.hostFrame(vpn, toGuest);
      if (f === null || f === false) return false;
      const o = a - vpn * PAGE_SIZE;
      const n = Math.min(PAGE_SIZE - o, end - a);
      const at = a - addr;
      if (toGuest) f.set(buf.subarray(at, at + n), o);
      else buf.set(f.subarray(o, o + n), at);
      a += n;
    }
    return true;
  }
}
