/**
 * Core Xen constants (public/xen.h, arch-arm.h): hypercall numbers, VIRQs, reserved domain
 * ids, console_io commands, start_info flags, and the shared_info / vcpu_info / multicall_entry
 * layouts. Values are Xen 4.17's at its latest interface
 * version; the compatibility test checks every one of them against Xen's installed headers.
 */
import { array, defineStruct, T } from './layout';

// Hypercall numbers (a6 of the hvsim hypercall SBI extension).
export const __HYPERVISOR_set_trap_table = 0;
export const __HYPERVISOR_mmu_update = 1;
export const __HYPERVISOR_set_gdt = 2;
export const __HYPERVISOR_stack_switch = 3;
export const __HYPERVISOR_set_callbacks = 4;
export const __HYPERVISOR_fpu_taskswitch = 5;
export const __HYPERVISOR_sched_op_compat = 6;
export const __HYPERVISOR_platform_op = 7;
export const __HYPERVISOR_set_debugreg = 8;
export const __HYPERVISOR_get_debugreg = 9;
export const __HYPERVISOR_update_descriptor = 10;
export const __HYPERVISOR_memory_op = 12;
export const __HYPERVISOR_multicall = 13;
export const __HYPERVISOR_update_va_mapping = 14;
export const __HYPERVISOR_set_timer_op = 15;
export const __HYPERVISOR_event_channel_op_compat = 16;
export const __HYPERVISOR_xen_version = 17;
export const __HYPERVISOR_console_io = 18;
export const __HYPERVISOR_physdev_op_compat = 19;
export const __HYPERVISOR_grant_table_op = 20;
export const __HYPERVISOR_vm_assist = 21;
export const __HYPERVISOR_update_va_mapping_otherdomain = 22;
export const __HYPERVISOR_iret = 23;
export const __HYPERVISOR_vcpu_op = 24;
export const __HYPERVISOR_set_segment_base = 25;
export const __HYPERVISOR_mmuext_op = 26;
export const __HYPERVISOR_xsm_op = 27;
export const __HYPERVISOR_nmi_op = 28;
export const __HYPERVISOR_sched_op = 29;
export const __HYPERVISOR_callback_op = 30;
export const __HYPERVISOR_xenoprof_op = 31;
export const __HYPERVISOR_event_channel_op = 32;
export const __HYPERVISOR_physdev_op = 33;
export const __HYPERVISOR_hvm_op = 34;
export const __HYPERVISOR_sysctl = 35;
export const __HYPERVISOR_domctl = 36;
export const __HYPERVISOR_kexec_op = 37;
export const __HYPERVISOR_tmem_op = 38;
export const __HYPERVISOR_argo_op = 39;
export const __HYPERVISOR_xenpmu_op = 40;
export const __HYPERVISOR_dm_op = 41;
export const __HYPERVISOR_hypfs_op = 42;
export const __HYPERVISOR_arch_0 = 48;
export const __HYPERVISOR_arch_1 = 49;
export const __HYPERVISOR_arch_2 = 50;
export const __HYPERVISOR_arch_3 = 51;
export const __HYPERVISOR_arch_4 = 52;
export const __HYPERVISOR_arch_5 = 53;
export const __HYPERVISOR_arch_6 = 54;
export const __HYPERVISOR_arch_7 = 55;

/** Hypercall number → Xen's name without the `__HYPERVISOR_` prefix (for traces and errors). */
export const HYPERCALL_NAMES: Readonly<Record<number, string>> = {
  0: 'set_trap_table', 1: 'mmu_update', 2: 'set_gdt', 3: 'stack_switch', 4: 'set_callbacks',
  5: 'fpu_taskswitch', 6: 'sched_op_compat', 7: 'platform_op', 8: 'set_debugreg',
  9: 'get_debugreg', 10: 'update_descriptor', 12: 'memory_op', 13: 'multicall',
  14: 'update_va_mapping', 15: 'set_timer_op', 16: 'event_channel_op_compat',
  17: 'xen_version', 18: 'console_io', 19: 'physdev_op_compat', 20: 'grant_table_op',
  21: 'vm_assist', 22: 'update_va_mapping_otherdomain', 23: 'iret', 24: 'vcpu_op',
  25: 'set_segment_base', 26: 'mmuext_op', 27: 'xsm_op', 28: 'nmi_op', 29: 'sched_op',
  30: 'callback_op', 31: 'xenoprof_op', 32: 'event_channel_op', 33: 'physdev_op',
  34: 'hvm_op', 35: 'sysctl', 36: 'domctl', 37: 'kexec_op', 38: 'tmem_op', 39: 'argo_op',
  40: 'xenpmu_op', 41: 'dm_op', 42: 'hypfs_op', 48: 'arch_0', 49: 'arch_1', 50: 'arch_2',
  51: 'arch_3', 52: 'arch_4', 53: 'arch_5', 54: 'arch_6', 55: 'arch_7',
};

