/* The FIFO event-channel ABI: init_control, expand_array and set_priority with
   Xen's errors; events taken by priority, then in the order they were raised;
   masking; a closed port not reused while it is still linked. Interrupts stay
   off: the kernel takes its events with evtchn_fifo_do_upcall() itself. */
#include <sdk/test.h>
#include <sdk/evtchn_fifo.h>

const char test_title[] = "FIFO event channels";

static uint8_t spare[4096] __attribute__((aligned(4096)));
static evtchn_port_t order[16];
static unsigned taken;

static void record(evtchn_port_t port, void *data)
{
    (void)data;
    if (taken < 16)
        order[taken] = port;
    taken++;
}

/* A loopback pair: `*local` receives what is sent on the returned port. */
static evtchn_port_t pair(evtchn_port_t *local)
{
    struct evtchn_alloc_unbound a = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &a), 0);
    struct evtchn_bind_interdomain b = { .remote_dom = DOMID_SELF, .remote_port = a.port };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &b), 0);
    *local = a.port;
    evtchn_fifo_set_handler(a.port, record, 0);
    evtchn_fifo_set_handler(b.local_port, record, 0);
    return b.local_port;
}

static void before_init(evtchn_port_t port)
{
    struct evtchn_expand_array ex = { .array_gfn = (uintptr_t)spare >> 12 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_expand_array, &ex), -XEN_EOPNOTSUPP);
    expect_rc(evtchn_fifo_set_priority(port, 3), -XEN_ENOSYS);
    struct evtchn_init_control bad = { .control_gfn = (uintptr_t)spare >> 12, .offset = 4, .vcpu = 0 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_init_control, &bad), -XEN_EINVAL);
    bad.offset = 4096 - 8;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_init_control, &bad), -XEN_EINVAL);
    bad.offset = 0;
    bad.vcpu = 99;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_init_control, &bad), -XEN_ENOENT);
    bad.vcpu = 0;
    bad.control_gfn = 0x10;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_init_control, &bad), -XEN_EINVAL);
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_init_control, TEST_BAD_GPA), -XEN_EFAULT);
}

void test_main(void)
{
    local_irq_disable();
    /* Bound under the two-level ABI and pending (bind_interdomain sets it):
       the switch keeps it pending, and it is taken once its word exists. */
    evtchn_port_t early_local;
    evtchn_port_t early = pair(&early_local);
    before_init(early);

    expect_rc(evtchn_fifo_init(), 0);
    struct evtchn_init_control again = { .control_gfn = (uintptr_t)spare >> 12, .offset = 0, .vcpu = 0 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_init_control, &again), -XEN_EINVAL);
    struct evtchn_expand_array nowhere = { .array_gfn = 0x10 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_expand_array, &nowhere), -XEN_EINVAL);
    expect_true(evtchn_fifo_is_pending(early));
    expect_rc(evtchn_fifo_unmask(early), 0);
    expect_rc(evtchn_fifo_unmask(early_local), 0);
    taken = 0;
    expect_rc(evtchn_fifo_do_upcall(), 1);
    expect_rc(order[0], early);

    /* Four pairs: priorities 7 (default), 2, 7, 12 on the receiving ends. */
    evtchn_port_t rx[4], tx[4];
    for (unsigned i = 0; i < 4; i++) {
        tx[i] = pair(&rx[i]);
        expect_rc(evtchn_fifo_unmask(rx[i]), 0);
        expect_rc(evtchn_fifo_unmask(tx[i]), 0);
    }
    evtchn_fifo_do_upcall(); /* the tx ends' bind-time events */
    expect_rc(evtchn_fifo_set_priority(rx[1], 2), 0);
    expect_rc(evtchn_fifo_set_priority(rx[3], 12), 0);
    expect_rc(evtchn_fifo_set_priority(rx[0], 16), -XEN_EINVAL);
    expect_rc(evtchn_fifo_set_priority(4000, 1), -XEN_EINVAL);

    taken = 0;
    for (unsigned i = 0; i < 4; i++)
        expect_rc(evtchn_send(tx[3 - i]), 0); /* raised in order rx3, rx2, rx1, rx0 */
    expect_rc(evtchn_send(tx[2]), 0);         /* still linked: no second event */
    expect_true(evtchn_fifo_control()->ready == ((1u << 2) | (1u << 7) | (1u << 12)));
    expect_true(sdk_vcpu_info(0)->evtchn_upcall_pending == 1);
    expect_rc(evtchn_fifo_do_upcall(), 4);
    expect_rc(order[0], rx[1]);
    expect_rc(order[1], rx[2]);
    expect_rc(order[2], rx[0]);
    expect_rc(order[3], rx[3]);
    expect_rc(evtchn_fifo_control()->ready, 0);

    /* A masked port stays pending and off its queue until unmasked. */
    evtchn_fifo_mask(rx[0]);
    taken = 0;
    expect_rc(evtchn_send(tx[0]), 0);
    expect_rc(evtchn_fifo_do_upcall(), 0);
    expect_true(evtchn_fifo_is_pending(rx[0]));
    expect_rc(evtchn_fifo_unmask(rx[0]), 0);
    expect_rc(evtchn_fifo_do_upcall(), 1);
    expect_rc(order[0], rx[0]);

    /* Status works as under the two-level ABI. */
    struct evtchn_status st = { .dom = DOMID_SELF, .port = rx[2] };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_status, &st), 0);
    expect_rc(st.status, EVTCHNSTAT_interdomain);
    expect_rc(st.u.interdomain.port, tx[2]);

    /* A port closed while linked is not handed out again until it is taken. */
    expect_rc(evtchn_send(tx[2]), 0);
    expect_rc(evtchn_close(rx[2]), 0);
    expect_true((*evtchn_fifo_word(rx[2]) & (1u << EVTCHN_FIFO_LINKED)) != 0);
    struct evtchn_alloc_unbound a = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &a), 0);
    expect_true(a.port != rx[2]);
    taken = 0;
    expect_rc(evtchn_fifo_do_upcall(), 0); /* unlinked; closing cleared PENDING */
    struct evtchn_alloc_unbound b = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &b), 0);
    expect_rc(b.port, rx[2]);

    /* The array grows to the driver's last page, then the driver has none. */
    expect_rc(evtchn_fifo_expand(), 0);
    expect_rc(evtchn_fifo_ports(), SDK_FIFO_MAX_PORTS);
    expect_rc(evtchn_fifo_expand(), -XEN_ENOSPC);

    /* EVTCHNOP_reset closes every port and returns the domain to the two-level
       ABI: no priorities, no array to expand, and init_control starts afresh. */
    struct evtchn_reset reset = { .dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_reset, &reset), 0);
    struct evtchn_status gone = { .dom = DOMID_SELF, .port = rx[0] };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_status, &gone), 0);
    expect_rc(gone.status, EVTCHNSTAT_closed);
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_expand_array, &nowhere), -XEN_EOPNOTSUPP);
    struct evtchn_alloc_unbound c = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &c), 0);
    expect_rc(c.port, 1);
    expect_rc(evtchn_fifo_set_priority(c.port, 3), -XEN_ENOSYS);
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_init_control, &again), 0);
}
