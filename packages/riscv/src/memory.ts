import { BUS_FAULT, PAGE_SHIFT, PAGE_SIZE } from './constants';
import { DecodedPage, INSNS_PER_PAGE } from './decoded-page';
import { PMP_ALLOW_ALL, PMP_R, PMP_W, PMP_X, PmpView } from './pmp';
import { SharedCode } from './shared-code';

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
/** storeMisaligned's answers. */
export const STORE_DONE = 0, STORE_MISALIGNED = 1, STORE_FAULT = 2;

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
 * Physical Memory Protection is checked when a translation is installed, never per access: the
 * running hart tells which PMP views (pmp.ts) its loads/stores and its fetches are under
 * (setPmpViews); the data TLBs only ever hold pages the data view allows, and a decoded-code page
 * is handed out for execution only after the fetch view allowed its page (fetchVpn). A change of
 * view empties the data TLBs or forgets those fetch checks. Host accessors ignore PMP.
 */
export class PhysMemory {
  readonly base: number;
  readonly pages: number;
  private readonly baseVpn: number;
  private readonly source: FrameSource;
  /** Exposed for the hart's inlined fast paths; not part of the public contract. */
  readonly bus: Bus;

  // Read TLB: tag = full page number (addr >>> 12), -1 = empty.
  readonly rtag = new Int32Array(TLB_SIZE).fill(-1);
  readonly r8: Uint8Array[] = new Array<Uint8Array>(TLB_SIZE).fill(NO_FRAME);
  readonly r32: Int32Array[] = new Array<Int32Array>(TLB_SIZE).fill(NO_WORDS);
  // Write TLB; wcode holds the store guard of the page's decoded code (if any: DecodedPage.guard)
  // so that stores can invalidate what they overwrite.
  readonly wtag = new Int32Array(TLB_SIZE).fill(-1);
  readonly w8: Uint8Array[] = new Array<Uint8Array>(TLB_SIZE).fill(NO_FRAME);
  readonly w32: Int32Array[] = new Array<Int32Array>(TLB_SIZE).fill(NO_WORDS);
  readonly wcode: Array<Int32Array | null> = new Array<Int32Array | null>(TLB_SIZE).fill(null);

