/* pingpong: two domains bounce events over an interdomain event channel they
   set up through xenstore, then power off. The command line picks the side:
   "role=ping rounds=N" (the server) or "role=pong peer=NAME" (the client).

   Rendezvous under Xen's default permissions, where a domU reads and writes
   only its own /local/domain/<domid> subtree unless a node's owner grants more:

   1. ping creates in its own tree (the `data/` directory Xen gives guests for
      this) data/pingpong/client with permissions "w<ping>" (anyone may write,
      only ping may read), watches it, and publishes data/pingpong/server-name
      = its own name with "r<ping>" (anyone may read).
   2. pong knows only ping's name (peer=). No domU may list /local/domain or
      read another's `name`, so pong probes domids 1..DOMID_PROBE_MAX for a
      readable data/pingpong/server-name equal to that name (retrying while
      ping has not published yet), then writes its own domid into ping's
      client slot.
   3. ping's watch fires: it allocates an unbound port for pong's domid and
      publishes it as data/pingpong/port with "n<ping>" "r<pong>" (only pong
      may read). pong watches that node; the event reaches it once the
      permissions let it read the node. pong binds the port
      (EVTCHNOP_bind_interdomain) and sends a first event to say it is there.
   4. ping sends N events, each answered by pong, timing the round trips, then
      writes data/pingpong/done (readable by pong), which pong watches; pong
      sends a last event, and both power off (ping only after that event, so
      its nodes outlive pong's last read of them).

   Both wait with SCHEDOP_poll on masked ports (clear the pending bit, check,
   then poll), so an event can never slip between a check and the sleep. */
#define SDK_PROGRAM "pingpong" /* names must()'s messages */
#include <sdk/guest.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>
#include <sdk/xenstore.h>
#include <sdk/cmdline.h>

#define DEFAULT_ROUNDS 1000
#define DOMID_PROBE_MAX 256
#define PROBE_RETRY_NS 10000000ull
#define PROBE_TRIES 500

static domid_t self;

static int parse_uint(const char *s, unsigned long *out)
{
    unsigned long v = 0;
    if (!*s)
        return 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > 100000000ul)
            return 0;
        v = v * 10 + (unsigned long)(*s - '0');
    }
    *out = v;
    return 1;
}

/* Waits until one of the ports is pending (or, with a watch port, a watch event
   may be queued); the caller checks afterwards. */
static void wait_ports(evtchn_port_t *ports, unsigned n)
{
    struct sched_poll poll = { .nr_ports = n, .timeout = 0 };
    set_xen_guest_handle(poll.ports, ports);
    HYPERVISOR_sched_op(SCHEDOP_poll, &poll);
}

/* Test-and-clear: whether an event came on the port since the last look. */
static int take_event(evtchn_port_t port)
{
    if (!evtchn_is_pending(port))
        return 0;
    evtchn_clear(port);
    return 1;
}

static long write_with_perms(const char *path, const char *value, const char *const *perms, unsigned n)
{
    long rc = xs_write(path, value);
    return rc < 0 ? rc : xs_set_perms(path, perms, n);
}

/* Blocks for the next watch event with `token`; others are dropped. */
static void wait_watch(const char *token)
{
    char path[128], tok[16];
    for (;;) {
        long rc = xs_read_watch(path, sizeof path, tok, sizeof tok);
        if (rc == 0 && strcmp(tok, token) == 0)
            return;
        if (rc < 0 && rc != -XEN_E2BIG)
            must(rc, "waiting for a watch");
    }
}

static int ping(void)
{
    char name[64], peer_perm[16], value[16];
    unsigned long rounds = DEFAULT_ROUNDS, client = 0;
    if (cmdline_opt("rounds", value, sizeof value) && (!parse_uint(value, &rounds) || rounds == 0)) {
        printf("pingpong: bad rounds=%s\n", value);
        return 1;
    }
    must(xs_read("name", name, sizeof name), "reading my name");

    char owner_w[16], owner_r[16], owner_n[16];
    snprintf(owner_w, sizeof owner_w, "w%u", (unsigned)self);
    snprintf(owner_r, sizeof owner_r, "r%u", (unsigned)self);
    snprintf(owner_n, sizeof owner_n, "n%u", (unsigned)self);
    const char *slot_perms[] = { owner_w };
    const char *public_perms[] = { owner_r };
    must(write_with_perms("data/pingpong/client", "", slot_perms, 1), "creating data/pingpong/client");
    must(xs_watch("data/pingpong/client", "client"), "watching data/pingpong/client");
    must(write_with_perms("data/pingpong/server-name", name, public_perms, 1), "publishing data/pingpong/server-name");
    printf("pingpong: %s (domain %u) waiting for a client\n", name, (unsigned)self);

    for (;;) {
        wait_watch("client");
        long rc = xs_read("data/pingpong/client", value, sizeof value);
        if (rc > 0 && parse_uint(value, &client) && client != self && client < DOMID_FIRST_RESERVED)
            break;
    }
    long port = must(evtchn_alloc_unbound((domid_t)client, 0, 0), "EVTCHNOP_alloc_unbound");
    evtchn_mask((evtchn_port_t)port);
    snprintf(peer_perm, sizeof peer_perm, "r%lu", client);
    snprintf(value, sizeof value, "%ld", port);
    const char *peer_perms[] = { owner_n, peer_perm };
    must(write_with_perms("data/pingpong/port", value, peer_perms, 2), "publishing data/pingpong/port");
    printf("pingpong: client is domain %lu; offered port %ld\n", client, port);

    evtchn_port_t p = (evtchn_port_t)port;
    while (!take_event(p))
        wait_ports(&p, 1); /* the client's hello: it has bound the port */
    uint64_t start = now_ns();
    for (unsigned long i = 0; i < rounds; i++) {
        must(evtchn_send(p), "EVTCHNOP_send");
        while (!take_event(p))
            wait_ports(&p, 1);
    }
    uint64_t elapsed = now_ns() - start;
    snprintf(value, sizeof value, "%lu", rounds);
    must(write_with_perms("data/pingpong/done", value, peer_perms, 2), "writing data/pingpong/done");
    while (!take_event(p))
        wait_ports(&p, 1); /* the client's goodbye: it has read `done`, we may go */
    printf("pingpong: %lu round trips with domain %lu", rounds, client);
    if (elapsed > 0)
        printf(" in %llu us of virtual time (%llu ns each)\n", (unsigned long long)(elapsed / 1000),
               (unsigned long long)(elapsed / rounds));
    else
        printf(" (no elapsed time: the vCPU clock did not advance)\n");
    return 0;
}

