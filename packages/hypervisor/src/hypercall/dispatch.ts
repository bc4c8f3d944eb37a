/**
 * S-mode ecall dispatch: a7 = the hvsim hypercall extension → a Xen hypercall (a6 = number,
 * a0–a4 = arguments, a0 = result); any other a7 → the SBI. Unknown hypercalls → -ENOSYS.
 */
import {
  SBI_EXT_HVSIM_HYPERCALL, XEN_ENOSYS,
  __HYPERVISOR_console_io, __HYPERVISOR_domctl, __HYPERVISOR_event_channel_op, __HYPERVISOR_grant_table_op,
  __HYPERVISOR_memory_op, __HYPERVISOR_multicall, __HYPERVISOR_sched_op, __HYPERVISOR_set_timer_op,
  __HYPERVISOR_sysctl, __HYPERVISOR_vcpu_op, __HYPERVISOR_xen_version, __HYPERVISOR_hvm_op, __HYPERVISOR_vm_assist,
} from '@hvsim/abi';
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

// Module-local copies of the ABI numbers: the hot path reads plain constants, not the
// re-export getters of the package index.
const HYPERCALL_EID = SBI_EXT_HVSIM_HYPERCALL;
const XEN_VERSION = __HYPERVISOR_xen_version;
const SCHED_OP = __HYPERVISOR_sched_op;
const EVENT_CHANNEL_OP = __HYPERVISOR_event_channel_op;
const SET_TIMER_OP = __HYPERVISOR_set_timer_op;
const VCPU_OP = __HYPERVISOR_vcpu_op;
const CONSOLE_IO = __HYPERVISOR_console_io;
const MEMORY_OP = __HYPERVISOR_memory_op;
const GRANT_TABLE_OP = __HYPERVISOR_grant_table_op;
const MULTICALL = __HYPERVISOR_multicall;
const HVM_OP = __HYPERVISOR_hvm_op;
const VM_ASSIST = __HYPERVISOR_vm_assist;
const DOMCTL = __HYPERVISOR_domctl;
const SYSCTL = __HYPERVISOR_sysctl;
const ENOSYS = XEN_ENOSYS;
const HYPERCALL_KIND = TraceKind.Hypercall;

export function dispatchEcall(core: Core, v: Vcpu, hart: Hart): void {
  const x = hart.x;
  if (x[17] >>> 0 !== HYPERCALL_EID) {
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
    case XEN_VERSION: return xenVersion(core, v, a0, a1);
    case SCHED_OP: return schedOp(core, v, a0, a1);
    case EVENT_CHANNEL_OP: return eventChannelOp(core, v, a0, a1);
    case SET_TIMER_OP: return setTimerOp(core, v, a0, a1);
    case VCPU_OP: return vcpuOp(core, v, a0, a1, a2);
    case CONSOLE_IO: return consoleIo(core, v, a0, a1, a2);
    case MEMORY_OP: return memoryOp(core, v, a0, a1);
    case GRANT_TABLE_OP: return grantTableOp(core, v, a0, a1, a2);
    case MULTICALL: return multicall(core, v, a0, a1);
    case HVM_OP: return hvmOp(core, v, a0, a1);
    case VM_ASSIST: return vmAssist(core, v, a0, a1);
    case DOMCTL:
    case SYSCTL:
      return domctlOrSysctl(v, nr, a0);
    default:
      void a3;
      void a4;
      return -ENOSYS;
  }
}
