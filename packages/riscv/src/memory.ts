import { AccessContext, DATA_STALE, FETCH_STALE } from './access-context';
import { CodeCache } from './code-cache';
import { BUS_FAULT, PAGE_SHIFT, PAGE_SIZE } from './constants';
import type { DecodedPage } from './decoded-page';
import { HostAccess } from './host-access';
import { PMP_ALLOW_ALL, PMP_R, PMP_W, PMP_X, PmpView } from './pmp';
import { ACCESS_FETCH, ACCESS_LOAD, ACCESS_STORE, CTX_BARE, PteMemory, SATP_PPN_MASK, WALK_MEGA, WALK_PAGE_FAULT, WALK_PPN, WALK_WRITABLE, walk } from './sv32';
import { TLB_MASK, Tlb } from './tlb';

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

/**
 * Guest-physical memory of one address space: RAM [base, base + pages*4096) through a small
 * software TLB over a FrameSource, everything else through the Bus. Harts of one domain share
 * one PhysMemory and its decoded-instruction cache. It is made of:
 *  - the data TLBs (tlb.ts), read by the hart's inlined fast paths;
 *  - the decoded-code cache (code-cache.ts);
 *  - the access context: the PMP views and translation contexts the running hart's accesses
 *    are under (access-context.ts);
 *  - the host accessors (host-access.ts): read, write, readBytes, writeBytes;
 * and it fills the TLBs and the code cache on a miss (translation, PMP, the FrameSource) and
 * carries out the hart's slow paths.
 *
 * Host cost is independent of the RAM size: two 64-entry TLBs (read, write) and a 64-slot
 * decoded-code cache, plus 12 KiB per page of code actually executed (bounded by the cache) for
 * its compiled regions and their heat; the decoded instructions themselves are shared by all
 * address spaces running the same code (shared-code.ts) until a space changes its copy.
 *
 * The TLBs and the decoded-code cache are indexed by *virtual* page number (address >>> 12 of the
 * hart's loads, stores and pc). Under Bare translation that is the physical page, and nothing
 * costs more than it did without paging; under Sv32 (sv32.ts) a miss walks the page tables. A
 * TLB entry also records its physical page and a decoded-code page its own (ppn), so that
 * stores, host writes and P2M changes find what they make stale whatever maps it.
 *
 * Physical Memory Protection and translation are checked when a translation is installed, never
 * per access: the running hart tells which PMP views and translation contexts its loads/stores
 * and its fetches are under, and its satp (setContext); the data TLBs only ever hold pages the
 * data context allows, and a decoded-code page is handed out for execution only after the fetch
 * context allowed its page (fetchVpn). A change of context empties the data TLBs or forgets
 * those fetch checks, as do sfence.vma and satp writes. Host accessors use physical addresses
 * and ignore PMP.
 */
export class PhysMemory implements PteMemory {
  readonly base: number;
  readonly pages: number;
  private readonly baseVpn: number;
  private readonly source: FrameSource;
  readonly bus: Bus;
  /** The data TLBs; exposed for the hart's inlined fast paths, not part of the public contract. */
  readonly tlb = new Tlb();
  private readonly code = new CodeCache(this.tlb);
  private readonly ctx = new AccessContext();
  private readonly host: HostAccess;

  /** Bumped when something other than the running hart may have stored to memory (host
   *  writes, another hart got the CPU); LR reservations taken under an older epoch fail. */
  epoch = 0;
  /** The hart that ran last on this memory (for the epoch rule above). */
  runner: object | null = null;

