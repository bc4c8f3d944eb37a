/** memory_op sub-operations and the reservation layout (public/memory.h). */
import { defineStruct, handle, T } from './layout';

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
export const XENMEM_acquire_resource = 28;

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
