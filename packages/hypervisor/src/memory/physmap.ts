/**
 * XENMEM_add_to_physmap's work: showing a hypervisor page (shared_info, a grant-table frame)
 * at a gfn the domain chooses, as a Xen/Arm guest finds its pages. The page leaves the gfn it
 * was shown at; RAM at the chosen gfn is displaced: Xen/Arm replaces only the mapping, so the
 * page stays the domain's (in tot_pages, unreachable) until the domain is destroyed. The
 * toolstack's own placement of shared_info does the same. And XENMEM_remove_from_physmap's:
 * taking such a page, or a RAM page (displaced the same way), away from a gfn.
 */
import { XEN_EBUSY, XEN_EINVAL, XEN_ENOENT } from '@hvsim/abi';
import { RAM_BASE_GFN, WINDOW_PAGES } from '../constants';
import type { Domain } from '../domain/domain';
import type { FramePool } from './frame-pool';
import { setupTable } from './grant-table';
import { P2M_FOREIGN, P2M_MFN_MASK, P2M_NONE, P2M_NOT_RAM, P2M_SPECIAL } from './p2m';
import { GNTST_okay } from '@hvsim/abi';

/** Makes gfn free for a special page `mfn`: 0, or -errno when something else must stay there. */
function clearFor(d: Domain, gfn: number, mfn: number): number {
  if (!Number.isInteger(gfn) || gfn < RAM_BASE_GFN || gfn >= RAM_BASE_GFN + WINDOW_PAGES) return -XEN_EINVAL;
  const e = d.mem.entry(gfn);
  if (e === P2M_NONE || (e & P2M_MFN_MASK) === mfn) return 0;
  // Another hypervisor page or a grant mapping: the domain unmaps it first.
  if ((e & P2M_NOT_RAM) !== 0) return -XEN_EBUSY;
  d.mem.displace(gfn);
  return 0;
}

/** Shows d's shared_info at gfn (XENMAPSPACE_shared_info, and the toolstack's placement). */
export function placeSharedInfo(pool: FramePool, d: Domain, gfn: number): number {
  if (d.sharedInfoGfn === gfn) return 0;
  const rc = clearFor(d, gfn, d.sharedInfoMfn);
  if (rc < 0) return rc;
  if (d.sharedInfoGfn >= 0) d.mem.unmapSpecial(d.sharedInfoGfn);
  pool.writable(d.sharedInfoMfn);
  d.mem.mapSpecial(gfn, d.sharedInfoMfn, P2M_SPECIAL);
  d.sharedInfoGfn = gfn;
  return 0;
}

/**
 * Shows d's grant-table frame idx at gfn (XENMAPSPACE_grant_table), growing the table to
 * idx + 1 frames first as Xen does; an idx at or beyond the limit is -EINVAL.
 */
export function placeGrantFrame(pool: FramePool, d: Domain, idx: number, gfn: number): number {
  const gt = d.grants;
  if (idx >= gt.maxFrames) return -XEN_EINVAL;
  if (idx >= gt.nrFrames && setupTable(pool, d, idx + 1) !== GNTST_okay) return -XEN_EINVAL;
  if (gt.frameGfns[idx] === gfn) return 0;
  const mfn = gt.frames[idx];
  const rc = clearFor(d, gfn, mfn);
  if (rc < 0) return rc;
  if (gt.frameGfns[idx] >= 0) d.mem.unmapSpecial(gt.frameGfns[idx]);
  d.mem.mapSpecial(gfn, mfn, P2M_SPECIAL);
  gt.frameGfns[idx] = gfn;
  return 0;
}

/** XENMEM_maximum_gpfn: the highest gfn the domain ever had anything mapped at. */
export function maximumGpfn(d: Domain): number {
  const top = d.mem.p2m.highest();
  return top < 0 ? 0 : RAM_BASE_GFN + top;
}

/**
 * XENMEM_remove_from_physmap: shared_info or a grant frame stops being shown (the guest may
 * place it again), a RAM page is displaced (still the domain's, as on Xen/Arm; a grant mapping
 * another domain holds of it stays). Nothing there is -ENOENT; a grant mapping is
 * GNTTABOP_unmap_grant_ref's to undo (-EINVAL).
 */
export function removeFromPhysmap(d: Domain, gfn: number): number {
  const e = gfn < 0 ? P2M_NONE : d.mem.entry(gfn);
  if (e === P2M_NONE) return -XEN_ENOENT;
  if ((e & P2M_FOREIGN) !== 0) return -XEN_EINVAL;
  if ((e & P2M_SPECIAL) === 0) {
    d.mem.displace(gfn);
    return 0;
  }
  d.mem.unmapSpecial(gfn);
  if (gfn === d.sharedInfoGfn) d.sharedInfoGfn = -1;
  const frames = d.grants.frameGfns;
  const i = frames.indexOf(gfn);
  if (i >= 0) frames[i] = -1;
  return 0;
}
