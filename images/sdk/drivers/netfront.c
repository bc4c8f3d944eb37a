/* netfront: see sdk/netfront.h. */
#include <sdk/netfront.h>
#include <sdk/evtchn.h>
#include <sdk/gnttab.h>
#include <sdk/guest.h>
#include <sdk/timer.h>
#include <sdk/xenbus.h>
#include <sdk/xenstore.h>
#include <hvsim/xenbus.h>

#define PAGE 4096
/* How often a wait looks at the backend's state (virtual ns): a restore or a
   detach is noticed within this long even if no event comes. */
#define BACKEND_CHECK_NS 20000000ull

/* One device: the two ring pages and the buffer pages, page aligned. */
static uint8_t tx_ring_page[PAGE] __attribute__((aligned(PAGE)));
static uint8_t rx_ring_page[PAGE] __attribute__((aligned(PAGE)));
static uint8_t tx_pages[NETFRONT_TX_BUFS][PAGE] __attribute__((aligned(PAGE)));
static uint8_t rx_pages[NETFRONT_RX_BUFS][PAGE] __attribute__((aligned(PAGE)));

#define TX_SLOT(nf, idx) (&(nf)->tx->ring[(idx) & (HVSIM_NETIF_TX_RING_SIZE - 1)])
#define RX_SLOT(nf, idx) (&(nf)->rx->ring[(idx) & (HVSIM_NETIF_RX_RING_SIZE - 1)])

static long write_key(const char *dir, const char *key, const char *value)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, key);
    return xs_write(path, value);
}

static long write_uint(const char *dir, const char *key, unsigned long value)
{
    char v[16];
    snprintf(v, sizeof v, "%lu", value);
    return write_key(dir, key, v);
}

static long backend_state(struct netfront *nf, unsigned long *state)
{
    char path[128];
    snprintf(path, sizeof path, "%s/state", nf->backend);
    return xs_read_ulong(path, state);
}

static long wait_backend(struct netfront *nf, unsigned long want)
{
    return xenbus_wait_backend(nf->backend, want, "netfront");
}

/* "00:16:3e:01:02:03" into six bytes; 0 if it is not a MAC. */
static int parse_mac(const char *s, uint8_t mac[6])
{
    for (int i = 0; i < 6; i++) {
        unsigned v = 0;
        for (int k = 0; k < 2; k++, s++) {
            char c = *s;
            unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0') : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10) : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16;
            if (d > 15)
                return 0;
            v = v * 16 + d;
        }
        mac[i] = (uint8_t)v;
        if (i < 5 && *s++ != ':')
            return 0;
    }
    return *s == '\0';
}

/* Waits (on a watch of device/vif/<devid>) for the toolstack to create it (hot-plug). */
static long wait_device(struct netfront *nf)
{
    char key[80], value[96], wpath[128], tok[16];
    snprintf(key, sizeof key, "%s/backend", nf->frontend);
    long rc = xs_watch(nf->frontend, "netfront-dev");
    if (rc < 0)
        return rc;
    for (;;) {
        rc = xs_read(key, value, sizeof value);
        if (rc >= 0 || rc != -XEN_ENOENT)
            break;
        rc = xs_read_watch(wpath, sizeof wpath, tok, sizeof tok);
        if (rc < 0 && rc != -XEN_E2BIG)
            break;
    }
    xs_unwatch(nf->frontend, "netfront-dev");
    return rc < 0 ? rc : 0;
}

/* Fresh rings, every receive buffer posted, the event channel offered: the
   details a frontend publishes, then Initialised. */
