/** xen_version sub-operations, buffer sizes, feature bits and layouts (public/version.h, features.h). */
import { array, defineStruct, T } from './layout';

export const XENVER_version = 0;
export const XENVER_extraversion = 1;
export const XENVER_compile_info = 2;
export const XENVER_capabilities = 3;
export const XENVER_changeset = 4;
export const XENVER_platform_parameters = 5;
export const XENVER_get_features = 6;
export const XENVER_pagesize = 7;
export const XENVER_guest_handle = 8;
export const XENVER_commandline = 9;
export const XENVER_build_id = 10;

/** sizeof(xen_extraversion_t) and friends: the buffers XENVER_* copy out. */
export const XEN_EXTRAVERSION_LEN = 16;
export const XEN_CAPABILITIES_INFO_LEN = 1024;
export const XEN_CHANGESET_INFO_LEN = 64;

export const XENFEAT_writable_page_tables = 0;
export const XENFEAT_writable_descriptor_tables = 1;
export const XENFEAT_auto_translated_physmap = 2;
export const XENFEAT_supervisor_mode_kernel = 3;
export const XENFEAT_pae_pgdir_above_4gb = 4;
export const XENFEAT_mmu_pt_update_preserve_ad = 5;
export const XENFEAT_highmem_assist = 6;
export const XENFEAT_gnttab_map_avail_bits = 7;
export const XENFEAT_hvm_callback_vector = 8;
export const XENFEAT_hvm_safe_pvclock = 9;
export const XENFEAT_hvm_pirqs = 10;
export const XENFEAT_dom0 = 11;
export const XENFEAT_memory_op_vnode_supported = 13;
export const XENFEAT_ARM_SMCCC_supported = 14;
export const XENFEAT_linux_rsdp_unrestricted = 15;
export const XENFEAT_not_direct_mapped = 16;
export const XENFEAT_direct_mapped = 17;
/** Number of 32-bit feature submaps XENVER_get_features can return. */
export const XENFEAT_NR_SUBMAPS = 1;

export const XEN_FEATURE_INFO = defineStruct('xen_feature_info', 'XENVER_get_features: one 32-bit submap of XENFEAT_* bits.', {
  submap_idx: T.unsigned_int,
  submap: T.uint32_t,
});

export const XEN_COMPILE_INFO = defineStruct('xen_compile_info', 'XENVER_compile_info answer.', {
  compiler: array(T.char, 64),
  compile_by: array(T.char, 16),
  compile_domain: array(T.char, 32),
  compile_date: array(T.char, 32),
});
