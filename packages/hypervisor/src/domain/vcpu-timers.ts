/**
 * A vCPU's two guest timers, armed at guest-time deadlines (ns): Xen's singleshot timer
 * (set_timer_op, VCPUOP_set_singleshot_timer → VIRQ_TIMER) and the SBI TIME timer (→ STIP).
 * The hypercalls that arm them and a restored vCPU context both come here.
 */
import { MIP_STIP } from '@hvsim/riscv';
import type { Core } from '../core';
import type { Vcpu } from './vcpu';

const TWO_32 = 0x1_0000_0000;
/** SBI set_timer's "no timer": the largest deadline (all ones) — Linux's way to stop it. */
const SBI_TIMER_NEVER = 0xffff_ffff * TWO_32;

/** Arms the singleshot timer at guest time `timeout`; 0 cancels it. A time already past
 *  fires at the next quantum boundary, the earliest an event fires. */
export function armSingleshot(core: Core, v: Vcpu, timeout: number): void {
  if (timeout === 0) {
    v.singleshot.cancel();
    return;
  }
  v.singleshot.arm(Math.max(v.domain.machineTime(timeout), core.now));
}

/** SBI set_timer: clears a pending STIP and arms the timer at guest time `deadline`. */
export function setSbiTimer(core: Core, v: Vcpu, deadline: number): void {
  v.hart?.setPending(MIP_STIP, false);
  if (deadline >= SBI_TIMER_NEVER) {
    v.sbiTimer.cancel();
    return;
  }
  v.sbiTimer.arm(Math.max(v.domain.machineTime(deadline), core.now));
}
