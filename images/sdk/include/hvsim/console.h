/* hvsim guest ABI 1.0: PV console ring (Xen's public/io/console.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_CONSOLE_H__
#define __HVSIM_CONSOLE_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/io/console.h>
#else

#include "xen.h"

typedef uint32_t XENCONS_RING_IDX;
#define MASK_XENCONS_IDX(idx, ring) ((idx) & (sizeof(ring) - 1))

/* The PV console ring page: in (to the guest) and out (from it). */
struct xencons_interface {
    char in[1024];
    char out[2048];
    XENCONS_RING_IDX in_cons;
    XENCONS_RING_IDX in_prod;
    XENCONS_RING_IDX out_cons;
    XENCONS_RING_IDX out_prod;
};
typedef struct xencons_interface xencons_interface_t;
HVSIM_ASSERT_SIZE(struct xencons_interface, 3088);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_CONSOLE_H__ */