static long find_server(const char *peer)
{
    char path[64], value[64];
    for (unsigned tries = 0; tries < PROBE_TRIES; tries++) {
        for (unsigned d = 1; d < DOMID_PROBE_MAX; d++) {
            if (d == self)
                continue;
            snprintf(path, sizeof path, "/local/domain/%u/data/pingpong/server-name", d);
            if (xs_read(path, value, sizeof value) >= 0 && strcmp(value, peer) == 0)
                return d;
        }
        sleep_ns(PROBE_RETRY_NS);
    }
    return -XEN_ENOENT;
}

static int pong(void)
{
    char peer[64] = "ping", path[96], value[16];
    unsigned long port = 0, done = 0;
    cmdline_opt("peer", peer, sizeof peer);
    timer_init(); /* for the probe's retry sleeps */
    long server = find_server(peer);
    if (server < 0) {
        printf("pingpong: no domain named \"%s\" offers pingpong\n", peer);
        return 1;
    }
    printf("pingpong: found \"%s\" as domain %ld\n", peer, server);

    snprintf(path, sizeof path, "/local/domain/%ld/data/pingpong/port", server);
    must(xs_watch(path, "port"), "watching the server's port node");
    snprintf(value, sizeof value, "%u", (unsigned)self);
    char slot[96];
    snprintf(slot, sizeof slot, "/local/domain/%ld/data/pingpong/client", server);
    must(xs_write(slot, value), "announcing myself to the server");
    for (;;) {
        wait_watch("port");
        if (xs_read(path, value, sizeof value) > 0 && parse_uint(value, &port))
            break;
    }
    long local = must(evtchn_bind_interdomain((domid_t)server, (evtchn_port_t)port, 0, 0),
                      "EVTCHNOP_bind_interdomain");
    evtchn_port_t p = (evtchn_port_t)local;
    evtchn_mask(p);
    printf("pingpong: bound server port %lu as local port %ld\n", port, local);

    snprintf(path, sizeof path, "/local/domain/%ld/data/pingpong/done", server);
    must(xs_watch(path, "done"), "watching the server's done node");
    must(evtchn_send(p), "EVTCHNOP_send");

    unsigned long answered = 0;
    evtchn_port_t ports[2] = { p, xs_port() };
    for (;;) {
        if (take_event(p)) {
            must(evtchn_send(p), "EVTCHNOP_send");
            answered++;
            continue;
        }
        char wpath[128], tok[16];
        long rc = xs_poll_watch(wpath, sizeof wpath, tok, sizeof tok);
        if (rc == 0 && strcmp(tok, "done") == 0 && xs_read_ulong(path, &done) == 0)
            break;
        if (rc == -XEN_EAGAIN)
            wait_ports(ports, 2);
        else if (rc < 0 && rc != -XEN_E2BIG)
            must(rc, "reading watch events");
    }
    must(evtchn_send(p), "EVTCHNOP_send");
    printf("pingpong: answered %lu events; the server counted %lu round trips\n", answered, done);
    return answered == done ? 0 : 1;
}

int main(void)
{
    char role[16] = "";
    self = start_info->domid;
    if (!xs_available()) {
        printf("pingpong: no xenstore ring\n");
        return 1;
    }
    cmdline_opt("role", role, sizeof role);
    if (strcmp(role, "ping") == 0)
        return ping();
    if (strcmp(role, "pong") == 0)
        return pong();
    printf("pingpong: command line needs role=ping or role=pong, got \"%s\"\n",
           (const char *)start_info->cmd_line);
    return 1;
}
