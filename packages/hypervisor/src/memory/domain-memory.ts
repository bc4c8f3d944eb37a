/**
 * One domain's memory: its P2M over the machine frame pool, the PhysMemory its harts run
 * on, tot_pages/max_pages, and copy_to_guest/copy_from_guest. Host-side accesses honour the
 * P2M (read-only entries, holes); writes go through the PhysMemory, which keeps the harts'
 * TLBs and decoded-instruction cache coherent, reads straight to the frames (which hold
 * whatever the harts stored) without disturbing those caches.
 *
 * The PhysMemory is made on first use — by the domain's first hart, made when a vCPU is
 * first started or examined — so a domain that is created and destroyed without running
 * costs none; until then there is nothing cached to keep coherent, and writes go straight
 * to the frames too.
 */
import { BUS_FAULT, PAGE_SIZE, PhysMemory, type Bus } from '@hvsim/riscv';
import { HVSIM_GUEST_RAM_BASE } from '@hvsim/abi';
import { RAM_BASE_GFN, RAM_LIMIT_GFN, WINDOW_PAGES } from '../constants';
import type { FramePool } from './frame-pool';
import { LogDirty } from './log-dirty';
import { P2M, P2M_MFN_MASK, P2M_NONE, P2M_NOT_RAM, P2M_READONLY } from './p2m';

/** Bus of a domain without emulated devices: every non-RAM access faults. */
export const NO_DEVICES: Bus = {
  read: () => BUS_FAULT,
  write: () => false,
};

// Read once: a binding imported from another package is a getter call on every use
// (TypeScript's CommonJS re-exports), and the copies below run per grant copy and hypercall.
const PAGE = PAGE_SIZE;
const RAM_BASE = HVSIM_GUEST_RAM_BASE;
const SCRATCH_BYTES = 4096;
const SCRATCH = new Uint8Array(SCRATCH_BYTES);
/** Views of the first n scratch bytes, made once per length (n ≤ 64). */
const SCRATCH_VIEWS: Uint8Array[] = [];
/** Copies up to this many bytes go byte by byte: cheaper than making a view to copy from. */
const SMALL_COPY = 64;
/** Writes up to this many bytes go a word at a time through the harts' memory; longer ones (a
 *  frame a backend copies in) as one copy, whose coherence work is once per page, not per word. */
const SMALL_WRITE = 8;
const frameOut = { writable: false };

/** What a page read for migration finds at a gfn (pageKind): own RAM whose bytes exist; own
 *  RAM never written, which reads as zeros; nothing of the domain's own (a hole, a special
 *  page, another domain's page mapped by grant). */
export const GUEST_PAGE_RAM = 1, GUEST_PAGE_ZERO = 2, GUEST_PAGE_ABSENT = 3;

export class DomainMemory {
  readonly p2m: P2M;
  private physMemory: PhysMemory | null = null;
  /** Frames of RAM this domain owns, in its P2M or displaced from it (Xen's tot_pages). */
  totPages = 0;
  /**
   * Own RAM frames no gfn shows any more: a page add_to_physmap or a grant mapping replaced, or
   * remove_from_physmap took away. Xen/Arm drops only the mapping (its P2M puts a reference of
   * foreign pages alone), so the page stays allocated to the domain, in tot_pages, until the
   * domain is destroyed.
   */
  private readonly displaced: number[] = [];
  maxPages: number;
  /**
   * Scratch for hypercall argument copies. One buffer serves every domain: hypercalls run one
   * at a time, and a handler copies what it needs out before calling another.
   */
  readonly scratch = SCRATCH;

  constructor(private readonly pool: FramePool, readonly domid: number, maxPages: number, private readonly bus: Bus) {
    this.maxPages = maxPages;
    this.p2m = new P2M(pool, WINDOW_PAGES);
  }

  /** The guest-physical memory the domain's harts run on (made on first use). */
  get phys(): PhysMemory {
    return (this.physMemory ??= new PhysMemory(RAM_BASE, WINDOW_PAGES, this.p2m, this.bus));
  }

  // ---- log-dirty mode (log-dirty.ts) ---------------------------------------------------------

