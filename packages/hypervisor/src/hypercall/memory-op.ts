/**
 * memory_op: ballooning. increase_reservation and populate_physmap put fresh (zeroed)
 * frames at the listed gfns (hvsim guests are auto-translated, so increase_reservation
 * populates like populate_physmap), decrease_reservation gives them back; each returns how
 * many extents it completed, stopping at the first that fails (max_pages reached, the pool
 * empty, a gfn that is not free RAM). As in Xen, whatever stops them before the first
 * extent — an unreadable argument or extent list, a domain that does not exist or that the
 * caller may not change — is "0 done", never an errno. current/maximum_reservation read
 * tot/max pages, maximum_gpfn the highest gfn ever mapped; add_to_physmap(_batch) shows
 * shared_info or a grant frame at a gfn the guest chooses, remove_from_physmap takes a page
 * away from one.
 */
import {
  BAD_GUEST_HANDLE, XEN_ADD_TO_PHYSMAP, XEN_ADD_TO_PHYSMAP_BATCH, XEN_EFAULT, XEN_EINVAL, XEN_ENOSYS, XEN_EOPNOTSUPP,
  XEN_MEMORY_DOMAIN, XEN_MEMORY_RESERVATION, XENMAPSPACE_gmfn_foreign, XENMAPSPACE_gmfn_range, XENMAPSPACE_grant_table,
  XENMAPSPACE_shared_info, XENMEM_add_to_physmap, XENMEM_add_to_physmap_batch, XENMEM_current_reservation,
  XENMEM_decrease_reservation, XENMEM_increase_reservation, XENMEM_maximum_gpfn, XENMEM_maximum_reservation,
  XENMEM_populate_physmap, XENMEM_remove_from_physmap, XEN_REMOVE_FROM_PHYSMAP, readGuestHandle, readU16, readU32,
  readU64, readU64Hi, writeU32,
} from '@hvsim/abi';
import { CYCLES_PER_HYPERCALL_ITEM } from '../constants';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { maximumGpfn, placeGrantFrame, placeSharedInfo, removeFromPhysmap } from '../memory/physmap';
import { targetDomain } from './guest';

/** Largest extent order accepted (Xen allows superpages; 2 MiB here). */
const MAX_EXTENT_ORDER = 9;
/** Xen's limit: UINT_MAX >> MEMOP_EXTENT_SHIFT extents per call. */
const MAX_EXTENTS = 0xffff_ffff >>> 6;
/** A gpfn of all ones: Xen's INVALID_GFN (-EINVAL). */
const INVALID_GFN_LO = 0xffff_ffff;

export function memoryOp(core: Core, v: Vcpu, cmd: number, arg: number): number {
  const d = v.domain;
  const m = d.mem;
  switch (cmd) {
    case XENMEM_increase_reservation:
    case XENMEM_populate_physmap:
    case XENMEM_decrease_reservation:
      return reservation(core, d, cmd, arg);
    case XENMEM_current_reservation:
    case XENMEM_maximum_reservation:
    case XENMEM_maximum_gpfn: {
      if (!m.copyFromGuest(arg, XEN_MEMORY_DOMAIN.size)) return -XEN_EFAULT;
      const t = targetDomain(core, d, readU16(m.scratch, XEN_MEMORY_DOMAIN.f.domid.offset));
      if (typeof t === 'number') return t;
      if (cmd === XENMEM_maximum_gpfn) return maximumGpfn(t);
      return cmd === XENMEM_current_reservation ? t.mem.totPages : t.mem.maxPages;
    }
    case XENMEM_add_to_physmap:
      return addToPhysmap(core, d, arg);
    case XENMEM_add_to_physmap_batch:
      return addToPhysmapBatch(core, d, arg);
    case XENMEM_remove_from_physmap: {
      const f = XEN_REMOVE_FROM_PHYSMAP.f;
      if (!m.copyFromGuest(arg, XEN_REMOVE_FROM_PHYSMAP.size)) return -XEN_EFAULT;
      const t = targetDomain(core, d, readU16(m.scratch, f.domid.offset));
      if (typeof t === 'number') return t;
      return removeFromPhysmap(t, readGfn(m.scratch, f.gpfn.offset));
    }
    default:
      return -XEN_ENOSYS;
  }
}

function reservation(core: Core, caller: Domain, cmd: number, arg: number): number {
  const m = caller.mem;
  const f = XEN_MEMORY_RESERVATION.f;
  if (!m.copyFromGuest(arg, XEN_MEMORY_RESERVATION.size)) return 0;
  const list = readGuestHandle(m.scratch, f.extent_start.offset);
  const nrHi = readU64Hi(m.scratch, f.nr_extents.offset);
  const nr = readU64(m.scratch, f.nr_extents.offset);
  const order = readU32(m.scratch, f.extent_order.offset);
  const domid = readU16(m.scratch, f.domid.offset);
  const t = targetDomain(core, caller, domid);
  if (typeof t === 'number') return 0;
  // Xen: more extents than a continuation can encode, or too large an order → 0 done.
  if (nrHi !== 0 || nr > MAX_EXTENTS || order > MAX_EXTENT_ORDER) return 0;
  if (list === BAD_GUEST_HANDLE) return 0;
  const pages = 1 << order;
  for (let i = 0; i < nr; i++) {
    // The extent list lives in the caller's memory; the frames in the target's.
    if (!m.copyFromGuest(list + 8 * i, 8)) return i;
    if (readU64Hi(m.scratch, 0) !== 0) return i;
    const gfn = readU32(m.scratch, 0);
    if (gfn % pages !== 0) return i;
    core.extraCycles += CYCLES_PER_HYPERCALL_ITEM * pages;
    if (!(cmd === XENMEM_decrease_reservation ? releaseExtent(t, gfn, pages) : populateExtent(t, gfn, pages))) return i;
  }
  return nr;
}

