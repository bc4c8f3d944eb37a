/**
 * The hostile-input contract, with Xen's answers: -EFAULT for every pointer-taking hypercall
 * given a bad pointer (below RAM, an unpopulated page, a handle with upper bits set) except
 * the reservation ops, which report "0 done"; -EPERM for privileged or other-domain
 * operations from a domU (after -EACCES for a domctl/sysctl of another interface version);
 * -ENOSYS for anything outside the supported set.
 */
import {
  CONSOLEIO_read, CONSOLEIO_write, EVTCHNOP_alloc_unbound, EVTCHNOP_bind_interdomain, EVTCHNOP_bind_ipi,
  EVTCHNOP_bind_virq, EVTCHNOP_close, EVTCHNOP_send, EVTCHNOP_status, EVTCHNOP_unmask, GNTTABOP_copy,
  GNTTABOP_map_grant_ref, GNTTABOP_query_size, GNTTABOP_setup_table, GNTTABOP_unmap_grant_ref, SCHEDOP_poll,
  SCHEDOP_remote_shutdown, SCHEDOP_shutdown, SCHEDOP_shutdown_code, VCPUOP_get_runstate_info,
  VCPUOP_register_vcpu_info, VCPUOP_set_singleshot_timer, XEN_EFAULT, XEN_ENOSYS, XEN_EPERM,
  XENMEM_current_reservation, XENMEM_decrease_reservation, XENMEM_increase_reservation, XENMEM_maximum_reservation,
  XENMEM_populate_physmap, XENVER_capabilities, XENVER_compile_info, XENVER_extraversion, XENVER_get_features,
  XENVER_changeset, XENVER_guest_handle, XENVER_platform_parameters, XENVER_commandline,
  __HYPERVISOR_console_io, __HYPERVISOR_domctl, __HYPERVISOR_event_channel_op, __HYPERVISOR_grant_table_op,
  __HYPERVISOR_memory_op, __HYPERVISOR_mmu_update, __HYPERVISOR_multicall, __HYPERVISOR_sched_op, __HYPERVISOR_sysctl,
  __HYPERVISOR_vcpu_op, __HYPERVISOR_xen_version, __HYPERVISOR_hvm_op, __HYPERVISOR_physdev_op,
  SHUTDOWN_poweroff, GNTMAP_host_map, XENMEM_maximum_gpfn, XENMEM_add_to_physmap, XENMEM_add_to_physmap_batch, XENMEM_remove_from_physmap,
  EVTCHNOP_bind_vcpu, GNTTABOP_set_version, GNTTABOP_get_version, HVMOP_set_param, HVMOP_get_param,
  XEN_DOMCTL_INTERFACE_VERSION, XEN_EACCES, HVM_PARAM_STORE_PFN, GNTTAB_SETUP_TABLE, GNTST_bad_virt_addr, readI16,
} from '@hvsim/abi';
import { addGuest, callsGuest, DATA, machine, putU32, RAM, result, type Call } from './guest';

const BELOW_RAM = 0x1000;
const UNPOPULATED = RAM + 0x0100_0000; // 16 MiB into a 256 KiB domain
const TOP = 0xffff_f000;

/** Every pointer-taking hypercall, with the pointer as its `ptr` argument. */
const POINTER_CALLS: Array<{ name: string; call: (ptr: number) => Call }> = [
  ...[XENVER_extraversion, XENVER_compile_info, XENVER_capabilities, XENVER_changeset, XENVER_platform_parameters,
    XENVER_get_features, XENVER_guest_handle, XENVER_commandline].map((cmd) => ({
    name: `xen_version(${cmd})`, call: (p: number) => ({ nr: __HYPERVISOR_xen_version, args: [cmd, p] }),
  })),
  { name: 'console_io(write)', call: (p) => ({ nr: __HYPERVISOR_console_io, args: [CONSOLEIO_write, 16, p] }) },
  ...[SCHEDOP_shutdown, SCHEDOP_shutdown_code, SCHEDOP_poll, SCHEDOP_remote_shutdown].map((cmd) => ({
    name: `sched_op(${cmd})`, call: (p: number) => ({ nr: __HYPERVISOR_sched_op, args: [cmd, p] }),
  })),
  ...[VCPUOP_get_runstate_info, VCPUOP_set_singleshot_timer, VCPUOP_register_vcpu_info].map((cmd) => ({
    name: `vcpu_op(${cmd})`, call: (p: number) => ({ nr: __HYPERVISOR_vcpu_op, args: [cmd, 0, p] }),
  })),
  ...[XENMEM_current_reservation, XENMEM_maximum_reservation, XENMEM_maximum_gpfn, XENMEM_add_to_physmap,
    XENMEM_add_to_physmap_batch, XENMEM_remove_from_physmap].map((cmd) => ({
    name: `memory_op(${cmd})`, call: (p: number) => ({ nr: __HYPERVISOR_memory_op, args: [cmd, p] }),
  })),
  ...[EVTCHNOP_alloc_unbound, EVTCHNOP_bind_interdomain, EVTCHNOP_bind_virq, EVTCHNOP_bind_ipi, EVTCHNOP_bind_vcpu,
    EVTCHNOP_send, EVTCHNOP_close, EVTCHNOP_status, EVTCHNOP_unmask].map((cmd) => ({
    name: `event_channel_op(${cmd})`, call: (p: number) => ({ nr: __HYPERVISOR_event_channel_op, args: [cmd, p] }),
  })),
  ...[GNTTABOP_setup_table, GNTTABOP_query_size, GNTTABOP_map_grant_ref, GNTTABOP_unmap_grant_ref, GNTTABOP_copy,
    GNTTABOP_set_version, GNTTABOP_get_version].map((cmd) => ({
    name: `grant_table_op(${cmd})`, call: (p: number) => ({ nr: __HYPERVISOR_grant_table_op, args: [cmd, p, 1] }),
  })),
  ...[HVMOP_set_param, HVMOP_get_param].map((op) => ({
    name: `hvm_op(${op})`, call: (p: number) => ({ nr: __HYPERVISOR_hvm_op, args: [op, p] }),
  })),
  { name: 'domctl', call: (p) => ({ nr: __HYPERVISOR_domctl, args: [p] }) },
  { name: 'sysctl', call: (p) => ({ nr: __HYPERVISOR_sysctl, args: [p] }) },
  { name: 'multicall', call: (p) => ({ nr: __HYPERVISOR_multicall, args: [p, 1] }) },
];

