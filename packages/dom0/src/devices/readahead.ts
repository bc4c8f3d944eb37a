/**
 * Sequential readahead for blkback. A frontend that reads one request at a time (a dd, a
 * boot) would otherwise wait, per request, for a hand-off to the host's thread pool and back;
 * one that keeps a ring of requests would wait for each pass's pread.
 *
 * When a read starts where the previous one ended, what follows it is read at once, in chunks
 * of up to CHUNK_BYTES (or the read's length, if longer), their preads in flight together: as
 * far ahead as the reader has read in sequence so far, up to WINDOW_BYTES (as Linux's
 * readahead grows its window), so two random reads that happen to touch read little ahead.
 * A later read inside one chunk takes a view of that chunk's memory — no copy — and one across
 * chunks is copied out of them. Large chunks matter here: each pread
 * costs the daemon's thread a hand-off to the thread pool and a wake-up when it completes
 * (tens of µs on a VM, whatever the size), and a chunk several passes ahead has completed by
 * the time a pass needs it, so the pass does not wait for the event loop to hear of it.
 *
 * The chunks' memory comes from the pool large control frames use (fresh memory costs a page
 * fault per page here, more than the pread that fills it), and goes back to it once read.
 *
 * The read ahead is not counted in dom0's HostIo: nothing waits for it but the request that
 * uses it, which awaits it inside its own (counted) service, so virtual time never depends on
 * when it completes. Any write or discard drops it (a read under way then is never used), so
 * what a guest reads is what the image holds when its request is served.
 */
import type { FileHandle } from 'node:fs/promises';
import { largeFrames } from '@hvsim/control';

/** Bytes per pread ahead (more when a read is longer). */
export const CHUNK_BYTES = 2 << 20;
/** Bytes read ahead of a device's sequential reader, at most. */
export const WINDOW_BYTES = 4 << 20;

interface Chunk {
  position: number;
  length: number;
  buffer: Uint8Array;
  /** Bytes read, or -1 when the read failed. */
  done: Promise<number>;
}

/** Where a chunk ends on the disk. */
function chunkEnd(c: Chunk): number {
  return c.position + c.length;
}

export class Readahead {
  /** The chunks read ahead, in order, each starting where the one before ends. */
  private window: Chunk[] = [];
  /** Where the last read ended: a read starting there is sequential. */
  private lastEnd = -1;
  /** Where the reads in sequence that led to lastEnd began. */
  private streamStart = -1;
  /** Chunks the last read() returned a view of, or finished: the caller's until the next
   *  read() or drop(), then the pool's. */
  private lent: Uint8Array[] = [];

  /** @param size the image's size in bytes: nothing past it is read. */
  constructor(private readonly file: FileHandle, private readonly size: number) {}

  /**
   * `length` bytes at `position` (zeros past the image's end): a view of the chunk read ahead
   * that holds them — valid until the next read() or drop() — or `into`, filled. Then, when
   * this read continues the last, keeps the window full after it.
   */
  async read(into: Uint8Array, length: number, position: number): Promise<Uint8Array> {
    this.giveBack();
    let out = await this.fromWindow(into, length, position);
    if (out === null) {
      this.abandon();
      const got = (await this.file.read(into, 0, length, position)).bytesRead;
      if (got < length) into.fill(0, got, length);
      out = into;
    }
    if (position !== this.lastEnd) this.streamStart = position;
    this.lastEnd = position + length;
    if (this.streamStart !== position) this.fill(Math.min(WINDOW_BYTES, this.lastEnd - this.streamStart), length);
    return out;
  }

  /** The image is about to change: what was read ahead may be stale. */
  drop(): void {
    this.giveBack();
    this.abandon();
    this.lastEnd = -1;
  }

  /** The read served from the window's first chunks (see read()), or null when they do not
   *  hold it all. Chunks it reads to the end leave the window. */
  private async fromWindow(into: Uint8Array, length: number, position: number): Promise<Uint8Array | null> {
    const end = position + length;
    const w = this.window;
    // The read must start in the first chunk and end in one of the window's.
    if (w.length === 0 || position < w[0].position || position >= chunkEnd(w[0])) return null;
    let last = 0;
    while (last < w.length && chunkEnd(w[last]) < end) last++;
    if (last === w.length) return null;
    for (let i = 0; i <= last; i++) if (!(await this.filled(this.window[i]))) return null;
    const first = this.window[0];
    let out: Uint8Array;
    if (last === 0) {
      out = first.buffer.subarray(position - first.position, end - first.position);
    } else {
      for (let i = 0, at = 0; i <= last; i++) {
        const c = this.window[i];
        const from = Math.max(position, c.position) - c.position;
        const to = Math.min(end, chunkEnd(c)) - c.position;
        into.set(c.buffer.subarray(from, to), at);
        at += to - from;
      }
      out = into;
    }
    // Chunks the read ends inside stay for the next; the others are done with once the caller is.
    const spent = chunkEnd(this.window[last]) === end ? last + 1 : last;
    for (const c of this.window.splice(0, spent)) this.lent.push(c.buffer);
    if (spent === 0) this.lent.push(first.buffer); // lent, but still the window's: see giveBack()
    return out;
  }

  /** Whether `c`'s pread succeeded (bytes past what it got are zeros). */
  private async filled(c: Chunk): Promise<boolean> {
    const got = await c.done;
    if (got >= 0 && got < c.length) c.buffer.fill(0, got, c.length);
    return got >= 0;
  }

  /** Chunks after the last read until `ahead` bytes after it are read or being read. */
  private fill(ahead: number, length: number): void {
    const chunk = Math.max(length, Math.min(CHUNK_BYTES, ahead));
    const tail = this.window.length > 0 ? this.window[this.window.length - 1] : null;
    let next = tail === null ? this.lastEnd : chunkEnd(tail);
    while (next < this.lastEnd + ahead && next < this.size) {
      const n = Math.min(chunk, this.size - next);
      this.window.push(this.start(next, n));
      next += n;
    }
  }

  private start(position: number, length: number): Chunk {
    const buffer = largeFrames.take(length);
    const done = this.file.read(buffer, 0, length, position).then((r) => r.bytesRead, () => -1);
    return { position, length, buffer, done };
  }

  /** The caller is done with what the last read lent: chunks no longer in the window go back. */
  private giveBack(): void {
    for (const b of this.lent) if (!this.window.some((c) => c.buffer === b)) largeFrames.release(b);
    this.lent.length = 0;
  }

  /** Chunks that will not be used: their memory goes back once their preads are over. */
  private abandon(): void {
    for (const c of this.window) void c.done.then(() => largeFrames.release(c.buffer));
    this.window = [];
  }
}
