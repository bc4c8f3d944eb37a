import { PAGE_SIZE } from './constants';
import { DecodedPage } from './decoded-page';
import { SharedCode } from './shared-code';
import type { Tlb } from './tlb';

/** Direct-mapped decoded-code cache size (pages); a slot's arrays are allocated on first use. */
const CODE_SLOTS = 64;
const CODE_MASK = CODE_SLOTS - 1;

/**
 * The decoded-code cache of one address space: DecodedPages indexed by virtual page number,
 * each holding one physical page (at most one page per frame, so that a store through any
 * mapping finds the code decoded from it). Write translations of a page with decoded code carry
 * its store guard (tlb.ts), which this cache keeps up to date as pages come, go and detach.
 *
 * A page is handed out for execution only after the running hart's fetch context allowed its
 * virtual page (fetchVpn); PhysMemory.codePage does those checks and calls place() on a miss.
 */
export class CodeCache {
  private readonly slots: Array<DecodedPage | null> = new Array<DecodedPage | null>(CODE_SLOTS).fill(null);
  /** Some page may run at a virtual page other than its physical one: lookups by physical page
   *  must then search every slot (reset when the cache is emptied). */
  private remapped = false;
  /** Decoding target for instructions fetched from the Bus (not RAM): one slot, never cached. */
  readonly busFetchPage = new DecodedPage(2);

  constructor(private readonly tlb: Tlb) {}

  /** The page in virtual page `vpn`'s slot (whatever it holds), or null. */
  slotOf(vpn: number): DecodedPage | null {
    return this.slots[vpn & CODE_MASK];
  }

  /** Evicts every page (their contents may be stale); the pages stay for reuse. */
  evictAll(): void {
    for (const p of this.slots) if (p !== null) p.evict();
    this.remapped = false;
  }

  /** Gives every page back for other address spaces to reuse (DecodedPage.recycle). */
  release(): void {
    for (let i = 0; i < this.slots.length; i++) {
      const p = this.slots[i];
      if (p !== null) DecodedPage.recycle(p);
      this.slots[i] = null;
    }
    this.remapped = false;
  }

  /** Fetches must translate their pages again before they run (code decoded stays cached). */
  forgetFetchChecks(): void {
    for (const p of this.slots) if (p !== null) p.fetchVpn = -1;
  }

  /** Fetches from virtual page `vpn` must translate it again. */
  forgetFetchCheck(vpn: number): void {
    const p = this.slots[vpn & CODE_MASK];
    if (p !== null && p.fetchVpn === vpn) p.fetchVpn = -1;
  }

  /** The page holding physical page `ppn`, if any (there is at most one). */
  ofPpn(ppn: number): DecodedPage | null {
    const p = this.slots[ppn & CODE_MASK];
    if (p !== null && p.vpn >= 0 && p.ppn === ppn) return p;
    if (!this.remapped) return null;
    for (const q of this.slots) if (q !== null && q.vpn >= 0 && q.ppn === ppn) return q;
    return null;
  }

  /**
   * Makes virtual page `vpn`'s slot hold physical page `ppn`, whose frame is `f` (`words` as
   * words), cleared for fetching; evicts what the slot or another slot held of either.
   */
  place(vpn: number, ppn: number, f: Uint8Array, words: Int32Array): DecodedPage {
    const slot = vpn & CODE_MASK;
    let p = this.slots[slot];
    // One decoded page per frame, so that a store through any mapping finds it.
    const other = this.ofPpn(ppn);
    if (other !== null && other !== p) { this.tlb.setStoreGuard(ppn, null); other.evict(); }
    if (p === null) {
      p = DecodedPage.take();
      this.slots[slot] = p;
    } else if (p.vpn >= 0) {
      // Evicting another page: its stores no longer need to invalidate anything.
      this.tlb.setStoreGuard(p.ppn, null);
    }
    // Code this content decoded at this address for any address space is reused (shared-code.ts).
    p.reset(vpn, ppn, vpn * PAGE_SIZE, f, words, SharedCode.acquire(vpn, words));
    p.fetchVpn = vpn;
    if (vpn !== ppn) this.remapped = true;
    this.tlb.setStoreGuard(ppn, p.guard);
    return p;
  }

  /** Drops decoded instructions overlapping physical [addr, addr+len) (host writes, slow stores). */
  invalidate(addr: number, len: number): void {
    const first = Math.floor(addr / PAGE_SIZE);
    const last = Math.floor((addr + len - 1) / PAGE_SIZE);
    for (let ppn = first; ppn <= last; ppn++) {
      const p = this.ofPpn(ppn);
      if (p === null) continue;
      const lo = Math.max(addr, ppn * PAGE_SIZE) - ppn * PAGE_SIZE;
      const hi = Math.min(addr + len, (ppn + 1) * PAGE_SIZE) - ppn * PAGE_SIZE;
      this.detach(p);
      p.invalidate(lo >> 2, (hi + 3) >> 2);
    }
  }

  /** A store changed slot `slot` of physical page `ppn`, whose store guard is set there: drops
   *  what was decoded or compiled from it (see PhysMemory.codeWritten). */
  written(ppn: number, slot: number): void {
    const p = this.ofPpn(ppn);
    if (p === null) return;
    this.detach(p);
    if (p.ops[slot] !== 0) p.invalidate(slot, slot + 1);
  }

  /** Gives page `p` private decoded arrays before its bytes change (no-op when it has them). */
  private detach(p: DecodedPage): void {
    if (p.shared === null) return;
    p.detach();
    this.tlb.setStoreGuard(p.ppn, p.guard);
  }
}
