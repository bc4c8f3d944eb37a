/* blkfront: a virtual block device's frontend (Xen's io/blkif.h protocol over
   a shared ring), for a disk given to the domain with xl's disk=.

   blkfront_open() does the XenbusState handshake with dom0's blkback through
   xenstore (device/vbd/<devid>): it grants the ring page to the backend,
   offers an event channel, publishes ring-ref / event-channel / protocol and
   waits until both ends are Connected. I/O calls block the vCPU (SCHEDOP_poll
   on the ring's port) until the backend answers. Not for concurrent use from
   several vCPUs. Calls return 0 or a negative XEN_E* (-XEN_EIO when the backend
   answered BLKIF_RSP_ERROR, -XEN_EOPNOTSUPP for BLKIF_RSP_EOPNOTSUPP). */
#ifndef SDK_BLKFRONT_H
#define SDK_BLKFRONT_H

#include <stdint.h>
#include <hvsim/blkif.h>
#include <hvsim/event_channel.h>

/* Data moved per request: BLKIF_MAX_SEGMENTS_PER_REQUEST pages. */
#define BLKFRONT_MAX_SECTORS (BLKIF_MAX_SEGMENTS_PER_REQUEST * HVSIM_BLKIF_SECTORS_PER_PAGE)
/* Segments of a BLKIF_OP_INDIRECT request (listed in one granted page), when the backend
   offers at least that many (feature-max-indirect-segments): 128 KiB per request. */
#define BLKFRONT_INDIRECT_SEGMENTS 32
#define BLKFRONT_MAX_INDIRECT_SECTORS (BLKFRONT_INDIRECT_SEGMENTS * HVSIM_BLKIF_SECTORS_PER_PAGE)

struct blkfront {
    unsigned devid;
    domid_t backend_id;
    char frontend[64];
    char backend[96];
    uint64_t sectors;          /* size, in 512-byte sectors */
    int readonly;
    int can_flush;
    int can_discard;
    unsigned max_sectors;      /* per call: BLKFRONT_MAX_INDIRECT_SECTORS if the backend
                                  takes indirect requests, else BLKFRONT_MAX_SECTORS */
    evtchn_port_t port;
    grant_ref_t ring_ref;
    struct blkif_sring *sring;
    RING_IDX req_prod_pvt;
    RING_IDX rsp_cons;
    grant_ref_t data_ref[BLKFRONT_INDIRECT_SEGMENTS];
    grant_ref_t indirect_ref;  /* the page listing an indirect request's segments */
    uint8_t *data;             /* BLKFRONT_INDIRECT_SEGMENTS pages for unaligned buffers */
};

/* Connects to the vbd whose xenstore name is `devid` (51712 for xvda). */
long blkfront_open(struct blkfront *bf, unsigned devid);
/* Reads / writes `nsect` (1..bf->max_sectors) sectors at `sector`, in one request: more
   than BLKFRONT_MAX_SECTORS go as one BLKIF_OP_INDIRECT. A page-aligned `buf` is granted
   to the backend as it is; any other is copied through the driver's own pages. */
long blkfront_read(struct blkfront *bf, uint64_t sector, void *buf, unsigned nsect);
long blkfront_write(struct blkfront *bf, uint64_t sector, const void *buf, unsigned nsect);
/* BLKIF_OP_FLUSH_DISKCACHE: returns once every completed write is durable. */
long blkfront_flush(struct blkfront *bf);
/* BLKIF_OP_DISCARD of `nsect` sectors at `sector`. */
long blkfront_discard(struct blkfront *bf, uint64_t sector, uint64_t nsect);
/* Sends a raw request as given (for conformance kernels that test the backend)
   and waits for its response; returns its BLKIF_RSP_* status. */
long blkfront_raw(struct blkfront *bf, const struct blkif_request *req);
/* Closing, then Closed, as a frontend that lets the device go. */
long blkfront_close(struct blkfront *bf);

#endif
