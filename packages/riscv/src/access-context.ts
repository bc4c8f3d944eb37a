import { PMP_ALLOW_ALL, PmpView } from './pmp';
import { CTX_BARE } from './sv32';

/** change()'s answer: bits saying which cached checks the new context makes stale. */
export const DATA_STALE = 1, FETCH_STALE = 2;

/**
 * What the running hart's memory accesses are checked under: the PMP views (pmp.ts) and
 * translation contexts (sv32.ts CTX_*) of its loads/stores and of its fetches, and its satp.
 * The TLBs only ever hold pages the data context allows, and a decoded-code page runs only
 * after the fetch context allowed it; a change here tells the memory which of those to forget.
 */
export class AccessContext {
  dataView: PmpView = PMP_ALLOW_ALL;
  fetchView: PmpView = PMP_ALLOW_ALL;
  dataCtx = CTX_BARE;
  fetchCtx = CTX_BARE;
  satp = 0;

  /** Whether (data, fetch, dataCtx, fetchCtx, satp) is the context already in force. Every
   *  trap and xRET asks: the usual answer is yes. */
  same(data: PmpView, fetch: PmpView, dataCtx: number, fetchCtx: number, satp: number): boolean {
    return data === this.dataView && fetch === this.fetchView && dataCtx === this.dataCtx && fetchCtx === this.fetchCtx &&
      (satp === this.satp || (dataCtx | fetchCtx) === CTX_BARE);
  }

  /**
   * Takes the new context; answers DATA_STALE and/or FETCH_STALE for what was cached under
   * permissions that differ. What was cached under the same permissions stays: a hart that only
   * changes privilege under Bare translation and the same PMP view, or the other hart of an
   * SMP guest with the same page tables, finds its TLB as it left it.
   */
  change(data: PmpView, fetch: PmpView, dataCtx: number, fetchCtx: number, satp: number): number {
    let stale = 0;
    const newSatp = satp !== this.satp && (dataCtx !== CTX_BARE || fetchCtx !== CTX_BARE);
    if (newSatp) this.satp = satp;
    if (data !== this.dataView || dataCtx !== this.dataCtx || newSatp) {
      if (dataCtx !== this.dataCtx || newSatp || !data.sameAs(this.dataView)) stale |= DATA_STALE;
      this.dataView = data;
      this.dataCtx = dataCtx;
    }
    if (fetch !== this.fetchView || fetchCtx !== this.fetchCtx || newSatp) {
      if (fetchCtx !== this.fetchCtx || newSatp || !fetch.sameAs(this.fetchView)) stale |= FETCH_STALE;
      this.fetchView = fetch;
      this.fetchCtx = fetchCtx;
    }
    return stale;
  }
}
