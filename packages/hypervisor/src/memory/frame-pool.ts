/**
 * Machine memory: a pool of 4 KiB frames, each free or owned by exactly one domain (or the
 * hypervisor). Frames are backed lazily — a frame's bytes exist only once written; until
 * then it reads as the shared zero frame — so thousands of small domains fit in one host
 * process. Freeing a frame scrubs it: its bytes are dropped, or zeroed and kept for the next
 * frame to be written, so the next owner can only ever see zeros.
 *
 * Free frames are kept as runs of consecutive frame numbers on a stack: allocation takes the
 * lowest frame of the top run, freeing grows the top run when the frame is next to it and
 * pushes a new run otherwise. At boot there is one run, every frame, so a machine of millions
 * of frames starts at once; a domain's RAM comes back as one run and goes out as one run to
 * the next domain (P2M.populateFresh maps such a run without a word per frame).
 */
import { PAGE_SIZE, spareStack } from '@hvsim/riscv';

export const FRAME_FREE = -1;

/** Zeroed byte arrays of freed frames kept for frames written next, up to 64 MiB: zeroing one
 *  costs less than allocating one and collecting the old, and a host that has just destroyed
 *  many domains is likely to create more (a thousand small ones write ~20,000 frames). */
const MAX_SPARE_BYTES = 16384;
const NO_BYTES = new Uint8Array(0);
const INITIAL_RUNS = 64;
/** Frames per group in the count of written frames per group, which lets freeing a run look
 *  for written frames only where there are some. */
