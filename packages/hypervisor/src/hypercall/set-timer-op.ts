/**
 * set_timer_op(timeout): arms the vCPU's singleshot timer at an absolute guest system time (ns;
 * a0 = low word, a1 = high word, as a 32-bit Arm guest passes a uint64_t); 0 cancels it.
 * When it fires, VIRQ_TIMER is sent to the vCPU. A time already past fires at once.
 */
import type { Core } from '../core';
import type { Vcpu } from '../domain/vcpu';
import { armSingleshot } from '../domain/vcpu-timers';

const TWO_32 = 0x1_0000_0000;

export function setTimerOp(core: Core, v: Vcpu, lo: number, hi: number): number {
  const timeout = hi * TWO_32 + lo;
  armSingleshot(core, v, timeout);
  return 0;
}
