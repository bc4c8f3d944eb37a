/* xsinfo: a guest that lives in xenstore. It reads its name and memory target,
   lists its home directory, then waits for two things at once:
   - control/shutdown, which `hvsim shutdown` / `hvsim reboot` write as xl does:
     "poweroff" (or "halt") powers the domain off, "reboot" reboots it; as Linux
     does, the node is cleared first (in a transaction) so the request is taken
     exactly once;
   - console input from the PV console ring, echoed back line by line, so an
     interactive `hvsim console` shows both directions working. */
#include <sdk/guest.h>
#include <sdk/evtchn.h>
#include <sdk/xenstore.h>
#include <sdk/console_ring.h>

#define SHUTDOWN_NODE "control/shutdown"
#define SHUTDOWN_TOKEN "shutdown"

static char line[128];
static size_t line_len;

static void show_identity(void)
{
    char name[64], home[64], children[512];
    unsigned long target_kb = 0;
    long rc = xs_read("name", name, sizeof name);
    if (rc < 0)
        snprintf(name, sizeof name, "(name: error %ld)", rc);
    if (xs_get_domain_path(start_info->domid, home, sizeof home) < 0)
        home[0] = '\0';
    printf("xsinfo: I am \"%s\", domain %u, at %s\n", name, (unsigned)start_info->domid, home);
    rc = xs_read_ulong("memory/target", &target_kb);
    if (rc == 0)
        printf("xsinfo: memory/target = %lu KiB (%lu MiB)\n", target_kb, target_kb / 1024);
    else
        printf("xsinfo: memory/target: error %ld\n", rc);
    long n = xs_directory(home, children, sizeof children);
    if (n >= 0) {
        printf("xsinfo: %s has %ld entries:", home, n);
        const char *c = children;
        for (long i = 0; i < n; i++, c = xs_next_name(c))
            printf(" %s", c);
        printf("\n");
    }
}

/* Reads and clears control/shutdown atomically; returns its old value's length. */
static long take_shutdown_request(char *buf, size_t len)
{
    for (;;) {
        xs_transaction_t tx;
        long rc = xs_transaction_start(&tx);
        if (rc < 0)
            return rc;
        rc = xs_tx_read(tx, SHUTDOWN_NODE, buf, len);
        if (rc <= 0) {
            xs_transaction_end(tx, 0);
            return rc;
        }
        long wrc = xs_tx_write(tx, SHUTDOWN_NODE, "");
        long erc = xs_transaction_end(tx, wrc == 0);
        if (erc == -XEN_EAGAIN)
            continue; /* the node changed under us: look again */
        return wrc < 0 ? wrc : erc < 0 ? erc : rc;
    }
}

static void handle_shutdown(void)
{
    char req[32];
    long rc = take_shutdown_request(req, sizeof req);
    if (rc == 0 || rc == -XEN_ENOENT)
        return; /* the watch's first event, or our own clearing write */
    if (rc < 0) {
        printf("xsinfo: reading %s failed: %ld\n", SHUTDOWN_NODE, rc);
        return;
    }
    if (strcmp(req, "poweroff") == 0 || strcmp(req, "halt") == 0) {
        printf("xsinfo: %s = \"%s\": powering off\n", SHUTDOWN_NODE, req);
        sdk_shutdown(SHUTDOWN_poweroff);
    }
    if (strcmp(req, "reboot") == 0) {
        printf("xsinfo: %s = \"%s\": rebooting\n", SHUTDOWN_NODE, req);
        sdk_shutdown(SHUTDOWN_reboot);
    }
    printf("xsinfo: %s = \"%s\": not a request I know, ignored\n", SHUTDOWN_NODE, req);
}

/* Echoes what was typed as it arrives, and each finished line once more. */
static void handle_input(const char *buf, long n)
{
    for (long i = 0; i < n; i++) {
        char c = buf[i];
        if (c == '\r' || c == '\n') {
            line[line_len] = '\0';
            printf("\r\nxsinfo: you typed \"%s\"\r\n", line);
            line_len = 0;
        } else if (line_len + 1 < sizeof line) {
            line[line_len++] = c;
            console_ring_write(&c, 1);
        }
    }
}

int main(void)
{
    if (!xs_available()) {
        printf("xsinfo: no xenstore ring (store_mfn %lu, port %u not bound by dom0)\n",
               (unsigned long)start_info->store_mfn, (unsigned)start_info->store_evtchn);
        return 1;
    }
    show_identity();
    /* Tell the toolstack we honour control/shutdown, as Linux's xenbus does
       (best effort: the toolstack may not let us create these nodes). */
    xs_write("control/feature-poweroff", "1");
    xs_write("control/feature-reboot", "1");

    long rc = xs_watch(SHUTDOWN_NODE, SHUTDOWN_TOKEN);
    if (rc < 0) {
        printf("xsinfo: watching %s failed: %ld\n", SHUTDOWN_NODE, rc);
        return 1;
    }
    int console = console_ring_connected();
    printf("xsinfo: watching %s%s\n", SHUTDOWN_NODE,
           console ? "; type a line at the console and I echo it" : " (no console ring)");

    evtchn_port_t ports[2] = { xs_port(), console_ring_port() };
    struct sched_poll poll = { .nr_ports = console ? 2 : 1, .timeout = 0 };
    set_xen_guest_handle(poll.ports, ports);
    for (;;) {
        char path[64], token[16], input[64];
        /* Each check clears its port's pending bit before looking, so an event
           arriving after a check leaves the bit set and the poll returns. */
        int busy = 0;
        while ((rc = xs_poll_watch(path, sizeof path, token, sizeof token)) != -XEN_EAGAIN) {
            if (rc == -XEN_E2BIG)
                continue; /* not one of ours: our paths and tokens are short */
            if (rc < 0)
                break;
            busy = 1;
            if (strcmp(token, SHUTDOWN_TOKEN) == 0)
                handle_shutdown();
        }
        if (rc != -XEN_EAGAIN) {
            printf("xsinfo: xenstore failed: %ld\n", rc);
            return 1;
        }
        if (console) {
            evtchn_clear(ports[1]);
            long n = console_ring_read(input, sizeof input);
            if (n > 0) {
                busy = 1;
                handle_input(input, n);
            }
        }
        if (!busy)
            HYPERVISOR_sched_op(SCHEDOP_poll, &poll);
    }
}
