/**
 * One domain's memory: its P2M over the machine frame pool, the PhysMemory its harts run
 * on, tot_pages/max_pages, and copy_to_guest/copy_from_guest. Host-side accesses go through
 * the PhysMemory, so they honour the P2M (read-only entries, holes) and keep the hart's TLB
 * and decoded-instruction cache coherent.
 */
import { BUS_FAULT, PhysMemory, type Bus } from '@hvsim/riscv';
import { HVSIM_GUEST_RAM_BASE } from '@hvsim/abi';
import { RAM_BASE_GFN, RAM_LIMIT_GFN, WINDOW_PAGES } from '../constants';
import type { FramePool } from './frame-pool';
import { P2M, P2M_MFN_MASK, P2M_NONE, P2M_NOT_RAM } from './p2m';

/** Bus of a domain without emulated devices: every non-RAM access faults. */
export const NO_DEVICES: Bus = {
  read: () => BUS_FAULT,
  write: () => false,
};

const SCRATCH_BYTES = 4096;
const SCRATCH = new Uint8Array(SCRATCH_BYTES);
/** Views of the first n scratch bytes, made once per length (n ≤ 64). */
const SCRATCH_VIEWS: Uint8Array[] = [];

export class DomainMemory {
  readonly p2m: P2M;
  readonly phys: PhysMemory;
  /** Frames of RAM this domain owns in its P2M (Xen's tot_pages). */
  totPages = 0;
  maxPages: number;
  /**
   * Scratch for hypercall argument copies. One buffer serves every domain: hypercalls run one
   * at a time, and a handler copies what it needs out before calling another.
   */
  readonly scratch = SCRATCH;

  constructor(private readonly pool: FramePool, readonly domid: number, maxPages: number, bus: Bus) {
    this.maxPages = maxPages;
    this.p2m = new P2M(pool, WINDOW_PAGES);
    this.phys = new PhysMemory(HVSIM_GUEST_RAM_BASE, WINDOW_PAGES, this.p2m, bus);
  }

  /** Populates RAM gfn (absolute) with a fresh frame. Returns false (no change) if it cannot. */
  populate(gfn: number): boolean {
    const idx = gfn - RAM_BASE_GFN;
    if (gfn < RAM_BASE_GFN || gfn >= RAM_LIMIT_GFN || this.p2m.get(idx) !== P2M_NONE) return false;
    if (this.totPages >= this.maxPages || this.pool.freeFrames === 0) return false;
    this.p2m.set(idx, this.pool.alloc(this.domid), 0);
    this.totPages++;
    this.phys.flushPage(idx);
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
    this.phys.flush();
  }

  /** Gives RAM gfn's frame back to the pool (scrubbed). False if gfn is not own RAM. */
  release(gfn: number): boolean {
    const idx = gfn - RAM_BASE_GFN;
    const e = this.p2m.get(idx);
    if (gfn >= RAM_LIMIT_GFN || e === P2M_NONE || (e & P2M_NOT_RAM) !== 0) return false;
    // Xen keeps a granted page alive while mapped; hvsim refuses to give it up instead.
    if (this.pool.isPinned(e & P2M_MFN_MASK)) return false;
    this.p2m.clear(idx);
    this.phys.flushPage(idx);
    this.pool.free(e & P2M_MFN_MASK);
    this.totPages--;
    return true;
  }

  /** Maps a frame the domain does not count as RAM (grant frames, shared_info, foreign grants). */
  mapSpecial(gfn: number, mfn: number, flags: number): void {
    const idx = gfn - RAM_BASE_GFN;
    this.p2m.set(idx, mfn, flags);
    this.phys.flushPage(idx);
  }

  unmapSpecial(gfn: number): number {
    const idx = gfn - RAM_BASE_GFN;
    const e = this.p2m.clear(idx);
    this.phys.flushPage(idx);
    return e;
  }

  /** The P2M entry of an absolute gfn (P2M_NONE outside the window). */
  entry(gfn: number): number {
    return this.p2m.get(gfn - RAM_BASE_GFN);
  }

  /** Frees every RAM frame this domain owns; foreign and special entries are only dropped. */
  releaseAll(): void {
    const { pool, domid } = this;
    this.p2m.drain((e) => {
      if ((e & P2M_NOT_RAM) === 0 && pool.owner[e & P2M_MFN_MASK] === domid) pool.free(e & P2M_MFN_MASK);
    });
    this.phys.release();
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
    return this.inWindow(gpa, len) && this.phys.readBytes(gpa, this.scratchView(len));
  }

  /** copy_to_guest from scratch[0, len). */
  copyToGuest(gpa: number, len: number): boolean {
    return this.inWindow(gpa, len) && this.phys.writeBytes(gpa, this.scratchView(len));
  }

  /** copy_from_guest into a caller's buffer. */
  readInto(gpa: number, dst: Uint8Array): boolean {
    return this.inWindow(gpa, dst.length) && this.phys.readBytes(gpa, dst);
  }

  writeFrom(gpa: number, src: Uint8Array): boolean {
    return this.inWindow(gpa, src.length) && this.phys.writeBytes(gpa, src);
  }

  /** Guest RAM window check: only [RAM base, 2^32) may be touched by the hypervisor. */
  private inWindow(gpa: number, len: number): boolean {
    return gpa >= HVSIM_GUEST_RAM_BASE && gpa + len <= 0x1_0000_0000 && len >= 0;
  }
}