  private readonly code: Array<DecodedPage | null> = new Array<DecodedPage | null>(CODE_SLOTS).fill(null);
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
    this.epoch++;
  }

  private flushData(): void {
    this.rtag.fill(-1);
    this.wtag.fill(-1);
    this.r8.fill(NO_FRAME);
    this.r32.fill(NO_WORDS);
    this.w8.fill(NO_FRAME);
    this.w32.fill(NO_WORDS);
    this.wcode.fill(null);
  }

  /** The PMP views the running hart's accesses are under from now on. Views that give every
   *  page the same permissions as the current ones keep what was cached under them. */
  setPmpViews(data: PmpView, fetch: PmpView): void {
    if (data !== this.dataView) {
      if (!data.sameAs(this.dataView)) this.flushData();
      this.dataView = data;
    }
    if (fetch !== this.fetchView) {
      if (!fetch.sameAs(this.fetchView)) for (const p of this.code) if (p !== null) p.fetchVpn = -1;
      this.fetchView = fetch;
    }
  }

  /** Whether the running hart may fetch from page `vpn` (for fetches from the Bus). */
  fetchAllowed(vpn: number): boolean {
    return (this.fetchView.perm(vpn) & PMP_X) !== 0;
  }

  flushPage(index: number): void {
    const vpn = this.baseVpn + index;
    const s = vpn & TLB_MASK;
    if (this.rtag[s] === vpn) { this.rtag[s] = -1; this.r8[s] = NO_FRAME; this.r32[s] = NO_WORDS; }
    if (this.wtag[s] === vpn) { this.wtag[s] = -1; this.w8[s] = NO_FRAME; this.w32[s] = NO_WORDS; this.wcode[s] = null; }
    const p = this.code[vpn & CODE_MASK];
    if (p !== null && p.vpn === vpn) p.evict();
    this.epoch++;
  }

  // ---- TLB fills --------------------------------------------------------------------------

  private isRamVpn(vpn: number): boolean {
    return vpn - this.baseVpn >= 0 && vpn - this.baseVpn < this.pages;
  }

  /** Installs a read translation for page `vpn`; false when it is not RAM (→ Bus, if PMP
   *  allows) or PMP denies reading it. */
  fillRead(vpn: number): boolean {
    const perm = this.dataView.perm(vpn);
    if ((perm & PMP_R) === 0 || !this.isRamVpn(vpn)) return false;
    const out = this.out;
    out.writable = false;
    const f = this.source.frame(vpn - this.baseVpn, false, out);
    if (f === null) return false;
    const s = vpn & TLB_MASK;
    const words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    this.rtag[s] = vpn; this.r8[s] = f; this.r32[s] = words;
    if (out.writable && (perm & PMP_W) !== 0) this.installWrite(vpn, f, words);
    return true;
  }

  /** Installs a write translation: 0 done, 1 not RAM (→ Bus; PMP allows), 2 refused (RAM
   *  that is not writable, or PMP denies writing). */
  fillWrite(vpn: number): 0 | 1 | 2 {
    const perm = this.dataView.perm(vpn);
    if ((perm & PMP_W) === 0) return 2;
    if (!this.isRamVpn(vpn)) return 1;
    const out = this.out;
    out.writable = false;
    const f = this.source.frame(vpn - this.baseVpn, true, out);
    if (f === null) return 1;
    if (!out.writable) return 2;
    const s = vpn & TLB_MASK;
    const words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    // pmp.ts makes W imply R, so the read translation may move along (see frameMoved).
    this.rtag[s] = vpn; this.r8[s] = f; this.r32[s] = words;
    this.frameMoved(vpn, f);
    this.installWrite(vpn, f, words);
    return 0;
  }

  /** A lazily backed page may have been read through a shared zero frame until page `vpn` got
   *  its own frame `f`: a read translation or code decoded from the old frame must go. */
  private frameMoved(vpn: number, f: Frame): void {
    const s = vpn & TLB_MASK;
    if (this.rtag[s] === vpn && this.r8[s] !== f) { this.rtag[s] = -1; this.r8[s] = NO_FRAME; this.r32[s] = NO_WORDS; }
    const p = this.code[vpn & CODE_MASK];
    if (p !== null && p.vpn === vpn && p.frame !== f) p.evict();
  }

  private installWrite(vpn: number, f: Uint8Array, words: Int32Array): void {
    const s = vpn & TLB_MASK;
    this.wtag[s] = vpn; this.w8[s] = f; this.w32[s] = words;
    const p = this.code[vpn & CODE_MASK];
    this.wcode[s] = p !== null && p.vpn === vpn ? p.guard : null;
  }

  // ---- decoded code -----------------------------------------------------------------------

  /** The decoded-code page for page number `vpn`, or null when it is not RAM or the fetch view
   *  denies executing it (the caller tells the two apart with fetchAllowed). */
  codePage(vpn: number): DecodedPage | null {
    const slot = vpn & CODE_MASK;
    let p = this.code[slot];
    if (p !== null && p.fetchVpn === vpn) return p;
    if (!this.fetchAllowed(vpn)) return null;
    if (p !== null && p.vpn === vpn) { p.fetchVpn = vpn; return p; }
    // The frame, without installing a read translation the data view may not allow.
    const s = vpn & TLB_MASK;
    let f = this.r8[s], words = this.r32[s];
    if (this.rtag[s] !== vpn) {
      if (!this.isRamVpn(vpn)) return null;
      this.out.writable = false;
      const frame = this.source.frame(vpn - this.baseVpn, false, this.out);
      if (frame === null) return null;
      f = frame;
      words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    }
    if (p === null) {
      p = DecodedPage.take();
      this.code[slot] = p;
    } else if (p.vpn >= 0) {
      // Evicting another page: its stores no longer need to invalidate anything.
      const os = p.vpn & TLB_MASK;
      if (this.wtag[os] === p.vpn) this.wcode[os] = null;
    }
    // Code this content decoded for any address space is reused (see shared-code.ts).
    p.reset(vpn, vpn * PAGE_SIZE, f, words, SharedCode.acquire(vpn, words));
    p.fetchVpn = vpn;
    if (this.wtag[s] === vpn) this.wcode[s] = p.guard;
    return p;
  }

  /** Drops decoded instructions overlapping [addr, addr+len) (host writes, slow stores). */
  private invalidateCode(addr: number, len: number): void {
    const first = Math.floor(addr / PAGE_SIZE);
    const last = Math.floor((addr + len - 1) / PAGE_SIZE);
    for (let vpn = first; vpn <= last; vpn++) {
      const p = this.code[vpn & CODE_MASK];
      if (p === null || p.vpn !== vpn) continue;
      const lo = Math.max(addr, vpn * PAGE_SIZE) - vpn * PAGE_SIZE;
      const hi = Math.min(addr + len, (vpn + 1) * PAGE_SIZE) - vpn * PAGE_SIZE;
      this.detach(p);
      p.invalidate(lo >> 2, (hi + 3) >> 2);
    }
  }

  /**
   * A store changed slot `slot` of page `vpn`, whose store guard is set there (wcode[s][slot]
   * !== 0): drop what was decoded or compiled from it. A shared page detaches first (its guard
   * is set everywhere); a hart running it must then fetch the page again, as it does after any
   * call of this, before running another of its instructions.
   */
  codeWritten(vpn: number, slot: number): void {
    const p = this.code[vpn & CODE_MASK];
    if (p === null || p.vpn !== vpn) return;
    this.detach(p);
    if (p.ops[slot] !== 0) p.invalidate(slot, slot + 1);
  }

  /** Gives page `p` private decoded arrays before its bytes change (no-op when it has them). */
  private detach(p: DecodedPage): void {
    if (p.shared === null) return;
    p.detach();
    const s = p.vpn & TLB_MASK;
    if (this.wtag[s] === p.vpn) this.wcode[s] = p.guard;
  }

  // ---- hart slow paths --------------------------------------------------------------------

  /** A naturally aligned load by the running hart: value (zero-extended) or BUS_FAULT. */
  load(addr: number, size: 1 | 2 | 4): number {
    const vpn = addr >>> PAGE_SHIFT;
    const s = vpn & TLB_MASK;
    if (this.rtag[s] === vpn || this.fillRead(vpn)) {
      const o = addr & (PAGE_SIZE - 1);
      if (size === 4) return this.r32[s][o >> 2] >>> 0;
      const f = this.r8[s];
      return size === 1 ? f[o] : f[o] | (f[o + 1] << 8);
    }
    return (this.dataView.perm(vpn) & PMP_R) !== 0 ? this.bus.read(addr, size) : BUS_FAULT;
  }

  /** A naturally aligned store by the running hart; false → store/AMO access fault. */
  store(addr: number, size: 1 | 2 | 4, value: number): boolean {
    const vpn = addr >>> PAGE_SHIFT;
    const s = vpn & TLB_MASK;
    if (this.wtag[s] !== vpn) {
      const r = this.fillWrite(vpn);
      if (r === 1) return this.bus.write(addr, size, value);
      if (r === 2) return false;
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
    return true;
  }

  /** A misaligned load whose bytes are all RAM (value), else MISALIGNED; BUS_FAULT when PMP
   *  denies reading some byte. */
  loadMisaligned(addr: number, size: 2 | 4): number {
    const first = addr >>> PAGE_SHIFT, last = ((addr + size - 1) >>> 0) >>> PAGE_SHIFT;
    if ((this.dataView.perm(first) & this.dataView.perm(last) & PMP_R) === 0) return BUS_FAULT;
    if (!this.isRamVpn(first) || !this.isRamVpn(last)) return MISALIGNED;
    let v = 0;
    for (let k = 0; k < size; k++) {
      const vpn = ((addr + k) >>> 0) >>> PAGE_SHIFT;
      if (this.rtag[vpn & TLB_MASK] !== vpn && !this.fillRead(vpn)) return MISALIGNED;
      v |= this.r8[vpn & TLB_MASK][(addr + k) & (PAGE_SIZE - 1)] << (8 * k);
    }
    return v >>> 0;
  }

  /** A misaligned store, done if every byte is writable RAM (checked before any byte is
   *  written): STORE_DONE, STORE_MISALIGNED, or STORE_FAULT when PMP denies writing some byte. */
  storeMisaligned(addr: number, size: 2 | 4, value: number): number {
    const first = addr >>> PAGE_SHIFT, last = ((addr + size - 1) >>> 0) >>> PAGE_SHIFT;
    if ((this.dataView.perm(first) & this.dataView.perm(last) & PMP_W) === 0) return STORE_FAULT;
    if (this.wtag[first & TLB_MASK] !== first && this.fillWrite(first) !== 0) return STORE_MISALIGNED;
    if (this.wtag[last & TLB_MASK] !== last && this.fillWrite(last) !== 0) return STORE_MISALIGNED;
    for (let k = 0; k < size; k++) this.store((addr + k) >>> 0, 1, value >>> (8 * k));
    return STORE_DONE;
  }

  // ---- host accessors -----------------------------------------------------------------------
  // The host is not a hart: PMP does not apply. Its misses install a translation only where the
  // running hart's data view allows the access anyway.

  /** RAM frame of page `vpn` for the host: null when it is not RAM, false when the host wants
   *  to write and the page is not writable. */
  private hostFrame(vpn: number, forWrite: boolean): Frame | null | false {
    const s = vpn & TLB_MASK;
    if (forWrite ? this.wtag[s] === vpn : this.rtag[s] === vpn) return forWrite ? this.w8[s] : this.r8[s];
    if ((this.dataView.perm(vpn) & (forWrite ? PMP_W : PMP_R)) !== 0) {
      if (!forWrite) return this.fillRead(vpn) ? this.r8[s] : null;
      const r = this.fillWrite(vpn);
      return r === 0 ? this.w8[s] : r === 1 ? null : false;
    }
    if (!this.isRamVpn(vpn)) return null;
    const out = this.out;
    out.writable = false;
    const f = this.source.frame(vpn - this.baseVpn, forWrite, out);
    if (f === null) return null;
    if (!forWrite) return f;
    if (!out.writable) return false;
    this.frameMoved(vpn, f);
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
