/* event_channel_op: every sub-op on loopback channels, VIRQs and IPIs, errors. */
#include <sdk/test.h>
#include <sdk/evtchn.h>

const char test_title[] = "event channels";

static volatile unsigned fired;

static void count(evtchn_port_t port, void *data)
{
    (void)port;
    (void)data;
    fired++;
}

static long status_of(evtchn_port_t port, struct evtchn_status *st)
{
    memset(st, 0, sizeof *st);
    st->dom = DOMID_SELF;
    st->port = port;
    return HYPERVISOR_event_channel_op(EVTCHNOP_status, st);
}

void test_main(void)
{
    local_irq_enable();
    struct evtchn_status st;

    long a = evtchn_alloc_unbound(DOMID_SELF, count, 0);
    expect_true(a > 0);
    expect_rc(status_of((evtchn_port_t)a, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_unbound);

    long b = evtchn_bind_interdomain(DOMID_SELF, (evtchn_port_t)a, count, 0);
    expect_true(b > 0 && b != a);
    expect_rc(status_of((evtchn_port_t)b, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_interdomain);
    expect_rc(st.u.interdomain.port, a);

    /* Sending on one end runs the other end's handler through the upcall. */
    unsigned before = fired;
    expect_rc(evtchn_send((evtchn_port_t)b), 0);
    expect_rc(fired, before + 1);

    /* A masked port stays pending until unmasked. */
    evtchn_mask((evtchn_port_t)a);
    before = fired;
    expect_rc(evtchn_send((evtchn_port_t)b), 0);
    expect_rc(fired, before);
    expect_true(evtchn_is_pending((evtchn_port_t)a));
    evtchn_unmask((evtchn_port_t)a);
    expect_rc(fired, before + 1);

    long virq = evtchn_bind_virq(VIRQ_TIMER, 0, count, 0);
    expect_true(virq > 0);
    expect_rc(status_of((evtchn_port_t)virq, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_virq);
    expect_rc(st.u.virq, VIRQ_TIMER);
    struct evtchn_bind_virq again = { .virq = VIRQ_TIMER, .vcpu = 0 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &again), -XEN_EEXIST);
    struct evtchn_bind_virq bad_virq = { .virq = 9999, .vcpu = 0 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &bad_virq), -XEN_EINVAL);
    struct evtchn_bind_virq bad_vcpu = { .virq = VIRQ_TIMER, .vcpu = 99 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &bad_vcpu), -XEN_ENOENT);

    long ipi = evtchn_bind_ipi(0, count, 0);
    expect_true(ipi > 0);
    before = fired;
    expect_rc(evtchn_send((evtchn_port_t)ipi), 0);
    expect_rc(fired, before + 1);
    expect_rc(status_of((evtchn_port_t)ipi, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_ipi);

    /* Closing one end leaves the other unbound; a closed port can't send. */
    expect_rc(evtchn_close((evtchn_port_t)a), 0);
    expect_rc(status_of((evtchn_port_t)a, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_closed);
    expect_rc(status_of((evtchn_port_t)b, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_unbound);
    expect_rc(evtchn_send((evtchn_port_t)a), -XEN_EINVAL);
    expect_rc(evtchn_close((evtchn_port_t)a), -XEN_EINVAL);

    struct evtchn_send far = { .port = 4096 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_send, &far), -XEN_EINVAL);
    struct evtchn_unmask far_unmask = { .port = 5000 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_unmask, &far_unmask), -XEN_EINVAL);
    struct evtchn_close far_close = { .port = 4096 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_close, &far_close), -XEN_EINVAL);

    struct evtchn_alloc_unbound for_dom0 = { .dom = 0, .remote_dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &for_dom0), -XEN_EPERM);
    struct evtchn_status of_dom0 = { .dom = 0, .port = 1 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_status, &of_dom0), -XEN_EPERM);
    struct evtchn_bind_interdomain to_nobody = { .remote_dom = 0x7000, .remote_port = 1 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &to_nobody), -XEN_ESRCH);
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_send, TEST_BAD_GPA), -XEN_EFAULT);
    expect_rc(HYPERVISOR_event_channel_op(0x55, 0), -XEN_ENOSYS);

    /* EVTCHNOP_reset: another domain only for a privileged caller, and only
       one that exists; of itself, every port closes and port 1 is free again. */
    struct evtchn_reset reset_dom0 = { .dom = 0 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_reset, &reset_dom0), -XEN_EPERM);
    struct evtchn_reset reset_nobody = { .dom = 0x7000 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_reset, &reset_nobody), -XEN_ESRCH);
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_reset, TEST_BAD_GPA), -XEN_EFAULT);
    struct evtchn_reset reset_self = { .dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_reset, &reset_self), 0);
    expect_rc(status_of((evtchn_port_t)b, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_closed);
    expect_rc(status_of((evtchn_port_t)ipi, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_closed);
    struct evtchn_alloc_unbound fresh = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &fresh), 0);
    expect_rc(fresh.port, 1);
}
