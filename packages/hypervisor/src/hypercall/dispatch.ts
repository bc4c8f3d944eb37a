/**
 * S-mode ecall dispatch: a7 = the hvsim hypercall extension → a Xen hypercall (a6 = number,
 * a0–a4 = arguments, a0 = result); any other a7 → the SBI. Unknown hypercalls → -ENOSYS.
 */
// By module: the package index re-exports through getters too slow for the hot path.
import { XEN_ENOSYS } from '@hvsim/abi/errno';
import { SBI_EXT_HVSIM_HYPERCALL } from '@hvsim/abi/sbi';
import {
  __HYPERVISOR_console_io, __HYPERVISOR_domctl, __HYPERVISOR_event_channel_op, __HYPERVISOR_grant_table_op,
  __HYPERVISOR_memory_op, __HYPERVISOR_multicall, __HYPERVISOR_sched_op, __HYPERVISOR_set_timer_op,
  __HYPERVISOR_sysctl, __HYPERVISOR_vcpu_op, __HYPERVISOR_xen_version, __HYPERVISOR_hvm_op, __HYPERVISOR_vm_assist,
} from '@hvsim/abi/xen';
import type { Hart } from '@hvsim/riscv';
import type { Core } from '../core';
import type { Vcpu } from '../domain/vcpu';
import { TraceKind } from '../trace';
import { consoleIo } from './console-io';
import { domctlOrSysctl } from './domctl';
import { eventChannelOp } from './event-channel-op';
import { grantTableOp } from './grant-table-op';
import { hvmOp } from './hvm-op';
import { memoryOp } from './memory-op';
import { multicall } from './multicall';
import { sbiCall } from './sbi';
import { schedOp } from './sched-op';
import { setTimerOp } from './set-timer-op';
import { vcpuOp } from './vcpu-op';
import { vmAssist } from './vm-assist';
import { xenVersion } from './xen-version';

const HYPERCALL_KIND = TraceKind.Hypercall;

export function dispatchEcall(core: Core, v: Vcpu, hart: Hart): void {
  const x = hart.x;
  if (x[17] >>> 0 !== SBI_EXT_HVSIM_HYPERCALL) {
    sbiCall(core, v, hart);
    return;
  }
  const nr = x[16] >>> 0;
  const r = hypercall(core, v, nr, x[10] >>> 0, x[11] >>> 0, x[12] >>> 0, x[13] >>> 0, x[14] >>> 0);
  x[10] = r;
  v.domain.counters.countHypercall(nr);
  core.trace.exit(HYPERCALL_KIND, v.domain.domid, v.id, hart.instret | 0, nr, r);
}

/** One hypercall; arguments are the unsigned 32-bit register values. Returns ≥ 0 or -errno. */
export function hypercall(core: Core, v: Vcpu, nr: number, a0: number, a1: number, a2: number, a3: number, a4: number): number {
  switch (nr) {
    case __HYPERVISOR_xen_version: return xenVersion(core, v, a0, a1);
    case __HYPERVISOR_sched_op: return schedOp(core, v, a0, a1);
    case __HYPERVISOR_event_channel_op: return eventChannelOp(core, v, a0, a1);
    case __HYPERVISOR_set_timer_op: return setTimerOp(core, v, a0, a1);
    case __HYPERVISOR_vcpu_op: return vcpuOp(core, v, a0, a1, a2);
    case __HYPERVISOR_console_io: return consoleIo(core, v, a0, a1, a2);
    case __HYPERVISOR_memory_op: return memoryOp(core, v, a0, a1);
    case __HYPERVISOR_grant_table_op: return grantTableOp(core, v, a0, a1, a2);
    case __HYPERVISOR_multicall: return multicall(core, v, a0, a1);
    case __HYPERVISOR_hvm_op: return hvmOp(core, v, a0, a1);
    case __HYPERVISOR_vm_assist: return vmAssist(core, v, a0, a1);
    case __HYPERVISOR_domctl:
    case __HYPERVISOR_sysctl:
      return domctlOrSysctl(v, nr, a0);
    default:
      void a3;
      void a4;
      return -XEN_ENOSYS;
  }
}
