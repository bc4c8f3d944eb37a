/**
 * A domain's P2M: guest frame number (counted in pages from the RAM base) → machine frame,
 * with flags. It is the riscv FrameSource of the domain's PhysMemory, so every guest load,
 * store and fetch goes through it (on a TLB miss). Three levels — a root of directories, a
 * directory of leaves, leaves of 1024 Int32 entries — keep a domain's P2M proportional to
 * what is populated, not to its 2 GiB window: a small domain has its RAM at the bottom of the
 * window and its special pages at the top, so a flat table of leaves would be mostly holes.
 *
 * A leaf that maps 1024 consecutive frames of the domain's own RAM in order — what creation
 * populates when the pool hands out a run — is kept as just its first frame number (a run
 * leaf), and becomes an array only when one of its entries changes.
 */
import { spareStack, type Frame, type FrameSource } from '@hvsim/riscv';
import type { FramePool } from './frame-pool';
import type { LogDirty } from './log-dirty';

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
/** Leaves per directory (a directory spans 128 MiB of guest-physical space). */
const DIR_SHIFT = 5;
const DIR_SIZE = 1 << DIR_SHIFT;
const DIR_MASK = DIR_SIZE - 1;
const ROOT_SHIFT = LEAF_SHIFT + DIR_SHIFT;

/** A leaf: its entries, or the first frame of a run leaf (entry i = that + i, flags 0). */
type Leaf = Int32Array | number;
type Directory = Array<Leaf | undefined>;

/** Emptied leaves of released P2Ms, for new ones to take (1 MiB at most). */
const MAX_SPARE_LEAVES = 256;
const spareLeaves = spareStack<Int32Array>();

function takeLeaf(): Int32Array {
  return spareLeaves.pop() ?? new Int32Array(LEAF_SIZE).fill(P2M_NONE);
}

function giveLeaf(leaf: Int32Array): void {
  if (spareLeaves.length >= MAX_SPARE_LEAVES) return;
  leaf.fill(P2M_NONE);
  spareLeaves.push(leaf);
}

export class P2M implements FrameSource {
  private readonly root: Array<Directory | undefined>;
  /** Populated entries (own and foreign). */
  private populated = 0;
  private maxMapped = -1;
  /** Log-dirty mode's bitmap (log-dirty.ts), null when the domain is not in it: then the
   *  answers of frame() are what they always were. */
  logDirty: LogDirty | null = null;

  /** `windowPages`: the guest-physical window size in pages (gfn < windowPages). */
  constructor(private readonly pool: FramePool, readonly windowPages: number) {
    this.root = new Array<Directory | undefined>(Math.ceil(windowPages / (LEAF_SIZE * DIR_SIZE))).fill(undefined);
  }

  get populatedCount(): number {
    return this.populated;
  }

  /** The raw entry for `gfn`, P2M_NONE when nothing is mapped there (or gfn out of range). */
  get(gfn: number): number {
    if (gfn < 0 || gfn >= this.windowPages) return P2M_NONE;
    const dir = this.root[gfn >>> ROOT_SHIFT];
    if (dir === undefined) return P2M_NONE;
    const leaf = dir[(gfn >>> LEAF_SHIFT) & DIR_MASK];
    if (leaf === undefined) return P2M_NONE;
    return typeof leaf === 'number' ? leaf + (gfn & LEAF_MASK) : leaf[gfn & LEAF_MASK];
  }

  /**
   * The highest gfn that ever had an entry, or -1 (XENMEM_maximum_gpfn): like Xen/Arm's
   * max_mapped_gfn it never goes down, so a guest sizing a table by it never sees it shrink.
   */
  highest(): number {
    return this.maxMapped;
  }

  /** Installs an entry; the caller flushes the PhysMemory page. */
  set(gfn: number, mfn: number, flags: number): void {
    if (gfn < 0 || gfn >= this.windowPages) throw new RangeError(`gfn ${gfn} outside the P2M window`);
    const leaf = this.leafFor(gfn);
    if (leaf[gfn & LEAF_MASK] === P2M_NONE) this.populated++;
    leaf[gfn & LEAF_MASK] = mfn | flags;
    if (gfn > this.maxMapped) this.maxMapped = gfn;
  }

