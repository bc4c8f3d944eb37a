/* hvsim guest ABI 1.0: core types, hypercall numbers, shared_info (Xen's public/xen.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_XEN_H__
#define __HVSIM_XEN_H__

#include <stdint.h>

#define __hvsim_align8 __attribute__((__aligned__(8)))

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define HVSIM_ASSERT_SIZE(type, size) _Static_assert(sizeof(type) == (size), "hvsim ABI: sizeof(" #type ")")
#else
#define HVSIM_ASSERT_SIZE(type, size)
#endif

#ifdef HVSIM_XEN_HEADERS
#include <xen/xen.h>
#else

/* Guest handles: a guest-physical pointer in a 64-bit, 8-aligned slot (upper half zero). */
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef union { type *p; uint64_t q; } __hvsim_align8 __guest_handle_64_ ## name
#define DEFINE_XEN_GUEST_HANDLE(name) __DEFINE_XEN_GUEST_HANDLE(name, name)
#define XEN_GUEST_HANDLE(name) __guest_handle_64_ ## name
#define set_xen_guest_handle(hnd, val) do { (hnd).q = 0; (hnd).p = (val); } while (0)

typedef uint64_t xen_pfn_t __hvsim_align8;
typedef uint64_t xen_ulong_t __hvsim_align8;
typedef uint16_t domid_t;

DEFINE_XEN_GUEST_HANDLE(xen_pfn_t);

#define CONSOLEIO_write 0
#define CONSOLEIO_read 1

#define DOMID_FIRST_RESERVED 32752
#define DOMID_SELF 32752
#define DOMID_IO 32753
#define DOMID_XEN 32754
#define DOMID_COW 32755
#define DOMID_INVALID 32756
#define DOMID_IDLE 32767
#define DOMID_MASK 32767

#define __HYPERVISOR_set_trap_table 0
#define __HYPERVISOR_mmu_update 1
#define __HYPERVISOR_set_gdt 2
#define __HYPERVISOR_stack_switch 3
#define __HYPERVISOR_set_callbacks 4
#define __HYPERVISOR_fpu_taskswitch 5
#define __HYPERVISOR_sched_op_compat 6
#define __HYPERVISOR_platform_op 7
#define __HYPERVISOR_set_debugreg 8
#define __HYPERVISOR_get_debugreg 9
#define __HYPERVISOR_update_descriptor 10
#define __HYPERVISOR_memory_op 12
#define __HYPERVISOR_multicall 13
#define __HYPERVISOR_update_va_mapping 14
#define __HYPERVISOR_set_timer_op 15
#define __HYPERVISOR_event_channel_op_compat 16
#define __HYPERVISOR_xen_version 17
#define __HYPERVISOR_console_io 18
#define __HYPERVISOR_physdev_op_compat 19
#define __HYPERVISOR_grant_table_op 20
#define __HYPERVISOR_vm_assist 21
#define __HYPERVISOR_update_va_mapping_otherdomain 22
#define __HYPERVISOR_iret 23
#define __HYPERVISOR_vcpu_op 24
#define __HYPERVISOR_set_segment_base 25
#define __HYPERVISOR_mmuext_op 26
#define __HYPERVISOR_xsm_op 27
#define __HYPERVISOR_nmi_op 28
#define __HYPERVISOR_sched_op 29
#define __HYPERVISOR_callback_op 30
#define __HYPERVISOR_xenoprof_op 31
#define __HYPERVISOR_event_channel_op 32
#define __HYPERVISOR_physdev_op 33
#define __HYPERVISOR_hvm_op 34
#define __HYPERVISOR_sysctl 35
#define __HYPERVISOR_domctl 36
#define __HYPERVISOR_kexec_op 37
#define __HYPERVISOR_tmem_op 38
#define __HYPERVISOR_argo_op 39
#define __HYPERVISOR_xenpmu_op 40
#define __HYPERVISOR_dm_op 41
#define __HYPERVISOR_hypfs_op 42
#define __HYPERVISOR_arch_0 48
#define __HYPERVISOR_arch_1 49
#define __HYPERVISOR_arch_2 50
#define __HYPERVISOR_arch_3 51
#define __HYPERVISOR_arch_4 52
#define __HYPERVISOR_arch_5 53
#define __HYPERVISOR_arch_6 54
#define __HYPERVISOR_arch_7 55

