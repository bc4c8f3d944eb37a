/* blkfront: see sdk/blkfront.h. */
#include <sdk/blkfront.h>
#include <sdk/evtchn.h>
#include <sdk/gnttab.h>
#include <sdk/guest.h>
#include <sdk/xenbus.h>
#include <sdk/xenstore.h>
#include <hvsim/xenbus.h>

#define PAGE 4096
#define SECTOR HVSIM_BLKIF_SECTOR_BYTES

/* One device: the ring page, the bounce pages for unaligned buffers and each slot's
   indirect page, page aligned. */
static uint8_t ring_page[PAGE] __attribute__((aligned(PAGE)));
static uint8_t data_pages[BLKFRONT_INDIRECT_SEGMENTS][PAGE] __attribute__((aligned(PAGE)));
static struct blkif_request_segment indirect_pages[BLKFRONT_MAX_INFLIGHT][PAGE / sizeof(struct blkif_request_segment)] __attribute__((aligned(PAGE)));

#define RING_SLOT(bf, idx) (&(bf)->sring->ring[(idx) & (HVSIM_BLKIF_RING_SIZE - 1)])

static long read_ulong(const char *dir, const char *key, unsigned long *out)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, key);
    return xs_read_ulong(path, out);
}

static long write_key(const char *dir, const char *key, const char *value)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, key);
    return xs_write(path, value);
}

static long set_state(struct blkfront *bf, unsigned state)
{
    char v[4];
    snprintf(v, sizeof v, "%u", state);
    return write_key(bf->frontend, "state", v);
}

static long wait_backend(struct blkfront *bf, unsigned long want)
{
    return xenbus_wait_backend(bf->backend, want, "blkfront");
}

/* Gives a slot at least `n` data references (granted per request, to the pages it moves). */
static long slot_refs(struct blkfront_slot *s, unsigned n)
{
    while (s->nr_refs < n) {
        long rc = gnttab_alloc_ref();
        if (rc < 0)
            return rc;
        s->data_ref[s->nr_refs++] = (grant_ref_t)rc;
    }
    return 0;
}

/* Slot i's indirect page reference, and `n` data references to begin with. */
static long slot_setup(struct blkfront *bf, unsigned i, unsigned n)
{
    struct blkfront_slot *s = &bf->slot[i];
    long rc = slot_refs(s, n);
    if (rc < 0)
        return rc;
    if ((rc = gnttab_alloc_ref()) < 0)
        return rc;
    s->indirect_ref = (grant_ref_t)rc;
    gnttab_grant_access(s->indirect_ref, bf->backend_id, indirect_pages[i], 1);
    return 0;
}

long blkfront_open(struct blkfront *bf, unsigned devid)
{
    memset(bf, 0, sizeof *bf);
    bf->devid = devid;
    snprintf(bf->frontend, sizeof bf->frontend, "device/vbd/%u", devid);
    unsigned long backend_id = 0, value = 0;
    long rc;
    char key[80];
    snprintf(key, sizeof key, "%s/backend", bf->frontend);
    if ((rc = xs_read(key, bf->backend, sizeof bf->backend)) < 0)
        return rc;
    if ((rc = read_ulong(bf->frontend, "backend-id", &backend_id)) < 0)
        return rc;
    bf->backend_id = (domid_t)backend_id;
    if ((rc = wait_backend(bf, XenbusStateInitWait)) < 0)
        return rc;

    if ((rc = gnttab_init()) < 0)
        return rc;
    bf->sring = (struct blkif_sring *)ring_page;
    memset(ring_page, 0, PAGE);
    bf->sring->req_event = 1;
    bf->sring->rsp_event = 1;
    bf->data = &data_pages[0][0];
    if ((rc = gnttab_alloc_ref()) < 0)
        return rc;
    bf->ring_ref = (grant_ref_t)rc;
    gnttab_grant_access(bf->ring_ref, bf->backend_id, ring_page, 0);
    if ((rc = slot_setup(bf, 0, BLKFRONT_INDIRECT_SEGMENTS)) < 0) /* the one every waited-for request uses */
        return rc;
    if ((rc = evtchn_alloc_unbound(bf->backend_id, 0, 0)) < 0)
        return rc;
    bf->port = (evtchn_port_t)rc;
    evtchn_mask(bf->port); /* waited for with SCHEDOP_poll, not an upcall */

    char v[16];
    snprintf(v, sizeof v, "%u", (unsigned)bf->ring_ref);
    if ((rc = write_key(bf->frontend, "ring-ref", v)) < 0)
        return rc;
    snprintf(v, sizeof v, "%u", (unsigned)bf->port);
    if ((rc = write_key(bf->frontend, "event-channel", v)) < 0)
        return rc;
    if ((rc = write_key(bf->frontend, "protocol", XEN_IO_PROTO_ABI_ARM)) < 0)
        return rc;
    if ((rc = set_state(bf, XenbusStateInitialised)) < 0)
        return rc;
    if ((rc = wait_backend(bf, XenbusStateConnected)) < 0)
        return rc;

    if ((rc = read_ulong(bf->backend, "sectors", &value)) < 0)
        return rc;
    bf->sectors = value;
    if (read_ulong(bf->backend, "sector-size", &value) >= 0 && value != SECTOR)
        return -XEN_EOPNOTSUPP;
    bf->readonly = read_ulong(bf->backend, "info", &value) >= 0 && (value & VDISK_READONLY);
    bf->can_flush = read_ulong(bf->backend, "feature-flush-cache", &value) >= 0 && value == 1;
    bf->can_discard = read_ulong(bf->backend, "feature-discard", &value) >= 0 && value == 1;
    bf->max_sectors = read_ulong(bf->backend, "feature-max-indirect-segments", &value) >= 0 && value >= BLKFRONT_INDIRECT_SEGMENTS
        ? BLKFRONT_MAX_INDIRECT_SECTORS : BLKFRONT_MAX_SECTORS;
    return set_state(bf, XenbusStateConnected);
}

