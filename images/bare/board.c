#include "board.h"

#define UART_BASE     0x10000000u
#define UART_THR      0
#define UART_FCR      2
#define UART_LCR      3
#define UART_LSR      5
#define UART_LSR_THRE 0x20
#define FINISHER      0x00100000u
#define FINISHER_PASS 0x5555u
#define FINISHER_FAIL 0x3333u

static volatile uint8_t *const uart = (volatile uint8_t *)UART_BASE;
static int uart_ready;

/* 8 data bits, no parity, one stop bit, FIFOs on: what a driver for QEMU's virt UART does. */
static void uart_init(void)
{
    uart[UART_LCR] = 0x03;
    uart[UART_FCR] = 0x07;
    uart_ready = 1;
}

void board_putc(char c)
{
    if (!uart_ready)
        uart_init();
    while (!(uart[UART_LSR] & UART_LSR_THRE))
        ;
    uart[UART_THR] = (uint8_t)c;
}

void board_puts(const char *s)
{
    while (*s)
        board_putc(*s++);
}

void board_puthex(uint32_t value)
{
    for (int shift = 28; shift >= 0; shift -= 4)
        board_putc("0123456789abcdef"[(value >> shift) & 15]);
}

void board_putdec(uint32_t value)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        board_putc(digits[--n]);
}

void board_exit(int status)
{
    volatile uint32_t *finisher = (volatile uint32_t *)FINISHER;
    *finisher = status == 0 ? FINISHER_PASS : ((uint32_t)status << 16) | FINISHER_FAIL;
    for (;;)
        ;
}

/* Called by start.S for any trap. */
void board_trap(uint32_t mcause, uint32_t mepc, uint32_t mtval) __attribute__((noreturn));
void board_trap(uint32_t mcause, uint32_t mepc, uint32_t mtval)
{
    board_puts("\nunexpected trap: mcause 0x");
    board_puthex(mcause);
    board_puts(" mepc 0x");
    board_puthex(mepc);
    board_puts(" mtval 0x");
    board_puthex(mtval);
    board_putc('\n');
    board_exit(3);
}
