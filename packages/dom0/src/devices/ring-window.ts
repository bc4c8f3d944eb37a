/**
 * A backend's copy of a shared ring page (io/ring.h), read a window at a time: each pass
 * copies out of the guest the ring's indexes and the slots from its consumer index on that
 * it may use, not the whole page (a 4 KiB page per ring per pass was most of the bytes a
 * pass of small frames moved). The slots land at their offsets in a page-sized buffer, so
 * the ring's readers address slots as in the page; slots outside the window hold whatever
 * an earlier pass read and are never looked at.
 */
import type { GrantCopyBatch } from './grant-copy-batch';
import { RSP_EVENT } from './shared-ring';

const PAGE = 4096;
/** req_prod, req_event, rsp_prod, rsp_event. */
const INDEXES_BYTES = RSP_EVENT + 4;

export class RingWindow {
  private readonly bytes = new Uint8Array(PAGE);
  /** The page as far as the last read went. */
  readonly page = new DataView(this.bytes.buffer);
  private firstOp = 0;
  private ops = 0;
  /** Slots the last read covered. */
  slots = 0;

  /** `ringOffset`: where slot 0 starts; `entryBytes`: a slot's size; `size`: slots in the ring. */
  constructor(private readonly ringOffset: number, private readonly entryBytes: number, private readonly size: number) {}

  /** Adds to `b` the reads of the indexes and of `slots` slots from ring index `cons` (the
   *  slots in two runs where they wrap). */
  read(b: GrantCopyBatch, ref: number, cons: number, slots: number): void {
    this.slots = Math.min(slots, this.size);
    const first = cons & (this.size - 1);
    const run = Math.min(this.slots, this.size - first);
    this.firstOp = b.from(ref, 0, INDEXES_BYTES);
    this.ops = 1;
    if (run > 0) {
      b.from(ref, this.ringOffset + first * this.entryBytes, run * this.entryBytes);
      this.ops++;
    }
    if (run < this.slots) {
      b.from(ref, this.ringOffset, (this.slots - run) * this.entryBytes);
      this.ops++;
    }
  }

  /** Once `b` ran: copies what it read into the page; the first failed read's GNTST_*, or 0. */
  take(b: GrantCopyBatch): number {
    for (let k = 0; k < this.ops; k++) {
      const op = this.firstOp + k;
      const status = b.statusOf(op);
      if (status !== 0) return status;
      b.copyAnswer(op, this.bytes, b.offsetOf(op));
    }
    return 0;
  }
}
