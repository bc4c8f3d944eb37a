/* What a Xen/Arm guest does to find its way, and the answers Xen 4.17 gives:
   HVM params for the rings, add_to_physmap(_batch) for shared_info and grant
   frames at gfns the guest picks, remove_from_physmap, maximum_gpfn, bind_vcpu, any VIRQ bound,
   grant table v1 only, vm_assist, the one-op grant calls, and bind_interdomain's
   pending bit. */
#include <sdk/test.h>
#include <sdk/evtchn.h>

const char test_title[] = "Xen/Arm guest interfaces";

static uint8_t pages[4][4096] __attribute__((aligned(4096)));

static unsigned long gfn_of(const void *p)
{
    return (uintptr_t)p >> 12;
}

static void hvm_params(void)
{
    struct xen_hvm_param p = { .domid = DOMID_SELF, .index = HVM_PARAM_STORE_PFN };
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &p), 0);
    expect_true(p.value == start_info->store_mfn);
    p.index = HVM_PARAM_STORE_EVTCHN;
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &p), 0);
    expect_true(p.value == start_info->store_evtchn);
    p.index = HVM_PARAM_CONSOLE_PFN;
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &p), 0);
    expect_true(p.value == start_info->console.domU.mfn);
    p.index = HVM_PARAM_CONSOLE_EVTCHN;
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &p), 0);
    expect_true(p.value == start_info->console.domU.evtchn);

    /* Only the toolstack sets them; the monitor ring is the toolstack's alone. */
    p.index = HVM_PARAM_STORE_PFN;
    expect_rc(HYPERVISOR_hvm_op(HVMOP_set_param, &p), -XEN_EPERM);
    p.index = HVM_PARAM_MONITOR_RING_PFN;
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &p), -XEN_EPERM);
    p.index = 3; /* a hole */
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &p), -XEN_EINVAL);
    p.index = HVM_NR_PARAMS;
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &p), -XEN_EINVAL);
    struct xen_hvm_param other = { .domid = 0, .index = HVM_PARAM_STORE_PFN };
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &other), -XEN_EPERM);
    other.domid = 0x7000;
    expect_rc(HYPERVISOR_hvm_op(HVMOP_get_param, &other), -XEN_ESRCH);
    expect_rc(HYPERVISOR_hvm_op(99, &p), -XEN_ENOSYS);
}