/** Populates gfn..gfn+pages-1 entirely or not at all. */
function populateExtent(d: Domain, gfn: number, pages: number): boolean {
  const m = d.mem;
  if (m.totPages + pages > m.maxPages) return false;
  for (let k = 0; k < pages; k++) {
    if (!m.populate(gfn + k)) {
      for (let j = 0; j < k; j++) m.release(gfn + j);
      return false;
    }
  }
  return true;
}

function releaseExtent(d: Domain, gfn: number, pages: number): boolean {
  for (let k = 0; k < pages; k++) if (!d.mem.release(gfn + k)) return false;
  return true;
}

/** A 64-bit gfn from a guest: the number, or -1 for one no hvsim gfn can be (INVALID_GFN included). */
function readGfn(b: Uint8Array, o: number): number {
  return readU64Hi(b, o) === 0 && readU32(b, o) !== INVALID_GFN_LO ? readU32(b, o) : -1;
}

/** One (space, idx) → gpfn mapping; 0 or -errno. */
function addOne(core: Core, d: Domain, space: number, idx: number, gfn: number): number {
  switch (space) {
    case XENMAPSPACE_shared_info:
      if (idx !== 0) return -XEN_EINVAL;
      return placeSharedInfo(core.pool, d, gfn);
    case XENMAPSPACE_grant_table:
      // Only v1 exists, so no status frames (XENMAPIDX_grant_table_status) either.
      return placeGrantFrame(core.pool, d, idx, gfn);
    default:
      // gmfn, gmfn_range, gmfn_foreign, dev_mmio: Xen/Arm's -ENOSYS for the spaces it lacks.
      return -XEN_ENOSYS;
  }
}

/** XENMEM_add_to_physmap: Xen's checks in Xen's order, then one mapping. */
function addToPhysmap(core: Core, caller: Domain, arg: number): number {
  const m = caller.mem;
  const f = XEN_ADD_TO_PHYSMAP.f;
  if (!m.copyFromGuest(arg, XEN_ADD_TO_PHYSMAP.size)) return -XEN_EFAULT;
  const space = readU32(m.scratch, f.space.offset);
  // Foreign frames go through add_to_physmap_batch only.
  if (space === XENMAPSPACE_gmfn_foreign) return -XEN_ENOSYS;
  const idx = readU64Hi(m.scratch, f.idx.offset) === 0 ? readU32(m.scratch, f.idx.offset) : -1;
  const gfn = readGfn(m.scratch, f.gpfn.offset);
  const t = targetDomain(core, caller, readU16(m.scratch, f.domid.offset));
  if (typeof t === 'number') return t;
  if (gfn < 0 || idx < 0) return -XEN_EINVAL;
  return addOne(core, t, space, idx, gfn);
}

/**
 * XENMEM_add_to_physmap_batch: size (idxs[i], gpfns[i]) pairs, each mapping's result in
 * errs[i]; the hypercall itself fails only on an unreadable argument or list (-EFAULT).
 */
function addToPhysmapBatch(core: Core, caller: Domain, arg: number): number {
  const m = caller.mem;
  const f = XEN_ADD_TO_PHYSMAP_BATCH.f;
  if (!m.copyFromGuest(arg, XEN_ADD_TO_PHYSMAP_BATCH.size)) return -XEN_EFAULT;
  const space = readU16(m.scratch, f.space.offset);
  if (space === XENMAPSPACE_gmfn_range) return -XEN_EOPNOTSUPP;
  const size = readU16(m.scratch, f.size.offset);
  const idxs = readGuestHandle(m.scratch, f.idxs.offset);
  const gpfns = readGuestHandle(m.scratch, f.gpfns.offset);
  const errs = readGuestHandle(m.scratch, f.errs.offset);
  const t = targetDomain(core, caller, readU16(m.scratch, f.domid.offset));
  if (typeof t === 'number') return t;
  if (size === 0) return 0;
  if (idxs === BAD_GUEST_HANDLE || gpfns === BAD_GUEST_HANDLE || errs === BAD_GUEST_HANDLE) return -XEN_EFAULT;
  for (let i = 0; i < size; i++) {
    if (!m.copyFromGuest(idxs + 8 * i, 8)) return -XEN_EFAULT;
    const idx = readU64Hi(m.scratch, 0) === 0 ? readU32(m.scratch, 0) : -1;
    if (!m.copyFromGuest(gpfns + 8 * i, 8)) return -XEN_EFAULT;
    const gfn = readGfn(m.scratch, 0);
    if (gfn < 0) return -XEN_EINVAL;
    core.extraCycles += CYCLES_PER_HYPERCALL_ITEM;
    const rc = idx < 0 ? -XEN_EINVAL : addOne(core, t, space, idx, gfn);
    writeU32(m.scratch, 0, rc);
    if (!m.copyToGuest(errs + 4 * i, 4)) return -XEN_EFAULT;
  }
  return 0;
}
