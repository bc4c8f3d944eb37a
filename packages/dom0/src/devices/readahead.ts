/**
 * Sequential readahead for blkback. A frontend that reads one request at a time (a dd, a
 * boot) would otherwise wait, per request, for a hand-off to the host's thread pool and back:
 * when a read starts where the previous one ended, the range after it is read at once into a
 * buffer of its own, while the guest takes the answer and makes its next request, which then
 * finds its bytes ready.
 *
 * The read ahead is not counted in dom0's HostIo: nothing waits for it but the request that
 * uses it, which awaits it inside its own (counted) service, so virtual time never depends on
 * when it completes. Any write or discard drops it (a read under way then is never used), so
 * what a guest reads is what the image holds when its request is served.
 */
import type { FileHandle } from 'node:fs/promises';

interface Ahead {
  position: number;
  length: number;
  /** Bytes read, or -1 when the read failed. */
  done: Promise<number>;
}

export class Readahead {
  private ahead: Ahead | null = null;
  /** Where the last read ended: a read starting there is sequential. */
  private lastEnd = -1;
  private buffer = Buffer.alloc(0);

  /** @param size the image's size in bytes: nothing past it is read. */
  constructor(private readonly file: FileHandle, private readonly size: number) {}

  /**
   * `length` bytes at `position` into `into` (zeros past the image's end), from the read ahead
   * when it holds exactly them; then, when this read continues the last, reads the range after it.
   */
  async read(into: Uint8Array, length: number, position: number): Promise<void> {
    const ahead = this.ahead;
    this.ahead = null;
    let got = -1;
    if (ahead !== null && ahead.position === position && ahead.length === length) {
      got = await ahead.done;
      if (got >= 0) into.set(this.buffer.subarray(0, got), 0);
    } else if (ahead !== null) {
      this.abandon();
    }
    if (got < 0) got = (await this.file.read(into, 0, length, position)).bytesRead;
    if (got < length) into.fill(0, got, length);
    const sequential = position === this.lastEnd;
    this.lastEnd = position + length;
    if (sequential && this.lastEnd + length <= this.size) this.start(this.lastEnd, length);
  }

  /** The image is about to change: what was read ahead may be stale. */
  drop(): void {
    if (this.ahead !== null) this.abandon();
    this.ahead = null;
    this.lastEnd = -1;
  }

  /** A read ahead that will not be used may still be filling its buffer: the next gets another. */
  private abandon(): void {
    this.buffer = Buffer.alloc(0);
  }

  private start(position: number, length: number): void {
    if (this.buffer.length < length) this.buffer = Buffer.alloc(length);
    const done = this.file.read(this.buffer, 0, length, position).then((r) => r.bytesRead, () => -1);
    this.ahead = { position, length, done };
  }
}
