/* vcpu_op: up, down, is_up, runstate, vcpu_info registration, errors.
   Needs two vCPUs (vcpu.cfg). */
#include <sdk/test.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>

const char test_title[] = "vcpu_op";

static volatile unsigned secondary_ran;

/* Yields until cond holds or 50 ms of system time have passed. */
#define wait_for(cond)                                              \
    do {                                                            \
        uint64_t _until = now_ns() + 50000000ull;                   \
        while (!(cond) && now_ns() < _until)                        \
            HYPERVISOR_sched_op(SCHEDOP_yield, 0);                  \
    } while (0)

void secondary_main(unsigned id)
{
    __atomic_fetch_add(&secondary_ran, id, __ATOMIC_SEQ_CST);
}

void test_main(void)
{
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_is_up, 0, 0), 1);
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_is_up, 1, 0), 0);
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_is_up, 2, 0), -XEN_ENOENT);

    struct vcpu_runstate_info rs;
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_get_runstate_info, 0, &rs), 0);
    expect_rc(rs.state, RUNSTATE_running);
    expect_true(rs.time[RUNSTATE_running] > 0);
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_get_runstate_info, 0, TEST_BAD_GPA), -XEN_EFAULT);

    /* vCPU 1 comes up at the entry point, runs secondary_main, goes down. */
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_up, 1, 0), 0);
    wait_for(secondary_ran);
    expect_rc(secondary_ran, 1);
    wait_for(HYPERVISOR_vcpu_op(VCPUOP_is_up, 1, 0) != 1);
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_is_up, 1, 0), 0);
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_get_runstate_info, 1, &rs), 0);
    expect_rc(rs.state, RUNSTATE_offline);

    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_up, 7, 0), -XEN_ENOENT);

    /* A vcpu_info must fit inside one page. */
    struct vcpu_register_vcpu_info straddle = {
        .mfn = HVSIM_GUEST_RAM_BASE >> 12,
        .offset = HVSIM_PAGE_SIZE - 8,
    };
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, 1, &straddle), -XEN_EINVAL);
    struct vcpu_register_vcpu_info outside = { .mfn = 0x10, .offset = 0 };
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, 1, &outside), -XEN_EINVAL);
    expect_rc(HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, 1, TEST_BAD_GPA), -XEN_EFAULT);

    expect_rc(HYPERVISOR_vcpu_op(0x77, 0, 0), -XEN_ENOSYS);
}
