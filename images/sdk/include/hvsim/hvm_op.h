/* hvsim guest ABI 1.0: hvm_op and HVM parameters (Xen's public/hvm/hvm_op.h, hvm/params.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_HVM_OP_H__
#define __HVSIM_HVM_OP_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/hvm/hvm_op.h>
#include <xen/hvm/params.h>
#else

#include "xen.h"

#define HVM_PARAM_CALLBACK_IRQ 0
#define HVM_PARAM_STORE_PFN 1
#define HVM_PARAM_STORE_EVTCHN 2
#define HVM_PARAM_CONSOLE_PFN 17
#define HVM_PARAM_CONSOLE_EVTCHN 18
#define HVM_PARAM_MONITOR_RING_PFN 28
#define HVM_NR_PARAMS 39

#define HVMOP_set_param 0
#define HVMOP_get_param 1

/* HVMOP_set_param / HVMOP_get_param argument. */
struct xen_hvm_param {
    domid_t domid;
    uint16_t pad;
    uint32_t index;
    uint64_t value __hvsim_align8;
};
typedef struct xen_hvm_param xen_hvm_param_t;
HVSIM_ASSERT_SIZE(struct xen_hvm_param, 16);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_HVM_OP_H__ */
