/* SBI: Base (probe), TIME, SRST argument checks, DBCN, HSM, legacy console. */
#include <sdk/test.h>
#include <sdk/timer.h>

const char test_title[] = "SBI";

void test_main(void)
{
    struct sbiret r = sbi_ecall(SBI_EXT_BASE, SBI_EXT_BASE_GET_SPEC_VERSION, 0, 0, 0);
    expect_rc(r.error, SBI_SUCCESS);
    expect_true(r.value >= 0x01000000);
    r = sbi_ecall(SBI_EXT_BASE, SBI_EXT_BASE_GET_IMPL_ID, 0, 0, 0);
    expect_rc(r.value, SBI_IMPL_ID_HVSIM);

    static const unsigned long present[] = {
        SBI_EXT_BASE, SBI_EXT_TIME, SBI_EXT_SRST, SBI_EXT_DBCN, SBI_EXT_HSM, SBI_EXT_HVSIM_HYPERCALL,
    };
    for (unsigned i = 0; i < sizeof present / sizeof present[0]; i++) {
        r = sbi_ecall(SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT, present[i], 0, 0);
        expect_rc(r.error, SBI_SUCCESS);
        expect_true(r.value != 0);
    }
    r = sbi_ecall(SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT, 0x12345678, 0, 0);
    expect_rc(r.value, 0);
    r = sbi_ecall(0x12345678, 0, 0, 0, 0);
    expect_rc(r.error, SBI_ERR_NOT_SUPPORTED);
    r = sbi_ecall(SBI_EXT_BASE, 99, 0, 0, 0);
    expect_rc(r.error, SBI_ERR_NOT_SUPPORTED);

    static const char msg[] = "sbi: through DBCN console_write\n";
    r = sbi_ecall(SBI_EXT_DBCN, SBI_EXT_DBCN_CONSOLE_WRITE, sizeof msg - 1, (uintptr_t)msg, 0);
    expect_rc(r.error, SBI_SUCCESS);
    expect_rc(r.value, sizeof msg - 1);
    r = sbi_ecall(SBI_EXT_DBCN, SBI_EXT_DBCN_CONSOLE_WRITE, 8, (uintptr_t)TEST_BAD_GPA, 0);
    expect_rc(r.error, SBI_ERR_INVALID_PARAM);
    r = sbi_ecall(SBI_EXT_DBCN, SBI_EXT_DBCN_CONSOLE_WRITE, 8, (uintptr_t)msg, 1);
    expect_rc(r.error, SBI_ERR_INVALID_PARAM);
    r = sbi_ecall(SBI_EXT_DBCN, SBI_EXT_DBCN_CONSOLE_WRITE_BYTE, '\n', 0, 0);
    expect_rc(r.error, SBI_SUCCESS);
    expect_rc(sbi_legacy(SBI_EXT_0_1_CONSOLE_PUTCHAR, '\n'), 0);

    r = sbi_ecall(SBI_EXT_HSM, SBI_EXT_HSM_HART_GET_STATUS, 0, 0, 0);
    expect_rc(r.error, SBI_SUCCESS);
    expect_rc(r.value, SBI_HSM_STATE_STARTED);
    r = sbi_ecall(SBI_EXT_HSM, SBI_EXT_HSM_HART_GET_STATUS, 99, 0, 0);
    expect_rc(r.error, SBI_ERR_INVALID_PARAM);

    r = sbi_ecall(SBI_EXT_SRST, SBI_EXT_SRST_RESET, 0x1000, 0, 0);
    expect_rc(r.error, SBI_ERR_INVALID_PARAM);

    /* TIME: a deadline a little ahead raises the supervisor timer interrupt. */
    unsigned before = timer_ticks();
    uint32_t t_lo, t_hi;
    __asm__ __volatile__("rdtime %0; rdtimeh %1" : "=r"(t_lo), "=r"(t_hi));
    uint64_t when = (((uint64_t)t_hi << 32) | t_lo) + 100000;
    __asm__ __volatile__("csrs sie, %0" : : "r"(1u << 5));
    __asm__ __volatile__("csrs sstatus, %0" : : "r"(1u << 1));
    r = sbi_ecall(SBI_EXT_TIME, SBI_EXT_TIME_SET_TIMER, (uint32_t)when, (uint32_t)(when >> 32), 0);
    expect_rc(r.error, SBI_SUCCESS);
    for (unsigned spins = 0; timer_ticks() == before && spins < 10000000; spins++)
        __asm__ __volatile__("wfi");
    expect_rc(timer_ticks(), before + 1);
}
