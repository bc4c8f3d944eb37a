/* blkfront: a virtual block device's frontend (Xen's io/blkif.h protocol over
   a shared ring), for a disk given to the domain with xl's disk=.

   blkfront_open() does the XenbusState handshake with dom0's blkback through
   xenstore (device/vbd/<devid>): it grants the ring page to the backend,
   offers an event channel, publishes ring-ref / event-channel / protocol and
   waits until both ends are Connected. I/O calls block the vCPU (SCHEDOP_poll
   on the ring's port) until the backend answers. Not for concurrent use from
   several vCPUs. Calls return 0 or a negative XEN_E* (-XEN_EIO when the backend
   answered BLKIF_RSP_ERROR, -XEN_EOPNOTSUPP for BLKIF_RSP_EOPNOTSUPP).

   Like Linux's blkfront, a caller may keep several requests on the ring at once
   (blkfront_start, then blkfront_wait for each): the backend serves them
   together and may answer them in any order; responses are matched to requests
   by id. Every request, waited for or not, takes one of BLKFRONT_MAX_INFLIGHT
   slots (its grant references and indirect page) until it is answered. */
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
/* Requests on the ring at once (well inside its HVSIM_BLKIF_RING_SIZE slots). */
#define BLKFRONT_MAX_INFLIGHT 8

/* One request's resources while it is on the ring. Slot 0 (the one a frontend that
   waits for each request uses) has all its grant references from blkfront_open; any
   other gets its indirect page's the first time it is used and a data reference per
   page of the largest request it has carried, so a queue of 64 KiB requests takes 17
   entries of the grant table per slot. */
struct blkfront_slot {
    uint64_t id;               /* the request's id on the ring */
    int busy;                  /* started, not yet collected */
    uint32_t answered;         /* 0 until its response comes, then where it came in order */
    int16_t status;            /* its BLKIF_RSP_*, once answered */
    unsigned nr_refs;          /* data references allocated so far */
    grant_ref_t data_ref[BLKFRONT_INDIRECT_SEGMENTS];
    grant_ref_t indirect_ref;  /* the page listing an indirect request's segments */
};

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
    uint32_t answers;          /* responses taken so far: orders the slots' answers */
    struct blkfront_slot slot[BLKFRONT_MAX_INFLIGHT];
    uint8_t *data;             /* BLKFRONT_INDIRECT_SEGMENTS pages for unaligned buffers */
};

/* Connects to the vbd whose xenstore name is `devid` (51712 for xvda). */
long blkfront_open(struct blkfront *bf, unsigned devid);
/* Reads / writes `nsect` (1..bf->max_sectors) sectors at `sector`, in one request
   (-XEN_EBUSY when every slot has a started request on the ring): more
   than BLKFRONT_MAX_SECTORS go as one BLKIF_OP_INDIRECT. A page-aligned `buf` is granted
   to the backend as it is; any other is copied through the driver's own pages. */
long blkfront_read(struct blkfront *bf, uint64_t sector, void *buf, unsigned nsect);
long blkfront_write(struct blkfront *bf, uint64_t sector, const void *buf, unsigned nsect);
/* Puts a read (`write` 0) or write of `nsect` sectors at `sector` on the ring without
   waiting for it; `buf` must be page aligned and stay untouched until the request is
   answered. Returns the request's tag (>= 0), which blkfront_wait() reports, or
   -XEN_EBUSY when BLKFRONT_MAX_INFLIGHT requests are on the ring (wait for one first). */
long blkfront_start(struct blkfront *bf, int write, uint64_t sector, void *buf, unsigned nsect);
/* Waits until a started request is answered, in the order the backend answers them:
   returns its tag and sets *result to 0 or -XEN_E*; -XEN_ENOENT when none is started. */
long blkfront_wait(struct blkfront *bf, long *result);
/* BLKIF_OP_FLUSH_DISKCACHE: returns once every completed write is durable. */
long blkfront_flush(struct blkfront *bf);
/* BLKIF_OP_DISCARD of `nsect` sectors at `sector`. */
long blkfront_discard(struct blkfront *bf, uint64_t sector, uint64_t nsect);
/* Sends a raw request as given (for conformance kernels that test the backend)
   and waits for its response; returns its BLKIF_RSP_* status (-XEN_EBUSY when
   every slot is taken). */
long blkfront_raw(struct blkfront *bf, const struct blkif_request *req);
/* Closing, then Closed, as a frontend that lets the device go. */
long blkfront_close(struct blkfront *bf);

#endif
