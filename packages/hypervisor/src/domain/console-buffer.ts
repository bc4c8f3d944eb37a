/**
 * A bounded byte FIFO: a domain's console input until the guest reads it (SBI getchar, DBCN
 * read, CONSOLEIO_read). Storage grows on demand up to the bound (an idle domain costs
 * nothing); when full, the oldest bytes go.
 */
/** Storage of every buffer that never held a byte (never written: a push grows it first). */
const NO_BYTES = new Uint8Array(0);

export class ConsoleBuffer {
  private buf = NO_BYTES;
  private head = 0;
  private length = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.length;
  }

  push(byte: number): void {
    if (this.length === this.buf.length) {
      if (this.buf.length < this.capacity) this.grow();
      else {
        this.head = (this.head + 1) % this.buf.length;
        this.length--;
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

  private grow(): void {
    const next = new Uint8Array(Math.min(this.capacity, Math.max(256, this.buf.length * 2)));
    for (let i = 0; i < this.length; i++) next[i] = this.buf[(this.head + i) % this.buf.length];
    this.buf = next;
    this.head = 0;
  }
}
