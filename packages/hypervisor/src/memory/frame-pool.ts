/**
 * Machine memory: a pool of 4 KiB frames, each free or owned by exactly one domain (or the
 * hypervisor). Frames are backed lazily — a frame's bytes exist only once written; until
 * then it reads as the shared zero frame — so thousands of small domains fit in one host
 * process. Freeing a frame drops its bytes (the scrub): the next owner can only ever see
 * zeros.
 */
import { PAGE_SIZE } from '@hvsim/riscv';

export const FRAME_FREE = -1;

export class OutOfFramesError extends Error {
  constructor(wanted: number, free: number) {
    super(`machine memory exhausted: ${wanted} frames wanted, ${free} free`);
    this.name = 'OutOfFramesError';
  }
}

export class FramePool {
  readonly totalFrames: number;
  /** Owner domid per frame, FRAME_FREE when free. */
  readonly owner: Int32Array;
  /** Bytes of written frames; undefined = never written since the last scrub (reads as zero). */
  private readonly backing: Array<Uint8Array | undefined>;
  /** Stack of free frame numbers; allocation pops, freeing pushes (LIFO, deterministic). */
  private readonly freeStack: Int32Array;
  private freeTop: number;
  private backedCount = 0;
  /** Foreign (grant) mappings per frame: a mapped frame may not be freed. Sparse, so a Map. */
  private readonly pins = new Map<number, number>();
  /** Shared by every never-written frame. Nobody may write it: the hart gets it only read-only. */
  readonly zeroFrame: Uint8Array = new Uint8Array(PAGE_SIZE);

  constructor(totalFrames: number) {
    if (!Number.isInteger(totalFrames) || totalFrames <= 0 || totalFrames > 0x4000_0000) {
      throw new RangeError(`frame pool size must be 1..2^30 frames, got ${totalFrames}`);
    }
    this.totalFrames = totalFrames;
    this.owner = new Int32Array(totalFrames).fill(FRAME_FREE);
    this.backing = new Array<Uint8Array | undefined>(totalFrames).fill(undefined);
    this.freeStack = new Int32Array(totalFrames);
    // Lowest frame numbers on top: allocation hands out ascending mfns on a fresh machine.
    for (let i = 0; i < totalFrames; i++) this.freeStack[i] = totalFrames - 1 - i;
    this.freeTop = totalFrames;
  }

  get freeFrames(): number {
    return this.freeTop;
  }

  /** Frames whose bytes exist in host memory. */
  get backedFrames(): number {
    return this.backedCount;
  }

  /** Takes one free frame for `owner`; throws OutOfFramesError when none is left. */
  alloc(owner: number): number {
    if (this.freeTop === 0) throw new OutOfFramesError(1, 0);
    const mfn = this.freeStack[--this.freeTop];
    this.owner[mfn] = owner;
    return mfn;
  }

  /** Returns a frame to the pool, scrubbing it. */
  free(mfn: number): void {
    if (this.owner[mfn] === FRAME_FREE) throw new Error(`double free of frame ${mfn}`);
    if (this.pins.size !== 0 && this.pins.has(mfn)) throw new Error(`frame ${mfn} freed while grant-mapped`);
    this.owner[mfn] = FRAME_FREE;
    if (this.backing[mfn] !== undefined) {
      this.backing[mfn] = undefined;
      this.backedCount--;
    }
    this.freeStack[this.freeTop++] = mfn;
  }

  /** The frame's bytes for reading: its own if written, else the shared zero frame. */
  readable(mfn: number): Uint8Array {
    return this.backing[mfn] ?? this.zeroFrame;
  }

  /** The frame's bytes for writing, backing it now if it never was. */
  writable(mfn: number): Uint8Array {
    let f = this.backing[mfn];
    if (f === undefined) {
      f = new Uint8Array(PAGE_SIZE);
      this.backing[mfn] = f;
      this.backedCount++;
    }
    return f;
  }

  pin(mfn: number): void {
    this.pins.set(mfn, (this.pins.get(mfn) ?? 0) + 1);
  }

  unpin(mfn: number): void {
    const n = (this.pins.get(mfn) ?? 0) - 1;
    if (n > 0) this.pins.set(mfn, n);
    else this.pins.delete(mfn);
  }

  isPinned(mfn: number): boolean {
    return this.pins.has(mfn);
  }

  isBacked(mfn: number): boolean {
    return this.backing[mfn] !== undefined;
  }
}
