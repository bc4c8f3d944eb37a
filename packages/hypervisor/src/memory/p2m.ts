/**
 * A domain's P2M: guest frame number (counted in pages from the RAM base) → machine frame,
 * with flags. It is the riscv FrameSource of the domain's PhysMemory, so every guest load,
 * store and fetch goes through it (on a TLB miss). Two levels of small Int32Arrays keep an
 * idle domain's P2M proportional to what is populated, not to its 2 GiB window.
 */
import type { Frame, FrameSource } from '@hvsim/riscv';
import type { FramePool } from './frame-pool';

/** Entry flags above the mfn bits. */
export const P2M_READONLY = 1 << 30;
/** The entry maps another domain's frame (a grant mapping), not one this domain owns. */
export const P2M_FOREIGN = 1 << 29;
/** A hypervisor page shown to the guest (shared_info, grant-table frames): not RAM it can give away. */
export const P2M_SPECIAL = 1 << 28;
export const P2M_MFN_MASK = (1 << 28) - 1;
/** Entries that are not the domain's own ordinary RAM. */
export const P2M_NOT_RAM = P2M_FOREIGN | P2M_SPECIAL;
export const P2M_NONE = -1;

const LEAF_SHIFT = 10;
const LEAF_SIZE = 1 << LEAF_SHIFT;
const LEAF_MASK = LEAF_SIZE - 1;

export class P2M implements FrameSource {
  private readonly leaves: Array<Int32Array | undefined>;
  /** Populated entries (own and foreign). */
  private populated = 0;

  /** `windowPages`: the guest-physical window size in pages (gfn < windowPages). */
  constructor(private readonly pool: FramePool, readonly windowPages: number) {
    this.leaves = new Array<Int32Array | undefined>(Math.ceil(windowPages / LEAF_SIZE)).fill(undefined);
  }

  get populatedCount(): number {
    return this.populated;
  }

  /** The raw entry for `gfn`, P2M_NONE when nothing is mapped there (or gfn out of range). */
  get(gfn: number): number {
    if (gfn < 0 || gfn >= this.windowPages) return P2M_NONE;
    const leaf = this.leaves[gfn >>> LEAF_SHIFT];
    return leaf === undefined ? P2M_NONE : leaf[gfn & LEAF_MASK];
  }

  /** Installs an entry; the caller flushes the PhysMemory page. */
  set(gfn: number, mfn: number, flags: number): void {
    if (gfn < 0 || gfn >= this.windowPages) throw new RangeError(`gfn ${gfn} outside the P2M window`);
    let leaf = this.leaves[gfn >>> LEAF_SHIFT];
    if (leaf === undefined) {
      leaf = new Int32Array(LEAF_SIZE).fill(P2M_NONE);
      this.leaves[gfn >>> LEAF_SHIFT] = leaf;
    }
    if (leaf[gfn & LEAF_MASK] === P2M_NONE) this.populated++;
    leaf[gfn & LEAF_MASK] = mfn | flags;
  }

  /** Removes an entry and returns what it was. */
  clear(gfn: number): number {
    const e = this.get(gfn);
    if (e !== P2M_NONE) {
      (this.leaves[gfn >>> LEAF_SHIFT] as Int32Array)[gfn & LEAF_MASK] = P2M_NONE;
      this.populated--;
    }
    return e;
  }

  /**
   * Maps `count` empty entries from `gfn` up to fresh frames of `owner`, in gfn order (domain
   * creation's initial RAM, without a lookup and a flush per page). The caller has checked
   * that the range is in the window, empty, and that the pool covers it.
   */
  populateFresh(gfn: number, count: number, owner: number): void {
    for (let g = gfn; g < gfn + count; g++) {
      let leaf = this.leaves[g >>> LEAF_SHIFT];
      if (leaf === undefined) {
        leaf = new Int32Array(LEAF_SIZE).fill(P2M_NONE);
        this.leaves[g >>> LEAF_SHIFT] = leaf;
      }
      if (leaf[g & LEAF_MASK] !== P2M_NONE) throw new RangeError(`gfn ${g} is already populated`);
      leaf[g & LEAF_MASK] = this.pool.alloc(owner);
    }
    this.populated += count;
  }

  /** Empties the P2M, calling fn(entry) for every populated entry, in gfn order (destruction). */
  drain(fn: (entry: number) => void): void {
    for (let l = 0; l < this.leaves.length; l++) {
      const leaf = this.leaves[l];
      if (leaf === undefined) continue;
      this.leaves[l] = undefined;
      for (let i = 0; i < LEAF_SIZE; i++) if (leaf[i] !== P2M_NONE) fn(leaf[i]);
    }
    this.populated = 0;
  }

  /** Calls fn(gfn, entry) for every populated entry, in gfn order. */
  forEach(fn: (gfn: number, entry: number) => void): void {
    for (let l = 0; l < this.leaves.length; l++) {
      const leaf = this.leaves[l];
      if (leaf === undefined) continue;
      for (let i = 0; i < LEAF_SIZE; i++) if (leaf[i] !== P2M_NONE) fn((l << LEAF_SHIFT) | i, leaf[i]);
    }
  }

  /** FrameSource: read-only entries never hand out a writable frame; unwritten frames read as zeros. */
  frame(index: number, forWrite: boolean, out: { writable: boolean }): Frame | null {
    const e = this.get(index);
    if (e === P2M_NONE) return null;
    const mfn = e & P2M_MFN_MASK;
    if (forWrite) {
      if (e & P2M_READONLY) return null;
      out.writable = true;
      return this.pool.writable(mfn);
    }
    if ((e & P2M_READONLY) === 0 && this.pool.isBacked(mfn)) {
      out.writable = true;
      return this.pool.readable(mfn);
    }
    out.writable = false;
    return this.pool.readable(mfn);
  }
}
