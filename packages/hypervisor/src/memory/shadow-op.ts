/**
 * XEN_DOMCTL_shadow_op's log-dirty sub-ops on a domain (the mechanism; Control.shadowOp
 * checks the caller's request first): ENABLE_LOGDIRTY, CLEAN, PEEK, OFF with Xen's semantics
 * (xen/arch/x86/mm/paging.c): enabling twice is EINVAL, OFF while off does nothing, CLEAN and
 * PEEK while off succeed with nothing dirty.
 */
import {
  XEN_DOMCTL_SHADOW_OP_CLEAN, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY, XEN_DOMCTL_SHADOW_OP_OFF, XEN_DOMCTL_SHADOW_OP_PEEK, XEN_EINVAL,
} from '@hvsim/abi';
import { RAM_BASE_GFN } from '../constants';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import { writeMappedGfns } from './grant-table';

/** What a shadow op hands back (xen_domctl_shadow_op's OUT fields). */
export interface ShadowOpResult {
  /** CLEAN / PEEK: one bit per page from firstGfn (bit i & 7 of byte i >> 3 = gfn firstGfn + i),
   *  ceil(pages / 8) bytes; empty for ENABLE_LOGDIRTY / OFF. */
  bitmap: Uint8Array;
  /** The absolute gfn of bit 0: the RAM base. */
  firstGfn: number;
  /** Pages the bitmap covers: up to the last dirty one; every page past it is clean (Xen's
   *  `pages` out, there the P2M's size). 0 for ENABLE / OFF and when nothing is dirty. */
  pages: number;
  /** xen_domctl_shadow_op_stats as they were before a CLEAN reset them. */
  faultCount: number;
  dirtyCount: number;
}

/** Runs `op` (XEN_DOMCTL_SHADOW_OP_*) on d: the result, or -errno. */
export function shadowOp(core: Core, d: Domain, op: number): ShadowOpResult | number {
  const mem = d.mem;
  switch (op) {
    case XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY:
      if (mem.logDirty !== null) return -XEN_EINVAL;
      mem.enableLogDirty();
      return noBitmap();
    case XEN_DOMCTL_SHADOW_OP_OFF:
      mem.disableLogDirty();
      return noBitmap();
    case XEN_DOMCTL_SHADOW_OP_CLEAN:
    case XEN_DOMCTL_SHADOW_OP_PEEK:
      return readBitmap(core, d, op === XEN_DOMCTL_SHADOW_OP_CLEAN);
    default:
      return -XEN_EINVAL;
  }
}

function noBitmap(): ShadowOpResult {
  return { bitmap: new Uint8Array(0), firstGfn: RAM_BASE_GFN, pages: 0, faultCount: 0, dirtyCount: 0 };
}

function readBitmap(core: Core, d: Domain, clean: boolean): ShadowOpResult {
  const dirty = d.mem.logDirty;
  if (dirty === null) return noBitmap(); // Xen copies out an all-clear bitmap

  // Pages written behind the P2M's back while mapped are dirty at every look.
  for (const gfn of hypervisorMappedGfns(core, d)) d.mem.markDirty(gfn);
  const result = { bitmap: dirty.copy(), firstGfn: RAM_BASE_GFN, pages: dirty.extent, faultCount: dirty.faultCount, dirtyCount: dirty.dirtyCount };
  if (clean) d.mem.cleanLogDirty();
  return result;
}

/**
 * Pages of d's RAM written without passing through its P2M: registered vcpu_info pages (event
 * delivery sets their pending bits directly), a FIFO guest's control blocks and event-array
 * pages (the hypervisor links, marks pending and moves HEAD/READY there), and pages other
 * domains hold writable grant mappings of. Xen marks such pages dirty on the final round of a
 * save (XEN_DOMCTL_SHADOW_LOGDIRTY_FINAL); hvsim marks them on every CLEAN and PEEK, so no
 * round can miss them.
 */
function hypervisorMappedGfns(core: Core, d: Domain): number[] {
  const gfns = writeMappedGfns(d, (id) => core.domain(id));
  for (const v of d.vcpus) if (v.vcpuInfoRegistered) gfns.push(v.vcpuInfoGfn);
  const fifo = d.evtchn.fifo;
  if (fifo !== null && !fifo.hostFrames) {
    for (let v = 0; v < fifo.vcpus; v++) if (fifo.controlMfn[v] >= 0) gfns.push(fifo.controlGfn[v]);
    gfns.push(...fifo.arrayGfns);
  }
  return gfns;
}
