/* hvsim guest ABI 1.0: virtual network interface requests and rings (Xen's public/io/netif.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_NETIF_H__
#define __HVSIM_NETIF_H__

#include "xen.h"
#include "grant_table.h"
#include "ring.h"

#define HVSIM_NETIF_RX_RING_ENTRY_BYTES 8
#define HVSIM_NETIF_TX_RING_ENTRY_BYTES 12
#define HVSIM_NETIF_MIN_FRAME 14
#define HVSIM_NETIF_RING_OFFSET 64
#define HVSIM_NETIF_RX_RING_SIZE 256
#define HVSIM_NETIF_TX_RING_SIZE 256
#define HVSIM_NETIF_MAX_FRAME 1518

#define NETIF_RSP_DROPPED (-2)
#define NETIF_RSP_ERROR (-1)
#define NETIF_RSP_OKAY 0
#define NETIF_RSP_NULL 1

#define _NETRXF_data_validated 0
#define NETRXF_data_validated 1
#define _NETRXF_csum_blank 1
#define NETRXF_csum_blank 2
#define _NETRXF_more_data 2
#define _NETRXF_extra_info 3
#define NETRXF_more_data 4
#define _NETRXF_gso_prefix 4
#define NETRXF_extra_info 8
#define NETRXF_gso_prefix 16

#define _NETTXF_csum_blank 0
#define NETTXF_csum_blank 1
#define _NETTXF_data_validated 1
#define NETTXF_data_validated 2
#define _NETTXF_more_data 2
#define _NETTXF_extra_info 3
#define NETTXF_more_data 4
#define NETTXF_extra_info 8

#define XEN_NETIF_EXTRA_TYPE_NONE 0
#define _XEN_NETIF_EXTRA_FLAG_MORE 0
#define XEN_NETIF_EXTRA_FLAG_MORE 1
#define XEN_NETIF_EXTRA_TYPE_GSO 1
#define XEN_NETIF_EXTRA_TYPE_MCAST_ADD 2
#define XEN_NETIF_EXTRA_TYPE_MCAST_DEL 3
#define XEN_NETIF_EXTRA_TYPE_HASH 4
#define XEN_NETIF_EXTRA_TYPE_MAX 5
#define XEN_NETIF_NR_SLOTS_MIN 18
#define XEN_NETIF_MAX_TX_SIZE 65535

/* Extra information for the frame before it (GSO, multicast filter, hash). */
struct netif_extra_info {
    uint8_t type;
    uint8_t flags;
    union {
        struct {
            uint16_t size;
            uint8_t type;
            uint8_t pad;
            uint16_t features;
        } gso;
        struct {
            uint8_t addr[6];
        } mcast;
        struct {
            uint8_t type;
            uint8_t algorithm;
            uint8_t value[4];
        } hash;
        uint16_t pad[3];
    } u;
};
typedef struct netif_extra_info netif_extra_info_t;
HVSIM_ASSERT_SIZE(struct netif_extra_info, 8);

/* An empty granted page gref for one received frame; id is echoed. */
struct netif_rx_request {
    uint16_t id;
    uint16_t pad;
    grant_ref_t gref;
};
typedef struct netif_rx_request netif_rx_request_t;
HVSIM_ASSERT_SIZE(struct netif_rx_request, 8);

/* A frame of status bytes at offset in rx request id's page (status < 0: NETIF_RSP_*). */
struct netif_rx_response {
    uint16_t id;
    uint16_t offset;
    uint16_t flags;
    int16_t status;
};
typedef struct netif_rx_response netif_rx_response_t;
HVSIM_ASSERT_SIZE(struct netif_rx_response, 8);

/* The netif rx shared ring page: indexes, then request/response entries. */
struct netif_rx_sring {
    RING_IDX req_prod;
    RING_IDX req_event;
    RING_IDX rsp_prod;
    RING_IDX rsp_event;
    union {
        struct {
            uint8_t smartpoll_active;
        } netif;
        struct {
            uint8_t msg;
        } tapif_user;
        uint8_t pvt_pad[4];
    } pvt;
    uint8_t __pad[44];
    union {
        struct netif_rx_request req;
        struct netif_rx_response rsp;
    } ring[1];
};
typedef struct netif_rx_sring netif_rx_sring_t;
HVSIM_ASSERT_SIZE(struct netif_rx_sring, 72);

/* A frame (or, with NETTXF_more_data, its first part) of size bytes at offset in granted page gref; id is echoed. */
struct netif_tx_request {
    grant_ref_t gref;
    uint16_t offset;
    uint16_t flags;
    uint16_t id;
    uint16_t size;
};
typedef struct netif_tx_request netif_tx_request_t;
HVSIM_ASSERT_SIZE(struct netif_tx_request, 12);

/* The end of tx request id: NETIF_RSP_*. */
struct netif_tx_response {
    uint16_t id;
    int16_t status;
};
typedef struct netif_tx_response netif_tx_response_t;
HVSIM_ASSERT_SIZE(struct netif_tx_response, 4);

/* The netif tx shared ring page: indexes, then request/response entries. */
struct netif_tx_sring {
    RING_IDX req_prod;
    RING_IDX req_event;
    RING_IDX rsp_prod;
    RING_IDX rsp_event;
    union {
        struct {
            uint8_t smartpoll_active;
        } netif;
        struct {
            uint8_t msg;
        } tapif_user;
        uint8_t pvt_pad[4];
    } pvt;
    uint8_t __pad[44];
    union {
        struct netif_tx_request req;
        struct netif_tx_response rsp;
    } ring[1];
};
typedef struct netif_tx_sring netif_tx_sring_t;
HVSIM_ASSERT_SIZE(struct netif_tx_sring, 76);

#endif /* __HVSIM_NETIF_H__ */
