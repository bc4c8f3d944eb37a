/* The xenstore client: xs_wire messages over the xenstore ring page.

   Requests go onto req[] and replies come off rsp[], both 1 KiB rings with
   free-running 32-bit indices (MASK_XENSTORE_IDX addresses the bytes). The
   producer copies data, fences, then moves its index; the consumer reads the
   index, fences, then copies — so neither end sees an index ahead of its data.
   A message (16-byte header + up to 4 KiB payload) may be larger than a ring:
   both directions move it in pieces, notifying the other end as they go.

   Waiting: the store port stays masked, so no upcall ever clears its pending
   bit behind our back. A waiter clears the bit, looks at the ring, and only then
   sleeps in SCHEDOP_poll on the port; a notification that lands after the clear
   leaves the bit set and the poll returns at once, so no wake-up is lost. This
   works on any vCPU, with interrupts on or off. */
#include <sdk/guest.h>
#include <sdk/evtchn.h>
#include <sdk/xenstore.h>

#define HDR_SIZE ((uint32_t)sizeof(struct xsd_sockmsg))
#define RING_SIZE ((uint32_t)XENSTORE_RING_SIZE)
/* Watch events waiting for xs_read_watch: length-prefixed "path\0token\0". */
#define EVENT_QUEUE_BYTES 4096
#define EVENT_LEN_BYTES 2

static volatile struct xenstore_domain_interface *ring;
static evtchn_port_t store_port;
static int probed, connected;
/* Set when the ring's contents stopped making sense: no message can be framed after that. */
static int broken;
static uint32_t last_req_id;
/* vCPU id + 1 of the vCPU inside the client, 0 when free. */
static uint32_t owner;

/* The message being received: rx_have bytes of header, then payload, so far. */
static struct xsd_sockmsg rx_hdr;
static char rx_body[XENSTORE_PAYLOAD_MAX + 1];
static uint32_t rx_have;

static unsigned char events[EVENT_QUEUE_BYTES];
static uint32_t events_len;
static unsigned events_dropped;

/* XS_ERROR payloads name an errno; these are Xen's xsd_errors. */
static const struct {
    const char *name;
    int value;
} xsd_errors[] = {
    { "EINVAL", XEN_EINVAL }, { "EACCES", XEN_EACCES }, { "EEXIST", XEN_EEXIST },
    { "EISDIR", XEN_EISDIR }, { "ENOENT", XEN_ENOENT }, { "ENOMEM", XEN_ENOMEM },
    { "ENOSPC", XEN_ENOSPC }, { "EIO", XEN_EIO }, { "ENOTEMPTY", XEN_ENOTEMPTY },
    { "ENOSYS", XEN_ENOSYS }, { "EROFS", XEN_EROFS }, { "EBUSY", XEN_EBUSY },
    { "EAGAIN", XEN_EAGAIN }, { "EISCONN", XEN_EISCONN }, { "E2BIG", XEN_E2BIG },
    { "EPERM", XEN_EPERM },
};

/* One piece of a request payload. */
struct part {
    const char *data;
    uint32_t len;
};

static inline void barrier_full(void)
{
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
}

static void probe(void)
{
    if (probed)
        return;
    probed = 1;
    /* Frames above 4 GiB cannot be reached by an RV32 guest. */
    if (start_info->store_mfn == 0 || (start_info->store_mfn >> 20) != 0)
        return;
    ring = (volatile struct xenstore_domain_interface *)(uintptr_t)(start_info->store_mfn << 12);
    store_port = start_info->store_evtchn;
    evtchn_mask(store_port);
}

evtchn_port_t xs_port(void)
{
    probe();
    return store_port;
}

/* dom0 binds the other end of the store port when xenstored takes the ring. */
int xs_available(void)
{
    if (connected)
        return 1;
    probe();
    if (!ring)
        return 0;
    struct evtchn_status st = { .dom = DOMID_SELF, .port = store_port };
    if (HYPERVISOR_event_channel_op(EVTCHNOP_status, &st) == 0 && st.status == EVTCHNSTAT_interdomain)
        connected = 1;
    return connected;
}

