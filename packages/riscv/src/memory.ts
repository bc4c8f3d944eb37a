import { BUS_FAULT, PAGE_SHIFT, PAGE_SIZE } from './constants';
import { DecodedPage, INSNS_PER_PAGE } from './decoded-page';

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
 * decoded-code cache, plus 8 KiB per page of code actually executed (bounded by the cache).
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
  // Write TLB; wcode holds the decoded ops of the page (if any) so stores can invalidate them.
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
    this.rtag.fill(-1);
    this.wtag.fill(-1);
    this.r8.fill(NO_FRAME);
    this.r32.fill(NO_WORDS);
    this.w8.fill(NO_FRAME);
    this.w32.fill(NO_WORDS);
    this.wcode.fill(null);
    for (const p of this.code) if (p !== null) p.vpn = -1;
    this.epoch++;
  }

  flushPage(index: number): void {
    const vpn = this.baseVpn + index;
    const s = vpn & TLB_MASK;
    if (this.rtag[s] === vpn) { this.rtag[s] = -1; this.r8[s] = NO_FRAME; this.r32[s] = NO_WORDS; }
    if (this.wtag[s] === vpn) { this.wtag[s] = -1; this.w8[s] = NO_FRAME; this.w32[s] = NO_WORDS; this.wcode[s] = null; }
    const p = this.code[vpn & CODE_MASK];
    if (p !== null && p.vpn === vpn) p.vpn = -1;
    this.epoch++;
  }

  // ---- TLB fills --------------------------------------------------------------------------

  private isRamVpn(vpn: number): boolean {
    return vpn - this.baseVpn >= 0 && vpn - this.baseVpn < this.pages;
  }

  /** Installs a read translation for page `vpn`; false when it is not RAM (→ Bus). */
  fillRead(vpn: number): boolean {
    if (!this.isRamVpn(vpn)) return false;
    const out = this.out;
    out.writable = false;
    const f = this.source.frame(vpn - this.baseVpn, false, out);
    if (f === null) return false;
    const s = vpn & TLB_MASK;
    const words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    this.rtag[s] = vpn; this.r8[s] = f; this.r32[s] = words;
    if (out.writable) this.installWrite(vpn, f, words);
    return true;
  }

  /** Installs a write translation: 0 done, 1 not RAM (→ Bus), 2 RAM but not writable. */
  fillWrite(vpn: number): 0 | 1 | 2 {
    if (!this.isRamVpn(vpn)) return 1;
    const out = this.out;
    out.writable = false;
    const f = this.source.frame(vpn - this.baseVpn, true, out);
    if (f === null) return 1;
    if (!out.writable) return 2;
    const s = vpn & TLB_MASK;
    const words = new Int32Array(f.buffer, f.byteOffset, PAGE_SIZE >> 2);
    // A lazily backed page may have been read through a shared zero frame until now: the
    // read translation and any code decoded from it must move to the real frame.
    this.rtag[s] = vpn; this.r8[s] = f; this.r32[s] = words;
    const p = this.code[vpn & CODE_MASK];
    if (p !== null && p.vpn === vpn && p.frame !== f) p.vpn = -1;
    this.installWrite(vpn, f, words);
    return 0;
  }

  private installWrite(vpn: number, f: Uint8Array, words: Int32Array): void {
    const s = vpn & TLB_MASK;
    this.wtag[s] = vpn; this.w8[s] = f; this.w32[s] = words;
    const p = this.code[vpn & CODE_MASK];
    this.wcode[s] = p !== null && p.vpn === vpn ? p.ops : null;
  }

  // ---- decoded code -----------------------------------------------------------------------

  /** The decoded-code page for page number `vpn` (RAM only), or null when it is not RAM. */
  codePage(vpn: number): DecodedPage | null {
    const slot = vpn & CODE_MASK;
    let p = this.code[slot];
    if (p !== null && p.vpn === vpn) return p;
    const s = vpn & TLB_MASK;
    if (this.rtag[s] !== vpn && !this.fillRead(vpn)) return null;
    if (p === null) {
      p = new DecodedPage(INSNS_PER_PAGE);
      this.code[slot] = p;
    } else if (p.vpn >= 0) {
      // Evicting another page: its stores no longer need to invalidate anything.
      const os = p.vpn & TLB_MASK;
      if (this.wtag[os] === p.vpn) this.wcode[os] = null;
    }
    p.reset(vpn, vpn * PAGE_SIZE, this.r8[s], this.r32[s]);
    if (this.wtag[s] === vpn) this.wcode[s] = p.ops;
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
      p.invalidate(lo >> 2, (hi + 3) >> 2);
    }
  }

  /** A store changed slot `slot` of page `vpn`, which holds decoded code (wcode[s][slot] !== 0):
   *  drop what was decoded or compiled from it. */
  codeWritten(vpn: number, slot: number): void {
    const p = this.code[vpn & CODE_MASK];
    if (p !== null && p.vpn === vpn) p.invalidate(slot, slot + 1);
  }

  // ---- hart slow paths --------------------------------------------------------------------

  /** A naturally aligned load: value (zero-extended) or BUS_FAULT. */
  load(addr: number, size: 1 | 2 | 4): number {
    const vpn = addr >>> PAGE_SHIFT;
    const s = vpn & TLB_MASK;
    if (this.rtag[s] === vpn || this.fillRead(vpn)) {
      const o = addr & (PAGE_SIZE - 1);
      if (size === 4) return this.r32[s][o >> 2] >>> 0;
      const f = this.r8[s];
      return size === 1 ? f[o] : f[o] | (f[o + 1] << 8);
    }
    return this.bus.read(addr, size);
  }

  /** A naturally aligned store; false → store/AMO access fault. */
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

  /** A misaligned load whose bytes are all RAM (value), else MISALIGNED. */
  loadMisaligned(addr: number, size: 2 | 4): number {
    if (!this.isRamVpn(addr >>> PAGE_SHIFT) || !this.isRamVpn(((addr + size - 1) >>> 0) >>> PAGE_SHIFT)) return MISALIGNED;
    let v = 0;
    for (let k = 0; k < size; k++) {
      const vpn = ((addr + k) >>> 0) >>> PAGE_SHIFT;
      if (this.rtag[vpn & TLB_MASK] !== vpn && !this.fillRead(vpn)) return MISALIGNED;
      v |= this.r8[vpn & TLB_MASK][(addr + k) & (PAGE_SIZE - 1)] << (8 * k);
    }
    return v >>> 0;
  }

  /** A misaligned store if every byte is writable RAM (checked before any byte is written). */
  storeMisaligned(addr: number, size: 2 | 4, value: number): boolean {
    const first = addr >>> PAGE_SHIFT, last = ((addr + size - 1) >>> 0) >>> PAGE_SHIFT;
    if (this.wtag[first & TLB_MASK] !== first && this.fillWrite(first) !== 0) return false;
    if (this.wtag[last & TLB_MASK] !== last && this.fillWrite(last) !== 0) return false;
    for (let k = 0; k < size; k++) this.store((addr + k) >>> 0, 1, value >>> (8 * k));
    return true;
  }

  // ---- host accessors -----------------------------------------------------------------------

  /** Host read honouring the mapping (any alignment inside RAM); value or BUS_FAULT. */
  read(addr: number, size: 1 | 2 | 4): number {
    addr >>>= 0;
    if ((addr & (size - 1)) === 0) return this.load(addr, size);
    let v = 0;
    for (let k = 0; k < size; k++) {
      const b = this.load((addr + k) >>> 0, 1);
      if (b === BUS_FAULT) return BUS_FAULT;
      v |= b << (8 * k);
    }
    return v >>> 0;
  }

  /** Host write honouring the mapping; invalidates decoded code it overwrites. */
  write(addr: number, size: 1 | 2 | 4, value: number): boolean {
    addr >>>= 0;
    this.epoch++;
    if ((addr & (size - 1)) === 0) return this.store(addr, size, value);
    for (let k = 0; k < size; k++) {
      if (!this.store((addr + k) >>> 0, 1, value >>> (8 * k))) return false;
    }
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
      const vpn = Math.floor(a / PAGE_SIZE);
      if (toGuest ? this.wtag[vpn & TLB_MASK] !== vpn && this.fillWrite(vpn) !== 0
                  : this.rtag[vpn & TLB_MASK] !== vpn && !this.fillRead(vpn)) return false;
    }
    for (let a = addr; a < end; ) {
      const vpn = Math.floor(a / PAGE_SIZE);
      const s = vpn & TLB_MASK;
      if (toGuest ? this.wtag[s] !== vpn && this.fillWrite(vpn) !== 0
                  : this.rtag[s] !== vpn && !this.fillRead(vpn)) return false;
      const o = a - vpn * PAGE_SIZE;
      const n = Math.min(PAGE_SIZE - o, end - a);
      const at = a - addr;
      if (toGuest) this.w8[s].set(buf.subarray(at, at + n), o);
      else buf.set(this.r8[s].subarray(o, o + n), at);
      a += n;
    }
    return true;
  }
}