  private readonly out = { writable: false };
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
    this.host = new HostAccess({
      bus,
      frame: (ppn, forWrite, install) => this.hostFrame(ppn, forWrite, install),
      wrote: (addr, len) => this.code.invalidate(addr, len),
    });
  }

  /** Forget cached translations (call after the FrameSource's mapping changes). */
  flush(): void {
    this.tlb.flush();
    this.code.evictAll();
    this.epoch++;
  }

  /** The address space is gone: forget every translation and give the decoded-code pages
   *  back for other address spaces to reuse. It stays usable (it would decode afresh). */
  release(): void {
    this.tlb.flush();
    this.code.release();
    this.epoch++;
  }

  /**
   * Write-watching: the FrameSource now answers writability differently for some pages (it
   * write-protects pages to learn of their next store, as dirty logging does). Forgets every
   * write translation, so that the next store to any page, by a hart or the host, fills again
   * and asks the FrameSource (frame(index, true, …)); reads and decoded code stay cached.
   */
  dropWriteTranslations(): void {
    this.tlb.dropWrites();
  }

  /**
   * The PMP views and translation contexts (sv32.ts CTX_*) the running hart's loads/stores and
   * fetches are under from now on, and its satp (see AccessContext.change for what is kept).
   */
  setContext(data: PmpView, fetch: PmpView, dataCtx: number, fetchCtx: number, satp: number): void {
    const ctx = this.ctx;
    if (ctx.same(data, fetch, dataCtx, fetchCtx, satp)) return;
    const stale = ctx.change(data, fetch, dataCtx, fetchCtx, satp);
    if ((stale & DATA_STALE) !== 0) this.tlb.flush();
    if ((stale & FETCH_STALE) !== 0) this.code.forgetFetchChecks();
    this.tlb.identity = ctx.dataCtx === CTX_BARE;
  }

  /**
   * sfence.vma: forgets translations of virtual page `vpn` (-1: of every page). The TLB holds
   * only the current satp's translations, so the ASID operand changes nothing: a flush for the
   * current ASID is this one, one for another has nothing to drop. Under Bare translation there
   * is nothing to forget.
   */
  fenceVma(vpn: number): void {
    if (this.ctx.dataCtx === CTX_BARE && this.ctx.fetchCtx === CTX_BARE) return;
    if (vpn < 0 || this.megaCached) {
      this.tlb.flush();
      this.code.forgetFetchChecks();
      this.megaCached = false;
      return;
    }
    this.tlb.dropPage(vpn);
    this.code.forgetFetchCheck(vpn);
  }

  /** The FrameSource's page `index` (physical page base + index) changed. Under translation
   *  the page may have held page tables, so every translation goes. */
  flushPage(index: number): void {
    const ppn = this.baseVpn + index;
    if (this.ctx.dataCtx === CTX_BARE) this.tlb.dropPage(ppn);
    else this.tlb.flush();
    if (this.ctx.fetchCtx !== CTX_BARE) this.code.forgetFetchChecks();
    this.code.ofPpn(ppn)?.evict();
    this.epoch++;
  }

  // ---- translation ----------------------------------------------------------------------------

  private isRamVpn(vpn: number): boolean {
    return vpn - this.baseVpn >= 0 && vpn - this.baseVpn < this.pages;
  }

  /** Physical page (with WALK_WRITABLE) of virtual page `vpn` for a load or store, or a WALK_ fault. */
  private translateData(vpn: number, store: boolean): number {
    const ctx = this.ctx;
    if (ctx.dataCtx === CTX_BARE) return vpn | WALK_WRITABLE;
    this.walkView = ctx.dataView;
    const t = walk(this, ctx.satp & SATP_PPN_MASK, vpn, store ? ACCESS_STORE : ACCESS_LOAD, ctx.dataCtx);
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
    this.code.invalidate(ppn * PAGE_SIZE + o, 4);
    return true;
  }

  // ---- TLB fills --------------------------------------------------------------------------

  /** Translates virtual page `vpn` for a load or a store and checks PMP: walk's answer (≥ 0,
   *  missPpn set to its page), or -FILL_DENIED / -FILL_PAGE_FAULT. */
  private dataPage(vpn: number, store: boolean): number {
    const t = this.translateData(vpn, store);
    if (t < 0) return t === WALK_PAGE_FAULT ? -FILL_PAGE_FAULT : -FILL_DENIED;
    const ppn = t & WALK_PPN;
    if ((this.ctx.dataView.perm(ppn) & (store ? PMP_W : PMP_R)) === 0) return -FILL_DENIED;
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
    const words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    this.tlb.installRead(vpn, ppn, f, words);
    const writable = out.writable && (t & WALK_WRITABLE) !== 0 && (this.ctx.dataView.perm(ppn) & PMP_W) !== 0;
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
    const words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    this.frameMoved(ppn, f);
    // pmp.ts makes W imply R, and a PTE with W has R, so the read translation may move along.
    this.tlb.installRead(vpn, ppn, f, words);
    this.installWrite(vpn, ppn, f, words);
    return FILL_OK;
  }

  /** A lazily backed page may have been read through a shared zero frame until physical page
   *  `ppn` got its own frame `f`: read translations or code decoded from the old frame must go. */
  private frameMoved(ppn: number, f: Frame): void {
    this.tlb.dropStaleReads(ppn, f);
    const p = this.code.ofPpn(ppn);
    if (p !== null && p.frame !== f) p.evict();
  }

  private installWrite(vpn: number, ppn: number, f: Uint8Array, words: Int32Array): void {
    this.tlb.installWrite(vpn, ppn, f, words, this.code.ofPpn(ppn)?.guard ?? null);
  }

  // ---- decoded code -----------------------------------------------------------------------

  /** The decoded-code page for virtual page `vpn`, or null when it is not RAM, the fetch view
   *  denies executing it or translation faults (fetchFromBus tells which). */
  codePage(vpn: number): DecodedPage | null {
    const p = this.code.slotOf(vpn);
    if (p !== null && p.fetchVpn === vpn) return p;
    const ctx = this.ctx;
    let ppn = vpn;
    if (ctx.fetchCtx !== CTX_BARE) {
      this.walkView = ctx.fetchView;
      const t = walk(this, ctx.satp & SATP_PPN_MASK, vpn, ACCESS_FETCH, ctx.fetchCtx);
      if (t < 0) { this.fetchMiss = t === WALK_PAGE_FAULT ? FILL_PAGE_FAULT : FILL_DENIED; return null; }
      if ((t & WALK_MEGA) !== 0) this.megaCached = true;
      ppn = t & WALK_PPN;
    }
    if ((ctx.fetchView.perm(ppn) & PMP_X) === 0) { this.fetchMiss = FILL_DENIED; return null; }
    this.fetchMiss = FILL_BUS;
    this.missPpn = ppn;
    if (p !== null && p.vpn === vpn && p.ppn === ppn) { p.fetchVpn = vpn; return p; }
    if (!this.isRamVpn(ppn)) return null;
    // The frame, without installing a read translation the data context may not allow.
    const tlb = this.tlb, s = ppn & TLB_MASK;
    let f = tlb.r8[s], words = tlb.r32[s];
    if (ctx.dataCtx !== CTX_BARE || tlb.rtag[s] !== ppn) {
      this.out.writable = false;
      const frame = this.source.frame(ppn - this.baseVpn, false, this.out);
      if (frame === null) return null;
      f = frame;
      words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    }
    return this.code.place(vpn, ppn, f, words);
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

  /** Decoding target for instructions fetched from the Bus (not RAM): one slot, never cached. */
  get busFetchPage(): DecodedPage {
    return this.code.busFetchPage;
  }

  /**
   * A store through the write translation of virtual page `vpn` changed slot `slot` of its
   * frame, whose store guard is set there (wcode[s][slot] !== 0): drop what was decoded or
   * compiled from it. A shared page detaches first (its guard is set everywhere); a hart running
   * it must then fetch the page again, as it does after any call of this, before running another
   * of its instructions.
   */
  codeWritten(vpn: number, slot: number): void {
    this.code.written(this.tlb.writePpn(vpn), slot);
  }

  // ---- hart slow paths --------------------------------------------------------------------

  /** A naturally aligned load by the running hart: value (zero-extended), BUS_FAULT or
   *  PAGE_FAULT. */
  load(addr: number, size: 1 | 2 | 4): number {
    const tlb = this.tlb;
    const vpn = addr >>> PAGE_SHIFT;
    const s = vpn & TLB_MASK;
    this.faultAddr = addr;
    const r = tlb.rtag[s] === vpn ? FILL_OK : this.fillRead(vpn);
    if (r === FILL_OK) {
      const o = addr & (PAGE_SIZE - 1);
      if (size === 4) return tlb.r32[s][o >> 2] >>> 0;
      const f = tlb.r8[s];
      return size === 1 ? f[o] : f[o] | (f[o + 1] << 8);
    }
    if (r === FILL_BUS) return this.bus.read(this.missPpn * PAGE_SIZE + (addr & (PAGE_SIZE - 1)), size);
    return r === FILL_PAGE_FAULT ? PAGE_FAULT : BUS_FAULT;
  }

  /** A naturally aligned store by the running hart: STORE_DONE, STORE_FAULT (→ store/AMO
   *  access fault) or STORE_PAGE_FAULT. */
  store(addr: number, size: 1 | 2 | 4, value: number): number {
    const tlb = this.tlb;
    const vpn = addr >>> PAGE_SHIFT;
    const s = vpn & TLB_MASK;
    this.faultAddr = addr;
    if (tlb.wtag[s] !== vpn) {
      const r = this.fillWrite(vpn);
      if (r === FILL_BUS) {
        return this.bus.write(this.missPpn * PAGE_SIZE + (addr & (PAGE_SIZE - 1)), size, value) ? STORE_DONE : STORE_FAULT;
      }
      if (r !== FILL_OK) return r === FILL_PAGE_FAULT ? STORE_PAGE_FAULT : STORE_FAULT;
    }
    const o = addr & (PAGE_SIZE - 1);
    if (size === 4) tlb.w32[s][o >> 2] = value;
    else {
      const f = tlb.w8[s];
      f[o] = value;
      if (size === 2) f[o + 1] = value >> 8;
    }
    const c = tlb.wcode[s];
    if (c !== null && c[o >> 2] !== 0) this.codeWritten(vpn, o >> 2);
    return STORE_DONE;
  }

  /** A misaligned load whose bytes are all RAM (value), else MISALIGNED; BUS_FAULT when PMP
   *  denies reading some byte, PAGE_FAULT when translating one of its pages faults. */
  loadMisaligned(addr: number, size: 2 | 4): number {
    const tlb = this.tlb;
    const first = addr >>> PAGE_SHIFT, lastAddr = (addr + size - 1) >>> 0, last = lastAddr >>> PAGE_SHIFT;
    const a = tlb.rtag[first & TLB_MASK] === first ? FILL_OK : this.fillRead(first);
    const b = first === last || tlb.rtag[last & TLB_MASK] === last ? a : this.fillRead(last);
    // Faults take priority over misalignment, the first page's over the second's (whose
    // address is where an access byte by byte would have faulted).
    if (a === FILL_PAGE_FAULT || a === FILL_DENIED) { this.faultAddr = addr; return a === FILL_PAGE_FAULT ? PAGE_FAULT : BUS_FAULT; }
    if (b === FILL_PAGE_FAULT || b === FILL_DENIED) { this.faultAddr = (lastAddr & ~(PAGE_SIZE - 1)) >>> 0; return b === FILL_PAGE_FAULT ? PAGE_FAULT : BUS_FAULT; }
    if (a !== FILL_OK || b !== FILL_OK) return MISALIGNED;
    // Both translations are in the TLB (adjacent pages never share a slot).
    let v = 0;
    for (let k = 0; k < size; k++) {
      const at = (addr + k) >>> 0;
      v |= tlb.r8[(at >>> PAGE_SHIFT) & TLB_MASK][at & (PAGE_SIZE - 1)] << (8 * k);
    }
    return v >>> 0;
  }

  /** A misaligned store, done if every byte is writable RAM (checked before any byte is
   *  written): STORE_DONE, STORE_MISALIGNED, STORE_FAULT when PMP denies writing some byte or
   *  STORE_PAGE_FAULT when translating one of its pages faults. */
  storeMisaligned(addr: number, size: 2 | 4, value: number): number {
    const tlb = this.tlb;
    const first = addr >>> PAGE_SHIFT, lastAddr = (addr + size - 1) >>> 0, last = lastAddr >>> PAGE_SHIFT;
    const a = tlb.wtag[first & TLB_MASK] === first ? FILL_OK : this.fillWrite(first);
    const b = first === last || tlb.wtag[last & TLB_MASK] === last ? a : this.fillWrite(last);
    // As in loadMisaligned.
    if (a === FILL_PAGE_FAULT || a === FILL_DENIED) { this.faultAddr = addr; return a === FILL_PAGE_FAULT ? STORE_PAGE_FAULT : STORE_FAULT; }
    if (b === FILL_PAGE_FAULT || b === FILL_DENIED) { this.faultAddr = (lastAddr & ~(PAGE_SIZE - 1)) >>> 0; return b === FILL_PAGE_FAULT ? STORE_PAGE_FAULT : STORE_FAULT; }
    if (a !== FILL_OK || b !== FILL_OK) return STORE_MISALIGNED;
    for (let k = 0; k < size; k++) this.store((addr + k) >>> 0, 1, value >>> (8 * k));
    return STORE_DONE;
  }

  // ---- host accessors -----------------------------------------------------------------------
  // The host is not a hart: addresses are physical and PMP does not apply (host-access.ts).

  /**
   * RAM frame of physical page `ppn` for the host: null when it is not RAM, false when the host
   * wants to write and the page is not writable. A translation the TLB holds of the page (under
   * Bare translation, where its slot is known) answers at once. On a miss, a word access
   * (`install`) installs the translation where the running hart's data view allows the access,
   * so the hypervisor's next access to the same shared page hits; a bulk copy asks the
   * FrameSource without installing anything, so that a backend copying megabytes through the
   * guest's pages does not evict the hart's TLB entries (which it would fill again, a view of
   * its frame made each time). With 10,000 sleepers, event delivery's writes to each one's
   * shared_info and vcpu_info missed every time without the former (core bench, 10,000
   * domains, two runs alternated with the tree before: 2,766 and 2,743 MIPS against 3,302 and
   * 3,394; level again with word accesses installing).
   */
  private hostFrame(ppn: number, forWrite: boolean, install: boolean): Frame | null | false {
    if (this.ctx.dataCtx !== CTX_BARE) return this.physFrame(ppn, forWrite);
    const tlb = this.tlb, s = ppn & TLB_MASK;
    if (forWrite ? tlb.wtag[s] === ppn : tlb.rtag[s] === ppn) return forWrite ? tlb.w8[s] : tlb.r8[s];
    if (install && (this.ctx.dataView.perm(ppn) & (forWrite ? PMP_W : PMP_R)) !== 0) {
      if (!forWrite) return this.fillRead(ppn) === FILL_OK ? tlb.r8[s] : null;
      const r = this.fillWrite(ppn);
      return r === FILL_OK ? tlb.w8[s] : r === FILL_BUS ? null : false;
    }
    return this.physFrame(ppn, forWrite);
  }

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
    return this.host.read(addr >>> 0, size);
  }

  /** Host write honouring the mapping; invalidates decoded code it overwrites. */
  write(addr: number, size: 1 | 2 | 4, value: number): boolean {
    this.epoch++;
    return this.host.write(addr >>> 0, size, value);
  }

  /** Copies RAM into dst; false (nothing useful copied) if any byte is not RAM. */
  readBytes(addr: number, dst: Uint8Array): boolean {
    return this.host.copy(addr >>> 0, dst, false);
  }

  /** Copies src[from, from + length) into RAM; false (nothing written) if any byte is not writable RAM. */
  writeBytes(addr: number, src: Uint8Array, from = 0, length = src.length): boolean {
    if (!this.host.copy(addr >>> 0, src, true, from, length)) return false;
    this.epoch++;
    return true;
  }
}