  /** The dirty bitmap while the domain is in log-dirty mode, else null. */
  get logDirty(): LogDirty | null {
    return this.p2m.logDirty;
  }

  /** Enters log-dirty mode with every page clean: the harts' write translations go, so each
   *  page's next store is seen. The caller has checked the mode is off. */
  enableLogDirty(): void {
    this.p2m.logDirty = new LogDirty(WINDOW_PAGES);
    this.physMemory?.dropWriteTranslations();
  }

  /** Leaves log-dirty mode; write translations come back as the harts fill them. */
  disableLogDirty(): void {
    this.p2m.logDirty = null;
  }

  /** CLEAN: every page clean again (its next store is seen) and the stats zero. */
  cleanLogDirty(): void {
    const dirty = this.p2m.logDirty;
    if (dirty === null) return;
    dirty.reset();
    this.physMemory?.dropWriteTranslations();
  }

  /** Marks absolute gfn dirty when the domain is in log-dirty mode (the hypervisor wrote it,
   *  or ballooning added or removed it). */
  markDirty(gfn: number): void {
    this.p2m.logDirty?.mark(gfn - RAM_BASE_GFN);
  }

  /** Makes the harts forget what they cached of absolute gfn (its entry or its frame changed). */
  flushGfn(gfn: number): void {
    this.physMemory?.flushPage(gfn - RAM_BASE_GFN);
  }

  /** Populates RAM gfn (absolute) with a fresh frame. Returns false (no change) if it cannot. */
  populate(gfn: number): boolean {
    const idx = gfn - RAM_BASE_GFN;
    if (gfn < RAM_BASE_GFN || gfn >= RAM_LIMIT_GFN || this.p2m.get(idx) !== P2M_NONE) return false;
    if (this.totPages >= this.maxPages || this.pool.freeFrames === 0) return false;
    this.p2m.set(idx, this.pool.alloc(this.domid), 0);
    this.totPages++;
    this.flushGfn(gfn);
    this.markDirty(gfn);
    return true;
  }

  /**
   * A new domain's initial RAM: `count` pages from absolute `gfn` up, fresh frames in gfn order
   * (the same frames populate() page by page would take). The caller has checked the pool.
   */
  populateInitial(gfn: number, count: number): void {
    const idx = gfn - RAM_BASE_GFN;
    if (gfn < RAM_BASE_GFN || gfn + count > RAM_LIMIT_GFN || this.totPages + count > this.maxPages || this.pool.freeFrames < count) {
      throw new RangeError(`cannot populate ${count} pages from gfn 0x${gfn.toString(16)}`);
    }
    this.p2m.populateFresh(idx, count, this.domid);
    this.totPages += count;
    this.physMemory?.flush();
  }

  /** Gives RAM gfn's frame back to the pool (scrubbed). False if gfn is not own RAM. */
  release(gfn: number): boolean {
    const idx = gfn - RAM_BASE_GFN;
    const e = this.p2m.get(idx);
    if (gfn >= RAM_LIMIT_GFN || e === P2M_NONE || (e & P2M_NOT_RAM) !== 0) return false;
    // Xen keeps a granted page alive while mapped; hvsim refuses to give it up instead.
    if (this.pool.isPinned(e & P2M_MFN_MASK)) return false;
    this.p2m.clear(idx);
    this.flushGfn(gfn);
    this.pool.free(e & P2M_MFN_MASK);
    this.totPages--;
    // Dirty, so that a migration's next round finds it gone.
    this.markDirty(gfn);
    return true;
  }

  /**
   * Takes own RAM away from gfn, the frame staying the domain's (see `displaced`); a page
   * another domain maps through a grant stays mapped there. False if gfn is not own RAM.
   */
  displace(gfn: number): boolean {
    const e = this.entry(gfn);
    if (gfn >= RAM_LIMIT_GFN || e === P2M_NONE || (e & P2M_NOT_RAM) !== 0) return false;
    this.p2m.clear(gfn - RAM_BASE_GFN);
    this.flushGfn(gfn);
    this.displaced.push(e & P2M_MFN_MASK);
    // Dirty, so that a migration's next round finds it gone.
    this.markDirty(gfn);
    return true;
  }

