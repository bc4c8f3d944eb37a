/* sched_op: yield, block, poll, shutdown_code, remote_shutdown, errors. */
#include <sdk/test.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>

const char test_title[] = "sched_op";

void test_main(void)
{
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_yield, 0), 0);

    /* A loopback interdomain channel gives a port we can make pending. */
    long a = evtchn_alloc_unbound(DOMID_SELF, 0, 0);
    long b = a >= 0 ? evtchn_bind_interdomain(DOMID_SELF, (evtchn_port_t)a, 0, 0) : a;
    if (b < 0) {
        test_error("could not set up a loopback channel: %ld", b);
        return;
    }
    evtchn_mask((evtchn_port_t)a);
    expect_rc(evtchn_send((evtchn_port_t)b), 0);
    expect_true(evtchn_is_pending((evtchn_port_t)a));

    /* poll on a pending port returns at once. */
    evtchn_port_t ports[1] = { (evtchn_port_t)a };
    struct sched_poll poll = { .nr_ports = 1, .timeout = 0 };
    set_xen_guest_handle(poll.ports, ports);
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_poll, &poll), 0);

    /* poll on a quiet port with a timeout returns once the time has passed. */
    evtchn_clear((evtchn_port_t)a);
    uint64_t start = now_ns();
    poll.timeout = start + 2000000;
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_poll, &poll), 0);
    expect_true(now_ns() >= start + 2000000);

    struct sched_poll too_many = { .nr_ports = 1000, .timeout = 0 };
    set_xen_guest_handle(too_many.ports, ports);
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_poll, &too_many), -XEN_EINVAL);
    struct sched_poll bad_ports = { .nr_ports = 1, .timeout = 0 };
    bad_ports.ports.q = (uintptr_t)TEST_BAD_GPA;
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_poll, &bad_ports), -XEN_EFAULT);

    /* block with an event already pending returns at once. */
    evtchn_unmask((evtchn_port_t)a);
    local_irq_disable();
    expect_rc(evtchn_send((evtchn_port_t)b), 0);
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_block, 0), 0);
    local_irq_enable();

    struct sched_shutdown code = { .reason = SHUTDOWN_poweroff };
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_shutdown_code, &code), 0);

    struct sched_remote_shutdown other = { .domain_id = 0, .reason = SHUTDOWN_poweroff };
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_remote_shutdown, &other), -XEN_EPERM);
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_shutdown, TEST_BAD_GPA), -XEN_EFAULT);
    /* Two watchdogs: id 0 takes a free one (its id back), an id re-arms it,
       timeout 0 frees it; a third, an id past 2 or a free one is refused. */
    struct sched_watchdog wd = { .id = 0, .timeout = 60 };
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_watchdog, &wd), 1);
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_watchdog, &wd), 2);
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_watchdog, &wd), -XEN_ENOSPC);
    struct sched_watchdog far_id = { .id = 3, .timeout = 60 };
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_watchdog, &far_id), -XEN_EINVAL);
    struct sched_watchdog pet = { .id = 2, .timeout = 120 };
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_watchdog, &pet), 0);
    for (uint32_t id = 1; id <= 2; id++) {
        struct sched_watchdog stop = { .id = id, .timeout = 0 };
        expect_rc(HYPERVISOR_sched_op(SCHEDOP_watchdog, &stop), 0);
        expect_rc(HYPERVISOR_sched_op(SCHEDOP_watchdog, &stop), -XEN_EINVAL);
    }
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_watchdog, TEST_BAD_GPA), -XEN_EFAULT);

    /* Only the hardware domain may override its pinning; Xen checks before reading the argument. */
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_pin_override, TEST_BAD_GPA), -XEN_EPERM);
    expect_rc(HYPERVISOR_sched_op(0x99, 0), -XEN_ENOSYS);
}
