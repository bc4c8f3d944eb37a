/* memory_op: reservations, ballooning, and its errors. */
#include <sdk/test.h>

const char test_title[] = "memory_op";

static uint8_t page[4096] __attribute__((aligned(4096)));

static long reservation_of(int op, domid_t dom)
{
    return HYPERVISOR_memory_op(op, &dom);
}

static struct xen_memory_reservation one_page(xen_pfn_t *frame, domid_t dom)
{
    struct xen_memory_reservation r = { .nr_extents = 1, .extent_order = 0, .domid = dom };
    set_xen_guest_handle(r.extent_start, frame);
    return r;
}

void test_main(void)
{
    long cur = reservation_of(XENMEM_current_reservation, DOMID_SELF);
    long max = reservation_of(XENMEM_maximum_reservation, DOMID_SELF);
    expect_true(cur > 0 && (unsigned long)cur <= start_info->nr_pages);
    expect_true(max >= cur);

    xen_pfn_t frame = (uintptr_t)page >> 12;
    page[0] = 1;
    struct xen_memory_reservation r = one_page(&frame, DOMID_SELF);
    expect_rc(HYPERVISOR_memory_op(XENMEM_decrease_reservation, &r), 1);
    expect_rc(reservation_of(XENMEM_current_reservation, DOMID_SELF), cur - 1);
    /* Giving back a frame we no longer have frees nothing. */
    expect_rc(HYPERVISOR_memory_op(XENMEM_decrease_reservation, &r), 0);
    expect_rc(HYPERVISOR_memory_op(XENMEM_populate_physmap, &r), 1);
    expect_rc(reservation_of(XENMEM_current_reservation, DOMID_SELF), cur);
    expect_rc(page[0], 0);

    /* Above maximum_reservation nothing is populated. */
    if (max == cur) {
        xen_pfn_t beyond = (HVSIM_GUEST_RAM_BASE >> 12) + start_info->nr_pages;
        struct xen_memory_reservation more = one_page(&beyond, DOMID_SELF);
        expect_rc(HYPERVISOR_memory_op(XENMEM_populate_physmap, &more), 0);
    }

    /* Order > 0 is not supported on hvsim's 4 KiB-only P2M. */
    struct xen_memory_reservation big = one_page(&frame, DOMID_SELF);
    big.extent_order = 9;
    expect_rc(HYPERVISOR_memory_op(XENMEM_populate_physmap, &big), 0);

    /* Xen's reservation ops never fail with an errno: what they cannot do is 0 extents done. */
    struct xen_memory_reservation other = one_page(&frame, 0);
    expect_rc(HYPERVISOR_memory_op(XENMEM_decrease_reservation, &other), 0);
    expect_rc(reservation_of(XENMEM_current_reservation, 0), -XEN_EPERM);

    struct xen_memory_reservation bad_list = one_page(&frame, DOMID_SELF);
    bad_list.extent_start.q = (uintptr_t)TEST_BAD_GPA;
    expect_rc(HYPERVISOR_memory_op(XENMEM_decrease_reservation, &bad_list), 0);
    struct xen_memory_reservation high_handle = one_page(&frame, DOMID_SELF);
    high_handle.extent_start.q |= 1ull << 32;
    expect_rc(HYPERVISOR_memory_op(XENMEM_decrease_reservation, &high_handle), 0);
    expect_rc(HYPERVISOR_memory_op(XENMEM_populate_physmap, TEST_BAD_GPA), 0);
    expect_rc(HYPERVISOR_memory_op(XENMEM_current_reservation, TEST_BAD_GPA), -XEN_EFAULT);
    expect_rc(HYPERVISOR_memory_op(0x3f, 0), -XEN_ENOSYS);
}