  /** Removes an entry and returns what it was. */
  clear(gfn: number): number {
    const e = this.get(gfn);
    if (e !== P2M_NONE) {
      this.leafFor(gfn)[gfn & LEAF_MASK] = P2M_NONE;
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
    if (count > 0 && gfn + count - 1 > this.maxMapped) this.maxMapped = gfn + count - 1;
    for (let g = gfn; g < gfn + count; ) {
      const at = g & LEAF_MASK;
      const n = Math.min(LEAF_SIZE - at, gfn + count - g);
      if (n === LEAF_SIZE && this.leafAt(g) === undefined) {
        const first = this.pool.allocRun(owner, LEAF_SIZE);
        if (first >= 0) {
          this.directoryFor(g)[(g >>> LEAF_SHIFT) & DIR_MASK] = first;
          this.populated += n;
          g += n;
          continue;
        }
      }
      const leaf = this.leafFor(g);
      for (let i = at; i < at + n; i++) if (leaf[i] !== P2M_NONE) throw new RangeError(`gfn ${g - at + i} is already populated`);
      this.pool.allocInto(owner, leaf, at, n);
      this.populated += n;
      g += n;
    }
  }

  /**
   * Empties the P2M, giving the pool back every frame of `owner` it maps as ordinary RAM, in
   * gfn order; foreign and special entries are only dropped (destruction).
   */
  releaseAll(owner: number): void {
    const owners = this.pool.owner;
    for (let r = 0; r < this.root.length; r++) {
      const dir = this.root[r];
      if (dir === undefined) continue;
      this.root[r] = undefined;
      for (let l = 0; l < DIR_SIZE; l++) {
        const leaf = dir[l];
        if (leaf === undefined) continue;
        if (typeof leaf === 'number') {
          if (owners[leaf] === owner) this.pool.freeRun(leaf, LEAF_SIZE);
          continue;
        }
        for (let i = 0; i < LEAF_SIZE; i++) {
          const e = leaf[i];
          if (e !== P2M_NONE && (e & P2M_NOT_RAM) === 0 && owners[e & P2M_MFN_MASK] === owner) this.pool.free(e & P2M_MFN_MASK);
        }
        giveLeaf(leaf);
      }
    }
    this.populated = 0;
  }

  /** Calls fn(gfn, entry) for every populated entry, in gfn order. */
  forEach(fn: (gfn: number, entry: number) => void): void {
    for (let r = 0; r < this.root.length; r++) {
      const dir = this.root[r];
      if (dir === undefined) continue;
      for (let l = 0; l < DIR_SIZE; l++) {
        const leaf = dir[l];
        if (leaf === undefined) continue;
        const base = (r << ROOT_SHIFT) | (l << LEAF_SHIFT);
        if (typeof leaf === 'number') for (let i = 0; i < LEAF_SIZE; i++) fn(base | i, leaf + i);
        else for (let i = 0; i < LEAF_SIZE; i++) if (leaf[i] !== P2M_NONE) fn(base | i, leaf[i]);
      }
    }
  }

  /**
   * FrameSource: read-only entries never hand out a writable frame; unwritten frames read as
   * zeros. In log-dirty mode a clean page of own RAM is handed out for reading only, so the
   * hart's first store to it comes back here as a write, which marks it.
   */
  frame(index: number, forWrite: boolean, out: { writable: boolean }): Frame | null {
    const e = this.get(index);
    if (e === P2M_NONE) return null;
    const mfn = e & P2M_MFN_MASK;
    const dirty = this.logDirty;
    if (forWrite) {
      if (e & P2M_READONLY) return null;
      if (dirty !== null && (e & P2M_NOT_RAM) === 0 && !dirty.isDirty(index)) dirty.fault(index);
      out.writable = true;
      return this.pool.writable(mfn);
    }
    if ((e & P2M_READONLY) === 0 && this.pool.isBacked(mfn) && (dirty === null || (e & P2M_NOT_RAM) !== 0 || dirty.isDirty(index))) {
      out.writable = true;
      return this.pool.readable(mfn);
    }
    out.writable = false;
    return this.pool.readable(mfn);
  }

  private leafAt(gfn: number): Leaf | undefined {
    return this.root[gfn >>> ROOT_SHIFT]?.[(gfn >>> LEAF_SHIFT) & DIR_MASK];
  }

  private directoryFor(gfn: number): Directory {
    let dir = this.root[gfn >>> ROOT_SHIFT];
    if (dir === undefined) {
      dir = new Array<Leaf | undefined>(DIR_SIZE).fill(undefined);
      this.root[gfn >>> ROOT_SHIFT] = dir;
    }
    return dir;
  }

  /** The entries of the leaf holding `gfn` (in the window): made if there is no leaf yet,
   *  spelled out if it is a run leaf. */
  private leafFor(gfn: number): Int32Array {
    const dir = this.directoryFor(gfn);
    const l = (gfn >>> LEAF_SHIFT) & DIR_MASK;
    const leaf = dir[l];
    if (leaf instanceof Int32Array) return leaf;
    const entries = takeLeaf();
    if (leaf !== undefined) for (let i = 0; i < LEAF_SIZE; i++) entries[i] = leaf + i;
    dir[l] = entries;
    return entries;
  }
}
