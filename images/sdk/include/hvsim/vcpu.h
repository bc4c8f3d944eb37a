/* hvsim guest ABI 1.0: vcpu_op (Xen's public/vcpu.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_VCPU_H__
#define __HVSIM_VCPU_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/vcpu.h>
#else

#include "xen.h"

#define RUNSTATE_running 0
#define RUNSTATE_runnable 1
#define RUNSTATE_blocked 2
#define RUNSTATE_offline 3

#define _VCPU_SSHOTTMR_future 0
#define VCPU_SSHOTTMR_future 1

#define VCPUOP_initialise 0
#define VCPUOP_up 1
#define VCPUOP_down 2
#define VCPUOP_is_up 3
#define VCPUOP_get_runstate_info 4
#define VCPUOP_register_runstate_memory_area 5
#define VCPUOP_set_periodic_timer 6
#define VCPUOP_stop_periodic_timer 7
#define VCPUOP_set_singleshot_timer 8
#define VCPUOP_stop_singleshot_timer 9
#define VCPUOP_register_vcpu_info 10
#define VCPUOP_send_nmi 11
#define VCPUOP_get_physid 12
#define VCPUOP_register_vcpu_time_memory_area 13

/* VCPUOP_register_runstate_memory_area: where the hypervisor keeps a copy of the vCPU's vcpu_runstate_info (0: nowhere). */
struct vcpu_register_runstate_memory_area {
    uint64_t addr __hvsim_align8;
};
typedef struct vcpu_register_runstate_memory_area vcpu_register_runstate_memory_area_t;
HVSIM_ASSERT_SIZE(struct vcpu_register_runstate_memory_area, 8);

/* VCPUOP_register_vcpu_info: place a vcpu_info at mfn:offset. */
struct vcpu_register_vcpu_info {
    uint64_t mfn __hvsim_align8;
    uint32_t offset;
    uint32_t rsvd;
};
typedef struct vcpu_register_vcpu_info vcpu_register_vcpu_info_t;
HVSIM_ASSERT_SIZE(struct vcpu_register_vcpu_info, 16);

/* VCPUOP_get_runstate_info: current state and ns spent in each RUNSTATE_*. */
struct vcpu_runstate_info {
    int state;
    uint8_t _hvsim_pad0[4];
    uint64_t state_entry_time __hvsim_align8;
    uint64_t time[4] __hvsim_align8;
};
typedef struct vcpu_runstate_info vcpu_runstate_info_t;
HVSIM_ASSERT_SIZE(struct vcpu_runstate_info, 48);

/* VCPUOP_set_singleshot_timer: absolute deadline in system time. */
struct vcpu_set_singleshot_timer {
    uint64_t timeout_abs_ns __hvsim_align8;
    uint32_t flags;
    uint8_t _hvsim_pad0[4];
};
typedef struct vcpu_set_singleshot_timer vcpu_set_singleshot_timer_t;
HVSIM_ASSERT_SIZE(struct vcpu_set_singleshot_timer, 16);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_VCPU_H__ */
