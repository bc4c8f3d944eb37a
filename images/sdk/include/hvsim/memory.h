/* hvsim guest ABI 1.0: memory_op (Xen's public/memory.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_MEMORY_H__
#define __HVSIM_MEMORY_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/memory.h>
#else

#include "xen.h"

DEFINE_XEN_GUEST_HANDLE(xen_ulong_t);
DEFINE_XEN_GUEST_HANDLE(int);

#define XENMAPIDX_grant_table_status 0x80000000U

#define XENMAPSPACE_shared_info 0
#define XENMAPSPACE_grant_table 1
#define XENMAPSPACE_gmfn 2
#define XENMAPSPACE_gmfn_range 3
#define XENMAPSPACE_gmfn_foreign 4
#define XENMAPSPACE_dev_mmio 5

#define XENMEM_increase_reservation 0
#define XENMEM_decrease_reservation 1
#define XENMEM_maximum_ram_page 2
#define XENMEM_current_reservation 3
#define XENMEM_maximum_reservation 4
#define XENMEM_machphys_mfn_list 5
#define XENMEM_populate_physmap 6
#define XENMEM_add_to_physmap 7
#define XENMEM_memory_map 9
#define XENMEM_machine_memory_map 10
#define XENMEM_exchange 11
#define XENMEM_machphys_mapping 12
#define XENMEM_set_memory_map 13
#define XENMEM_maximum_gpfn 14
#define XENMEM_remove_from_physmap 15
#define XENMEM_set_pod_target 16
#define XENMEM_get_pod_target 17
#define XENMEM_add_to_physmap_batch 23
#define XENMEM_acquire_resource 28

#define XENMEMF_populate_on_demand 0x10000
#define XENMEMF_exact_node_request 0x20000
#define XENMEMF_vnode 0x40000

/* XENMEM_add_to_physmap: show frame idx of space at gpfn. */
struct xen_add_to_physmap {
    domid_t domid;
    uint16_t size;
    unsigned int space;
    xen_ulong_t idx __hvsim_align8;
    xen_pfn_t gpfn __hvsim_align8;
};
typedef struct xen_add_to_physmap xen_add_to_physmap_t;
HVSIM_ASSERT_SIZE(struct xen_add_to_physmap, 24);

/* XENMEM_add_to_physmap_batch: size (idx, gpfn) pairs, an error each. */
struct xen_add_to_physmap_batch {
    domid_t domid;
    uint16_t space;
    uint16_t size;
    union {
        domid_t foreign_domid;
        uint16_t res0;
    } u;
    XEN_GUEST_HANDLE(xen_ulong_t) idxs __hvsim_align8;
    XEN_GUEST_HANDLE(xen_pfn_t) gpfns __hvsim_align8;
    XEN_GUEST_HANDLE(int) errs __hvsim_align8;
};
typedef struct xen_add_to_physmap_batch xen_add_to_physmap_batch_t;
HVSIM_ASSERT_SIZE(struct xen_add_to_physmap_batch, 32);

/* current/maximum_reservation, maximum_gpfn argument. */
struct xen_memory_domain {
    domid_t domid;
};
typedef struct xen_memory_domain xen_memory_domain_t;
HVSIM_ASSERT_SIZE(struct xen_memory_domain, 2);

/* increase/decrease_reservation, populate_physmap argument. */
struct xen_memory_reservation {
    XEN_GUEST_HANDLE(xen_pfn_t) extent_start __hvsim_align8;
    xen_ulong_t nr_extents __hvsim_align8;
    unsigned int extent_order;
    unsigned int mem_flags;
    domid_t domid;
    uint8_t _hvsim_pad0[6];
};
typedef struct xen_memory_reservation xen_memory_reservation_t;
HVSIM_ASSERT_SIZE(struct xen_memory_reservation, 32);

/* XENMEM_remove_from_physmap: take away what gpfn shows. */
struct xen_remove_from_physmap {
    domid_t domid;
    uint8_t _hvsim_pad0[6];
    xen_pfn_t gpfn __hvsim_align8;
};
typedef struct xen_remove_from_physmap xen_remove_from_physmap_t;
HVSIM_ASSERT_SIZE(struct xen_remove_from_physmap, 16);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_MEMORY_H__ */