// Virtual interrupts (bound with EVTCHNOP_bind_virq).
export const VIRQ_TIMER = 0;
export const VIRQ_DEBUG = 1;
export const VIRQ_CONSOLE = 2;
export const VIRQ_DOM_EXC = 3;
export const VIRQ_TBUF = 4;
export const VIRQ_DEBUGGER = 6;
export const VIRQ_XENOPROF = 7;
export const VIRQ_CON_RING = 8;
export const VIRQ_PCPU_STATE = 9;
export const VIRQ_MEM_EVENT = 10;
export const VIRQ_ARGO = 11;
export const VIRQ_ENOMEM = 12;
export const VIRQ_XENPMU = 13;
export const VIRQ_ARCH_0 = 16;
export const VIRQ_ARCH_1 = 17;
export const VIRQ_ARCH_2 = 18;
export const VIRQ_ARCH_3 = 19;
export const VIRQ_ARCH_4 = 20;
export const VIRQ_ARCH_5 = 21;
export const VIRQ_ARCH_6 = 22;
export const VIRQ_ARCH_7 = 23;
export const NR_VIRQS = 24;

// Reserved domain ids (domid_t is 16-bit).
export const DOMID_FIRST_RESERVED = 0x7ff0;
export const DOMID_SELF = 0x7ff0;
export const DOMID_IO = 0x7ff1;
export const DOMID_XEN = 0x7ff2;
export const DOMID_COW = 0x7ff3;
export const DOMID_INVALID = 0x7ff4;
export const DOMID_IDLE = 0x7fff;
export const DOMID_MASK = 0x7fff;

// console_io commands.
export const CONSOLEIO_write = 0;
export const CONSOLEIO_read = 1;

// vm_assist commands and the types Xen defines (Arm accepts runstate_update_flag only).
export const VMASST_CMD_enable = 0;
export const VMASST_CMD_disable = 1;
export const VMASST_TYPE_4gb_segments = 0;
export const VMASST_TYPE_4gb_segments_notify = 1;
export const VMASST_TYPE_writable_pagetables = 2;
export const VMASST_TYPE_pae_extended_cr3 = 3;
export const VMASST_TYPE_architectural_iopl = 4;
export const VMASST_TYPE_runstate_update_flag = 5;
export const VMASST_TYPE_m2p_strict = 32;

// start_info.flags.
export const SIF_PRIVILEGED = 1 << 0;
export const SIF_INITDOMAIN = 1 << 1;
export const SIF_MULTIBOOT_MOD = 1 << 2;
export const SIF_MOD_START_PFN = 1 << 3;
export const SIF_VIRT_P2M_4TOOLS = 1 << 4;
export const SIF_PM_MASK = 0xff << 8;

/** shared_info holds this many vcpu_info slots; further vCPUs use VCPUOP_register_vcpu_info. */
export const XEN_LEGACY_MAX_VCPUS = 1;

// vcpu_time_info.flags.
export const XEN_PVCLOCK_TSC_STABLE_BIT = 1 << 0;
export const XEN_PVCLOCK_GUEST_STOPPED = 1 << 1;

export const VCPU_TIME_INFO = defineStruct('vcpu_time_info', 'Per-vCPU time base (seqlock: odd version = update in progress).', {
  version: T.uint32_t,
  pad0: T.uint32_t,
  tsc_timestamp: T.uint64_t,
  system_time: T.uint64_t,
  tsc_to_system_mul: T.uint32_t,
  tsc_shift: T.int8_t,
  flags: T.uint8_t,
  pad1: array(T.uint8_t, 2),
});

/**
 * Per-vCPU event state. Offset 1 is Xen's evtchn_upcall_mask where XEN_HAVE_PV_UPCALL_MASK
 * is defined (x86 PV); Arm calls the same byte pad0 and ignores it. hvsim ignores it too
 * unless the guest opts in with vm_assist(VMASST_CMD_enable, HVSIM_VMASST_TYPE_upcall_mask);
 * then a non-zero byte masks upcalls to the vCPU. Arm's arch_vcpu_info is empty, so `time`
 * follows directly.
 */
export const VCPU_INFO = defineStruct('vcpu_info', 'Per-vCPU event and time state (one in shared_info, others registered).', {
  evtchn_upcall_pending: T.uint8_t,
  evtchn_upcall_mask: T.uint8_t,
  evtchn_pending_sel: T.xen_ulong_t,
  time: VCPU_TIME_INFO,
});

export const SHARED_INFO = defineStruct('shared_info', 'Page shared by the hypervisor and a domain.', {
  vcpu_info: array(VCPU_INFO, XEN_LEGACY_MAX_VCPUS),
  evtchn_pending: array(T.xen_ulong_t, 8 * 8),
  evtchn_mask: array(T.xen_ulong_t, 8 * 8),
  wc_version: T.uint32_t,
  wc_sec: T.uint32_t,
  wc_nsec: T.uint32_t,
  wc_sec_hi: T.uint32_t,
});

export const MULTICALL_ENTRY = defineStruct('multicall_entry', 'One hypercall of a multicall batch.', {
  op: T.xen_ulong_t,
  result: T.xen_ulong_t,
  args: array(T.xen_ulong_t, 6),
});
