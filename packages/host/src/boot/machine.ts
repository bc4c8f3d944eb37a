/**
 * The machine as the boot loader drives it: the hypervisor plus dom0's virtual-time timers.
 * runUntil stops at the earliest dom0 timer so dom0 reacts at exactly that time, and tells
 * the domctl adapter after every run (new console output, host events).
 */
import type { Hypervisor } from '@hvsim/hypervisor';
import { HostTimers } from './host-timers';
import type { DrivenMachine } from './time-driver';

export class Machine implements DrivenMachine {
  readonly timers = new HostTimers();
  /** Called after every run (the adapter collects console output there). */
  afterRun: () => void = () => undefined;

  constructor(readonly hv: Hypervisor) {}

  now(): number {
    return this.hv.now();
  }

  hasWork(): boolean {
    return this.hv.hasWork();
  }

  nextEventTime(): number {
    return Math.min(this.hv.nextEventTime(), this.timers.nextTime());
  }

  runUntil(t: number, stopEarly?: () => boolean): void {
    const stop = Math.min(t, this.timers.nextTime());
    if (stop > this.hv.now()) this.hv.runUntil(stop, stopEarly);
    this.timers.fireDue(this.hv.now());
    this.afterRun();
  }

  /** dom0's VirtualClock. */
  setTimer(delayNs: number, fn: () => void): () => void {
    return this.timers.add(this.hv.now() + Math.max(0, Math.round(delayNs)), fn);
  }
}
