/**
 * A domain's console history (and the hypervisor's own log, which the boot loader keeps in
 * one): abi's ByteHistory, read by absolute byte index (DomctlService.ConsoleRead), plus what
 * the core needs to hand new output to a host once — the bytes not taken yet, and a call
 * when output arrives with nothing untaken before it.
 */
import { ByteHistory } from '@hvsim/abi';

export class ConsoleJournal extends ByteHistory {
  /** Index up to which output was taken (takeNew): what a host has already passed on. */
  private taken = 0;
  /** Told when a byte arrives with nothing untaken before it (so a host can find the domains
   *  with new output without asking every domain). */
  onUnread: (() => void) | null = null;

  /** One byte (a guest's console write, byte by byte as it is filtered). */
  override push(byte: number): void {
    this.noteArrival();
    super.push(byte);
  }

  override append(bytes: Uint8Array): void {
    if (bytes.length > 0) this.noteArrival();
    super.append(bytes);
  }

  /** The bytes written since the last takeNew (those still kept), oldest first. */
  takeNew(): Uint8Array {
    const { data } = this.read(this.taken);
    this.taken = this.end;
    return data;
  }

  /** Counts everything written so far as taken, without copying it. */
  markTaken(): void {
    this.taken = this.end;
  }

  /** Whether bytes arrived since the last takeNew. */
  get hasNew(): boolean {
    return this.end > this.taken;
  }

  private noteArrival(): void {
    if (this.onUnread !== null && this.end === this.taken) this.onUnread();
  }
}