  /** Own RAM frames no gfn shows (counted in tot_pages). */
  get displacedPages(): number {
    return this.displaced.length;
  }

  /** Maps a frame the domain does not count as RAM (grant frames, shared_info, foreign grants). */
  mapSpecial(gfn: number, mfn: number, flags: number): void {
    this.p2m.set(gfn - RAM_BASE_GFN, mfn, flags);
    this.flushGfn(gfn);
  }

  unmapSpecial(gfn: number): number {
    const e = this.p2m.clear(gfn - RAM_BASE_GFN);
    this.flushGfn(gfn);
    return e;
  }

  /** The P2M entry of an absolute gfn (P2M_NONE outside the window). */
  entry(gfn: number): number {
    return this.p2m.get(gfn - RAM_BASE_GFN);
  }

  /**
   * The frame behind absolute gfn if it is the domain's own writable RAM, made ready for the
   * hypervisor to write from now on (a FIFO control block or event-array page, a registered
   * vcpu_info); else -1, Xen's failing get_page_from_gfn. The frame is backed, and the harts
   * forget any translation they cached of it while it was still the shared zero frame.
   */
  hypervisorWritableFrame(gfn: number): number {
    if (!Number.isInteger(gfn) || gfn < RAM_BASE_GFN || gfn >= RAM_LIMIT_GFN) return -1;
    const e = this.entry(gfn);
    if (e === P2M_NONE || (e & (P2M_NOT_RAM | P2M_READONLY)) !== 0) return -1;
    const mfn = e & P2M_MFN_MASK;
    this.pool.writable(mfn);
    this.flushGfn(gfn);
    return mfn;
  }

  /** GUEST_PAGE_* of absolute gfn. */
  pageKind(gfn: number): number {
    const e = this.entry(gfn);
    if (e === P2M_NONE || (e & P2M_NOT_RAM) !== 0 || gfn >= RAM_LIMIT_GFN) return GUEST_PAGE_ABSENT;
    return this.pool.isBacked(e & P2M_MFN_MASK) ? GUEST_PAGE_RAM : GUEST_PAGE_ZERO;
  }

  /** Copies the bytes of absolute gfn, a GUEST_PAGE_RAM page, into dst at `at`. */
  copyPage(gfn: number, dst: Uint8Array, at: number): void {
    dst.set(this.pool.readable(this.entry(gfn) & P2M_MFN_MASK), at);
  }

  /** Frees every RAM frame this domain owns, displaced ones included; foreign and special
   *  entries are only dropped. Other domains' mappings of its frames are gone by now. */
  releaseAll(): void {
    this.p2m.releaseAll(this.domid);
    for (const mfn of this.displaced) this.pool.free(mfn);
    this.displaced.length = 0;
    this.physMemory?.release();
    this.totPages = 0;
  }

  /** A view of the first `len` scratch bytes (no allocation for len ≤ 64). */
  scratchView(len: number): Uint8Array {
    if (len > 64) return SCRATCH.subarray(0, len);
    let v = SCRATCH_VIEWS[len];
    if (v === undefined) {
      v = SCRATCH.subarray(0, len);
      SCRATCH_VIEWS[len] = v;
    }
    return v;
  }

  /** copy_from_guest into scratch[0, len): false (→ EFAULT) if any byte is not RAM the guest may read. */
  copyFromGuest(gpa: number, len: number): boolean {
    return this.readInto(gpa, this.scratchView(len));
  }

  /** copy_to_guest from scratch[0, len). */
  copyToGuest(gpa: number, len: number): boolean {
    return this.writeFrom(gpa, this.scratchView(len));
  }

  /** copy_from_guest into a caller's buffer, at dst[at, at + length) (a batch's op needs no view). */
  readInto(gpa: number, dst: Uint8Array, at = 0, length = dst.length): boolean {
    return this.inWindow(gpa, length) && this.copy(gpa, dst, false, at, length);
  }

