/* crash: stores to an address outside its RAM. The hypervisor injects an
   access fault; the SDK's trap handler reports it and shuts down with
   SHUTDOWN_crash, so the toolstack applies on_crash. */
#include <sdk/guest.h>

int main(void)
{
    volatile uint32_t *outside = (volatile uint32_t *)0x40000000u;
    printf("crash: about to store to %p\n", (void *)outside);
    *outside = 0xdeadbeef;
    printf("crash: the store went through, which it must not\n");
    return 0;
}
