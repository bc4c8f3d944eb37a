/* grant_table_op (v1): setup_table, query_size, grant copy through our own
   grants (GTF_readonly enforced), map refused to an unprivileged domain. As in
   Xen, a grant that does not permit the access fails with GNTST_general_error. */
#include <sdk/test.h>

const char test_title[] = "grant tables";

static uint8_t granted[4096] __attribute__((aligned(4096)));
static uint8_t local[4096] __attribute__((aligned(4096)));

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

    struct gnttab_map_grant_ref map = {
        .host_addr = (uintptr_t)local, .flags = GNTMAP_host_map, .ref = 1, .dom = self,
    };
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_map_grant_ref, &map, 1), 0);
    expect_rc(map.status, GNTST_permission_denied);

    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_copy, TEST_BAD_GPA, 1), -XEN_EFAULT);
    expect_rc(HYPERVISOR_grant_table_op(0x33, &qs, 1), -XEN_ENOSYS);
}
