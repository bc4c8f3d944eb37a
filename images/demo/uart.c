/* uart: an unmodified-style guest of type "hvm". It makes no hypercall: it
   writes to the ns16550 UART at 0x10000000 (emulated by a device model in
   dom0), asks SBI what it runs on, and powers off through SBI SRST. */
#include <sdk/guest.h>
#include <sdk/uart.h>

#define UART ((volatile uint8_t *)0x10000000u)

static void uart_hex(const char *label, unsigned long v)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%s0x%lx\n", label, v);
    uart_puts(UART, buf);
}

int main(void)
{
    uart_puts(UART, "uart: hello through the emulated ns16550\n");
    struct sbiret spec = sbi_ecall(SBI_EXT_BASE, SBI_EXT_BASE_GET_SPEC_VERSION, 0, 0, 0);
    struct sbiret impl = sbi_ecall(SBI_EXT_BASE, SBI_EXT_BASE_GET_IMPL_ID, 0, 0, 0);
    struct sbiret xen = sbi_ecall(SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT, SBI_EXT_HVSIM_HYPERCALL, 0, 0);
    uart_hex("uart: SBI spec version ", (unsigned long)spec.value);
    uart_hex("uart: SBI implementation ", (unsigned long)impl.value);
    uart_puts(UART, xen.value ? "uart: the hvsim hypercall extension is there (unused here)\n"
                        : "uart: no hvsim hypercall extension\n");
    sbi_ecall(SBI_EXT_SRST, SBI_EXT_SRST_RESET, SBI_SRST_RESET_TYPE_SHUTDOWN, SBI_SRST_RESET_REASON_NONE, 0);
    uart_puts(UART, "uart: SRST returned, which it must not\n");
    return 1;
}
