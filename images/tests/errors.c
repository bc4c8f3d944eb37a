/* Errors, as Xen 4.17 answers them: bad pointers (outside RAM, past its end,
   straddling it, handles with upper bits) get -EFAULT from every pointer-taking
   hypercall but the reservation ops, which report 0 extents done; unknown numbers
   get -ENOSYS; a domctl/sysctl is read first (-EFAULT), then its interface version
   checked (-EACCES), then its caller (-EPERM); privileged operations from a domU
   get -EPERM. */
#include <sdk/test.h>

const char test_title[] = "errors";

struct pointer_op {
    const char *name;
    unsigned nr;
    unsigned long cmd;
    int ptr_arg; /* which argument (1 or 2) carries the pointer */
};

static const struct pointer_op pointer_ops[] = {
    { "console_io write", __HYPERVISOR_console_io, CONSOLEIO_write, 2 },
    { "sched_op shutdown", __HYPERVISOR_sched_op, SCHEDOP_shutdown, 1 },
    { "sched_op shutdown_code", __HYPERVISOR_sched_op, SCHEDOP_shutdown_code, 1 },
    { "sched_op poll", __HYPERVISOR_sched_op, SCHEDOP_poll, 1 },
    { "xen_version extraversion", __HYPERVISOR_xen_version, XENVER_extraversion, 1 },
    { "xen_version capabilities", __HYPERVISOR_xen_version, XENVER_capabilities, 1 },
    { "xen_version get_features", __HYPERVISOR_xen_version, XENVER_get_features, 1 },
    { "memory_op current_reservation", __HYPERVISOR_memory_op, XENMEM_current_reservation, 1 },
    { "memory_op maximum_reservation", __HYPERVISOR_memory_op, XENMEM_maximum_reservation, 1 },
    { "memory_op maximum_gpfn", __HYPERVISOR_memory_op, XENMEM_maximum_gpfn, 1 },
    { "memory_op add_to_physmap", __HYPERVISOR_memory_op, XENMEM_add_to_physmap, 1 },
    { "memory_op add_to_physmap_batch", __HYPERVISOR_memory_op, XENMEM_add_to_physmap_batch, 1 },
    { "memory_op remove_from_physmap", __HYPERVISOR_memory_op, XENMEM_remove_from_physmap, 1 },
    { "hvm_op get_param", __HYPERVISOR_hvm_op, HVMOP_get_param, 1 },
    { "hvm_op set_param", __HYPERVISOR_hvm_op, HVMOP_set_param, 1 },
    { "event_channel_op bind_vcpu", __HYPERVISOR_event_channel_op, EVTCHNOP_bind_vcpu, 1 },
    { "grant_table_op get_version", __HYPERVISOR_grant_table_op, GNTTABOP_get_version, 1 },
    { "grant_table_op set_version", __HYPERVISOR_grant_table_op, GNTTABOP_set_version, 1 },
    { "domctl", __HYPERVISOR_domctl, 0, 0 },
    { "sysctl", __HYPERVISOR_sysctl, 0, 0 },
    { "event_channel_op alloc_unbound", __HYPERVISOR_event_channel_op, EVTCHNOP_alloc_unbound, 1 },
    { "event_channel_op bind_interdomain", __HYPERVISOR_event_channel_op, EVTCHNOP_bind_interdomain, 1 },
    { "event_channel_op bind_virq", __HYPERVISOR_event_channel_op, EVTCHNOP_bind_virq, 1 },
    { "event_channel_op bind_ipi", __HYPERVISOR_event_channel_op, EVTCHNOP_bind_ipi, 1 },
    { "event_channel_op send", __HYPERVISOR_event_channel_op, EVTCHNOP_send, 1 },
    { "event_channel_op close", __HYPERVISOR_event_channel_op, EVTCHNOP_close, 1 },
    { "event_channel_op status", __HYPERVISOR_event_channel_op, EVTCHNOP_status, 1 },
    { "event_channel_op unmask", __HYPERVISOR_event_channel_op, EVTCHNOP_unmask, 1 },
    { "grant_table_op setup_table", __HYPERVISOR_grant_table_op, GNTTABOP_setup_table, 1 },
    { "grant_table_op query_size", __HYPERVISOR_grant_table_op, GNTTABOP_query_size, 1 },
    { "grant_table_op copy", __HYPERVISOR_grant_table_op, GNTTABOP_copy, 1 },
    { "multicall", __HYPERVISOR_multicall, 0, 0 },
};

/* vcpu_op takes the pointer in its third argument. */
static const unsigned vcpu_pointer_ops[] = {
    VCPUOP_get_runstate_info, VCPUOP_register_vcpu_info, VCPUOP_set_singleshot_timer,
};

static long call_with(const struct pointer_op *op, const void *p)
{
    switch (op->ptr_arg) {
    case 0: /* multicall, domctl, sysctl: the pointer is the first argument */
        return _hypercall(op->nr, (uintptr_t)p, 1, 0, 0, 0);
    case 1:
        return _hypercall(op->nr, op->cmd, (uintptr_t)p, 1, 0, 0);
    default: /* console_io(cmd, count, buf) */
        return _hypercall(op->nr, op->cmd, 8, (uintptr_t)p, 0, 0);
    }
}

static void check_efault(const char *what, long got)
{
    test_checks++;
    if (got != -XEN_EFAULT)
        test_fail("%s with a bad pointer = %ld, expected -EFAULT (%d)", what, got, -XEN_EFAULT);
}

