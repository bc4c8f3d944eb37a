/**
 * Memory for frames too large to share a slab, used again once the frame's reader says it is
 * done with it.
 *
 * Fresh memory is dear here: the host faults it in a page at a time, and on this kind of
 * machine that costs about fifteen times the copy that fills it. A backend moving a disk's
 * data sends 512 KiB frames back and forth all the time; in fresh memory each one cost more
 * than the rest of its trip. Only the reader knows when a frame is dead, since what it decoded
 * are views of the frame's bytes, so memory comes back only when the reader gives it back
 * (`largeFrames.release`): a frame nobody gives back is left to the garbage collector, as any other.
 *
 * Each large frame has an ArrayBuffer of its own, a power of two in size, so giving back any
 * view of a frame's bytes gives back exactly that frame's memory. Only memory this pool handed
 * out is taken back: a frame that crossed a socket, or was copied on its way, is not.
 */

/** Frames at least this large have memory of their own (and come from the pool). */
export const LARGE_FRAME_BYTES = 16 * 1024;
/** At most this much free memory is kept. */
const MAX_FREE_BYTES = 32 * 1024 * 1024;
/** Size classes: powers of two from 32 KiB up to 2^31. */
const MIN_CLASS = 15;
const CLASSES = 32;

export class LargeFramePool {
  private readonly free: ArrayBuffer[][] = Array.from({ length: CLASSES }, () => []);
  private freeBytes = 0;
  /** ArrayBuffers this pool handed out, and those of them now free. */
  private readonly issued = new WeakSet<ArrayBuffer>();
  private readonly isFree = new WeakSet<ArrayBuffer>();

  /** `bytes` of memory (at least LARGE_FRAME_BYTES) no live frame uses; contents unspecified. */
  take(bytes: number): Uint8Array {
    const cls = sizeClass(bytes);
    const buffer = this.free[cls].pop() ?? this.allocate(cls);
    if (this.isFree.has(buffer)) {
      this.isFree.delete(buffer);
      this.freeBytes -= buffer.byteLength;
    }
    return new Uint8Array(buffer, 0, bytes);
  }

  /**
   * The frame `bytes` are part of (a field decoded from it, or the frame itself) will not be
   * read again, by anyone: its memory may hold the next large frame. Called once per frame, by
   * its only reader; anything else is ignored.
   */
  release(bytes: Uint8Array): void {
    const buffer = bytes.buffer as ArrayBuffer;
    if (!this.issued.has(buffer) || this.isFree.has(buffer)) return;
    if (this.freeBytes + buffer.byteLength > MAX_FREE_BYTES) return;
    this.isFree.add(buffer);
    this.freeBytes += buffer.byteLength;
    this.free[sizeClass(buffer.byteLength)].push(buffer);
  }

  private allocate(cls: number): ArrayBuffer {
    // Not zeroed: a frame is written whole before anyone reads it.
    const buffer = Buffer.allocUnsafeSlow(2 ** cls).buffer as ArrayBuffer;
    this.issued.add(buffer);
    return buffer;
  }
}

function sizeClass(bytes: number): number {
  return Math.max(MIN_CLASS, Math.ceil(Math.log2(bytes)));
}

/** The pool the process's frame encoder draws on. */
export const largeFrames = new LargeFramePool();
