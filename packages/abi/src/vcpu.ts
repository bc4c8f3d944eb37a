/** vcpu_op sub-operations, singleshot timer flags, runstates and layouts (public/vcpu.h). */
import { array, defineStruct, T } from './layout';

export const VCPUOP_initialise = 0;
export const VCPUOP_up = 1;
export const VCPUOP_down = 2;
export const VCPUOP_is_up = 3;
export const VCPUOP_get_runstate_info = 4;
export const VCPUOP_register_runstate_memory_area = 5;
export const VCPUOP_set_periodic_timer = 6;
export const VCPUOP_stop_periodic_timer = 7;
export const VCPUOP_set_singleshot_timer = 8;
export const VCPUOP_stop_singleshot_timer = 9;
export const VCPUOP_register_vcpu_info = 10;
export const VCPUOP_send_nmi = 11;
export const VCPUOP_get_physid = 12;
export const VCPUOP_register_vcpu_time_memory_area = 13;

export const _VCPU_SSHOTTMR_future = 0;
/** set_singleshot_timer: fail with -ETIME if the deadline has already passed. */
export const VCPU_SSHOTTMR_future = 1 << _VCPU_SSHOTTMR_future;

export const RUNSTATE_running = 0;
export const RUNSTATE_runnable = 1;
export const RUNSTATE_blocked = 2;
export const RUNSTATE_offline = 3;

export const VCPU_RUNSTATE_INFO = defineStruct('vcpu_runstate_info', 'VCPUOP_get_runstate_info: current state and ns spent in each RUNSTATE_*.', {
  state: T.int,
  state_entry_time: T.uint64_t,
  time: array(T.uint64_t, 4),
});

export const VCPU_REGISTER_VCPU_INFO = defineStruct('vcpu_register_vcpu_info', 'VCPUOP_register_vcpu_info: place a vcpu_info at mfn:offset.', {
  mfn: T.uint64_t,
  offset: T.uint32_t,
  rsvd: T.uint32_t,
});

export const VCPU_SET_SINGLESHOT_TIMER = defineStruct('vcpu_set_singleshot_timer', 'VCPUOP_set_singleshot_timer: absolute deadline in system time.', {
  timeout_abs_ns: T.uint64_t,
  flags: T.uint32_t,
});

export const VCPU_REGISTER_RUNSTATE_MEMORY_AREA = defineStruct('vcpu_register_runstate_memory_area', 'VCPUOP_register_runstate_memory_area: where the hypervisor keeps a copy of the vCPU\'s vcpu_runstate_info (0: nowhere).', {
  addr: T.uint64_t,
});