/* A free slot, its grant references set up on first use; -XEN_EBUSY when every slot
   has a request on the ring. */
static long take_slot(struct blkfront *bf)
{
    for (unsigned i = 0; i < BLKFRONT_MAX_INFLIGHT; i++) {
        struct blkfront_slot *s = &bf->slot[i];
        if (s->busy)
            continue;
        if (s->indirect_ref == 0) { /* never set up: references below the reserved ones are not ours */
            long rc = slot_setup(bf, i, 0);
            if (rc < 0)
                return rc;
        }
        return i;
    }
    return -XEN_EBUSY;
}

/* Puts `req` on the ring as slot i's request and tells the backend, unless it said
   (req_event) that it will look at the ring again anyway (Xen's
   RING_PUSH_REQUESTS_AND_CHECK_NOTIFY). */
static void push(struct blkfront *bf, unsigned i, struct blkif_request *req)
{
    struct blkfront_slot *s = &bf->slot[i];
    req->id = bf->req_prod_pvt;
    s->id = req->id;
    s->busy = 1;
    s->answered = 0;
    *(struct blkif_request *)RING_SLOT(bf, bf->req_prod_pvt) = *req;
    RING_IDX old = bf->sring->req_prod;
    bf->req_prod_pvt++;
    __atomic_thread_fence(__ATOMIC_SEQ_CST); /* the request before the index */
    bf->sring->req_prod = bf->req_prod_pvt;
    __atomic_thread_fence(__ATOMIC_SEQ_CST); /* the index before reading req_event */
    RING_IDX event = __atomic_load_n(&bf->sring->req_event, __ATOMIC_SEQ_CST);
    if ((RING_IDX)(bf->req_prod_pvt - event) < (RING_IDX)(bf->req_prod_pvt - old)) {
        evtchn_clear(bf->port);
        evtchn_send(bf->port);
    }
}

/* Takes every response on the ring; each answers the slot whose request had its id. */
static void collect(struct blkfront *bf)
{
    RING_IDX prod = __atomic_load_n(&bf->sring->rsp_prod, __ATOMIC_SEQ_CST);
    __atomic_thread_fence(__ATOMIC_SEQ_CST); /* the index before the responses */
    for (; bf->rsp_cons != prod; bf->rsp_cons++) {
        struct blkif_response rsp = RING_SLOT(bf, bf->rsp_cons)->rsp;
        for (unsigned i = 0; i < BLKFRONT_MAX_INFLIGHT; i++) {
            struct blkfront_slot *s = &bf->slot[i];
            if (s->busy && !s->answered && s->id == rsp.id) {
                s->answered = ++bf->answers; /* the order of the answers */
                s->status = rsp.status;
                break;
            }
        }
        /* An id no request on the ring has (a confused backend's): nothing to answer. */
    }
}

