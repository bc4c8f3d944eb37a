/* Grant tables, v1: see sdk/gnttab.h. */
#include <sdk/gnttab.h>
#include <sdk/guest.h>

static struct grant_entry_v1 *table;
static unsigned next_ref = GNTTAB_NR_RESERVED_ENTRIES;
/* One frame of entries. */
#define NR_ENTRIES (4096 / sizeof(struct grant_entry_v1))

long gnttab_init(void)
{
    if (table)
        return 0;
    xen_pfn_t frame = 0;
    struct gnttab_setup_table op = { .dom = DOMID_SELF, .nr_frames = 1 };
    set_xen_guest_handle(op.frame_list, &frame);
    long rc = HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &op, 1);
    if (rc < 0)
        return rc;
    if (op.status != GNTST_okay)
        return -XEN_EINVAL;
    table = (struct grant_entry_v1 *)(uintptr_t)(frame << 12);
    return 0;
}

long gnttab_alloc_ref(void)
{
    if (next_ref >= NR_ENTRIES)
        return -XEN_ENOSPC;
    return next_ref++;
}

void gnttab_grant_access(grant_ref_t ref, domid_t domid, const void *page, int readonly)
{
    table[ref].frame = (uint32_t)((uintptr_t)page >> 12);
    table[ref].domid = domid;
    /* The frame and domid must be visible before the entry becomes valid. */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    table[ref].flags = GTF_permit_access | (readonly ? GTF_readonly : 0);
}

long gnttab_end_access(grant_ref_t ref)
{
    uint16_t flags = __atomic_load_n(&table[ref].flags, __ATOMIC_SEQ_CST);
    if (flags & (GTF_reading | GTF_writing))
        return -XEN_EBUSY;
    __atomic_store_n(&table[ref].flags, 0, __ATOMIC_SEQ_CST);
    return 0;
}
