/* The bare board's devices as a freestanding image sees them (QEMU virt's layout). */
#ifndef BOARD_H
#define BOARD_H

#include <stdint.h>

void board_putc(char c);
void board_puts(const char *s);
/* Prints `value` as 8 lowercase hex digits. */
void board_puthex(uint32_t value);
void board_putdec(uint32_t value);
/* Powers the board off through the SiFive test finisher: 0 = pass, else exit status. */
void board_exit(int status) __attribute__((noreturn));

#endif
