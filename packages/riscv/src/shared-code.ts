import { Op } from './isa';

const SLOTS = 1024;

/**
 * Decoded instructions of one page content at one page address, shared read-only by every
 * address space whose page holds exactly that content (see DecodedPage.reset).
 *
 * A thousand domains booted from one kernel would otherwise each decode their own copy of the
 * same code; once those copies no longer fit the CPU caches every instruction costs about twice
 * as much. Decoding is a pure function of (instruction word, pc), and pc follows from the page
 * address, so any sharer may decode a slot for all of them — as long as it decodes from
 * `words`, this entry's own snapshot of the content, never from some address space's frame
 * (which that space may have changed since).
 */
export class SharedCode {
  /** Entries no address space uses, kept at most (least recently released leave first): a
   *  domain booted from a kernel another one ran finds its code decoded. ~12 KiB each. */
  static maxIdle = 512;

  private static readonly byHash = new Map<number, SharedCode>();
  /** Entries with refs = 0, least recently released first. */
  private static readonly idle = new Set<SharedCode>();

  /** Snapshot of the page content the entry was made from. */
  readonly words: Int32Array;
  readonly ops = new Int32Array(SLOTS + 1);
  readonly imm = new Int32Array(SLOTS);
  /** Address spaces whose DecodedPage points at this entry. */
  refs = 0;
  /** Next entry with the same hash. */
  private next: SharedCode | null = null;

  private constructor(readonly vpn: number, private readonly hash: number, content: Int32Array) {
    this.words = content.slice(0, SLOTS);
    this.ops[SLOTS] = Op.PAGE_END;
  }

  /** The entry for page `vpn` holding `content` (the frame's 1,024 words), made if there is
   *  none; the caller holds a reference until it calls release. */
  static acquire(vpn: number, content: Int32Array): SharedCode {
    const hash = hashOf(vpn, content);
    const first = SharedCode.byHash.get(hash) ?? null;
    for (let e = first; e !== null; e = e.next) {
      if (e.vpn === vpn && sameWords(e.words, content)) {
        if (e.refs++ === 0) SharedCode.idle.delete(e);
        return e;
      }
    }
    const e = new SharedCode(vpn, hash, content);
    e.next = first;
    SharedCode.byHash.set(hash, e);
    e.refs = 1;
    return e;
  }

  static release(e: SharedCode): void {
    if (--e.refs > 0) return;
    const idle = SharedCode.idle;
    idle.add(e);
    while (idle.size > SharedCode.maxIdle) {
      const oldest = idle.values().next().value as SharedCode;
      idle.delete(oldest);
      oldest.unlink();
    }
  }

  /** Entries in use and idle ones (for tests and diagnostics). */
  static counts(): { live: number; idle: number } {
    let total = 0;
    for (const e of SharedCode.byHash.values()) for (let p: SharedCode | null = e; p !== null; p = p.next) total++;
    return { live: total - SharedCode.idle.size, idle: SharedCode.idle.size };
  }

  /** Drops every idle entry (tests start from a known state). */
  static dropIdle(): void {
    for (const e of SharedCode.idle) e.unlink();
    SharedCode.idle.clear();
  }

  private unlink(): void {
    const map = SharedCode.byHash;
    let p = map.get(this.hash) ?? null;
    if (p === this) {
      if (this.next === null) map.delete(this.hash);
      else map.set(this.hash, this.next);
      return;
    }
    while (p !== null && p.next !== this) p = p.next;
    if (p !== null) p.next = this.next;
  }
}

/** 32-bit hash of the page address and content. The word mixing is independent per word, so
 *  only an imul and an add sit on the dependency chain (~1 µs a page). */
function hashOf(vpn: number, w: Int32Array): number {
  let h = Math.imul(vpn, 0x9e3779b1) ^ 0x811c9dc5;
  for (let i = 0; i < SLOTS; i++) {
    const x = w[i];
    h = (Math.imul(h, 31) + Math.imul(x ^ (x >>> 15), 0x2c1b3c6d)) | 0;
  }
  return h ^ (h >>> 16);
}

function sameWords(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < SLOTS; i++) if (a[i] !== b[i]) return false;
  return true;
}