static long setup_rings(struct netfront *nf)
{
    long rc;
    memset(tx_ring_page, 0, PAGE);
    memset(rx_ring_page, 0, PAGE);
    nf->tx = (struct netif_tx_sring *)tx_ring_page;
    nf->rx = (struct netif_rx_sring *)rx_ring_page;
    nf->tx->req_event = 1;
    nf->tx->rsp_event = 1;
    nf->rx->req_event = 1;
    nf->rx->rsp_event = 1;
    nf->tx_prod_pvt = nf->tx_rsp_cons = 0;
    nf->rx_prod_pvt = nf->rx_rsp_cons = 0;
    nf->tx_nfree = NETFRONT_TX_BUFS;
    for (unsigned i = 0; i < NETFRONT_TX_BUFS; i++)
        nf->tx_free[i] = (uint16_t)(NETFRONT_TX_BUFS - 1 - i);
    gnttab_grant_access(nf->tx_ring_ref, nf->backend_id, tx_ring_page, 0);
    gnttab_grant_access(nf->rx_ring_ref, nf->backend_id, rx_ring_page, 0);
    for (unsigned i = 0; i < NETFRONT_RX_BUFS; i++) {
        gnttab_grant_access(nf->rx_ref[i], nf->backend_id, rx_pages[i], 0);
        struct netif_rx_request *req = &RX_SLOT(nf, nf->rx_prod_pvt)->req;
        req->id = (uint16_t)i;
        req->gref = nf->rx_ref[i];
        nf->rx_prod_pvt++;
    }
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    nf->rx->req_prod = nf->rx_prod_pvt;
    if ((rc = evtchn_alloc_unbound(nf->backend_id, 0, 0)) < 0)
        return rc;
    nf->port = (evtchn_port_t)rc;
    evtchn_mask(nf->port); /* waited for with SCHEDOP_poll, not an upcall */
    if ((rc = write_uint(nf->frontend, "tx-ring-ref", nf->tx_ring_ref)) < 0 ||
        (rc = write_uint(nf->frontend, "rx-ring-ref", nf->rx_ring_ref)) < 0 ||
        (rc = write_uint(nf->frontend, "event-channel", nf->port)) < 0 ||
        (rc = write_key(nf->frontend, "request-rx-copy", "1")) < 0 ||
        (rc = write_key(nf->frontend, "feature-rx-notify", "1")) < 0 ||
        (rc = write_key(nf->frontend, "protocol", XEN_IO_PROTO_ABI_ARM)) < 0)
        return rc;
    return write_uint(nf->frontend, "state", XenbusStateInitialised);
}

/* The handshake from the backend's InitWait to both ends Connected. */
static long connect(struct netfront *nf)
{
    long rc;
    if ((rc = wait_backend(nf, XenbusStateInitWait)) < 0)
        return rc;
    if ((rc = setup_rings(nf)) < 0)
        return rc;
    if ((rc = wait_backend(nf, XenbusStateConnected)) < 0)
        return rc;
    return write_uint(nf->frontend, "state", XenbusStateConnected);
}

/* The device's grant references, taken once: a frontend that opens the device again
   (after closing it, or a reconnect) reuses them rather than using up the table. */
static struct {
    int taken;
    grant_ref_t tx_ring, rx_ring;
    grant_ref_t tx[NETFRONT_TX_BUFS];
    grant_ref_t rx[NETFRONT_RX_BUFS];
} refs;

static long take_ref(grant_ref_t *ref)
{
    long rc = gnttab_alloc_ref();
    if (rc >= 0)
        *ref = (grant_ref_t)rc;
    return rc;
}

static long alloc_refs(void)
{
    long rc;
    if (refs.taken)
        return 0;
    if ((rc = gnttab_init()) < 0 || (rc = take_ref(&refs.tx_ring)) < 0 || (rc = take_ref(&refs.rx_ring)) < 0)
        return rc;
    for (unsigned i = 0; i < NETFRONT_TX_BUFS; i++)
        if ((rc = take_ref(&refs.tx[i])) < 0) /* granted per frame, to the page it is in */
            return rc;
    for (unsigned i = 0; i < NETFRONT_RX_BUFS; i++)
        if ((rc = take_ref(&refs.rx[i])) < 0)
            return rc;
    refs.taken = 1;
    return 0;
}

long netfront_open(struct netfront *nf, unsigned devid)
{
    memset(nf, 0, sizeof *nf);
    nf->devid = devid;
    snprintf(nf->frontend, sizeof nf->frontend, "device/vif/%u", devid);
    long rc;
    if ((rc = wait_device(nf)) < 0)
        return rc;
    char key[80], mac[24];
    unsigned long backend_id = 0;
    snprintf(key, sizeof key, "%s/backend", nf->frontend);
    if ((rc = xs_read(key, nf->backend, sizeof nf->backend)) < 0)
        return rc;
    snprintf(key, sizeof key, "%s/backend-id", nf->frontend);
    if ((rc = xs_read_ulong(key, &backend_id)) < 0)
        return rc;
    nf->backend_id = (domid_t)backend_id;
    snprintf(key, sizeof key, "%s/mac", nf->frontend);
    if ((rc = xs_read(key, mac, sizeof mac)) < 0)
        return rc;
    if (!parse_mac(mac, nf->mac))
        return -XEN_EINVAL;

    if ((rc = alloc_refs()) < 0)
        return rc;
    nf->tx_ring_ref = refs.tx_ring;
    nf->rx_ring_ref = refs.rx_ring;
    memcpy(nf->tx_ref, refs.tx, sizeof refs.tx);
    memcpy(nf->rx_ref, refs.rx, sizeof refs.rx);
    /* A frontend that closed the device before starts over from Initialising. */
    if ((rc = write_uint(nf->frontend, "state", XenbusStateInitialising)) < 0)
        return rc;
    return connect(nf);
}

/* Where the backend is now: a restored or migrated domain has a new domid, so
   its backend another directory, which the frontend's `backend` names (Linux's
   xenbus reads it again on resume). Sets *moved when it changed. */
