/* hvsim guest ABI 1.0: xen_version and feature bits (Xen's public/version.h, features.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_VERSION_H__
#define __HVSIM_VERSION_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/version.h>
#include <xen/features.h>
#else

#include "xen.h"

typedef char xen_extraversion_t[16];
typedef char xen_capabilities_info_t[1024];
typedef char xen_changeset_info_t[64];

#define XEN_EXTRAVERSION_LEN 16
#define XEN_CHANGESET_INFO_LEN 64
#define XEN_CAPABILITIES_INFO_LEN 1024

#define XENFEAT_writable_page_tables 0
#define XENFEAT_NR_SUBMAPS 1
#define XENFEAT_writable_descriptor_tables 1
#define XENFEAT_auto_translated_physmap 2
#define XENFEAT_supervisor_mode_kernel 3
#define XENFEAT_pae_pgdir_above_4gb 4
#define XENFEAT_mmu_pt_update_preserve_ad 5
#define XENFEAT_highmem_assist 6
#define XENFEAT_gnttab_map_avail_bits 7
#define XENFEAT_hvm_callback_vector 8
#define XENFEAT_hvm_safe_pvclock 9
#define XENFEAT_hvm_pirqs 10
#define XENFEAT_dom0 11
#define XENFEAT_memory_op_vnode_supported 13
#define XENFEAT_ARM_SMCCC_supported 14
#define XENFEAT_linux_rsdp_unrestricted 15
#define XENFEAT_not_direct_mapped 16
#define XENFEAT_direct_mapped 17

#define XENVER_version 0
#define XENVER_extraversion 1
#define XENVER_compile_info 2
#define XENVER_capabilities 3
#define XENVER_changeset 4
#define XENVER_platform_parameters 5
#define XENVER_get_features 6
#define XENVER_pagesize 7
#define XENVER_guest_handle 8
#define XENVER_commandline 9
#define XENVER_build_id 10

/* XENVER_compile_info answer. */
struct xen_compile_info {
    char compiler[64];
    char compile_by[16];
    char compile_domain[32];
    char compile_date[32];
};
typedef struct xen_compile_info xen_compile_info_t;
HVSIM_ASSERT_SIZE(struct xen_compile_info, 144);

/* XENVER_get_features: one 32-bit submap of XENFEAT_* bits. */
struct xen_feature_info {
    unsigned int submap_idx;
    uint32_t submap;
};
typedef struct xen_feature_info xen_feature_info_t;
HVSIM_ASSERT_SIZE(struct xen_feature_info, 8);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_VERSION_H__ */
