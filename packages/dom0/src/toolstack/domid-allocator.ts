/**
 * Domids for new domains the way Xen hands them out: a rover that moves on past the last
 * domid given, so a restarted or re-created domain gets a new domid rather than its old
 * one, wrapping below DOMID_FIRST_RESERVED and never giving 0 (dom0's).
 */
import { DOMID_FIRST_RESERVED } from '@hvsim/abi';

export class DomidAllocator {
  private last = 0;

  /** The next domid after the last one given that `inUse` does not claim, or null if none is free. */
  next(inUse: (domid: number) => boolean): number | null {
    const span = DOMID_FIRST_RESERVED - 1;
    for (let i = 1; i <= span; i++) {
      const domid = ((this.last + i - 1) % span) + 1;
      if (!inUse(domid)) {
        this.last = domid;
        return domid;
      }
    }
    return null;
  }
}
