/**
 * A bounded history of a byte stream: keeps the last `capacity` bytes and numbers every
 * byte by its offset in the whole stream, so a reader can resume from where it stopped and
 * learn how much it missed when the ring overwrote it.
 */
const INITIAL_BYTES = 256;

export class ByteRing {
  /** Grows to `capacity` as bytes arrive (most domains print a few lines); until it is full
   *  size nothing has been dropped, so byte `offset` is at `offset % data.length` all along. */
  private data: Uint8Array;
  /** Offset (in the whole stream) of the next byte to be written. */
  private endOffset = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity <= 0) throw new RangeError(`ring capacity must be a positive integer, got ${capacity}`);
    this.data = new Uint8Array(Math.min(capacity, INITIAL_BYTES));
  }

  /** Offset one past the last byte ever written. */
  get end(): number {
    return this.endOffset;
  }

  /** Offset of the oldest byte still held. */
  get start(): number {
    return Math.max(0, this.endOffset - this.capacity);
  }

  append(bytes: Uint8Array): void {
    // Only the tail can survive when the input alone overfills the ring.
    const src = bytes.length > this.capacity ? bytes.subarray(bytes.length - this.capacity) : bytes;
    this.endOffset += bytes.length - src.length;
    if (this.data.length < this.capacity && this.endOffset + src.length > this.data.length) this.grow(this.endOffset + src.length);
    const size = this.data.length;
    const at = this.endOffset % size;
    const first = Math.min(src.length, size - at);
    this.data.set(src.subarray(0, first), at);
    this.data.set(src.subarray(first), 0);
    this.endOffset += src.length;
  }

  /** The bytes from `offset` to the end, and how many bytes before them were lost (offset
   *  older than the ring holds). */
  readFrom(offset: number): { data: Uint8Array; lost: number } {
    const from = Math.min(Math.max(offset, this.start), this.endOffset);
    const lost = Math.max(0, this.start - offset);
    const out = new Uint8Array(this.endOffset - from);
    const size = this.data.length;
    const at = from % size;
    const first = Math.min(out.length, size - at);
    out.set(this.data.subarray(at, at + first), 0);
    out.set(this.data.subarray(0, out.length - first), first);
    return { data: out, lost };
  }

  /** Room for `needed` bytes (at most capacity). Called only while nothing was dropped, so the
   *  stream so far lies at the start of data, in order; it stays where it is. */
  private grow(needed: number): void {
    const grown = new Uint8Array(Math.min(this.capacity, Math.max(this.data.length * 2, needed)));
    grown.set(this.data);
    this.data = grown;
  }
}