const GROUP_SHIFT = 6;

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
  /** Per frame: 0 = never written since the last scrub (reads as zero), else 1 + its slot in
   *  `bytes`. A typed array, so the collector never walks one entry per frame. */
  private readonly slotOf: Int32Array;
  /** Bytes of the written frames, densely (an unused slot holds NO_BYTES). */
  private readonly bytes: Uint8Array[] = [];
  private readonly unusedSlots: number[] = [];
  /** Written frames per group of 64. */
  private readonly backedInGroup: Uint8Array;
  /** The stack of free runs: run i is [runStart[i], runStart[i] + runLength[i]). */
  private runStart = new Int32Array(INITIAL_RUNS);
  private runLength = new Int32Array(INITIAL_RUNS);
  private runs = 0;
  private freeCount = 0;
  private backedCount = 0;
  private readonly spareBytes = spareStack<Uint8Array>();
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
    this.slotOf = new Int32Array(totalFrames);
    this.backedInGroup = new Uint8Array(Math.ceil(totalFrames / (1 << GROUP_SHIFT)));
    this.pushFree(0, totalFrames);
  }

  get freeFrames(): number {
    return this.freeCount;
  }

  /** Frames whose bytes exist in host memory. */
  get backedFrames(): number {
    return this.backedCount;
  }

  /** Takes one free frame for `owner`; throws OutOfFramesError when none is left. */
  alloc(owner: number): number {
    if (this.runs === 0) throw new OutOfFramesError(1, 0);
    const top = this.runs - 1;
    const mfn = this.runStart[top];
    this.takeFromTop(1);
    this.owner[mfn] = owner;
    return mfn;
  }

  /**
   * Takes `count` consecutive frames for `owner` — the ones `count` alloc() calls would hand
   * out — if the top free run holds them; returns the first, or -1 (nothing taken).
   */
  allocRun(owner: number, count: number): number {
    const top = this.runs - 1;
    if (count <= 0 || top < 0 || this.runLength[top] < count) return -1;
    const start = this.runStart[top];
    this.takeFromTop(count);
    this.owner.fill(owner, start, start + count);
    return start;
  }

  /**
   * Takes `count` free frames for `owner` into dst[at, at + count), the same frames in the
   * same order as `count` alloc() calls would (a new domain's RAM, without a call per frame).
   */
  allocInto(owner: number, dst: Int32Array, at: number, count: number): void {
    if (count > this.freeCount) throw new OutOfFramesError(count, this.freeCount);
    for (let done = 0; done < count; ) {
      const top = this.runs - 1;
      const start = this.runStart[top];
      const n = Math.min(this.runLength[top], count - done);
      for (let i = 0; i < n; i++) dst[at + done + i] = start + i;
      this.owner.fill(owner, start, start + n);
      this.takeFromTop(n);
      done += n;
    }
  }

  /** Returns a frame to the pool, scrubbing it. */
  free(mfn: number): void {
    this.checkFree(mfn);
    this.owner[mfn] = FRAME_FREE;
    if (this.slotOf[mfn] !== 0) this.scrub(mfn);
    this.pushFree(mfn, 1);
  }

  /** free() of frames [start, start + count), in ascending order. */
  freeRun(start: number, count: number): void {
    const own = this.owner;
    const slotOf = this.slotOf;
    const checkPins = this.pins.size !== 0;
    const end = start + count;
    for (let mfn = start; mfn < end; mfn++) if (own[mfn] === FRAME_FREE || checkPins) this.checkFree(mfn);
    for (let g = start >>> GROUP_SHIFT; g <= (end - 1) >>> GROUP_SHIFT; g++) {
      if (this.backedInGroup[g] === 0) continue;
      for (let mfn = Math.max(start, g << GROUP_SHIFT); mfn < Math.min(end, (g + 1) << GROUP_SHIFT); mfn++) {
        if (slotOf[mfn] !== 0) this.scrub(mfn);
      }
    }
    own.fill(FRAME_FREE, start, end);
    this.pushFree(start, count);
  }

  private checkFree(mfn: number): void {
    if (this.owner[mfn] === FRAME_FREE) throw new Error(`double free of frame ${mfn}`);
    if (this.pins.size !== 0 && this.pins.has(mfn)) throw new Error(`frame ${mfn} freed while grant-mapped`);
  }

  /** Drops a freed frame's bytes, keeping them zeroed for a frame written later if room. */
  private scrub(mfn: number): void {
    const slot = this.slotOf[mfn] - 1;
    const bytes = this.bytes[slot];
    this.slotOf[mfn] = 0;
    this.bytes[slot] = NO_BYTES;
    this.unusedSlots.push(slot);
    this.backedCount--;
    this.backedInGroup[mfn >>> GROUP_SHIFT]--;
    if (this.spareBytes.length < MAX_SPARE_BYTES) {
      bytes.fill(0);
      this.spareBytes.push(bytes);
    }
  }

  private takeFromTop(count: number): void {
    const top = this.runs - 1;
    this.runStart[top] += count;
    this.runLength[top] -= count;
    if (this.runLength[top] === 0) this.runs--;
    this.freeCount -= count;
  }

  /** Puts free frames [start, start + count) on the stack, joining the top run if they touch it. */
  private pushFree(start: number, count: number): void {
    this.freeCount += count;
    const top = this.runs - 1;
    if (top >= 0) {
      if (this.runStart[top] + this.runLength[top] === start) {
        this.runLength[top] += count;
        return;
      }
      if (start + count === this.runStart[top]) {
        this.runStart[top] = start;
        this.runLength[top] += count;
        return;
      }
    }
    if (this.runs === this.runStart.length) {
      const starts = new Int32Array(this.runs * 2);
      starts.set(this.runStart);
      const lengths = new Int32Array(this.runs * 2);
      lengths.set(this.runLength);
      this.runStart = starts;
      this.runLength = lengths;
    }
    this.runStart[this.runs] = start;
    this.runLength[this.runs] = count;
    this.runs++;
  }

  /** The frame's bytes for reading: its own if written, else the shared zero frame. */
  readable(mfn: number): Uint8Array {
    const slot = this.slotOf[mfn];
    return slot === 0 ? this.zeroFrame : this.bytes[slot - 1];
  }

  /** The frame's bytes for writing, backing it now if it never was. */
  writable(mfn: number): Uint8Array {
    const slot = this.slotOf[mfn];
    if (slot !== 0) return this.bytes[slot - 1];
    const f = this.spareBytes.pop() ?? new Uint8Array(PAGE_SIZE);
    const s = this.unusedSlots.pop() ?? this.bytes.length;
    this.bytes[s] = f;
    this.slotOf[mfn] = s + 1;
    this.backedCount++;
    this.backedInGroup[mfn >>> GROUP_SHIFT]++;
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
    return this.slotOf[mfn] !== 0;
  }
}