  /** `length` bytes of guest RAM from gpa, in a new array (the only allocation when they are
   *  on one page); null if any byte is not RAM. */
  read(gpa: number, length: number): Uint8Array | null {
    if (!this.inWindow(gpa, length)) return null;
    const o = gpa % PAGE;
    if (length > 0 && o + length <= PAGE) {
      const f = this.frameAt(gpa, false);
      return f === null ? null : f.slice(o, o + length);
    }
    const out = new Uint8Array(length);
    return this.copy(gpa, out, false) ? out : null;
  }

  /** copy_to_guest from a caller's buffer, from src[at, at + length) (a batch's op needs no view). */
  writeFrom(gpa: number, src: Uint8Array, at = 0, length = src.length): boolean {
    if (!this.inWindow(gpa, length)) return false;
    // Marked before the write, so that the P2M, asked for the pages' frames for writing, finds
    // them dirty and counts no guest write fault; a refused write leaves extra pages dirty only.
    this.p2m.logDirty?.markBytes(gpa - RAM_BASE, length);
    const phys = this.physMemory;
    if (phys === null) return this.copy(gpa, src, true, at, length);
    if (length > SMALL_WRITE || (gpa % PAGE) + length > PAGE) return phys.writeBytes(gpa, src, at, length);
    // A few bytes on one page (a ring index, a field): stored a word at a time through the
    // harts' memory, which keeps their caches coherent, without a view to copy from.
    if (length > 0 && this.frameAt(gpa, true) === null) return false;
    for (let i = 0; i < length; ) {
      const b = at + i;
      if (((gpa + i) & 3) === 0 && i + 4 <= length) {
        phys.write(gpa + i, 4, src[b] | (src[b + 1] << 8) | (src[b + 2] << 16) | (src[b + 3] << 24));
        i += 4;
      } else {
        phys.write(gpa + i, 1, src[b]);
        i++;
      }
    }
    return true;
  }

  /** Guest RAM window check: only [RAM base, 2^32) may be touched by the hypervisor. */
  private inWindow(gpa: number, len: number): boolean {
    return gpa >= RAM_BASE && gpa + len <= 0x1_0000_0000 && len >= 0;
  }

  /** Copies between buf and guest RAM through the P2M alone; nothing at all unless every page is RAM (writable RAM for a write). */
  private copy(gpa: number, buf: Uint8Array, toGuest: boolean, at = 0, length = buf.length): boolean {
    const o = gpa % PAGE;
    if (length > 0 && o + length <= PAGE) {
      // One page, the usual case (a grant copy): one P2M lookup.
      const f = this.frameAt(gpa, toGuest);
      if (f === null) return false;
      if (toGuest) copyBytes(f, o, buf, at, length);
      else copyBytes(buf, at, f, o, length);
      return true;
    }
    const end = gpa + length;
    for (let a = gpa; a < end; a = (Math.floor(a / PAGE) + 1) * PAGE) {
      if (this.frameAt(a, toGuest) === null) return false;
    }
    for (let a = gpa; a < end; ) {
      const f = this.frameAt(a, toGuest) as Uint8Array;
      const o = a % PAGE;
      const n = Math.min(PAGE - o, end - a);
      if (toGuest) copyBytes(f, o, buf, at + a - gpa, n);
      else copyBytes(buf, at + a - gpa, f, o, n);
      a += n;
    }
    return true;
  }

  /** The frame holding gpa: for writing (backed now) or reading (maybe the zero frame); null if it is not such RAM. */
  private frameAt(gpa: number, forWrite: boolean): Uint8Array | null {
    frameOut.writable = false;
    const f = this.p2m.frame(Math.floor(gpa / PAGE) - RAM_BASE_GFN, forWrite, frameOut);
    return f === null || (forWrite && !frameOut.writable) ? null : f;
  }
}

/** dst[dstAt, +n) = src[srcAt, +n). */
function copyBytes(dst: Uint8Array, dstAt: number, src: Uint8Array, srcAt: number, n: number): void {
  if (n <= SMALL_COPY) {
    for (let i = 0; i < n; i++) dst[dstAt + i] = src[srcAt + i];
  } else {
    dst.set(srcAt === 0 && n === src.length ? src : src.subarray(srcAt, srcAt + n), dstAt);
  }
}
