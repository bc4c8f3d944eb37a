/**
 * Log-dirty mode (Xen's XEN_DOMCTL_shadow_op ENABLE_LOGDIRTY / CLEAN / PEEK / OFF): once it is
 * on, every write to a page of the domain's own RAM sets the page's bit in a bitmap, until a
 * CLEAN hands the bitmap out and starts a new one. Live migration sends what changed since the
 * last round this way.
 *
 * Writes by the domain's harts are caught where the hart already checks permissions: the P2M
 * (the harts' FrameSource) tells the TLB that a clean page is not writable, so the first store
 * to it since the last CLEAN fills a write translation through the P2M, which marks it (a
 * "fault", counted as Xen's fault_count); after that, stores run at full speed. A domain not in
 * log-dirty mode pays one null check per TLB fill. Writes the hypervisor makes on a domain's
 * behalf (copy_to_guest, grant copies, the toolstack's writes, ballooning) mark the pages
 * themselves (DomainMemory).
 */
import { PAGE_SIZE } from '@hvsim/riscv';

export class LogDirty {
  /** One bit per P2M index (gfn - RAM base): bit i & 7 of byte i >> 3. */
  private readonly bits: Uint8Array;
  /** Write faults taken on clean pages by the domain's harts since the last CLEAN. */
  faultCount = 0;
  /** Pages that became dirty since the last CLEAN. */
  dirtyCount = 0;
  /** One past the highest page marked since the last CLEAN: the bitmap handed out stops there,
   *  so its size follows the RAM a domain writes, not its 2 GiB window. */
  private top = 0;

  constructor(readonly pages: number) {
    this.bits = new Uint8Array(Math.ceil(pages / 8));
  }

  isDirty(index: number): boolean {
    return (this.bits[index >>> 3] & (1 << (index & 7))) !== 0;
  }

  /** Marks P2M index `index` dirty (outside the bitmap: ignored). */
  mark(index: number): void {
    if (index < 0 || index >= this.pages) return;
    const bit = 1 << (index & 7);
    const byte = index >>> 3;
    if ((this.bits[byte] & bit) !== 0) return;
    this.bits[byte] |= bit;
    this.dirtyCount++;
    if (index >= this.top) this.top = index + 1;
  }

  /** A hart's first store to clean page `index` since the last CLEAN. */
  fault(index: number): void {
    this.faultCount++;
    this.mark(index);
  }

  /** Marks every page a write of `length` bytes at P2M byte offset `offset` touches. */
  markBytes(offset: number, length: number): void {
    if (length <= 0) return;
    const last = Math.floor((offset + length - 1) / PAGE_SIZE);
    for (let i = Math.floor(offset / PAGE_SIZE); i <= last; i++) this.mark(i);
  }

  /** Pages the bitmap covers up to its last dirty one (every page past it is clean). */
  get extent(): number {
    return this.top;
  }

  /** A copy of the bitmap's first `extent` bits (whole bytes; the bits past it are clear). */
  copy(): Uint8Array {
    return this.bits.slice(0, Math.ceil(this.top / 8));
  }

  /** CLEAN: every page clean again, the stats back to zero. */
  reset(): void {
    this.bits.fill(0, 0, Math.ceil(this.top / 8));
    this.top = 0;
    this.faultCount = 0;
    this.dirtyCount = 0;
  }
}
