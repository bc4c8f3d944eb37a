/**
 * memory_op: ballooning. increase_reservation and populate_physmap put fresh (zeroed)
 * frames at the listed gfns (hvsim guests are auto-translated, so increase_reservation
 * populates like populate_physmap), decrease_reservation gives them back; each returns how
 * many extents it completed, stopping at the first that fails (max_pages reached, the pool
 * empty, a gfn that is not free RAM). current/maximum_reservation read tot/max pages.
 */
import {
  BAD_GUEST_HANDLE, XEN_EFAULT, XEN_EINVAL, XEN_ENOSYS, XEN_MEMORY_RESERVATION, XENMEM_current_reservation,
  XENMEM_decrease_reservation, XENMEM_increase_reservation, XENMEM_maximum_reservation, XENMEM_populate_physmap,
  readGuestHandle, readU16, readU32, readU64, readU64Hi,
} from '@hvsim/abi';
import { CYCLES_PER_HYPERCALL_ITEM } from '../constants';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { targetDomain } from './guest';

/** Largest extent order accepted (Xen allows superpages; 2 MiB here). */
const MAX_EXTENT_ORDER = 9;
const DOMID_BYTES = 2;

export function memoryOp(core: Core, v: Vcpu, cmd: number, arg: number): number {
  const d = v.domain;
  const m = d.mem;
  switch (cmd) {
    case XENMEM_increase_reservation:
    case XENMEM_populate_physmap:
    case XENMEM_decrease_reservation:
      return reservation(core, d, cmd, arg);
    case XENMEM_current_reservation:
    case XENMEM_maximum_reservation: {
      if (!m.copyFromGuest(arg, DOMID_BYTES)) return -XEN_EFAULT;
      const t = targetDomain(core, d, readU16(m.scratch, 0));
      if (typeof t === 'number') return t;
      return cmd === XENMEM_current_reservation ? t.mem.totPages : t.mem.maxPages;
    }
    default:
      return -XEN_ENOSYS;
  }
}

function reservation(core: Core, caller: Domain, cmd: number, arg: number): number {
  const m = caller.mem;
  const f = XEN_MEMORY_RESERVATION.f;
  if (!m.copyFromGuest(arg, XEN_MEMORY_RESERVATION.size)) return -XEN_EFAULT;
  const list = readGuestHandle(m.scratch, f.extent_start.offset);
  const nrHi = readU64Hi(m.scratch, f.nr_extents.offset);
  const nr = readU64(m.scratch, f.nr_extents.offset);
  const order = readU32(m.scratch, f.extent_order.offset);
  const domid = readU16(m.scratch, f.domid.offset);
  const t = targetDomain(core, caller, domid);
  if (typeof t === 'number') return t;
  if (nrHi !== 0 || nr > 0x7fff_ffff) return -XEN_EINVAL;
  if (order > MAX_EXTENT_ORDER) return -XEN_EINVAL;
  if (nr === 0) return 0;
  if (list === BAD_GUEST_HANDLE) return -XEN_EFAULT;
  const pages = 1 << order;
  for (let i = 0; i < nr; i++) {
    // The extent list lives in the caller's memory; the frames in the target's.
    if (!m.copyFromGuest(list + 8 * i, 8)) return i === 0 ? -XEN_EFAULT : i;
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
