/* fifotick: a sleeper on the FIFO event-channel ABI. VIRQ_TIMER wakes it every
   10 ms; at each tick it sends on two loopback channels, the one of priority 12
   first, then the one of priority 2, and takes both back from its queues: the
   priority-2 event must come first. Interrupts stay off; after each
   SCHEDOP_block the kernel takes its events with evtchn_fifo_do_upcall(). Its
   control block and event array are its own pages; what the hypervisor keeps
   of them (where they are, queue tails, priorities) must survive save/restore
   and migration for it to go on ticking in order. */
#include <sdk/guest.h>
#include <sdk/evtchn_fifo.h>
#include <sdk/timer.h>

#define PERIOD_NS 10000000ull

static volatile unsigned timer_events;
static evtchn_port_t order[2];
static unsigned taken;

static void on_timer(evtchn_port_t port, void *data)
{
    (void)port;
    (void)data;
    timer_events++;
}

static void record(evtchn_port_t port, void *data)
{
    (void)data;
    if (taken < 2)
        order[taken] = port;
    taken++;
}

static evtchn_port_t bound(const char *what, long rc, evtchn_port_t port, evtchn_handler_t fn)
{
    if (rc < 0) {
        printf("fifotick: %s failed: %ld\n", what, rc);
        for (;;)
            HYPERVISOR_sched_op(SCHEDOP_block, 0);
    }
    evtchn_fifo_set_handler(port, fn, 0);
    evtchn_fifo_unmask(port);
    return port;
}

/* A loopback channel whose receiving end (*rx) has `priority`; returns the sending end. */
static evtchn_port_t loopback(uint32_t priority, evtchn_port_t *rx)
{
    struct evtchn_alloc_unbound a = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
    *rx = bound("alloc_unbound", HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &a), a.port, record);
    bound("set_priority", evtchn_fifo_set_priority(*rx, priority), *rx, record);
    struct evtchn_bind_interdomain b = { .remote_dom = DOMID_SELF, .remote_port = a.port };
    return bound("bind_interdomain", HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &b), b.local_port, 0);
}

int main(void)
{
    local_irq_disable();
    bound("init_control", evtchn_fifo_init(), 0, 0);
    struct evtchn_bind_virq virq = { .virq = VIRQ_TIMER, .vcpu = 0 };
    bound("bind_virq", HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &virq), virq.port, on_timer);
    evtchn_port_t hi_rx, lo_rx;
    evtchn_port_t hi = loopback(2, &hi_rx), lo = loopback(12, &lo_rx);
    evtchn_fifo_do_upcall(); /* the sending ends' bind-time events */

    uint64_t next = now_ns() + PERIOD_NS;
    unsigned in_order = 0;
    for (unsigned tick = 1;; tick++) {
        unsigned seen = timer_events;
        timer_set(next);
        evtchn_fifo_wait_change(&timer_events, seen);
        taken = 0;
        evtchn_send(lo);
        evtchn_send(hi);
        evtchn_fifo_do_upcall();
        if (taken == 2 && order[0] == hi_rx && order[1] == lo_rx)
            in_order++;
        if (tick <= 3 || tick % 10 == 0)
            printf("fifotick: tick %u, %u of %u in priority order\n", tick, in_order, tick);
        next += PERIOD_NS;
    }
}