/** The reservation ops: Xen reports how many extents were done, 0, never an errno. */
const RESERVATION_OPS = [XENMEM_increase_reservation, XENMEM_decrease_reservation, XENMEM_populate_physmap];

describe('-EFAULT', () => {
  test.each([['below RAM', BELOW_RAM], ['an unpopulated page', UNPOPULATED], ['the top page', TOP]])(
    'every pointer-taking hypercall given a pointer %s', (_what, ptr) => {
      const hv = machine();
      const calls = POINTER_CALLS.map((p) => p.call(ptr));
      const d = addGuest(hv, callsGuest(calls), { privileged: true });
      hv.runFor(2_000_000);
      const got = POINTER_CALLS.map((p, i) => [p.name, result(hv, d, i)]);
      expect(got).toEqual(POINTER_CALLS.map((p) => [p.name, -XEN_EFAULT]));
      expect(hv.getDomainInfo(d).flags.shutdown).toBe(false);
    });

  test.each([['below RAM', BELOW_RAM], ['the top page', TOP]])('the reservation ops given a pointer %s: 0 done', (_what, ptr) => {
    const hv = machine();
    const d = addGuest(hv, callsGuest(RESERVATION_OPS.map((cmd) => ({ nr: __HYPERVISOR_memory_op, args: [cmd, ptr] }))));
    hv.runFor(1_000_000);
    expect(RESERVATION_OPS.map((_, i) => result(hv, d, i))).toEqual([0, 0, 0]);
  });

  test('guest handles with upper 32 bits set', () => {
    const hv = machine();
    const d = addGuest(hv, callsGuest([
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_populate_physmap, DATA] },
      { nr: __HYPERVISOR_sched_op, args: [SCHEDOP_poll, DATA + 64] },
      { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_setup_table, DATA + 128, 1] },
    ]), { run: false });
    // xen_memory_reservation: extent_start = (1<<32) | DATA+512, nr_extents 1, order 0, domid SELF.
    putU32(hv, d, DATA, DATA + 512, 1, 1, 0, 0, 0, 0x7ff0, 0);
    // sched_poll: ports handle with upper bits, nr_ports 1, timeout 0.
    putU32(hv, d, DATA + 64, DATA + 512, 2, 1, 0, 0, 0);
    // gnttab_setup_table: dom SELF, nr_frames 1, status, frame_list with upper bits.
    putU32(hv, d, DATA + 128, 0x7ff0, 1, 0, 0, DATA + 512, 3);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    // populate_physmap: 0 done; poll: -EFAULT; setup_table: rc 0, the op's status GNTST_bad_virt_addr.
    expect([result(hv, d, 0), result(hv, d, 1), result(hv, d, 2)]).toEqual([0, -XEN_EFAULT, 0]);
    expect(readI16(hv.readGuestMemory(d, DATA + 128 + GNTTAB_SETUP_TABLE.f.status.offset, 2), 0)).toBe(GNTST_bad_virt_addr);
  });
});

