/** memory_op sub-operations and the reservation layout (public/memory.h). */
import { defineStruct, handle, T, union } from './layout';

export const XENMEM_increase_reservation = 0;
export const XENMEM_decrease_reservation = 1;
export const XENMEM_maximum_ram_page = 2;
export const XENMEM_current_reservation = 3;
export const XENMEM_maximum_reservation = 4;
export const XENMEM_machphys_mfn_list = 5;
export const XENMEM_populate_physmap = 6;
export const XENMEM_add_to_physmap = 7;
export const XENMEM_memory_map = 9;
export const XENMEM_machine_memory_map = 10;
export const XENMEM_exchange = 11;
export const XENMEM_machphys_mapping = 12;
export const XENMEM_set_memory_map = 13;
export const XENMEM_maximum_gpfn = 14;
export const XENMEM_remove_from_physmap = 15;
export const XENMEM_set_pod_target = 16;
export const XENMEM_get_pod_target = 17;
export const XENMEM_add_to_physmap_batch = 23;
export const XENMEM_acquire_resource = 28;

// xen_add_to_physmap.space: what idx indexes.
export const XENMAPSPACE_shared_info = 0;
export const XENMAPSPACE_grant_table = 1;
export const XENMAPSPACE_gmfn = 2;
export const XENMAPSPACE_gmfn_range = 3;
export const XENMAPSPACE_gmfn_foreign = 4;
export const XENMAPSPACE_dev_mmio = 5;
/** In a XENMAPSPACE_grant_table idx: a v2 status frame rather than a shared frame. */
export const XENMAPIDX_grant_table_status = 0x80000000;

// xen_memory_reservation.mem_flags.
export const XENMEMF_populate_on_demand = 1 << 16;
export const XENMEMF_exact_node_request = 1 << 17;
export const XENMEMF_vnode = 1 << 18;

export const XEN_MEMORY_RESERVATION = defineStruct('xen_memory_reservation', 'increase/decrease_reservation, populate_physmap argument.', {
  extent_start: handle('xen_pfn_t'),
  nr_extents: T.xen_ulong_t,
  extent_order: T.unsigned_int,
  mem_flags: T.unsigned_int,
  domid: T.domid_t,
});

export const XEN_MEMORY_DOMAIN = defineStruct('xen_memory_domain', 'current/maximum_reservation, maximum_gpfn argument.', {
  domid: T.domid_t,
});

export const XEN_ADD_TO_PHYSMAP = defineStruct('xen_add_to_physmap', 'XENMEM_add_to_physmap: show frame idx of space at gpfn.', {
  domid: T.domid_t,
  size: T.uint16_t,
  space: T.unsigned_int,
  idx: T.xen_ulong_t,
  gpfn: T.xen_pfn_t,
});

export const XEN_ADD_TO_PHYSMAP_BATCH = defineStruct('xen_add_to_physmap_batch', 'XENMEM_add_to_physmap_batch: size (idx, gpfn) pairs, an error each.', {
  domid: T.domid_t,
  space: T.uint16_t,
  size: T.uint16_t,
  u: union({ foreign_domid: T.domid_t, res0: T.uint16_t }),
  idxs: handle('xen_ulong_t'),
  gpfns: handle('xen_pfn_t'),
  errs: handle('int'),
});

export const XEN_REMOVE_FROM_PHYSMAP = defineStruct('xen_remove_from_physmap', 'XENMEM_remove_from_physmap: take away what gpfn shows.', {
  domid: T.domid_t,
  gpfn: T.xen_pfn_t,
});