static void physmap(void)
{
    /* shared_info where the guest wants it: the same page, seen at a new gfn. */
    shared_info->evtchn_mask[63] |= 1ull << 63; /* port 4095: unused, masked */
    struct xen_add_to_physmap xatp = { .domid = DOMID_SELF, .space = XENMAPSPACE_shared_info, .idx = 0,
                                       .gpfn = gfn_of(pages[0]) };
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp), 0);
    shared_info = (struct shared_info *)pages[0];
    expect_true(shared_info->evtchn_mask[63] >> 63);
    xatp.idx = 1;
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp), -XEN_EINVAL);
    xatp.space = XENMAPSPACE_gmfn;
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp), -XEN_ENOSYS);
    xatp.space = XENMAPSPACE_gmfn_foreign;
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp), -XEN_ENOSYS);
    xatp.space = XENMAPSPACE_shared_info;
    xatp.idx = 0;
    xatp.gpfn = ~0ull; /* INVALID_GFN */
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp), -XEN_EINVAL);
    xatp.domid = 0;
    xatp.gpfn = gfn_of(pages[0]);
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp), -XEN_EPERM);

    /* Grant frame 0 at a gfn of our choice: setup_table reports it there. */
    struct xen_add_to_physmap gt = { .domid = DOMID_SELF, .space = XENMAPSPACE_grant_table, .idx = 0,
                                     .gpfn = gfn_of(pages[1]) };
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &gt), 0);
    xen_pfn_t frame = 0;
    struct gnttab_setup_table setup = { .dom = DOMID_SELF, .nr_frames = 1 };
    set_xen_guest_handle(setup.frame_list, &frame);
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &setup, 1), 0);
    expect_rc(setup.status, GNTST_okay);
    expect_true(frame == gfn_of(pages[1]));
    struct gnttab_query_size qs = { .dom = DOMID_SELF };
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_query_size, &qs, 1), 0);
    gt.idx = qs.max_nr_frames;
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &gt), -XEN_EINVAL);

    /* The batch form: one error per pair. */
    xen_ulong_t idxs[2] = { 0, 1 };
    xen_pfn_t gpfns[2] = { gfn_of(pages[2]), gfn_of(pages[2]) };
    int errs[2] = { 1, 1 };
    struct xen_add_to_physmap_batch b = { .domid = DOMID_SELF, .space = XENMAPSPACE_shared_info, .size = 2 };
    set_xen_guest_handle(b.idxs, idxs);
    set_xen_guest_handle(b.gpfns, gpfns);
    set_xen_guest_handle(b.errs, errs);
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap_batch, &b), 0);
    expect_rc(errs[0], 0);
    expect_rc(errs[1], -XEN_EINVAL);
    shared_info = (struct shared_info *)pages[2];
    expect_true(shared_info->evtchn_mask[63] >> 63);
    b.space = XENMAPSPACE_gmfn_range;
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap_batch, &b), -XEN_EOPNOTSUPP);

    /* remove_from_physmap: shared_info stops being shown until placed again; RAM stays the
       domain's, unreachable (Xen/Arm: tot_pages unchanged, it still counts against max_pages). */
    struct xen_remove_from_physmap rm = { .domid = DOMID_SELF, .gpfn = gfn_of(pages[2]) };
    expect_rc(HYPERVISOR_memory_op(XENMEM_remove_from_physmap, &rm), 0);
    expect_rc(HYPERVISOR_memory_op(XENMEM_remove_from_physmap, &rm), -XEN_ENOENT);
    xatp.domid = DOMID_SELF;
    xatp.gpfn = gfn_of(pages[2]);
    expect_rc(HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp), 0);
    expect_true(shared_info->evtchn_mask[63] >> 63);
    long pages_before = HYPERVISOR_memory_op(XENMEM_current_reservation, &(domid_t){ DOMID_SELF });
    rm.gpfn = gfn_of(pages[3]);
    expect_rc(HYPERVISOR_memory_op(XENMEM_remove_from_physmap, &rm), 0);
    expect_rc(HYPERVISOR_memory_op(XENMEM_current_reservation, &(domid_t){ DOMID_SELF }), pages_before);
    long max_pages = HYPERVISOR_memory_op(XENMEM_maximum_reservation, &(domid_t){ DOMID_SELF });
    xen_pfn_t back = gfn_of(pages[3]);
    struct xen_memory_reservation r = { .nr_extents = 1, .domid = DOMID_SELF };
    set_xen_guest_handle(r.extent_start, &back);
    expect_rc(HYPERVISOR_memory_op(XENMEM_populate_physmap, &r), pages_before < max_pages ? 1 : 0);

    struct xen_memory_domain self = { .domid = DOMID_SELF };
    long max = HYPERVISOR_memory_op(XENMEM_maximum_gpfn, &self);
    expect_true(max >= (long)gfn_of(pages[2]));
    expect_true(max >= (long)gfn_of(pages[1]));
}

static void grant_versions(void)
{
    struct gnttab_get_version gv = { .dom = DOMID_SELF };
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_get_version, &gv, 1), 0);
    expect_rc(gv.version, 1);
    struct gnttab_set_version sv = { .version = 1 };
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_set_version, &sv, 1), 0);
    sv.version = 2; /* as a Xen built without grant table v2 */
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_set_version, &sv, 1), -XEN_ENOSYS);
    expect_rc(sv.version, 1);
    sv.version = 3;
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_set_version, &sv, 1), -XEN_EINVAL);
    gv.dom = 0;
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_get_version, &gv, 1), -XEN_EPERM);

    /* setup_table and query_size take exactly one op. */
    struct gnttab_query_size qs[2] = { { .dom = DOMID_SELF }, { .dom = DOMID_SELF } };
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_query_size, qs, 2), -XEN_EINVAL);
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_query_size, qs, 0), -XEN_EINVAL);
    struct gnttab_setup_table setup = { .dom = DOMID_SELF, .nr_frames = 0 };
    expect_rc(HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &setup, 2), -XEN_EINVAL);
}

