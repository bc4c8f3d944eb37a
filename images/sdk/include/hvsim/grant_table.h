/* hvsim guest ABI 1.0: grant tables, v1 (Xen's public/grant_table.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_GRANT_TABLE_H__
#define __HVSIM_GRANT_TABLE_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/grant_table.h>
#else

#include "xen.h"

typedef uint32_t grant_ref_t;
typedef uint32_t grant_handle_t;

#define _GNTCOPY_source_gref 0
#define GNTCOPY_source_gref 1
#define _GNTCOPY_dest_gref 1
#define GNTCOPY_dest_gref 2

#define _GNTMAP_device_map 0
#define GNTMAP_device_map 1
#define _GNTMAP_host_map 1
#define GNTMAP_host_map 2
#define _GNTMAP_readonly 2
#define _GNTMAP_application_map 3
#define GNTMAP_readonly 4
#define _GNTMAP_contains_pte 4
#define GNTMAP_application_map 8
#define GNTMAP_contains_pte 16
#define _GNTMAP_guest_avail0 16
#define GNTMAP_guest_avail_mask 0xffff0000U

#define GNTST_no_space (-13)
#define GNTST_eagain (-12)
#define GNTST_address_too_big (-11)
#define GNTST_bad_copy_arg (-10)
#define GNTST_bad_page (-9)
#define GNTST_permission_denied (-8)
#define GNTST_no_device_space (-7)
#define GNTST_bad_dev_addr (-6)
#define GNTST_bad_virt_addr (-5)
#define GNTST_bad_handle (-4)
#define GNTST_bad_gntref (-3)
#define GNTST_bad_domain (-2)
#define GNTST_general_error (-1)
#define GNTST_okay 0

#define GNTTAB_RESERVED_CONSOLE 0
#define GNTTAB_RESERVED_XENSTORE 1
#define GNTTAB_NR_RESERVED_ENTRIES 8

#define GNTTABOP_map_grant_ref 0
#define GNTTABOP_unmap_grant_ref 1
#define GNTTABOP_setup_table 2
#define GNTTABOP_dump_table 3
#define GNTTABOP_transfer 4
#define GNTTABOP_copy 5
#define GNTTABOP_query_size 6
#define GNTTABOP_unmap_and_replace 7
#define GNTTABOP_set_version 8
#define GNTTABOP_get_status_frames 9
#define GNTTABOP_get_version 10
#define GNTTABOP_swap_grant_ref 11
#define GNTTABOP_cache_flush 12

#define GTF_invalid 0
#define GTF_permit_access 1
#define GTF_accept_transfer 2
#define _GTF_readonly 2
#define _GTF_transfer_committed 2
#define GTF_transitive 3
#define GTF_type_mask 3
#define _GTF_reading 3
#define _GTF_transfer_completed 3
#define GTF_readonly 4
#define GTF_transfer_committed 4
#define _GTF_writing 4
#define _GTF_PWT 5
#define _GTF_PCD 6
#define _GTF_PAT 7
#define GTF_reading 8
#define GTF_transfer_completed 8
#define _GTF_sub_page 8
#define GTF_writing 16
#define GTF_PWT 32
#define GTF_PCD 64
#define GTF_PAT 128
#define GTF_sub_page 256

/* One side of a grant copy: a grant reference or a local frame. */
struct gnttab_copy_ptr {
    union {
        grant_ref_t ref;
        xen_pfn_t gmfn __hvsim_align8;
    } u;
    domid_t domid;
    uint16_t offset;
    uint8_t _hvsim_pad0[4];
};
typedef struct gnttab_copy_ptr gnttab_copy_ptr_t;
HVSIM_ASSERT_SIZE(struct gnttab_copy_ptr, 16);

/* GNTTABOP_copy: copy len bytes between granted or local frames. */
struct gnttab_copy {
    struct gnttab_copy_ptr source;
    struct gnttab_copy_ptr dest;
    uint16_t len;
    uint16_t flags;
    int16_t status;
    uint8_t _hvsim_pad0[2];
};
typedef struct gnttab_copy gnttab_copy_t;
HVSIM_ASSERT_SIZE(struct gnttab_copy, 40);

/* GNTTABOP_get_version: the grant table format of dom. */
struct gnttab_get_version {
    domid_t dom;
    uint16_t pad;
    uint32_t version;
};
typedef struct gnttab_get_version gnttab_get_version_t;
HVSIM_ASSERT_SIZE(struct gnttab_get_version, 8);

/* GNTTABOP_map_grant_ref: map a foreign grant at host_addr. */
struct gnttab_map_grant_ref {
    uint64_t host_addr __hvsim_align8;
    uint32_t flags;
    grant_ref_t ref;
    domid_t dom;
    int16_t status;
    grant_handle_t handle;
    uint64_t dev_bus_addr __hvsim_align8;
};
typedef struct gnttab_map_grant_ref gnttab_map_grant_ref_t;
HVSIM_ASSERT_SIZE(struct gnttab_map_grant_ref, 32);

/* GNTTABOP_query_size: current and maximum grant table frames. */
struct gnttab_query_size {
    domid_t dom;
    uint8_t _hvsim_pad0[2];
    uint32_t nr_frames;
    uint32_t max_nr_frames;
    int16_t status;
    uint8_t _hvsim_pad1[2];
};
typedef struct gnttab_query_size gnttab_query_size_t;
HVSIM_ASSERT_SIZE(struct gnttab_query_size, 16);

/* GNTTABOP_set_version: ask for a grant table format (IN/OUT). */
struct gnttab_set_version {
    uint32_t version;
};
typedef struct gnttab_set_version gnttab_set_version_t;
HVSIM_ASSERT_SIZE(struct gnttab_set_version, 4);

/* GNTTABOP_setup_table: frames of the caller's grant table. */
struct gnttab_setup_table {
    domid_t dom;
    uint8_t _hvsim_pad0[2];
    uint32_t nr_frames;
    int16_t status;
    uint8_t _hvsim_pad1[6];
    XEN_GUEST_HANDLE(xen_pfn_t) frame_list __hvsim_align8;
};
typedef struct gnttab_setup_table gnttab_setup_table_t;
HVSIM_ASSERT_SIZE(struct gnttab_setup_table, 24);

/* GNTTABOP_unmap_grant_ref: undo a mapping by its handle. */
struct gnttab_unmap_grant_ref {
    uint64_t host_addr __hvsim_align8;
    uint64_t dev_bus_addr __hvsim_align8;
    grant_handle_t handle;
    int16_t status;
    uint8_t _hvsim_pad0[2];
};
typedef struct gnttab_unmap_grant_ref gnttab_unmap_grant_ref_t;
HVSIM_ASSERT_SIZE(struct gnttab_unmap_grant_ref, 24);

/* One entry of a v1 grant table: frame granted to domid. */
struct grant_entry_v1 {
    uint16_t flags;
    domid_t domid;
    uint32_t frame;
};
typedef struct grant_entry_v1 grant_entry_v1_t;
HVSIM_ASSERT_SIZE(struct grant_entry_v1, 8);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_GRANT_TABLE_H__ */