static long refresh_backend(struct netfront *nf, int *moved)
{
    char key[80], path[sizeof nf->backend];
    unsigned long backend_id = 0;
    snprintf(key, sizeof key, "%s/backend", nf->frontend);
    long rc = xs_read(key, path, sizeof path);
    if (rc < 0 || strcmp(path, nf->backend) == 0)
        return rc;
    snprintf(key, sizeof key, "%s/backend-id", nf->frontend);
    if ((rc = xs_read_ulong(key, &backend_id)) < 0)
        return rc;
    memcpy(nf->backend, path, sizeof path);
    nf->backend_id = (domid_t)backend_id;
    *moved = 1;
    return 0;
}

long netfront_check_backend(struct netfront *nf)
{
    unsigned long state = 0;
    int moved = 0;
    if (nf->closed)
        return -XEN_ENODEV;
    long rc = refresh_backend(nf, &moved);
    if (rc >= 0)
        rc = backend_state(nf, &state);
    if (rc == -XEN_ENOENT || (rc >= 0 && state >= XenbusStateClosing)) {
        netfront_close(nf);
        return -XEN_ENODEV;
    }
    if (rc >= 0 && (moved || state < XenbusStateConnected)) {
        /* The backend started over (a restore, a migration): so do we. */
        evtchn_close(nf->port);
        write_uint(nf->frontend, "state", XenbusStateInitialising);
        nf->stats.reconnects++;
        rc = connect(nf);
        if (rc >= 0 && nf->notify_peers)
            nf->notify_peers(nf);
        return rc;
    }
    return 0;
}

/* Sleeps on the vif's port until an event, `deadline_ns` or the next look at
   the backend; returns what that look found. */
static long wait_event_or_backend(struct netfront *nf, uint64_t deadline_ns)
{
    uint64_t wake = now_ns() + BACKEND_CHECK_NS;
    if (deadline_ns != 0 && deadline_ns < wake)
        wake = deadline_ns;
    evtchn_port_t ports[1] = { nf->port };
    struct sched_poll poll = { .nr_ports = 1, .timeout = wake };
    set_xen_guest_handle(poll.ports, ports);
    HYPERVISOR_sched_op(SCHEDOP_poll, &poll);
    evtchn_clear(nf->port);
    if (!evtchn_is_pending(nf->port) && now_ns() >= wake)
        return netfront_check_backend(nf);
    return 0;
}

/* Frees the transmit buffers whose responses have come. */
static void tx_reclaim(struct netfront *nf)
{
    RING_IDX prod = __atomic_load_n(&nf->tx->rsp_prod, __ATOMIC_SEQ_CST);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    while (nf->tx_rsp_cons != prod) {
        struct netif_tx_response rsp = TX_SLOT(nf, nf->tx_rsp_cons)->rsp;
        nf->tx_rsp_cons++;
        if (rsp.status == NETIF_RSP_NULL || rsp.id >= NETFRONT_TX_BUFS)
            continue;
        if (rsp.status != NETIF_RSP_OKAY)
            nf->stats.tx_errors++;
        nf->tx_free[nf->tx_nfree++] = rsp.id;
    }
}

/* Publishes requests up to prod_pvt; notifies the backend if it asked to be
   (RING_PUSH_REQUESTS_AND_CHECK_NOTIFY). */
static void push_requests(struct netfront *nf, RING_IDX *req_prod, RING_IDX prod_pvt, RING_IDX *req_event)
{
    RING_IDX old = *req_prod;
    __atomic_thread_fence(__ATOMIC_SEQ_CST); /* the requests before the index */
    *req_prod = prod_pvt;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    RING_IDX event = __atomic_load_n(req_event, __ATOMIC_SEQ_CST);
    if ((RING_IDX)(prod_pvt - event) < (RING_IDX)(prod_pvt - old))
        evtchn_send(nf->port);
}

long netfront_send(struct netfront *nf, const void *frame, unsigned len)
{
    if (len < HVSIM_NETIF_MIN_FRAME || len > NETFRONT_MTU_FRAME)
        return -XEN_EINVAL;
    for (;;) {
        if (nf->closed)
            return -XEN_ENODEV;
        tx_reclaim(nf);
        if (nf->tx_nfree > 0)
            break;
        nf->tx->rsp_event = nf->tx_rsp_cons + 1;
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        if (__atomic_load_n(&nf->tx->rsp_prod, __ATOMIC_SEQ_CST) != nf->tx_rsp_cons)
            continue;
        long rc = wait_event_or_backend(nf, 0);
        if (rc < 0)
            return rc;
    }
    uint16_t id = nf->tx_free[--nf->tx_nfree];
    memcpy(tx_pages[id], frame, len);
    gnttab_grant_access(nf->tx_ref[id], nf->backend_id, tx_pages[id], 1);
    struct netif_tx_request *req = &TX_SLOT(nf, nf->tx_prod_pvt)->req;
    req->gref = nf->tx_ref[id];
    req->offset = 0;
    req->flags = 0;
    req->id = id;
    req->size = (uint16_t)len;
    nf->tx_prod_pvt++;
    push_requests(nf, &nf->tx->req_prod, nf->tx_prod_pvt, &nf->tx->req_event);
    nf->stats.tx_frames++;
    return 0;
}

