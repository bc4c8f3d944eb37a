/* SCHEDOP_shutdown with a reason Xen does not define: Xen shuts the domain down
   with that code (the toolstack decides what it means; xl destroys the domain).
   The result line comes first; a shutdown that returns is reported by crashing,
   which `hvsim test-abi` shows as CRASH after the result line. */
#include <sdk/test.h>

const char test_title[] = "shutdown with an unknown reason";

void test_main(void)
{
    struct sched_shutdown code = { .reason = 300 };
    /* Recorded as Xen does, as a u8 (44), and only the first code counts. */
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_shutdown_code, &code), 0);
    test_finish();
    struct sched_shutdown s = { .reason = 77 };
    long rc = HYPERVISOR_sched_op(SCHEDOP_shutdown, &s);
    printf("FAIL: SCHEDOP_shutdown(77) returned %ld\n", rc);
    struct sched_shutdown crash = { .reason = SHUTDOWN_crash };
    HYPERVISOR_sched_op(SCHEDOP_shutdown, &crash);
}
