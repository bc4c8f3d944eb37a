/**
 * A bounded byte FIFO: a domain's console output (console_io, SBI console) until dom0
 * drains it, or its console input until the guest reads it. Storage grows on demand up to
 * the bound (an idle domain costs nothing); when full, the oldest bytes go and are counted.
 */
/** Storage of every buffer that never held a byte (never written: a push grows it first). */
const NO_BYTES = new Uint8Array(0);

export class ConsoleBuffer {
  private buf = NO_BYTES;
  private head = 0;
  private length = 0;
  dropped = 0;
  /** Told when the buffer goes from empty to holding a byte (so a host can find the domains
   *  with output without asking every domain). */
  onFirstByte: (() => void) | null = null;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.length;
  }

  push(byte: number): void {
    if (this.length === 0 && this.onFirstByte !== null) this.onFirstByte();
    if (this.length === this.buf.length) {
      if (this.buf.length < this.capacity) this.grow();
      else {
        this.head = (this.head + 1) % this.buf.length;
        this.length--;
        this.dropped++;
      }
    }
    this.buf[(this.head + this.length) % this.buf.length] = byte;
    this.length++;
  }

  pushAll(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) this.push(bytes[i]);
  }

  /** Next byte, or -1 when empty. */
  shift(): number {
    if (this.length === 0) return -1;
    const b = this.buf[this.head];
    this.head = (this.head + 1) % this.buf.length;
    this.length--;
    return b;
  }

  /** Everything buffered, oldest first; empties the buffer. */
  drain(): Uint8Array {
    const out = new Uint8Array(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.shift();
    return out;
  }

  private grow(): void {
    const next = new Uint8Array(Math.min(this.capacity, Math.max(256, this.buf.length * 2)));
    for (let i = 0; i < this.length; i++) next[i] = this.buf[(this.head + i) % this.buf.length];
    this.buf = next;
    this.head = 0;
  }
}