void test_main(void)
{
    uintptr_t ram_end = HVSIM_GUEST_RAM_BASE + start_info->nr_pages * HVSIM_PAGE_SIZE;
    const void *bad[] = {
        (const void *)0,                    /* null */
        TEST_BAD_GPA,                       /* below RAM */
        (const void *)ram_end,              /* just past RAM */
        (const void *)(ram_end - 1),        /* straddling the end */
        (const void *)0xfffffff0u,          /* top of the address space */
    };
    for (unsigned i = 0; i < sizeof pointer_ops / sizeof pointer_ops[0]; i++)
        for (unsigned j = 0; j < sizeof bad / sizeof bad[0]; j++)
            check_efault(pointer_ops[i].name, call_with(&pointer_ops[i], bad[j]));
    for (unsigned i = 0; i < sizeof vcpu_pointer_ops / sizeof vcpu_pointer_ops[0]; i++)
        for (unsigned j = 0; j < sizeof bad / sizeof bad[0]; j++)
            check_efault("vcpu_op", HYPERVISOR_vcpu_op((int)vcpu_pointer_ops[i], 0, (void *)bad[j]));

    /* The reservation ops: 0 extents done, whatever is wrong with the pointer. */
    static const unsigned reservation_ops[] = {
        XENMEM_increase_reservation, XENMEM_decrease_reservation, XENMEM_populate_physmap,
    };
    for (unsigned i = 0; i < sizeof reservation_ops / sizeof reservation_ops[0]; i++)
        for (unsigned j = 0; j < sizeof bad / sizeof bad[0]; j++)
            expect_rc(_hypercall(__HYPERVISOR_memory_op, reservation_ops[i], (uintptr_t)bad[j], 0, 0, 0), 0);

    /* Guest handles whose upper 32 bits are set. */
    static xen_pfn_t frame;
    struct xen_memory_reservation r = { .nr_extents = 1, .domid = DOMID_SELF };
    r.extent_start.q = (1ull << 32) | (uintptr_t)&frame;
    expect_rc(HYPERVISOR_memory_op(XENMEM_decrease_reservation, &r), 0);
    static evtchn_port_t port;
    struct sched_poll poll = { .nr_ports = 1 };
    poll.ports.q = (1ull << 32) | (uintptr_t)&port;
    check_efault("sched_poll handle", HYPERVISOR_sched_op(SCHEDOP_poll, &poll));
    struct gnttab_setup_table setup = { .dom = DOMID_SELF, .nr_frames = 1 };
    setup.frame_list.q = (1ull << 32) | (uintptr_t)&frame;
    /* Xen/Arm: the hypercall succeeds, the op's status says the list was not writable. */
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &setup, 1), 0);
    expect_rc(setup.status, GNTST_bad_virt_addr);

    /* Hypercalls hvsim does not implement, and numbers Xen never assigned. */
    static const unsigned unknown[] = {
        __HYPERVISOR_set_trap_table, __HYPERVISOR_mmu_update, 11, __HYPERVISOR_update_va_mapping,
        __HYPERVISOR_physdev_op, __HYPERVISOR_kexec_op, 43, 47, 64, 1000, 0xffffffffu,
    };
    for (unsigned i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        expect_rc(_hypercall(unknown[i], 0, 0, 0, 0, 0), -XEN_ENOSYS);

    expect_rc(HYPERVISOR_hvm_op(99, 0), -XEN_ENOSYS);

    /* Privileged operations: domctl/sysctl of another interface version first get -EACCES. */
    static uint32_t scratch[64];
    expect_rc(_hypercall(__HYPERVISOR_domctl, (uintptr_t)scratch, 0, 0, 0, 0), -XEN_EACCES);
    expect_rc(_hypercall(__HYPERVISOR_sysctl, (uintptr_t)scratch, 0, 0, 0, 0), -XEN_EACCES);
    scratch[1] = XEN_DOMCTL_INTERFACE_VERSION;
    expect_rc(_hypercall(__HYPERVISOR_domctl, (uintptr_t)scratch, 0, 0, 0, 0), -XEN_EPERM);
    scratch[1] = XEN_SYSCTL_INTERFACE_VERSION;
    expect_rc(_hypercall(__HYPERVISOR_sysctl, (uintptr_t)scratch, 0, 0, 0, 0), -XEN_EPERM);
    struct sched_remote_shutdown rs = { .domain_id = 0, .reason = SHUTDOWN_poweroff };
    expect_rc(HYPERVISOR_sched_op(SCHEDOP_remote_shutdown, &rs), -XEN_EPERM);
    domid_t dom0 = 0;
    expect_rc(HYPERVISOR_memory_op(XENMEM_current_reservation, &dom0), -XEN_EPERM);
    /* Ballooning dom0 from a domU: Xen does nothing and says so with 0 done. */
    struct xen_memory_reservation on_dom0 = { .nr_extents = 1, .domid = 0 };
    set_xen_guest_handle(on_dom0.extent_start, &frame);
    frame = (HVSIM_GUEST_RAM_BASE >> 12) + 1;
    expect_rc(HYPERVISOR_memory_op(XENMEM_decrease_reservation, &on_dom0), 0);
    struct gnttab_setup_table other = { .dom = 0, .nr_frames = 1 };
    set_xen_guest_handle(other.frame_list, &frame);
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &other, 1), 0);
    expect_rc(other.status, GNTST_permission_denied);
}
