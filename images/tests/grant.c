/* grant_table_op (v1): setup_table, query_size, grant copy through our own
   grants (GTF_readonly enforced), and a domU mapping a grant made to it (its own
   here) into a gfn it ballooned out, with Xen's status codes. As in Xen, a grant
   that does not permit the access fails with GNTST_general_error. */
#include <sdk/test.h>

const char test_title[] = "grant tables";

static uint8_t granted[4096] __attribute__((aligned(4096)));
static uint8_t local[4096] __attribute__((aligned(4096)));
static uint8_t hole[4096] __attribute__((aligned(4096)));

static long reservation(int op, void *page)
{
    xen_pfn_t gfn = (uintptr_t)page >> 12;
    struct xen_memory_reservation r = { .nr_extents = 1, .domid = DOMID_SELF };
    set_xen_guest_handle(r.extent_start, &gfn);
    return HYPERVISOR_memory_op(op, &r);
}

static int16_t map(uint32_t flags, domid_t dom, void *at, grant_handle_t *handle)
{
    struct gnttab_map_grant_ref op = { .host_addr = (uintptr_t)at, .flags = flags, .ref = 1, .dom = dom };
    long rc = HYPERVISOR_grant_table_op(GNTTABOP_map_grant_ref, &op, 1);
    if (rc != 0)
        test_fail("GNTTABOP_map_grant_ref returned %ld", rc);
    *handle = op.handle;
    return op.status;
}

static void map_own_grant(volatile struct grant_entry_v1 *table, domid_t self)
{
    table[1].flags = GTF_permit_access;
    grant_handle_t h;
    expect_rc(map(0, self, hole, &h), GNTST_bad_gntref);
    expect_rc(map(GNTMAP_host_map | GNTMAP_device_map, self, hole, &h), GNTST_general_error);
    expect_rc(map(GNTMAP_host_map, 0x7000, hole, &h), GNTST_bad_domain);
    expect_rc(map(GNTMAP_host_map, DOMID_SELF, hole, &h), GNTST_bad_domain);
    /* Over a RAM page, as Xen/Arm: the page is replaced, yet stays the domain's (tot_pages). */
    long pages_before = HYPERVISOR_memory_op(XENMEM_current_reservation, &(domid_t){ DOMID_SELF });
    expect_rc(map(GNTMAP_host_map, self, hole, &h), GNTST_okay);
    expect_rc(HYPERVISOR_memory_op(XENMEM_current_reservation, &(domid_t){ DOMID_SELF }), pages_before);
    /* The same frame seen at two gfns (volatile: the compiler cannot know they alias). */
    volatile uint8_t *mapped = hole;
    volatile uint8_t *source = granted;
    expect_rc(mapped[0], source[0]);
    mapped[1] = 0x5a;
    expect_rc(source[1], 0x5a);
    expect_true(table[1].flags & GTF_reading);
    expect_true(table[1].flags & GTF_writing);
    struct gnttab_unmap_grant_ref un = { .host_addr = (uintptr_t)hole, .handle = h };
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_unmap_grant_ref, &un, 1), 0);
    expect_rc(un.status, GNTST_okay);
    expect_true(!(table[1].flags & (GTF_reading | GTF_writing)));
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_unmap_grant_ref, &un, 1), 0);
    expect_rc(un.status, GNTST_bad_handle);
    /* The gfn is empty after the unmap; the RAM it held is not back, and still counts. */
    long max_pages = HYPERVISOR_memory_op(XENMEM_maximum_reservation, &(domid_t){ DOMID_SELF });
    expect_rc(reservation(XENMEM_populate_physmap, hole), pages_before < max_pages ? 1 : 0);
}

static int16_t copy(struct gnttab_copy_ptr src, struct gnttab_copy_ptr dst, uint16_t flags, uint16_t len)
{
    struct gnttab_copy op = { .source = src, .dest = dst, .len = len, .flags = flags };
    long rc = HYPERVISOR_grant_table_op(GNTTABOP_copy, &op, 1);
    if (rc != 0)
        test_fail("GNTTABOP_copy returned %ld", rc);
    return op.status;
}

static struct gnttab_copy_ptr by_ref(grant_ref_t ref, uint16_t offset)
{
    struct gnttab_copy_ptr p = { .domid = DOMID_SELF, .offset = offset };
    p.u.ref = ref;
    return p;
}

static struct gnttab_copy_ptr by_frame(void *page, uint16_t offset)
{
    struct gnttab_copy_ptr p = { .domid = DOMID_SELF, .offset = offset };
    p.u.gmfn = (uintptr_t)page >> 12;
    return p;
}

void test_main(void)
{
    struct gnttab_query_size qs = { .dom = DOMID_SELF };
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_query_size, &qs, 1), 0);
    expect_rc(qs.status, GNTST_okay);
    expect_true(qs.max_nr_frames >= 1);

    xen_pfn_t frame = 0;
    struct gnttab_setup_table setup = { .dom = DOMID_SELF, .nr_frames = 1 };
    set_xen_guest_handle(setup.frame_list, &frame);
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &setup, 1), 0);
    expect_rc(setup.status, GNTST_okay);
    if (setup.status != GNTST_okay || frame == 0) {
        test_error("no grant table frame");
        return;
    }
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_query_size, &qs, 1), 0);
    expect_rc(qs.nr_frames, 1);

    volatile struct grant_entry_v1 *table = (volatile struct grant_entry_v1 *)(uintptr_t)(frame << 12);
    domid_t self = start_info->domid;
    table[1].domid = self;
    table[1].frame = (uint32_t)((uintptr_t)granted >> 12);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    table[1].flags = GTF_permit_access;
    table[2].domid = self;
    table[2].frame = (uint32_t)((uintptr_t)granted >> 12);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    table[2].flags = GTF_permit_access | GTF_readonly;

    for (unsigned i = 0; i < 64; i++)
        granted[i] = (uint8_t)(i * 3 + 1);
    expect_rc(copy(by_ref(1, 0), by_frame(local, 100), GNTCOPY_source_gref, 64), GNTST_okay);
    expect_true(memcmp(local + 100, granted, 64) == 0);

    memset(local, 0x77, 32);
    expect_rc(copy(by_frame(local, 0), by_ref(1, 512), GNTCOPY_dest_gref, 32), GNTST_okay);
    expect_rc(granted[512], 0x77);
    expect_rc(copy(by_frame(local, 0), by_ref(2, 0), GNTCOPY_dest_gref, 32), GNTST_general_error);
    expect_rc(copy(by_ref(2, 0), by_frame(local, 0), GNTCOPY_source_gref, 32), GNTST_okay);

    expect_rc(copy(by_ref(99, 0), by_frame(local, 0), GNTCOPY_source_gref, 8), GNTST_general_error);
    expect_rc(copy(by_ref(qs.max_nr_frames * 512, 0), by_frame(local, 0), GNTCOPY_source_gref, 8), GNTST_bad_gntref);
    expect_rc(copy(by_ref(1, 4090), by_frame(local, 0), GNTCOPY_source_gref, 16), GNTST_bad_copy_arg);
    table[1].flags = 0;
    expect_rc(copy(by_ref(1, 0), by_frame(local, 0), GNTCOPY_source_gref, 8), GNTST_general_error);

    map_own_grant(table, self);

    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_copy, TEST_BAD_GPA, 1), -XEN_EFAULT);
    expect_rc(HYPERVISOR_grant_table_op(0x33, &qs, 1), -XEN_ENOSYS);
}
