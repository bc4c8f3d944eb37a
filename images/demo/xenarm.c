/* xenarm: a guest written as a Xen/Arm guest is. It is built against Xen's own public
   headers (HVSIM_XEN_HEADERS=1, see images/demo/Makefile) and ignores start_info: it asks
   xen_version, maps shared_info at a page of its own with XENMEM_add_to_physmap, finds its
   xenstore and console rings with HVMOP_get_param, then powers off. The SDK supplies only
   the startup, printf and the ecall that carries each hypercall. */
#include <stdint.h> /* Xen's headers expect the fixed-width types already declared */
#include <xen/xen.h>
#include <xen/version.h>
#include <xen/memory.h>
#include <xen/hvm/hvm_op.h>
#include <xen/hvm/params.h>
#include <sdk/guest.h>

static uint8_t shared_page[4096] __attribute__((aligned(4096)));

/* 4 KiB pages, as Xen/Arm guests use. */
#define PAGE_SHIFT 12

static unsigned long long param(uint32_t index)
{
    struct xen_hvm_param p = { .domid = DOMID_SELF, .index = index };
    if (HYPERVISOR_hvm_op(HVMOP_get_param, &p) != 0)
        return ~0ull;
    return p.value;
}

int main(void)
{
    long version = HYPERVISOR_xen_version(XENVER_version, NULL);
    xen_extraversion_t extra = "";
    HYPERVISOR_xen_version(XENVER_extraversion, extra);
    printf("xenarm: Xen %ld.%ld%s\n", version >> 16, version & 0xffff, extra);

    struct xen_add_to_physmap xatp = {
        .domid = DOMID_SELF, .space = XENMAPSPACE_shared_info, .idx = 0,
        .gpfn = (uintptr_t)shared_page >> PAGE_SHIFT,
    };
    long rc = HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp);
    if (rc != 0) {
        printf("xenarm: add_to_physmap(shared_info) = %ld\n", rc);
        return 1;
    }
    /* The SDK's event code follows shared_info to where it now is. */
    shared_info = (struct shared_info *)shared_page;
    printf("xenarm: shared_info at gfn 0x%lx\n", (unsigned long)xatp.gpfn);

    printf("xenarm: xenstore ring at gfn 0x%llx, port %llu; console ring at gfn 0x%llx, port %llu\n",
           param(HVM_PARAM_STORE_PFN), param(HVM_PARAM_STORE_EVTCHN), param(HVM_PARAM_CONSOLE_PFN),
           param(HVM_PARAM_CONSOLE_EVTCHN));
    return 0;
}
