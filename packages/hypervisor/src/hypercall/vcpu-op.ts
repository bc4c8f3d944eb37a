/** vcpu_op: up, down, is_up, get_runstate_info, register_runstate_memory_area, singleshot timer, register_vcpu_info. */
import {
  VCPU_REGISTER_RUNSTATE_MEMORY_AREA, VCPU_REGISTER_VCPU_INFO, VCPU_RUNSTATE_INFO, VCPU_SET_SINGLESHOT_TIMER,
  VCPU_SSHOTTMR_future, VCPUOP_down, VCPUOP_get_runstate_info, VCPUOP_is_up, VCPUOP_register_runstate_memory_area,
  VCPUOP_register_vcpu_info, VCPUOP_set_singleshot_timer, VCPUOP_stop_singleshot_timer, VCPUOP_up, XEN_EFAULT, XEN_EINVAL,
  XEN_ENOENT, XEN_ENOSYS, XEN_ETIME, readU32, readU64,
} from '@hvsim/abi';
import type { Core } from '../core';
import type { Vcpu } from '../domain/vcpu';
import { registerRunstateArea, writeRunstateInfo } from '../domain/runstate-area';
import { registerVcpuInfo } from '../domain/vcpu-info';
import { armSingleshot } from '../domain/vcpu-timers';
import { sampleSeip } from '../evtchn/delivery';

export function vcpuOp(core: Core, caller: Vcpu, cmd: number, vcpuid: number, arg: number): number {
  const d = caller.domain;
  const m = d.mem;
  const v = d.vcpus[vcpuid];
  if (v === undefined) return -XEN_ENOENT;
  switch (cmd) {
    case VCPUOP_up:
      if (!v.initialised) return -XEN_EINVAL;
      if (!v.online) {
        v.online = true;
        core.updateRunnable(v);
      }
      return 0;
    case VCPUOP_down:
      if (v.online) {
        v.online = false;
        core.updateRunnable(v);
      }
      return 0;
    case VCPUOP_is_up:
      return v.online ? 1 : 0;
    case VCPUOP_get_runstate_info:
      writeRunstateInfo(m.scratch, v, core.vcpuNow());
      return m.copyToGuest(arg, VCPU_RUNSTATE_INFO.size) ? 0 : -XEN_EFAULT;
    case VCPUOP_register_runstate_memory_area:
      if (!m.copyFromGuest(arg, VCPU_REGISTER_RUNSTATE_MEMORY_AREA.size)) return -XEN_EFAULT;
      return registerRunstateArea(v, readU64(m.scratch, VCPU_REGISTER_RUNSTATE_MEMORY_AREA.f.addr.offset), core.vcpuNow());
    case VCPUOP_set_singleshot_timer: {
      if (v !== caller) return -XEN_EINVAL;
      if (!m.copyFromGuest(arg, VCPU_SET_SINGLESHOT_TIMER.size)) return -XEN_EFAULT;
      const timeout = readU64(m.scratch, VCPU_SET_SINGLESHOT_TIMER.f.timeout_abs_ns.offset);
      const flags = readU32(m.scratch, VCPU_SET_SINGLESHOT_TIMER.f.flags.offset);
      if ((flags & VCPU_SSHOTTMR_future) !== 0 && timeout < core.vcpuNow() + v.domain.timeOffsetNs) return -XEN_ETIME;
      armSingleshot(core, v, Math.max(timeout, 1));
      return 0;
    }
    case VCPUOP_stop_singleshot_timer:
      if (v !== caller) return -XEN_EINVAL;
      v.singleshot.cancel();
      return 0;
    case VCPUOP_register_vcpu_info:
      return registerVcpuInfoOp(core, v, arg);
    default:
      return -XEN_ENOSYS;
  }
}

/** VCPUOP_register_vcpu_info: copies the guest's struct in and places the vcpu_info. */
function registerVcpuInfoOp(core: Core, v: Vcpu, arg: number): number {
  const m = v.domain.mem;
  if (!m.copyFromGuest(arg, VCPU_REGISTER_VCPU_INFO.size)) return -XEN_EFAULT;
  const gfn = readU64(m.scratch, VCPU_REGISTER_VCPU_INFO.f.mfn.offset);
  const offset = readU32(m.scratch, VCPU_REGISTER_VCPU_INFO.f.offset.offset);
  const rc = registerVcpuInfo(core, v, gfn, offset);
  if (rc === 0) sampleSeip(core, v);
  return rc;
}
