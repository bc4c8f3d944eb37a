/* Hypercalls: an S-mode ecall in the SBI calling convention, a7 = the hvsim
   extension ("XEN"), a6 = Xen's __HYPERVISOR_* number, a0-a4 = arguments.
   The result comes back in a0: >= 0 success, -XEN_E* on error. */
#ifndef SDK_HYPERCALL_H
#define SDK_HYPERCALL_H

#include <stdint.h>
#include <hvsim/xen.h>
#include <hvsim/sbi.h>

static inline long _hypercall(unsigned nr, unsigned long a0, unsigned long a1,
                              unsigned long a2, unsigned long a3, unsigned long a4)
{
    register unsigned long r_a0 __asm__("a0") = a0;
    register unsigned long r_a1 __asm__("a1") = a1;
    register unsigned long r_a2 __asm__("a2") = a2;
    register unsigned long r_a3 __asm__("a3") = a3;
    register unsigned long r_a4 __asm__("a4") = a4;
    register unsigned long r_a6 __asm__("a6") = nr;
    register unsigned long r_a7 __asm__("a7") = SBI_EXT_HVSIM_HYPERCALL;
    __asm__ __volatile__("ecall"
                 : "+r"(r_a0), "+r"(r_a1), "+r"(r_a2), "+r"(r_a3), "+r"(r_a4)
                 : "r"(r_a6), "r"(r_a7)
                 : "memory");
    return (long)r_a0;
}

#define _hc0(nr)                _hypercall(nr, 0, 0, 0, 0, 0)
#define _hc1(nr, a)             _hypercall(nr, (unsigned long)(a), 0, 0, 0, 0)
#define _hc2(nr, a, b)          _hypercall(nr, (unsigned long)(a), (unsigned long)(b), 0, 0, 0)
#define _hc3(nr, a, b, c)       _hypercall(nr, (unsigned long)(a), (unsigned long)(b), (unsigned long)(c), 0, 0)

static inline long HYPERVISOR_console_io(int cmd, int count, const char *buf)
{ return _hc3(__HYPERVISOR_console_io, cmd, count, buf); }

static inline long HYPERVISOR_sched_op(int cmd, void *arg)
{ return _hc2(__HYPERVISOR_sched_op, cmd, arg); }

/* 64-bit arguments travel as two registers, low half first. */
static inline long HYPERVISOR_set_timer_op(uint64_t timeout)
{ return _hc2(__HYPERVISOR_set_timer_op, (uint32_t)timeout, (uint32_t)(timeout >> 32)); }

static inline long HYPERVISOR_vcpu_op(int cmd, unsigned vcpuid, void *arg)
{ return _hc3(__HYPERVISOR_vcpu_op, cmd, vcpuid, arg); }

static inline long HYPERVISOR_xen_version(int cmd, void *arg)
{ return _hc2(__HYPERVISOR_xen_version, cmd, arg); }

static inline long HYPERVISOR_memory_op(int cmd, void *arg)
{ return _hc2(__HYPERVISOR_memory_op, cmd, arg); }

static inline long HYPERVISOR_event_channel_op(int cmd, void *arg)
{ return _hc2(__HYPERVISOR_event_channel_op, cmd, arg); }

static inline long HYPERVISOR_grant_table_op(int cmd, void *uop, unsigned count)
{ return _hc3(__HYPERVISOR_grant_table_op, cmd, uop, count); }

static inline long HYPERVISOR_multicall(void *calls, unsigned nr_calls)
{ return _hc2(__HYPERVISOR_multicall, calls, nr_calls); }

static inline long HYPERVISOR_hvm_op(int op, void *arg)
{ return _hc2(__HYPERVISOR_hvm_op, op, arg); }

static inline long HYPERVISOR_vm_assist(unsigned cmd, unsigned type)
{ return _hc2(__HYPERVISOR_vm_assist, cmd, type); }

#endif
