/**
 * A bounded history of a byte stream read by absolute byte index, as Xen's console ring is
 * read by XEN_SYSCTL_readconsole (`index`, `incremental`): the newest `capacity` bytes, each
 * numbered by its offset in the whole stream, so a reader resumes where it stopped and
 * learns how much it missed. The core keeps a domain's console output and the hypervisor's
 * log in one (DomctlService.ConsoleRead), dom0's console backend its history per domain.
 *
 * A ring: once full, an append costs what it writes, not a move of everything kept (the
 * hypervisor's log takes a line per domain state change, thousands a second). It holds no
 * storage until the first byte, then grows to `capacity`, as most domains print a few lines.
 */
const INITIAL_BYTES = 256;
const NO_BYTES = new Uint8Array(0);

export class ByteHistory {
  private buf: Uint8Array;
  /** Where in buf the oldest kept byte is. */
  private head = 0;
  /** Index (in everything ever written) of the oldest kept byte. */
  private first = 0;
  private length = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity <= 0) throw new RangeError(`history capacity must be a positive integer, got ${capacity}`);
    this.buf = NO_BYTES;
  }

  /** Index of the oldest byte still kept. */
  get start(): number {
    return this.first;
  }

  /** Index one past the last byte written. */
  get end(): number {
    return this.first + this.length;
  }

  /** One byte (a guest's console write, byte by byte as it is filtered). */
  push(byte: number): void {
    if (this.length === this.buf.length) {
      if (this.buf.length < this.capacity) this.grow(this.length + 1);
      else {
        // Full: the oldest byte goes.
        this.head = (this.head + 1) % this.buf.length;
        this.first++;
        this.length--;
      }
    }
    this.buf[(this.head + this.length) % this.buf.length] = byte;
    this.length++;
  }

  append(bytes: Uint8Array): void {
    const n = bytes.length;
    if (n === 0) return;
    if (n >= this.capacity) {
      this.first += this.length + n - this.capacity;
      this.buf = bytes.slice(n - this.capacity);
      this.head = 0;
      this.length = this.capacity;
      return;
    }
    if (this.length + n > this.buf.length && this.buf.length < this.capacity) this.grow(this.length + n);
    const size = this.buf.length;
    // Write at the tail, wrapping; when full this overwrites the oldest bytes, which go.
    let at = (this.head + this.length) % size;
    const first = Math.min(n, size - at);
    this.buf.set(first === n ? bytes : bytes.subarray(0, first), at);
    if (first < n) this.buf.set(bytes.subarray(first), 0);
    at = this.length + n;
    if (at > size) {
      const dropped = at - size;
      this.head = (this.head + dropped) % size;
      this.first += dropped;
      this.length = size;
    } else {
      this.length = at;
    }
  }

  /** Up to maxBytes (all, by default) from `index`; bytes before the oldest kept one are
   *  reported as lost. */
  read(index: number, maxBytes = Infinity): { data: Uint8Array; nextIndex: number; lostBytes: number } {
    const from = Math.min(Math.max(index, this.first), this.end);
    const lostBytes = Math.max(0, this.first - index);
    const to = Math.min(this.end, from + maxBytes);
    return { data: this.copy(from - this.first, to - from), nextIndex: to, lostBytes };
  }

  /** `count` kept bytes from the `offset`-th oldest, as a fresh array. */
  private copy(offset: number, count: number): Uint8Array {
    const out = new Uint8Array(count);
    if (count === 0) return out;
    const size = this.buf.length;
    const at = (this.head + offset) % size;
    const first = Math.min(count, size - at);
    out.set(this.buf.subarray(at, at + first));
    if (first < count) out.set(this.buf.subarray(0, count - first), first);
    return out;
  }

  /** Room for at least `needed` bytes (at most capacity), oldest byte first. */
  private grow(needed: number): void {
    const grown = new Uint8Array(Math.min(this.capacity, Math.max(this.buf.length * 2, needed, INITIAL_BYTES)));
    grown.set(this.copy(0, this.length));
    this.buf = grown;
    this.head = 0;
  }
}