long netfront_recv(struct netfront *nf, void *buf, unsigned len, uint64_t deadline_ns)
{
    for (;;) {
        if (nf->closed)
            return -XEN_ENODEV;
        RING_IDX prod = __atomic_load_n(&nf->rx->rsp_prod, __ATOMIC_SEQ_CST);
        if (prod != nf->rx_rsp_cons) {
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
            struct netif_rx_response rsp = RX_SLOT(nf, nf->rx_rsp_cons)->rsp;
            nf->rx_rsp_cons++;
            long got = 0;
            if (rsp.id < NETFRONT_RX_BUFS) {
                if (rsp.status > 0 && rsp.offset + (unsigned)rsp.status <= PAGE) {
                    got = rsp.status;
                    memcpy(buf, rx_pages[rsp.id] + rsp.offset, (unsigned)got < len ? (unsigned)got : len);
                    nf->stats.rx_frames++;
                } else {
                    nf->stats.rx_errors++;
                }
                /* The buffer goes back to the backend at once. */
                struct netif_rx_request *req = &RX_SLOT(nf, nf->rx_prod_pvt)->req;
                req->id = rsp.id;
                req->gref = nf->rx_ref[rsp.id];
                nf->rx_prod_pvt++;
                push_requests(nf, &nf->rx->req_prod, nf->rx_prod_pvt, &nf->rx->req_event);
            }
            if (got > 0)
                return got;
            continue;
        }
        if (deadline_ns != 0 && now_ns() >= deadline_ns)
            return 0;
        /* Ask to be notified of the next response, then look once more before sleeping. */
        nf->rx->rsp_event = nf->rx_rsp_cons + 1;
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        if (__atomic_load_n(&nf->rx->rsp_prod, __ATOMIC_SEQ_CST) != nf->rx_rsp_cons)
            continue;
        long rc = wait_event_or_backend(nf, deadline_ns);
        if (rc < 0)
            return rc;
    }
}

long netfront_raw_tx(struct netfront *nf, const struct netif_tx_request *reqs, unsigned n, RING_IDX prod_skew,
                     struct netif_tx_response *rsps, uint64_t deadline_ns)
{
    /* Every frame sent before is answered first, so the answers below are these requests'. */
    while (nf->tx_nfree < NETFRONT_TX_BUFS) {
        tx_reclaim(nf);
        if (nf->tx_nfree == NETFRONT_TX_BUFS)
            break;
        long rc = wait_event_or_backend(nf, deadline_ns);
        if (rc < 0)
            return rc;
        if (now_ns() >= deadline_ns)
            return -XEN_ETIMEDOUT;
    }
    for (unsigned i = 0; i < n; i++)
        TX_SLOT(nf, nf->tx_prod_pvt + i)->req = reqs[i];
    nf->tx_prod_pvt += n;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    nf->tx->req_prod = nf->tx_prod_pvt + prod_skew;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    evtchn_send(nf->port);
    unsigned got = 0;
    while (got < n) {
        if (__atomic_load_n(&nf->tx->rsp_prod, __ATOMIC_SEQ_CST) != nf->tx_rsp_cons) {
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
            rsps[got++] = TX_SLOT(nf, nf->tx_rsp_cons)->rsp;
            nf->tx_rsp_cons++;
            continue;
        }
        if (now_ns() >= deadline_ns)
            return got;
        nf->tx->rsp_event = nf->tx_rsp_cons + 1;
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        if (__atomic_load_n(&nf->tx->rsp_prod, __ATOMIC_SEQ_CST) != nf->tx_rsp_cons)
            continue;
        evtchn_port_t ports[1] = { nf->port };
        struct sched_poll poll = { .nr_ports = 1, .timeout = deadline_ns };
        set_xen_guest_handle(poll.ports, ports);
        HYPERVISOR_sched_op(SCHEDOP_poll, &poll);
        evtchn_clear(nf->port);
    }
    return got;
}

long netfront_close(struct netfront *nf)
{
    if (nf->closed)
        return 0;
    nf->closed = 1;
    long rc = write_uint(nf->frontend, "state", XenbusStateClosing);
    unsigned long state = 0;
    if (rc >= 0 && backend_state(nf, &state) >= 0 && state < XenbusStateClosing)
        wait_backend(nf, XenbusStateClosing);
    rc = write_uint(nf->frontend, "state", XenbusStateClosed);
    evtchn_close(nf->port);
    return rc;
}
