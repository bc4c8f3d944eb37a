/**
 * A ring page dom0 shares with a guest, reached the way dom0 reaches guest memory: through
 * DomctlService's ReadGuestMemory / WriteGuestMemory (a real dom0 would foreign-map it once).
 *
 * dom0 works on a local copy. Each side of a ring owns some fields (its data area and its
 * producer/consumer indices) and only reads the others, so:
 *   pull()  refreshes only the fields the guest owns, keeping dom0's own fields as dom0 left
 *           them — even if dom0 changed them while the copy was not fresh (a watch event queued
 *           between kicks);
 *   push()  writes back only dom0's fields that changed since the last push, in the order
 *           given (data before the index that publishes it), never a guest-owned byte, so a
 *           guest running concurrently loses nothing.
 */
import type { Domctl, GuestMemoryWrite } from '../domctl';

/** A byte range [offset, offset + size) of the page. */
export interface PageField {
  offset: number;
  size: number;
}

export class SharedPage {
  /** dom0's copy of the page (the whole structure). */
  readonly local: Uint8Array;
  /** dom0's fields as the guest last saw them (after the last push). */
  private readonly published: Uint8Array;
  /** The two copies as words, when the page size allows: a push compares a ring's data area
   *  (1 KiB and more) four bytes at a time. */
  private readonly localWords: Int32Array | null = null;
  private readonly publishedWords: Int32Array | null = null;

  constructor(
    private readonly domctl: Domctl,
    readonly domid: number,
    readonly gpa: number,
    size: number,
    /** Fields the guest writes, refreshed by pull(). */
    private readonly guestFields: readonly PageField[],
    /** Fields dom0 writes, published by push() in this order. */
    private readonly backendFields: readonly PageField[],
  ) {
    // One allocation for both copies: a buffer this size lives outside V8's heap, and each costs.
    const both = new Uint8Array(2 * size);
    this.local = both.subarray(0, size);
    this.published = both.subarray(size);
    if (size % 4 === 0) {
      this.localWords = new Int32Array(both.buffer, 0, size / 4);
      this.publishedWords = new Int32Array(both.buffer, size, size / 4);
    }
  }

  /** Reads the page once; dom0's own fields are taken as they are in the guest (setup). */
  async load(): Promise<void> {
    const data = await this.domctl.readGuestMemory(this.domid, this.gpa, this.local.length);
    this.local.set(data);
    this.published.set(data);
  }

  /** Refreshes the guest's fields from guest memory. */
  async pull(): Promise<void> {
    const data = await this.domctl.readGuestMemory(this.domid, this.gpa, this.local.length);
    for (const f of this.guestFields) this.local.set(data.subarray(f.offset, f.offset + f.size), f.offset);
  }

  /** Writes dom0's changed fields back; returns whether anything was written. What dom0
   *  changes while the writes are under way waits for the next push (a snapshot is written, so
   *  an index is never published ahead of its data). */
  async push(): Promise<boolean> {
    const writes: GuestMemoryWrite[] = [];
    for (const f of this.backendFields) {
      const span = this.changedSpan(f);
      if (span !== null) writes.push({ gpa: this.gpa + span.start, data: this.local.slice(span.start, span.end) });
    }
    if (writes.length === 0) return false;
    // One call, the fields in order: the core makes them in that order.
    await this.domctl.writeGuestMemoryAll(this.domid, writes);
    for (const w of writes) this.published.set(w.data, w.gpa - this.gpa);
    return true;
  }

  /** The smallest range of field `f` covering every byte that differs from what was published. */
  private changedSpan(f: PageField): { start: number; end: number } | null {
    let from = f.offset;
    let to = f.offset + f.size;
    const mine = this.localWords, theirs = this.publishedWords;
    if (mine !== null && theirs !== null && from % 4 === 0 && to % 4 === 0) {
      // Narrow to the first and last differing words, then to bytes within them.
      let first = from >> 2, last = (to >> 2) - 1;
      while (first <= last && mine[first] === theirs[first]) first++;
      if (first > last) return null;
      while (mine[last] === theirs[last]) last--;
      from = first << 2;
      to = (last + 1) << 2;
    }
    const local = this.local, published = this.published;
    while (from < to && local[from] === published[from]) from++;
    if (from === to) return null;
    while (local[to - 1] === published[to - 1]) to--;
    return { start: from, end: to };
  }
}

/** Fields of a struct description (an @hvsim/abi defineStruct) by name. */
export function fields<K extends string>(f: Record<K, { offset: number; size: number }>, names: readonly K[]): PageField[] {
  return names.map((n) => ({ offset: f[n].offset, size: f[n].size }));
}
