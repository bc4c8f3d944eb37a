/**
 * The core hands out console output once (drainConsole); DomctlService.ConsoleRead reads it
 * by absolute byte index, so a reader can resume and learn what it missed. This keeps the
 * newest `capacity` bytes of one domain's output with the index of the first kept byte.
 */
export class ConsoleJournal {
  private buf: Uint8Array;
  /** Index (in everything ever written) of buf[0]. */
  private start = 0;
  private length = 0;

  constructor(private readonly capacity: number) {
    this.buf = new Uint8Array(Math.min(capacity, 4096));
  }

  /** Index one past the last byte written. */
  get end(): number {
    return this.start + this.length;
  }

  append(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (bytes.length >= this.capacity) {
      this.start += this.length + bytes.length - this.capacity;
      this.buf = bytes.slice(bytes.length - this.capacity);
      this.length = this.capacity;
      return;
    }
    const overflow = this.length + bytes.length - this.capacity;
    if (overflow > 0) {
      this.buf.copyWithin(0, overflow, this.length);
      this.length -= overflow;
      this.start += overflow;
    }
    if (this.length + bytes.length > this.buf.length) {
      const grown = new Uint8Array(Math.min(this.capacity, Math.max(this.buf.length * 2, this.length + bytes.length)));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Up to maxBytes from `index`; bytes before the oldest kept one are reported as lost. */
  read(index: number, maxBytes: number): { data: Uint8Array; nextIndex: number; lostBytes: number } {
    const from = Math.min(Math.max(index, this.start), this.end);
    const lostBytes = Math.max(0, Math.min(this.start, this.end) - index);
    const to = Math.min(this.end, from + maxBytes);
    return { data: this.buf.slice(from - this.start, to - this.start), nextIndex: to, lostBytes };
  }
}
