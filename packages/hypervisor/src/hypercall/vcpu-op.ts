/** vcpu_op: up, down, is_up, get_runstate_info, register_runstate_memory_area, singleshot timer, register_vcpu_info. */
import {
  VCPU_REGISTER_RUNSTATE_MEMORY_AREA, VCPU_REGISTER_VCPU_INFO, VCPU_RUNSTATE_INFO, VCPU_SET_SINGLESHOT_TIMER,
  VCPU_SSHOTTMR_future, VCPUOP_down, VCPUOP_get_runstate_info, VCPUOP_is_up, VCPUOP_register_runstate_memory_area,
  VCPUOP_register_vcpu_info, VCPUOP_set_singleshot_timer, VCPUOP_stop_singleshot_timer, VCPUOP_up, XEN_EFAULT, XEN_EINVAL,
  XEN_ENOENT, XEN_ENOSYS, XEN_ETIME, readU32, readU64,
} from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import { RAM_BASE_GFN, RAM_LIMIT_GFN } from '../constants';
import type { Core } from '../core';
import type { Vcpu } from '../domain/vcpu';
import { VCPU_INFO_SIZE } from '../evtchn/layout';
import { P2M_MFN_MASK, P2M_NONE, P2M_NOT_RAM, P2M_READONLY } from '../memory/p2m';
import { armSingleshot } from './set-timer-op';
import { sampleSeip } from '../evtchn/delivery';
import { writeVcpuTimeInfo } from '../domain/vcpu-time';
import { registerRunstateArea, writeRunstateInfo } from '../domain/runstate-area';

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
      return registerVcpuInfo(core, v, arg);
    default:
      return -XEN_ENOSYS;
  }
}

/** Moves v's vcpu_info to gfn:offset in the domain's own RAM (once; Xen refuses a second move). */
function registerVcpuInfo(core: Core, v: Vcpu, arg: number): number {
  const d = v.domain;
  const m = d.mem;
  if (!m.copyFromGuest(arg, VCPU_REGISTER_VCPU_INFO.size)) return -XEN_EFAULT;
  const gfn = readU64(m.scratch, VCPU_REGISTER_VCPU_INFO.f.mfn.offset);
  const offset = readU32(m.scratch, VCPU_REGISTER_VCPU_INFO.f.offset.offset);
  if (v.vcpuInfoRegistered) return -XEN_EINVAL;
  if (offset + VCPU_INFO_SIZE > PAGE_SIZE || offset % 8 !== 0) return -XEN_EINVAL;
  if (gfn < RAM_BASE_GFN || gfn >= RAM_LIMIT_GFN) return -XEN_EINVAL;
  const e = m.entry(gfn);
  if (e === P2M_NONE || (e & (P2M_NOT_RAM | P2M_READONLY)) !== 0) return -XEN_EINVAL;
  const mfn = e & P2M_MFN_MASK;
  const page = core.pool.writable(mfn);
  m.flushGfn(gfn);
  if (v.vcpuInfoMfn >= 0) {
    // Carry the current contents over, as Xen does.
    const old = core.pool.readable(v.vcpuInfoMfn);
    page.set(old.subarray(v.vcpuInfoOffset, v.vcpuInfoOffset + VCPU_INFO_SIZE), offset);
  } else {
    page.fill(0, offset, offset + VCPU_INFO_SIZE);
    writeVcpuTimeInfo(page, offset);
  }
  v.vcpuInfoMfn = mfn;
  v.vcpuInfoOffset = offset;
  v.vcpuInfoRegistered = true;
  sampleSeip(core, v);
  return 0;
}
