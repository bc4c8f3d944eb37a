/* hello: says who it is and what it runs on, then powers off. */
#include <sdk/guest.h>

int main(void)
{
    long version = HYPERVISOR_xen_version(XENVER_version, 0);
    printf("Hello from domain %u!\n", (unsigned)start_info->domid);
    printf("hvsim ABI %ld.%ld, %lu pages of RAM, command line \"%s\"\n",
           version >> 16, version & 0xffff, start_info->nr_pages,
           (const char *)start_info->cmd_line);
    return 0;
}