describe('-EPERM', () => {
  test('privileged and other-domain operations from a domU', () => {
    const hv = machine();
    const other = addGuest(hv, callsGuest([]));
    const calls: Call[] = [
      { nr: __HYPERVISOR_domctl, args: [DATA + 256] },
      { nr: __HYPERVISOR_sysctl, args: [DATA + 256] },
      { nr: __HYPERVISOR_sched_op, args: [SCHEDOP_remote_shutdown, DATA] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_current_reservation, DATA + 16] },
      { nr: __HYPERVISOR_hvm_op, args: [HVMOP_get_param, DATA + 32] },
      { nr: __HYPERVISOR_event_channel_op, args: [EVTCHNOP_alloc_unbound, DATA + 64] },
      { nr: __HYPERVISOR_event_channel_op, args: [EVTCHNOP_status, DATA + 80] },
      { nr: __HYPERVISOR_console_io, args: [CONSOLEIO_read, 4, DATA + 128] },
    ];
    const d = addGuest(hv, callsGuest(calls), { run: false });
    putU32(hv, d, DATA, other, SHUTDOWN_poweroff);          // remote_shutdown {domain_id, reason}
    putU32(hv, d, DATA + 16, other);                        // domid_t
    putU32(hv, d, DATA + 32, other, HVM_PARAM_STORE_PFN);   // xen_hvm_param of another domain
    putU32(hv, d, DATA + 256, 0, XEN_DOMCTL_INTERFACE_VERSION); // domctl/sysctl {cmd, interface_version}
    putU32(hv, d, DATA + 64, other | (other << 16), 0);      // alloc_unbound {dom, remote_dom}
    putU32(hv, d, DATA + 80, other, 1);                      // status {dom, port}
    hv.unpauseDomain(d);
    hv.runFor(2_000_000);
    expect(calls.map((_, i) => result(hv, d, i))).toEqual(calls.map(() => -XEN_EPERM));
    expect(hv.getDomainInfo(other).flags.shutdown).toBe(false);
  });

  test('domctl/sysctl: the struct is read first (-EFAULT), then its version (-EACCES), then privilege', () => {
    const hv = machine();
    const calls: Call[] = [
      { nr: __HYPERVISOR_domctl, args: [BELOW_RAM] }, { nr: __HYPERVISOR_sysctl, args: [BELOW_RAM] },
      { nr: __HYPERVISOR_domctl, args: [DATA] }, { nr: __HYPERVISOR_sysctl, args: [DATA] },
      { nr: __HYPERVISOR_domctl, args: [DATA + 256] }, { nr: __HYPERVISOR_sysctl, args: [DATA + 256] },
    ];
    const d = addGuest(hv, callsGuest(calls), { run: false });
    putU32(hv, d, DATA, 0, 0x14);
    putU32(hv, d, DATA + 256, 0, XEN_DOMCTL_INTERFACE_VERSION);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect(calls.map((_, i) => result(hv, d, i))).toEqual([-XEN_EFAULT, -XEN_EFAULT, -XEN_EACCES, -XEN_EACCES, -XEN_EPERM, -XEN_EPERM]);
  });

  test('a domU\'s reservation op on another domain, or on none, does nothing: 0 done', () => {
    const hv = machine();
    const other = addGuest(hv, callsGuest([]));
    const d = addGuest(hv, callsGuest([
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_decrease_reservation, DATA] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_populate_physmap, DATA + 64] },
    ]), { run: false });
    const before = hv.getDomainInfo(other).totPages;
    putU32(hv, d, DATA + 512, (RAM >>> 12) + 1, 0);
    putU32(hv, d, DATA, DATA + 512, 0, 1, 0, 0, 0, other, 0);
    putU32(hv, d, DATA + 64, DATA + 512, 0, 1, 0, 0, 0, 0x7000, 0);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect([result(hv, d, 0), result(hv, d, 1)]).toEqual([0, 0]);
    expect(hv.getDomainInfo(other).totPages).toBe(before);
  });
});

describe('-ENOSYS', () => {
  test('hypercalls and sub-ops outside the supported set', () => {
    const hv = machine();
    const calls: Call[] = [
      { nr: __HYPERVISOR_mmu_update }, { nr: __HYPERVISOR_hvm_op, args: [99] }, { nr: __HYPERVISOR_physdev_op }, { nr: 11 },
      { nr: 63 }, { nr: 1000 }, { nr: 0xffffffff },
      { nr: __HYPERVISOR_xen_version, args: [99] }, { nr: __HYPERVISOR_sched_op, args: [99] },
      { nr: __HYPERVISOR_vcpu_op, args: [99, 0, 0] }, { nr: __HYPERVISOR_memory_op, args: [99] },
      { nr: __HYPERVISOR_event_channel_op, args: [99] }, { nr: __HYPERVISOR_grant_table_op, args: [99, 0, 0] },
      { nr: __HYPERVISOR_console_io, args: [99] },
    ];
    const d = addGuest(hv, callsGuest(calls));
    hv.runFor(1_000_000);
    expect(calls.map((_, i) => result(hv, d, i))).toEqual(calls.map(() => -XEN_ENOSYS));
  });
});
