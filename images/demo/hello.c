/* hello: says who it is and what it runs on, then powers off. */
#include <sdk/guest.h>

int main(void)
{
    /* Xen's version (the ABI hvsim follows), then hvsim's own in the extraversion. */
    long version = HYPERVISOR_xen_version(XENVER_version, 0);
    xen_extraversion_t extra = "";
    HYPERVISOR_xen_version(XENVER_extraversion, extra);
    printf("Hello from domain %u!\n", (unsigned)start_info->domid);
    printf("Xen %ld.%ld%s, %lu pages of RAM, command line \"%s\"\n",
           version >> 16, version & 0xffff, extra, start_info->nr_pages,
           (const char *)start_info->cmd_line);
    return 0;
}
