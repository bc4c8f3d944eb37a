/** grant_table_op sub-operations, status codes, flags and layouts (public/grant_table.h), v1 grants. */
import { defineStruct, handle, T, union } from './layout';

export const GNTTABOP_map_grant_ref = 0;
export const GNTTABOP_unmap_grant_ref = 1;
export const GNTTABOP_setup_table = 2;
export const GNTTABOP_dump_table = 3;
export const GNTTABOP_transfer = 4;
export const GNTTABOP_copy = 5;
export const GNTTABOP_query_size = 6;
export const GNTTABOP_unmap_and_replace = 7;
export const GNTTABOP_set_version = 8;
export const GNTTABOP_get_status_frames = 9;
export const GNTTABOP_get_version = 10;
export const GNTTABOP_swap_grant_ref = 11;
export const GNTTABOP_cache_flush = 12;

// Per-operation status (the `status` field), not a hypercall return value.
export const GNTST_okay = 0;
export const GNTST_general_error = -1;
export const GNTST_bad_domain = -2;
export const GNTST_bad_gntref = -3;
export const GNTST_bad_handle = -4;
export const GNTST_bad_virt_addr = -5;
export const GNTST_bad_dev_addr = -6;
export const GNTST_no_device_space = -7;
export const GNTST_permission_denied = -8;
export const GNTST_bad_page = -9;
export const GNTST_bad_copy_arg = -10;
export const GNTST_address_too_big = -11;
export const GNTST_eagain = -12;
export const GNTST_no_space = -13;

// gnttab_map_grant_ref.flags.
export const _GNTMAP_device_map = 0;
export const GNTMAP_device_map = 1 << _GNTMAP_device_map;
export const _GNTMAP_host_map = 1;
export const GNTMAP_host_map = 1 << _GNTMAP_host_map;
export const _GNTMAP_readonly = 2;
export const GNTMAP_readonly = 1 << _GNTMAP_readonly;
export const _GNTMAP_application_map = 3;
export const GNTMAP_application_map = 1 << _GNTMAP_application_map;
export const _GNTMAP_contains_pte = 4;
export const GNTMAP_contains_pte = 1 << _GNTMAP_contains_pte;
export const _GNTMAP_guest_avail0 = 16;
export const GNTMAP_guest_avail_mask = 0xffff0000;

// grant_entry_v1.flags: type in the low two bits, then flags.
export const GTF_invalid = 0;
export const GTF_permit_access = 1;
export const GTF_accept_transfer = 2;
export const GTF_transitive = 3;
export const GTF_type_mask = 3;
export const _GTF_readonly = 2;
export const GTF_readonly = 1 << _GTF_readonly;
export const _GTF_reading = 3;
export const GTF_reading = 1 << _GTF_reading;
export const _GTF_writing = 4;
export const GTF_writing = 1 << _GTF_writing;
export const _GTF_PWT = 5;
export const GTF_PWT = 1 << _GTF_PWT;
export const _GTF_PCD = 6;
export const GTF_PCD = 1 << _GTF_PCD;
export const _GTF_PAT = 7;
export const GTF_PAT = 1 << _GTF_PAT;
export const _GTF_sub_page = 8;
export const GTF_sub_page = 1 << _GTF_sub_page;
export const _GTF_transfer_committed = 2;
export const GTF_transfer_committed = 1 << _GTF_transfer_committed;
export const _GTF_transfer_completed = 3;
export const GTF_transfer_completed = 1 << _GTF_transfer_completed;

// gnttab_copy.flags: which side names a grant reference rather than a local frame.
export const _GNTCOPY_source_gref = 0;
export const GNTCOPY_source_gref = 1 << _GNTCOPY_source_gref;
export const _GNTCOPY_dest_gref = 1;
export const GNTCOPY_dest_gref = 1 << _GNTCOPY_dest_gref;

/** Grant references below this are reserved for the toolstack (console, xenstore). */
export const GNTTAB_NR_RESERVED_ENTRIES = 8;
export const GNTTAB_RESERVED_CONSOLE = 0;
export const GNTTAB_RESERVED_XENSTORE = 1;

export const GRANT_ENTRY_V1 = defineStruct('grant_entry_v1', 'One entry of a v1 grant table: frame granted to domid.', {
  flags: T.uint16_t,
  domid: T.domid_t,
  frame: T.uint32_t,
});

export const GNTTAB_MAP_GRANT_REF = defineStruct('gnttab_map_grant_ref', 'GNTTABOP_map_grant_ref: map a foreign grant at host_addr.', {
  host_addr: T.uint64_t,
  flags: T.uint32_t,
  ref: T.grant_ref_t,
  dom: T.domid_t,
  status: T.int16_t,
  handle: T.grant_handle_t,
  dev_bus_addr: T.uint64_t,
});

export const GNTTAB_UNMAP_GRANT_REF = defineStruct('gnttab_unmap_grant_ref', 'GNTTABOP_unmap_grant_ref: undo a mapping by its handle.', {
  host_addr: T.uint64_t,
  dev_bus_addr: T.uint64_t,
  handle: T.grant_handle_t,
  status: T.int16_t,
});

export const GNTTAB_SETUP_TABLE = defineStruct('gnttab_setup_table', 'GNTTABOP_setup_table: frames of the caller\'s grant table.', {
  dom: T.domid_t,
  nr_frames: T.uint32_t,
  status: T.int16_t,
  frame_list: handle('xen_pfn_t'),
});

export const GNTTAB_QUERY_SIZE = defineStruct('gnttab_query_size', 'GNTTABOP_query_size: current and maximum grant table frames.', {
  dom: T.domid_t,
  nr_frames: T.uint32_t,
  max_nr_frames: T.uint32_t,
  status: T.int16_t,
});

export const GNTTAB_COPY_PTR = defineStruct('gnttab_copy_ptr', 'One side of a grant copy: a grant reference or a local frame.', {
  u: union({ ref: T.grant_ref_t, gmfn: T.xen_pfn_t }),
  domid: T.domid_t,
  offset: T.uint16_t,
});

export const GNTTAB_COPY = defineStruct('gnttab_copy', 'GNTTABOP_copy: copy len bytes between granted or local frames.', {
  source: GNTTAB_COPY_PTR,
  dest: GNTTAB_COPY_PTR,
  len: T.uint16_t,
  flags: T.uint16_t,
  status: T.int16_t,
});

export const GNTTAB_SET_VERSION = defineStruct('gnttab_set_version', 'GNTTABOP_set_version: ask for a grant table format (IN/OUT).', {
  version: T.uint32_t,
});

export const GNTTAB_GET_VERSION = defineStruct('gnttab_get_version', 'GNTTABOP_get_version: the grant table format of dom.', {
  dom: T.domid_t,
  pad: T.uint16_t,
  version: T.uint32_t,
});