static long lock_client(void)
{
    uint32_t me = sdk_vcpu_id() + 1;
    for (;;) {
        uint32_t expected = 0;
        if (__atomic_compare_exchange_n(&owner, &expected, me, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return 0;
        if (expected == me)
            return -XEN_EDEADLK; /* called again from a handler that interrupted us */
        HYPERVISOR_sched_op(SCHEDOP_yield, 0);
    }
}

static void unlock_client(void)
{
    __atomic_store_n(&owner, 0, __ATOMIC_RELEASE);
}

static void notify(void)
{
    evtchn_send(store_port);
}

static void wait_for_store(void)
{
    evtchn_port_t port = store_port;
    struct sched_poll poll = { .nr_ports = 1, .timeout = 0 };
    set_xen_guest_handle(poll.ports, &port);
    HYPERVISOR_sched_op(SCHEDOP_poll, &poll);
}

static long ring_broken(void)
{
    return broken || ring->error != XENSTORE_ERROR_NONE ? -XEN_EIO : 0;
}

/* Copies len bytes onto req[], waiting for room as the server consumes. */
static long put_bytes(const char *p, uint32_t len)
{
    while (len > 0) {
        evtchn_clear(store_port);
        XENSTORE_RING_IDX cons = ring->req_cons, prod = ring->req_prod;
        barrier_full();
        uint32_t used = prod - cons;
        if (used > RING_SIZE) {
            broken = 1;
            return -XEN_EIO;
        }
        if (used == RING_SIZE) {
            notify();
            long rc = ring_broken();
            if (rc < 0)
                return rc;
            wait_for_store();
            continue;
        }
        uint32_t off = MASK_XENSTORE_IDX(prod);
        uint32_t n = RING_SIZE - used;
        if (n > RING_SIZE - off)
            n = RING_SIZE - off;
        if (n > len)
            n = len;
        memcpy((char *)ring->req + off, p, n);
        barrier_full();
        ring->req_prod = prod + n;
        p += n;
        len -= n;
    }
    return 0;
}

/* Moves what the response ring holds into the message being received.
   Returns 1 when a whole message is in rx_hdr/rx_body, 0 if more is to come. */
static long take_bytes(void)
{
    int consumed = 0;
    long rc = 0;
    for (;;) {
        uint32_t need = rx_have < HDR_SIZE ? HDR_SIZE - rx_have : HDR_SIZE + rx_hdr.len - rx_have;
        if (need == 0) {
            rx_body[rx_hdr.len] = '\0';
            rc = 1;
            break;
        }
        XENSTORE_RING_IDX cons = ring->rsp_cons, prod = ring->rsp_prod;
        barrier_full();
        uint32_t avail = prod - cons;
        if (avail > RING_SIZE) {
            rc = -XEN_EIO;
            break;
        }
        if (avail == 0)
            break;
        uint32_t off = MASK_XENSTORE_IDX(cons);
        uint32_t n = need < avail ? need : avail;
        if (n > RING_SIZE - off)
            n = RING_SIZE - off;
        char *dst = rx_have < HDR_SIZE ? (char *)&rx_hdr + rx_have : rx_body + (rx_have - HDR_SIZE);
        memcpy(dst, (const char *)ring->rsp + off, n);
        barrier_full();
        ring->rsp_cons = cons + n;
        rx_have += n;
        consumed = 1;
        if (rx_have == HDR_SIZE && rx_hdr.len > XENSTORE_PAYLOAD_MAX) {
            rc = -XEN_EIO; /* the server broke the protocol: nothing after this can be framed */
            break;
        }
    }
    if (rc < 0)
        broken = 1;
    /* The server may have more output waiting for the room just freed. */
    if (consumed)
        notify();
    return rc;
}

static void queue_event(void)
{
    uint32_t len = rx_hdr.len;
    if (events_len + EVENT_LEN_BYTES + len > EVENT_QUEUE_BYTES) {
        events_dropped++;
        return;
    }
    events[events_len] = (unsigned char)(len & 0xff);
    events[events_len + 1] = (unsigned char)(len >> 8);
    memcpy(events + events_len + EVENT_LEN_BYTES, rx_body, len);
    events_len += EVENT_LEN_BYTES + len;
}

/* Reads messages off the ring until the reply to req_id (or, with req_id 0,
   until the ring is empty): watch events are queued, stale replies dropped.
   Returns 1 with the reply in rx_hdr/rx_body, 0 when the ring ran dry. */
static long pump(uint32_t req_id)
{
    for (;;) {
        long rc = take_bytes();
        if (rc <= 0)
            return rc;
        rx_have = 0;
        if (rx_hdr.type == XS_WATCH_EVENT)
            queue_event();
        else if (req_id != 0 && rx_hdr.req_id == req_id)
            return 1;
    }
}

static long wait_reply(uint32_t req_id)
{
    for (;;) {
        evtchn_clear(store_port);
        long rc = pump(req_id);
        if (rc != 0)
            return rc;
        rc = ring_broken();
        if (rc < 0)
            return rc;
        wait_for_store();
    }
}

static long errno_of(const char *name)
{
    for (unsigned i = 0; i < sizeof xsd_errors / sizeof xsd_errors[0]; i++)
        if (strcmp(name, xsd_errors[i].name) == 0)
            return -xsd_errors[i].value;
    return -XEN_EINVAL; /* as Xen's libxenstore treats an errno it does not know */
}

/* Sends one request and waits for its reply. On success returns the reply's
   payload length, and copies the payload NUL-terminated to out[out_len] if out
   is given (-XEN_E2BIG if it does not fit). */
static long request(uint32_t type, xs_transaction_t tx, const struct part *parts, unsigned nparts,
                    char *out, size_t out_len)
{
    if (!xs_available())
        return -XEN_ENOTCONN;
    uint32_t len = 0;
    for (unsigned i = 0; i < nparts; i++)
        len += parts[i].len;
    if (len > XENSTORE_PAYLOAD_MAX)
        return -XEN_E2BIG;

    long rc = lock_client();
    if (rc < 0)
        return rc;
    rc = ring_broken();
    if (rc < 0)
        goto out;
    if (++last_req_id == 0)
        last_req_id = 1; /* 0 marks "no reply wanted" in pump() */
    struct xsd_sockmsg hdr = { .type = type, .req_id = last_req_id, .tx_id = tx, .len = len };
    rc = put_bytes((const char *)&hdr, HDR_SIZE);
    for (unsigned i = 0; rc == 0 && i < nparts; i++)
        rc = put_bytes(parts[i].data, parts[i].len);
    notify();
    if (rc == 0)
        rc = wait_reply(hdr.req_id);
    if (rc < 0)
        goto out;
    if (rx_hdr.type == XS_ERROR) {
        rc = errno_of(rx_body);
    } else if (rx_hdr.type != type) {
        rc = -XEN_EIO;
    } else if (out && rx_hdr.len >= out_len) {
        rc = -XEN_E2BIG;
    } else {
        if (out)
            memcpy(out, rx_body, rx_hdr.len + 1);
        rc = (long)rx_hdr.len;
    }
out:
    unlock_client();
    return rc;
}

/* A NUL-terminated string argument. */
static struct part arg(const char *s)
{
    struct part p = { s, (uint32_t)strlen(s) + 1 };
    return p;
}

/* The last argument of XS_WRITE: the value's bytes, without a NUL. */
static struct part raw(const char *s)
{
    struct part p = { s, (uint32_t)strlen(s) };
    return p;
}

long xs_tx_read(xs_transaction_t tx, const char *path, char *buf, size_t len)
{
    struct part p[] = { arg(path) };
    return request(XS_READ, tx, p, 1, buf, len);
}

long xs_read(const char *path, char *buf, size_t len)
{
    return xs_tx_read(XBT_NIL, path, buf, len);
}

long xs_read_ulong(const char *path, unsigned long *value)
{
    char buf[24];
    long rc = xs_read(path, buf, sizeof buf);
    if (rc < 0)
        return rc;
    if (rc == 0)
        return -XEN_EINVAL;
    unsigned long v = 0;
    for (const char *c = buf; *c; c++) {
        if (*c < '0' || *c > '9' || v > (~0ul - 9) / 10)
            return -XEN_EINVAL;
        v = v * 10 + (unsigned long)(*c - '0');
    }
    *value = v;
    return 0;
}

long xs_tx_write(xs_transaction_t tx, const char *path, const char *value)
{
    struct part p[] = { arg(path), raw(value) };
    long rc = request(XS_WRITE, tx, p, 2, 0, 0);
    return rc < 0 ? rc : 0;
}

long xs_write(const char *path, const char *value)
{
    return xs_tx_write(XBT_NIL, path, value);
}

long xs_mkdir(const char *path)
{
    struct part p[] = { arg(path) };
    long rc = request(XS_MKDIR, XBT_NIL, p, 1, 0, 0);
    return rc < 0 ? rc : 0;
}

long xs_tx_rm(xs_transaction_t tx, const char *path)
{
    struct part p[] = { arg(path) };
    long rc = request(XS_RM, tx, p, 1, 0, 0);
    return rc < 0 ? rc : 0;
}

long xs_rm(const char *path)
{
    return xs_tx_rm(XBT_NIL, path);
}

long xs_directory(const char *path, char *buf, size_t len)
{
    struct part p[] = { arg(path) };
    long rc = request(XS_DIRECTORY, XBT_NIL, p, 1, buf, len);
    if (rc < 0)
        return rc;
    long names = 0;
    for (long i = 0; i < rc; i++)
        names += buf[i] == '\0';
    return names;
}

#define MAX_PERMS 8

long xs_set_perms(const char *path, const char *const *perms, unsigned count)
{
    if (count == 0 || count > MAX_PERMS)
        return -XEN_EINVAL;
    struct part p[1 + MAX_PERMS];
    p[0] = arg(path);
    for (unsigned i = 0; i < count; i++)
        p[1 + i] = arg(perms[i]);
    long rc = request(XS_SET_PERMS, XBT_NIL, p, 1 + count, 0, 0);
    return rc < 0 ? rc : 0;
}

long xs_get_domain_path(domid_t domid, char *buf, size_t len)
{
    char id[8];
    snprintf(id, sizeof id, "%u", (unsigned)domid);
    struct part p[] = { arg(id) };
    long rc = request(XS_GET_DOMAIN_PATH, XBT_NIL, p, 1, buf, len);
    return rc < 0 ? rc : (long)strlen(buf);
}

long xs_watch(const char *path, const char *token)
{
    struct part p[] = { arg(path), arg(token) };
    long rc = request(XS_WATCH, XBT_NIL, p, 2, 0, 0);
    return rc < 0 ? rc : 0;
}

long xs_unwatch(const char *path, const char *token)
{
    struct part p[] = { arg(path), arg(token) };
    long rc = request(XS_UNWATCH, XBT_NIL, p, 2, 0, 0);
    return rc < 0 ? rc : 0;
}

long xs_transaction_start(xs_transaction_t *tx)
{
    char id[16];
    struct part p[] = { arg("") };
    long rc = request(XS_TRANSACTION_START, XBT_NIL, p, 1, id, sizeof id);
    if (rc < 0)
        return rc;
    uint32_t v = 0;
    for (const char *c = id; *c; c++) {
        if (*c < '0' || *c > '9')
            return -XEN_EIO;
        v = v * 10 + (uint32_t)(*c - '0');
    }
    *tx = v;
    return 0;
}

long xs_transaction_end(xs_transaction_t tx, int commit)
{
    struct part p[] = { arg(commit ? "T" : "F") };
    long rc = request(XS_TRANSACTION_END, tx, p, 1, 0, 0);
    return rc < 0 ? rc : 0;
}

/* Takes the oldest queued event apart into path and token. */
static long dequeue_event(char *path, size_t path_len, char *token, size_t token_len)
{
    uint32_t len = events[0] | (uint32_t)events[1] << 8;
    const char *body = (const char *)events + EVENT_LEN_BYTES;
    uint32_t path_end = 0;
    while (path_end < len && body[path_end])
        path_end++;
    uint32_t token_end = path_end + 1;
    while (token_end < len && body[token_end])
        token_end++;
    long rc = 0;
    if (token_end >= len)
        rc = -XEN_EIO; /* not "path\0token\0" */
    else if (path_end >= path_len || token_end - path_end - 1 >= token_len)
        rc = -XEN_E2BIG;
    else {
        memcpy(path, body, path_end + 1);
        memcpy(token, body + path_end + 1, token_end - path_end);
    }
    /* The event is consumed even when it could not be returned. */
    uint32_t size = EVENT_LEN_BYTES + len;
    for (uint32_t i = size; i < events_len; i++)
        events[i - size] = events[i];
    events_len -= size;
    return rc;
}

static long next_event(char *path, size_t path_len, char *token, size_t token_len, int wait)
{
    if (!xs_available())
        return -XEN_ENOTCONN;
    long rc = lock_client();
    if (rc < 0)
        return rc;
    for (;;) {
        evtchn_clear(store_port);
        rc = ring_broken();
        if (rc < 0)
            break;
        rc = pump(0);
        if (rc < 0)
            break;
        if (events_len > 0) {
            rc = dequeue_event(path, path_len, token, token_len);
            break;
        }
        if (!wait) {
            rc = -XEN_EAGAIN;
            break;
        }
        wait_for_store();
    }
    unlock_client();
    return rc;
}

long xs_read_watch(char *path, size_t path_len, char *token, size_t token_len)
{
    return next_event(path, path_len, token, token_len, 1);
}

long xs_poll_watch(char *path, size_t path_len, char *token, size_t token_len)
{
    return next_event(path, path_len, token, token_len, 0);
}

unsigned xs_dropped_watch_events(void)
{
    return events_dropped;
}
