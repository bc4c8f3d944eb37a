/* hvsim guest ABI 1.0: shared request/response rings (Xen's public/io/ring.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_RING_H__
#define __HVSIM_RING_H__

#include "xen.h"

typedef uint32_t RING_IDX;

#define HVSIM_RING_PAGE_BYTES 4096

#endif /* __HVSIM_RING_H__ */
