/* hvsim guest ABI 1.0: xenstore wire protocol (Xen's public/io/xs_wire.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_XS_WIRE_H__
#define __HVSIM_XS_WIRE_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/io/xs_wire.h>
#else

#include "xen.h"

typedef uint32_t XENSTORE_RING_IDX;
#define MASK_XENSTORE_IDX(idx) ((idx) & (XENSTORE_RING_SIZE - 1))

#define XENSTORE_CONNECTED 0
#define XENSTORE_ERROR_NONE 0
#define XENSTORE_ERROR_COMM 1
#define XENSTORE_RECONNECT 1
#define XENSTORE_SERVER_FEATURE_RECONNECTION 1
#define XENSTORE_ERROR_RINGIDX 2
#define XENSTORE_SERVER_FEATURE_ERROR 2
#define XENSTORE_ERROR_PROTO 3
#define XENSTORE_RING_SIZE 1024
#define XENSTORE_REL_PATH_MAX 2048
#define XENSTORE_ABS_PATH_MAX 3072
#define XENSTORE_PAYLOAD_MAX 4096

#define XS_CONTROL 0
#define XS_DEBUG 0
#define XS_WATCH_PATH 0
#define XS_DIRECTORY 1
#define XS_WATCH_TOKEN 1
#define XS_READ 2
#define XS_GET_PERMS 3
#define XS_WATCH 4
#define XS_UNWATCH 5
#define XS_TRANSACTION_START 6
#define XS_TRANSACTION_END 7
#define XS_INTRODUCE 8
#define XS_RELEASE 9
#define XS_GET_DOMAIN_PATH 10
#define XS_WRITE 11
#define XS_MKDIR 12
#define XS_RM 13
#define XS_SET_PERMS 14
#define XS_WATCH_EVENT 15
#define XS_ERROR 16
#define XS_IS_DOMAIN_INTRODUCED 17
#define XS_RESUME 18
#define XS_SET_TARGET 19
#define XS_RESET_WATCHES 21
#define XS_DIRECTORY_PART 22
#define XS_TYPE_COUNT 23
#define XS_INVALID 65535
#define XS_WRITE_CREATE "CREATE"
#define XS_WRITE_CREATE_EXCL "CREATE|EXCL"
#define XS_WRITE_NONE "NONE"

/* The xenstore ring page: request and response rings. */
struct xenstore_domain_interface {
    char req[1024];
    char rsp[1024];
    XENSTORE_RING_IDX req_cons;
    XENSTORE_RING_IDX req_prod;
    XENSTORE_RING_IDX rsp_cons;
    XENSTORE_RING_IDX rsp_prod;
    uint32_t server_features;
    uint32_t connection;
    uint32_t error;
};
typedef struct xenstore_domain_interface xenstore_domain_interface_t;
HVSIM_ASSERT_SIZE(struct xenstore_domain_interface, 2076);

/* Header of every xenstore message; len payload bytes follow. */
struct xsd_sockmsg {
    uint32_t type;
    uint32_t req_id;
    uint32_t tx_id;
    uint32_t len;
};
typedef struct xsd_sockmsg xsd_sockmsg_t;
HVSIM_ASSERT_SIZE(struct xsd_sockmsg, 16);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_XS_WIRE_H__ */