/* Sleeps until the backend has published a response not yet collected. */
static void sleep_for_response(struct blkfront *bf)
{
    /* Ask to be notified of the next response, then look once more before sleeping. */
    bf->sring->rsp_event = bf->rsp_cons + 1;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (__atomic_load_n(&bf->sring->rsp_prod, __ATOMIC_SEQ_CST) != bf->rsp_cons)
        return;
    evtchn_port_t ports[1] = { bf->port };
    struct sched_poll poll = { .nr_ports = 1, .timeout = 0 };
    set_xen_guest_handle(poll.ports, ports);
    HYPERVISOR_sched_op(SCHEDOP_poll, &poll);
    evtchn_clear(bf->port);
}

/* Slot i's status once answered; the slot is free again. */
static long finish(struct blkfront *bf, unsigned i)
{
    struct blkfront_slot *s = &bf->slot[i];
    while (collect(bf), !s->answered)
        sleep_for_response(bf);
    s->busy = 0;
    s->answered = 0;
    return s->status;
}

static long status_errno(long status)
{
    if (status == BLKIF_RSP_OKAY)
        return 0;
    return status == BLKIF_RSP_EOPNOTSUPP ? -XEN_EOPNOTSUPP : -XEN_EIO;
}

/* Puts `req` on the ring and waits for its response: 0 or -XEN_E*. */
static long submit(struct blkfront *bf, struct blkif_request *req)
{
    long i = take_slot(bf);
    if (i < 0)
        return i;
    push(bf, (unsigned)i, req);
    return status_errno(finish(bf, (unsigned)i));
}

/* Whether `buf` can be granted as it is (page aligned) rather than copied through the
   driver's own pages. */
static int grantable(const void *buf)
{
    return ((uintptr_t)buf & (PAGE - 1)) == 0;
}

/* Points the slot's data reference i at page i of `pages` for this request (read-only
   when the backend only reads it: a write) and describes it as a segment of `sectors`
   sectors. */
static struct blkif_request_segment segment(struct blkfront *bf, const struct blkfront_slot *s, int op, unsigned i, const uint8_t *pages, unsigned sectors)
{
    gnttab_grant_access(s->data_ref[i], bf->backend_id, pages + (size_t)i * PAGE, op == BLKIF_OP_WRITE);
    struct blkif_request_segment seg = { .gref = s->data_ref[i], .first_sect = 0, .last_sect = (uint8_t)(sectors - 1) };
    return seg;
}

/* Puts a read or write on the ring; returns its slot. `pages`: the nsect sectors'
   memory, page aligned (the caller's buffer or the driver's own pages). Up to 11 pages
   go in the request itself; more are listed in the slot's indirect page
   (BLKIF_OP_INDIRECT). */
static long start_rw(struct blkfront *bf, int op, uint64_t sector, unsigned nsect, const uint8_t *pages)
{
    if (nsect == 0 || nsect > bf->max_sectors || sector + nsect > bf->sectors)
        return -XEN_EINVAL;
    long i = take_slot(bf);
    if (i < 0)
        return i;
    struct blkfront_slot *s = &bf->slot[i];
    unsigned nseg = (nsect + HVSIM_BLKIF_SECTORS_PER_PAGE - 1) / HVSIM_BLKIF_SECTORS_PER_PAGE;
    long rc = slot_refs(s, nseg);
    if (rc < 0)
        return rc;
    struct blkif_request req;
    if (nseg <= BLKIF_MAX_SEGMENTS_PER_REQUEST) {
        struct blkif_request direct = { .operation = (uint8_t)op, .handle = (blkif_vdev_t)bf->devid, .sector_number = sector, .nr_segments = (uint8_t)nseg };
        for (unsigned k = 0, left = nsect; k < nseg; k++, left -= HVSIM_BLKIF_SECTORS_PER_PAGE)
            direct.seg[k] = segment(bf, s, op, k, pages, left > HVSIM_BLKIF_SECTORS_PER_PAGE ? HVSIM_BLKIF_SECTORS_PER_PAGE : left);
        req = direct;
    } else {
        struct blkif_request_indirect ind = {
            .operation = BLKIF_OP_INDIRECT, .indirect_op = (uint8_t)op, .nr_segments = (uint16_t)nseg,
            .sector_number = sector, .handle = (blkif_vdev_t)bf->devid,
        };
        for (unsigned k = 0, left = nsect; k < nseg; k++, left -= HVSIM_BLKIF_SECTORS_PER_PAGE)
            indirect_pages[i][k] = segment(bf, s, op, k, pages, left > HVSIM_BLKIF_SECTORS_PER_PAGE ? HVSIM_BLKIF_SECTORS_PER_PAGE : left);
        ind.indirect_grefs[0] = s->indirect_ref;
        memset(&req, 0, sizeof req);
        memcpy(&req, &ind, sizeof ind);
    }
    push(bf, (unsigned)i, &req);
    return i;
}

