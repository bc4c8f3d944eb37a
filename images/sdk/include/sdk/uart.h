/* Output on an ns16550 UART (register shift 0, as HVM domains see it at
   0x10000000): polled, '\n' sent as "\r\n". */
#ifndef SDK_UART_H
#define SDK_UART_H

#include <stdint.h>

#define NS16550_RBR 0
#define NS16550_THR 0
#define NS16550_IER 1
#define NS16550_LSR 5
#define NS16550_IER_ERBFI 0x01
#define NS16550_LSR_DR 0x01
#define NS16550_LSR_THRE 0x20

static inline void uart_putc(volatile uint8_t *uart, char c)
{
    while (!(uart[NS16550_LSR] & NS16550_LSR_THRE))
        ;
    uart[NS16550_THR] = (uint8_t)c;
}

static inline void uart_puts(volatile uint8_t *uart, const char *s)
{
    for (; *s; s++) {
        if (*s == '\n')
            uart_putc(uart, '\r');
        uart_putc(uart, *s);
    }
}

#endif
