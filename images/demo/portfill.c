/* portfill: a domain whose saved state is large by its own doing. On the FIFO
   event-channel ABI it opens ports=N event channels (unbound, offered to
   itself) until the hypervisor refuses one (-ENOSPC past the domain's
   max_event_channels, or the ABI's 2^17), prints how many it holds and why it
   stopped, then wakes on VIRQ_TIMER every 10 ms as the sleeper does. A save
   image's metadata, and the STATE record of a migration stream, list every
   open port: some 65,000 make that record larger than one control frame
   (4 MiB), so portfill.cfg raises max_event_channels to the FIFO ABI's all. */
#include <sdk/guest.h>
#include <sdk/cmdline.h>
#include <sdk/evtchn_fifo.h>
#include <sdk/timer.h>

#define PERIOD_NS 10000000ull
/* Ports the FIFO ABI names: 1 .. 2^17 - 1. */
#define MAX_PORTS 131071u

static volatile unsigned timer_events;

static void on_timer(evtchn_port_t port, void *data)
{
    (void)port;
    (void)data;
    timer_events++;
}

static void fail(const char *what, long rc)
{
    printf("portfill: %s failed: %ld\n", what, rc);
    sdk_shutdown(SHUTDOWN_crash);
}

/* ports=N from the command line (at most MAX_PORTS), else 0. */
static unsigned wanted(void)
{
    char buf[16];
    unsigned n = 0;
    if (!cmdline_opt("ports", buf, sizeof buf))
        return 0;
    for (const char *p = buf; *p >= '0' && *p <= '9' && n <= MAX_PORTS; p++)
        n = n * 10 + (unsigned)(*p - '0');
    return n > MAX_PORTS ? MAX_PORTS : n;
}

int main(void)
{
    local_irq_disable();
    long rc = evtchn_fifo_init();
    if (rc < 0)
        fail("init_control", rc);
    struct evtchn_bind_virq virq = { .virq = VIRQ_TIMER, .vcpu = 0 };
    rc = HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &virq);
    if (rc < 0)
        fail("bind_virq", rc);
    evtchn_fifo_set_handler(virq.port, on_timer, 0);
    evtchn_fifo_unmask(virq.port);

    unsigned want = wanted(), open = 0;
    for (; open < want; open++) {
        struct evtchn_alloc_unbound a = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
        rc = HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &a);
        if (rc < 0)
            break;
    }
    if (open < want)
        printf("portfill: %u ports open besides the timer's (%u asked, the rest refused: %ld)\n", open, want, rc);
    else
        printf("portfill: %u ports open besides the timer's (%u asked)\n", open, want);

    uint64_t next = now_ns() + PERIOD_NS;
    for (unsigned tick = 1;; tick++) {
        unsigned seen = timer_events;
        timer_set(next);
        evtchn_fifo_wait_change(&timer_events, seen);
        if (tick <= 3 || tick % 10 == 0)
            printf("portfill: tick %u\n", tick);
        next += PERIOD_NS;
    }
}
