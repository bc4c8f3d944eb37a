/* balloon: gives 16 pages back to the hypervisor (decrease_reservation), checks
   its reservation shrank, takes them again (populate_physmap), and checks the
   new pages arrive scrubbed. */
#include <sdk/guest.h>

#define PAGES 16

static uint8_t pool[PAGES][4096] __attribute__((aligned(4096)));
static xen_pfn_t frames[PAGES];

static long reservation(void)
{
    domid_t self = DOMID_SELF;
    return HYPERVISOR_memory_op(XENMEM_current_reservation, &self);
}

static long exchange(int op)
{
    struct xen_memory_reservation r = {
        .nr_extents = PAGES,
        .extent_order = 0,
        .domid = DOMID_SELF,
    };
    set_xen_guest_handle(r.extent_start, frames);
    return HYPERVISOR_memory_op(op, &r);
}

int main(void)
{
    for (unsigned i = 0; i < PAGES; i++) {
        frames[i] = (uintptr_t)pool[i] >> 12;
        memset(pool[i], 0xa5, sizeof pool[i]);
    }
    long before = reservation();
    long released = exchange(XENMEM_decrease_reservation);
    long shrunk = reservation();
    printf("balloon: %ld pages, gave back %ld, now %ld\n", before, released, shrunk);

    long populated = exchange(XENMEM_populate_physmap);
    long grown = reservation();
    unsigned dirty = 0;
    for (unsigned i = 0; i < PAGES; i++)
        for (unsigned j = 0; j < sizeof pool[i]; j++)
            dirty += pool[i][j] != 0;
    printf("balloon: took back %ld, now %ld, %u stale bytes in the new pages\n", populated, grown, dirty);

    int ok = released == PAGES && shrunk == before - PAGES && populated == PAGES && grown == before && dirty == 0;
    printf("balloon: %s\n", ok ? "OK" : "FAILED");
    return ok ? 0 : 1;
}
