/* Timers: set_timer_op and VIRQ_TIMER, VCPUOP singleshot timers, time. */
#include <sdk/test.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>

const char test_title[] = "timers";

static void wait_tick(unsigned before)
{
    wait_event(timer_ticks() != before);
}

void test_main(void)
{
    timer_init();
    uint64_t t0 = now_ns();
    uint64_t t1 = now_ns();
    expect_true(t1 >= t0);

    /* A deadline 1 ms ahead fires no earlier than asked. */
    unsigned before = timer_ticks();
    uint64_t deadline = now_ns() + 1000000;
    expect_rc(timer_set(deadline), 0);
    wait_tick(before);
    expect_true(timer_ticks() == before + 1);
    expect_true(now_ns() >= deadline);

    /* A deadline in the past fires straight away. */
    before = timer_ticks();
    expect_rc(timer_set(1), 0);
    wait_tick(before);
    expect_true(timer_ticks() == before + 1);

    /* 0 cancels: nothing fires. */
    before = timer_ticks();
    expect_rc(timer_set(now_ns() + 500000), 0);
    expect_rc(timer_set(0), 0);
    uint64_t until = now_ns() + 2000000;
    while (now_ns() < until)
        HYPERVISOR_sched_op(SCHEDOP_yield, 0);
    expect_true(timer_ticks() == before);

    /* VCPUOP singleshot timers. */
    struct vcpu_set_singleshot_timer past = { .timeout_abs_ns = 1, .flags = VCPU_SSHOTTMR_future };
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_set_singleshot_timer, 0, &past), -XEN_ETIME);
    before = timer_ticks();
    struct vcpu_set_singleshot_timer soon = { .timeout_abs_ns = now_ns() + 1000000, .flags = 0 };
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_set_singleshot_timer, 0, &soon), 0);
    wait_tick(before);
    expect_true(timer_ticks() == before + 1);
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_stop_singleshot_timer, 0, 0), 0);
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_set_singleshot_timer, 0, TEST_BAD_GPA), -XEN_EFAULT);
}
