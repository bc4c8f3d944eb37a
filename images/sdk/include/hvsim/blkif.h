/* hvsim guest ABI 1.0: virtual block device requests and ring (Xen's public/io/blkif.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_BLKIF_H__
#define __HVSIM_BLKIF_H__

#include "xen.h"
#include "grant_table.h"
#include "ring.h"

typedef uint16_t blkif_vdev_t;
typedef uint64_t blkif_sector_t __hvsim_align8;

#define BLKIF_RSP_EOPNOTSUPP (-2)
#define BLKIF_RSP_ERROR (-1)
#define BLKIF_OP_READ 0
#define BLKIF_RSP_OKAY 0
#define BLKIF_DISCARD_SECURE 1
#define BLKIF_OP_WRITE 1
#define BLKIF_OP_WRITE_BARRIER 2
#define BLKIF_OP_FLUSH_DISKCACHE 3
#define BLKIF_OP_RESERVED_1 4
#define BLKIF_OP_DISCARD 5
#define BLKIF_OP_INDIRECT 6
#define BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST 8
#define BLKIF_MAX_SEGMENTS_PER_REQUEST 11

#define HVSIM_BLKIF_SECTORS_PER_PAGE 8
#define HVSIM_BLKIF_RING_SIZE 32
#define HVSIM_BLKIF_RING_OFFSET 64
#define HVSIM_BLKIF_RING_ENTRY_BYTES 112
#define HVSIM_BLKIF_SECTOR_BYTES 512

#define VDISK_CDROM 1
#define VDISK_REMOVABLE 2
#define VDISK_READONLY 4

/* One granted page of an I/O request: sectors first_sect..last_sect of it. */
struct blkif_request_segment {
    grant_ref_t gref;
    uint8_t first_sect;
    uint8_t last_sect;
    uint8_t _hvsim_pad0[2];
};
typedef struct blkif_request_segment blkif_request_segment_t;
HVSIM_ASSERT_SIZE(struct blkif_request_segment, 8);

/* A read or write of nr_segments granted pages at sector_number; id is echoed in the response. */
struct blkif_request {
    uint8_t operation;
    uint8_t nr_segments;
    blkif_vdev_t handle;
    uint8_t _hvsim_pad0[4];
    uint64_t id __hvsim_align8;
    blkif_sector_t sector_number __hvsim_align8;
    struct blkif_request_segment seg[11];
};
typedef struct blkif_request blkif_request_t;
HVSIM_ASSERT_SIZE(struct blkif_request, 112);

/* BLKIF_OP_DISCARD: nr_sectors from sector_number are no longer needed. */
struct blkif_request_discard {
    uint8_t operation;
    uint8_t flag;
    blkif_vdev_t handle;
    uint8_t _hvsim_pad0[4];
    uint64_t id __hvsim_align8;
    blkif_sector_t sector_number __hvsim_align8;
    uint64_t nr_sectors __hvsim_align8;
};
typedef struct blkif_request_discard blkif_request_discard_t;
HVSIM_ASSERT_SIZE(struct blkif_request_discard, 32);

/* BLKIF_OP_INDIRECT: segments listed in granted pages. */
struct blkif_request_indirect {
    uint8_t operation;
    uint8_t indirect_op;
    uint16_t nr_segments;
    uint8_t _hvsim_pad0[4];
    uint64_t id __hvsim_align8;
    blkif_sector_t sector_number __hvsim_align8;
    blkif_vdev_t handle;
    uint8_t _hvsim_pad1[2];
    grant_ref_t indirect_grefs[8];
    uint8_t _hvsim_pad2[4];
};
typedef struct blkif_request_indirect blkif_request_indirect_t;
HVSIM_ASSERT_SIZE(struct blkif_request_indirect, 64);

/* The completion of request id: BLKIF_RSP_*. */
struct blkif_response {
    uint64_t id __hvsim_align8;
    uint8_t operation;
    uint8_t _hvsim_pad0[1];
    int16_t status;
    uint8_t _hvsim_pad1[4];
};
typedef struct blkif_response blkif_response_t;
HVSIM_ASSERT_SIZE(struct blkif_response, 16);

/* The blkif shared ring page: indexes, then request/response entries. */
struct blkif_sring {
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
        struct blkif_request req;
        struct blkif_response rsp;
    } ring[1];
};
typedef struct blkif_sring blkif_sring_t;
HVSIM_ASSERT_SIZE(struct blkif_sring, 176);

#endif /* __HVSIM_BLKIF_H__ */