static long rw(struct blkfront *bf, int op, uint64_t sector, unsigned nsect, const uint8_t *pages)
{
    long i = start_rw(bf, op, sector, nsect, pages);
    return i < 0 ? i : status_errno(finish(bf, (unsigned)i));
}

/* Sector i of a request is at page i / 8, offset (i % 8) * 512: the pages are contiguous.
   A page-aligned buffer is granted directly; any other goes through the driver's pages. */
long blkfront_read(struct blkfront *bf, uint64_t sector, void *buf, unsigned nsect)
{
    if (grantable(buf))
        return rw(bf, BLKIF_OP_READ, sector, nsect, buf);
    long rc = rw(bf, BLKIF_OP_READ, sector, nsect, bf->data);
    if (rc == 0)
        memcpy(buf, bf->data, (size_t)nsect * SECTOR);
    return rc;
}

long blkfront_write(struct blkfront *bf, uint64_t sector, const void *buf, unsigned nsect)
{
    if (bf->readonly)
        return -XEN_EROFS;
    if (nsect > bf->max_sectors)
        return -XEN_EINVAL;
    if (grantable(buf))
        return rw(bf, BLKIF_OP_WRITE, sector, nsect, buf);
    memcpy(bf->data, buf, (size_t)nsect * SECTOR);
    return rw(bf, BLKIF_OP_WRITE, sector, nsect, bf->data);
}

long blkfront_start(struct blkfront *bf, int write, uint64_t sector, void *buf, unsigned nsect)
{
    if (!grantable(buf))
        return -XEN_EINVAL;
    if (write && bf->readonly)
        return -XEN_EROFS;
    return start_rw(bf, write ? BLKIF_OP_WRITE : BLKIF_OP_READ, sector, nsect, buf);
}

long blkfront_wait(struct blkfront *bf, long *result)
{
    for (;;) {
        collect(bf);
        long first = -1, busy = 0;
        for (unsigned i = 0; i < BLKFRONT_MAX_INFLIGHT; i++) {
            const struct blkfront_slot *s = &bf->slot[i];
            busy |= s->busy;
            if (s->busy && s->answered && (first < 0 || s->answered < bf->slot[first].answered))
                first = i;
        }
        if (first >= 0) {
            *result = status_errno(finish(bf, (unsigned)first));
            return first;
        }
        if (!busy)
            return -XEN_ENOENT;
        sleep_for_response(bf);
    }
}

long blkfront_flush(struct blkfront *bf)
{
    if (!bf->can_flush)
        return -XEN_EOPNOTSUPP;
    struct blkif_request req = { .operation = BLKIF_OP_FLUSH_DISKCACHE, .handle = (blkif_vdev_t)bf->devid };
    return submit(bf, &req);
}

long blkfront_discard(struct blkfront *bf, uint64_t sector, uint64_t nsect)
{
    if (!bf->can_discard)
        return -XEN_EOPNOTSUPP;
    struct blkif_request_discard d = { .operation = BLKIF_OP_DISCARD, .handle = (blkif_vdev_t)bf->devid, .sector_number = sector, .nr_sectors = nsect };
    struct blkif_request req;
    memset(&req, 0, sizeof req);
    memcpy(&req, &d, sizeof d);
    return submit(bf, &req);
}

long blkfront_raw(struct blkfront *bf, const struct blkif_request *req)
{
    struct blkif_request copy = *req;
    long i = take_slot(bf);
    if (i < 0)
        return i;
    push(bf, (unsigned)i, &copy);
    return finish(bf, (unsigned)i);
}
long blkfront_close(struct blkfront *bf)
{
    long rc = set_state(bf, XenbusStateClosing);
    if (rc < 0)
        return rc;
    char path[128];
    unsigned long state = 0;
    snprintf(path, sizeof path, "%s/state", bf->backend);
    /* The backend answers Closing; then we are Closed. */
    if (xs_read_ulong(path, &state) >= 0 && state < XenbusStateClosing)
        wait_backend(bf, XenbusStateClosing);
    rc = set_state(bf, XenbusStateClosed);
    evtchn_close(bf->port);
    return rc;
}