#define NR_VIRQS 24

#define SIF_PRIVILEGED 1
#define SIF_INITDOMAIN 2
#define SIF_MULTIBOOT_MOD 4
#define SIF_MOD_START_PFN 8
#define SIF_VIRT_P2M_4TOOLS 16
#define SIF_PM_MASK 65280

#define VIRQ_TIMER 0
#define VIRQ_DEBUG 1
#define VIRQ_CONSOLE 2
#define VIRQ_DOM_EXC 3
#define VIRQ_TBUF 4
#define VIRQ_DEBUGGER 6
#define VIRQ_XENOPROF 7
#define VIRQ_CON_RING 8
#define VIRQ_PCPU_STATE 9
#define VIRQ_MEM_EVENT 10
#define VIRQ_ARGO 11
#define VIRQ_ENOMEM 12
#define VIRQ_XENPMU 13
#define VIRQ_ARCH_0 16
#define VIRQ_ARCH_1 17
#define VIRQ_ARCH_2 18
#define VIRQ_ARCH_3 19
#define VIRQ_ARCH_4 20
#define VIRQ_ARCH_5 21
#define VIRQ_ARCH_6 22
#define VIRQ_ARCH_7 23

#define VMASST_CMD_enable 0
#define VMASST_TYPE_4gb_segments 0
#define VMASST_CMD_disable 1
#define VMASST_TYPE_4gb_segments_notify 1
#define VMASST_TYPE_writable_pagetables 2
#define VMASST_TYPE_pae_extended_cr3 3
#define VMASST_TYPE_architectural_iopl 4
#define VMASST_TYPE_runstate_update_flag 5
#define VMASST_TYPE_m2p_strict 32

#define XEN_LEGACY_MAX_VCPUS 1
#define XEN_PVCLOCK_TSC_STABLE_BIT 1
#define XEN_PVCLOCK_GUEST_STOPPED 2

/* One hypercall of a multicall batch. */
struct multicall_entry {
    xen_ulong_t op __hvsim_align8;
    xen_ulong_t result __hvsim_align8;
    xen_ulong_t args[6] __hvsim_align8;
};
typedef struct multicall_entry multicall_entry_t;
HVSIM_ASSERT_SIZE(struct multicall_entry, 64);

/* Per-vCPU time base (seqlock: odd version = update in progress). */
struct vcpu_time_info {
    uint32_t version;
    uint32_t pad0;
    uint64_t tsc_timestamp __hvsim_align8;
    uint64_t system_time __hvsim_align8;
    uint32_t tsc_to_system_mul;
    int8_t tsc_shift;
    uint8_t flags;
    uint8_t pad1[2];
};
typedef struct vcpu_time_info vcpu_time_info_t;
HVSIM_ASSERT_SIZE(struct vcpu_time_info, 32);

/* Per-vCPU event and time state (one in shared_info, others registered). */
struct vcpu_info {
    uint8_t evtchn_upcall_pending;
    uint8_t evtchn_upcall_mask;
    uint8_t _hvsim_pad0[6];
    xen_ulong_t evtchn_pending_sel __hvsim_align8;
    struct vcpu_time_info time;
};
typedef struct vcpu_info vcpu_info_t;
HVSIM_ASSERT_SIZE(struct vcpu_info, 48);

/* Page shared by the hypervisor and a domain. */
struct shared_info {
    struct vcpu_info vcpu_info[1];
    xen_ulong_t evtchn_pending[64] __hvsim_align8;
    xen_ulong_t evtchn_mask[64] __hvsim_align8;
    uint32_t wc_version;
    uint32_t wc_sec;
    uint32_t wc_nsec;
    uint32_t wc_sec_hi;
};
typedef struct shared_info shared_info_t;
HVSIM_ASSERT_SIZE(struct shared_info, 1088);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_XEN_H__ */
