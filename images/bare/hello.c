/* The smallest useful image: a greeting on the UART, then power off through the finisher. */
#include "board.h"

int main(void)
{
    board_puts("Hello from hvsim's bare board!\n");
    return 0;
}
