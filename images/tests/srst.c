/* SBI SRST: a guest that powers itself off through the standard SBI system
   reset instead of SCHEDOP_shutdown. If the reset returns, the kernel crashes
   on purpose, which the runner reports as CRASH. */
#include <sdk/test.h>

const char test_title[] = "SBI SRST shutdown";

void test_main(void)
{
    struct sbiret r = sbi_ecall(SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT, SBI_EXT_SRST, 0, 0);
    expect_true(r.value != 0);
    r = sbi_ecall(SBI_EXT_SRST, SBI_EXT_SRST_RESET, SBI_SRST_RESET_TYPE_SHUTDOWN, 0x1234, 0);
    expect_rc(r.error, SBI_ERR_INVALID_PARAM);
    test_finish();
    sbi_ecall(SBI_EXT_SRST, SBI_EXT_SRST_RESET, SBI_SRST_RESET_TYPE_SHUTDOWN, SBI_SRST_RESET_REASON_NONE, 0);
    printf("srst: system_reset returned\n");
    sdk_shutdown(SHUTDOWN_crash);
}
