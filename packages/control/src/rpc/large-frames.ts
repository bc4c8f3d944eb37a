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
 * Each large frame has an ArrayBuffer of its own, so giving back any view of a frame's bytes
 * gives back exactly that frame's memory. Only memory this pool handed
 * out is taken back: a copy a transport made of a frame is not. (A frame that crossed a
 * socket is: the decoder assembles a large one in this pool's memory, and the sending
 * socket gives its frame back once written.)
 */

/** Frames at least this large have memory of their own (and come from the pool). */
export const LARGE_FRAME_BYTES = 16 * 1024;
/** At most this much free memory is kept. */
const MAX_FREE_BYTES = 32 * 1024 * 1024;
/** Frames' memory comes in multiples of this: a workload's frames of one size (a disk's
 *  512 KiB passes) share free memory, and one is never much larger than its frame. */
const GRANULE = 16 * 1024;

export class LargeFramePool {
  /** Free memory by size in bytes. */
  private readonly free = new Map<number, ArrayBuffer[]>();
  private freeBytes = 0;
  /** ArrayBuffers this pool handed out, and those of them now free. */
  private readonly issued = new WeakSet<ArrayBuffer>();
  private readonly isFree = new WeakSet<ArrayBuffer>();

  /** `bytes` of memory (at least LARGE_FRAME_BYTES) no live frame uses; contents unspecified. */
  take(bytes: number): Uint8Array {
    const size = Math.ceil(bytes / GRANULE) * GRANULE;
    let buffer = this.free.get(size)?.pop();
    if (buffer === undefined) {
      // Not zeroed: a frame is written whole before anyone reads it.
      buffer = Buffer.allocUnsafeSlow(size).buffer as ArrayBuffer;
      this.issued.add(buffer);
    } else {
      this.isFree.delete(buffer);
      this.freeBytes -= size;
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
    const list = this.free.get(buffer.byteLength);
    if (list === undefined) this.free.set(buffer.byteLength, [buffer]);
    else list.push(buffer);
  }
}

/** The pool the process's frame encoder draws on. */
export const largeFrames = new LargeFramePool();
