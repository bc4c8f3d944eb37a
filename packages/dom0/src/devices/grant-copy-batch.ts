/**
 * A backend's batch of grant copies with one guest (DomctlService GrantCopy): copies out of
 * and into the pages it granted, made in order in one round trip, then the notifications.
 * Built without allocating per op: the ops are packed into a reused buffer (five
 * little-endian u32 each: flags, domid, ref, offset, length) and the bytes for the guest are
 * written straight into a reused data buffer. The answer stays readable until the next run(),
 * and not after it: its memory is given back then.
 */
import { largeFrames } from '@hvsim/control';
import type { Domctl } from '../domctl';

/** Ops per call (DomctlService refuses more with E2BIG). */
export const MAX_GRANT_COPY_OPS = 256;
const OP_BYTES = 20;
/** Flags bit 0: into the granted page (Xen's GNTCOPY_dest_gref). */
const TO_GUEST = 1;
const PAGE = 4096;
const EMPTY = new Uint8Array(0);

/** Copies up to this many bytes go byte by byte: cheaper than the view a longer copy makes
 *  (Buffer.copy makes one too). */
const SMALL_COPY = 256;

/** dst[dstAt, +n) = src[srcAt, +n), without a view for a small frame. */
export function copyBytes(dst: Uint8Array, dstAt: number, src: Uint8Array, srcAt: number, n: number): void {
  if (n <= SMALL_COPY) {
    for (let i = 0; i < n; i++) dst[dstAt + i] = src[srcAt + i];
  } else {
    dst.set(src.subarray(srcAt, srcAt + n), dstAt);
  }
}

export class GrantCopyBatch {
  private readonly opBytes = new Uint8Array(MAX_GRANT_COPY_OPS * OP_BYTES);
  private readonly ops = new DataView(this.opBytes.buffer);
  /** Per op out of the guest: where its bytes start in `answer`. */
  private readonly answerAt = new Uint32Array(MAX_GRANT_COPY_OPS);
  private readonly notify: number[] = [];
  private toBytes = 0;
  private fromBytes = 0;
  private status: Uint8Array = EMPTY;
  /** Ops in the batch. */
  count = 0;
  /** The bytes of the ops into the guest, in op order: fill what to() reserved. It grows (a
   *  new buffer) as ops are added, so take it after the last to(). */
  data = Buffer.alloc(16 * PAGE);
  /** The bytes of the ops out of the guest, once run. */
  answer: Uint8Array = EMPTY;

  constructor(private readonly domctl: Domctl, private readonly domid: number) {}

  /** Ops that may still be added. */
  get room(): number {
    return MAX_GRANT_COPY_OPS - this.count;
  }

  /** Starts a new batch (the last answer stays readable until run()). */
  reset(): void {
    this.count = 0;
    this.toBytes = 0;
    this.fromBytes = 0;
    this.notify.length = 0;
  }

  /** A copy of `length` bytes at `offset` of grant `ref`'s page out of the guest; the op's index. */
  from(ref: number, offset: number, length: number): number {
    this.answerAt[this.count] = this.fromBytes;
    this.fromBytes += length;
    return this.add(0, ref, offset, length);
  }

  /** A copy of `length` bytes into grant `ref`'s page at `offset`: where its bytes go in `data`. */
  to(ref: number, offset: number, length: number): number {
    const at = this.toBytes;
    if (at + length > this.data.length) {
      const grown = Buffer.alloc(Math.max(this.data.length * 2, at + length));
      this.data.copy(grown, 0, 0, at);
      this.data = grown;
    }
    this.toBytes += length;
    this.add(TO_GUEST, ref, offset, length);
    return at;
  }

  /** An event on dom0's `port` once the copies are made. */
  notifyOn(port: number): void {
    this.notify.push(port);
  }

  /**
   * Makes the copies and sends the notifications. The last answer is given up first.
   * @param toGuest the bytes of the ops into the guest, when they are elsewhere than in `data`
   *   (all of them, in op order: a buffer blkback read a disk's bytes into, say).
   */
  async run(toGuest: Uint8Array = this.data.subarray(0, this.toBytes)): Promise<void> {
    if (toGuest.length !== this.toBytes) throw new RangeError(`${toGuest.length} bytes for ops into the guest that take ${this.toBytes}`);
    // Its frame's memory may carry the next large frame (a disk's data, both ways): fresh
    // memory would cost a page fault per page.
    largeFrames.release(this.answer);
    this.answer = EMPTY;
    this.status = EMPTY;
    const r = await this.domctl.grantCopy(this.opBytes.subarray(0, this.count * OP_BYTES), toGuest, this.notify);
    this.status = r.status;
    this.answer = r.data;
  }

  /** Op `i`'s GNTST_* (0: done). */
  statusOf(i: number): number {
    return (this.status[i] << 24) >> 24;
  }

  /** The first failed op's GNTST_* among ops [first, end), or 0. */
  firstError(first = 0, end = this.count): number {
    for (let i = first; i < end; i++) if (this.status[i] !== 0) return this.statusOf(i);
    return 0;
  }

  /** Op `i`'s length in bytes. */
  lengthOf(i: number): number {
    return this.ops.getUint32(i * OP_BYTES + 16, true);
  }

  /** Op `i`'s offset in its granted page. */
  offsetOf(i: number): number {
    return this.ops.getUint32(i * OP_BYTES + 12, true);
  }

  /** Where op `i` (out of the guest) has its bytes in `answer`. */
  answerOffset(i: number): number {
    return this.answerAt[i];
  }

  /** Copies op `i`'s bytes (out of the guest) to `target` at `at`. */
  copyAnswer(i: number, target: Uint8Array, at: number): void {
    copyBytes(target, at, this.answer, this.answerAt[i], this.lengthOf(i));
  }

  private add(flags: number, ref: number, offset: number, length: number): number {
    const at = this.count * OP_BYTES;
    this.ops.setUint32(at, flags, true);
    this.ops.setUint32(at + 4, this.domid, true);
    this.ops.setUint32(at + 8, ref, true);
    this.ops.setUint32(at + 12, offset, true);
    this.ops.setUint32(at + 16, length, true);
    return this.count++;
  }
}