static void event_channels(void)
{
    local_irq_disable();
    /* bind_interdomain sets the new local port pending (event_channel.h). */
    struct evtchn_alloc_unbound au = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &au), 0);
    struct evtchn_bind_interdomain bi = { .remote_dom = DOMID_SELF, .remote_port = au.port };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &bi), 0);
    expect_true(evtchn_is_pending(bi.local_port));
    expect_true(!evtchn_is_pending(au.port));

    struct evtchn_bind_vcpu bv = { .port = bi.local_port, .vcpu = 0 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_vcpu, &bv), 0);
    bv.vcpu = 99;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_vcpu, &bv), -XEN_ENOENT);
    bv.vcpu = 0;
    bv.port = 4000;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_vcpu, &bv), -XEN_EINVAL);
    struct evtchn_bind_ipi ipi = { .vcpu = 0 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_ipi, &ipi), 0);
    bv.port = ipi.port;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_vcpu, &bv), -XEN_EINVAL);

    /* Any VIRQ binds, as on Xen: a global one on vCPU 0 only (it fires for the control
       domain alone), and bind_vcpu may move a global VIRQ's notifications. */
    struct evtchn_bind_virq dom_exc = { .virq = VIRQ_DOM_EXC, .vcpu = 1 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &dom_exc), -XEN_EINVAL);
    dom_exc.vcpu = 0;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &dom_exc), 0);
    bv.port = dom_exc.port;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_vcpu, &bv), 0);
    struct evtchn_bind_virq debug = { .virq = VIRQ_DEBUG, .vcpu = 0 };
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &debug), 0);
    bv.port = debug.port;
    expect_rc(HYPERVISOR_event_channel_op(EVTCHNOP_bind_vcpu, &bv), -XEN_EINVAL);

    struct evtchn_close c = { .port = ipi.port };
    HYPERVISOR_event_channel_op(EVTCHNOP_close, &c);
    c.port = bi.local_port;
    HYPERVISOR_event_channel_op(EVTCHNOP_close, &c);
    c.port = au.port;
    HYPERVISOR_event_channel_op(EVTCHNOP_close, &c);
    c.port = dom_exc.port;
    HYPERVISOR_event_channel_op(EVTCHNOP_close, &c);
    c.port = debug.port;
    HYPERVISOR_event_channel_op(EVTCHNOP_close, &c);
}

static void vm_assist(void)
{
    expect_rc(HYPERVISOR_vm_assist(VMASST_CMD_enable, VMASST_TYPE_runstate_update_flag), 0);
    expect_rc(HYPERVISOR_vm_assist(VMASST_CMD_disable, VMASST_TYPE_runstate_update_flag), 0);
    expect_rc(HYPERVISOR_vm_assist(7, VMASST_TYPE_runstate_update_flag), -XEN_ENOSYS);
    expect_rc(HYPERVISOR_vm_assist(VMASST_CMD_enable, VMASST_TYPE_writable_pagetables), -XEN_EINVAL);
    expect_rc(HYPERVISOR_vm_assist(VMASST_CMD_enable, VMASST_TYPE_m2p_strict), -XEN_EINVAL);
    expect_rc(HYPERVISOR_vm_assist(VMASST_CMD_enable, HVSIM_VMASST_TYPE_upcall_mask), 0);
    expect_rc(HYPERVISOR_vm_assist(VMASST_CMD_disable, HVSIM_VMASST_TYPE_upcall_mask), 0);
}

void test_main(void)
{
    hvm_params();
    grant_versions();
    event_channels();
    vm_assist();
    physmap();
}
