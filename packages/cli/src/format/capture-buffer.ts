/**
 * The capture buffer between a stream of pcap records and a file that may write slower than
 * frames arrive: records gather into pieces of `pieceBytes` written one at a time in the
 * background, and while a piece is being written at most `limitBytes` more wait. A record that
 * finds the buffer full is dropped and counted, as the kernel's capture buffer drops what
 * tcpdump reads too slowly ("packets dropped by kernel"): memory stays bounded whatever the
 * bridge's rate, and what is kept is whole records, in order.
 */
export type PieceWriter = (data: Buffer) => Promise<void>;

export class CaptureBuffer {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private writing: Promise<void> | null = null;
  private failure: unknown = null;
  /** Records accepted (they will be in the file once flush() resolves). */
  kept = 0;
  /** Records dropped because the buffer was full. */
  dropped = 0;

  constructor(private readonly write: PieceWriter, private readonly limitBytes: number, private readonly pieceBytes: number) {}

  /** Takes `record`, or drops it when it would overfill the buffer; false if dropped. Throws a
   *  failed write's error. */
  add(record: Buffer): boolean {
    this.rethrow();
    if (this.pendingBytes + record.length > this.limitBytes && this.pendingBytes > 0) {
      this.dropped++;
      return false;
    }
    this.pending.push(record);
    this.pendingBytes += record.length;
    this.kept++;
    if (this.writing === null && this.pendingBytes >= this.pieceBytes) this.startWrite();
    return true;
  }

  /** Writes everything kept; rejects with a failed write's error. */
  async flush(): Promise<void> {
    while (this.writing !== null) await this.writing;
    this.rethrow();
    if (this.pendingBytes > 0) {
      this.startWrite();
      await this.writing;
      this.rethrow();
    }
  }

  private startWrite(): void {
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.writing = this.write(data).then(
      () => {
        this.writing = null;
        if (this.pendingBytes >= this.pieceBytes && this.failure === null) this.startWrite();
      },
      (err: unknown) => {
        this.writing = null;
        this.failure = err;
      },
    );
  }

  private rethrow(): void {
    if (this.failure !== null) throw this.failure;
  }
}
