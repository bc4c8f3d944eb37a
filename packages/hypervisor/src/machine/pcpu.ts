/** A physical CPU of the simulated machine: its own clock within a quantum and what it runs. */
import type { Vcpu } from '../domain/vcpu';
import { timeFields } from './time-fields';

export class PCpu {
  /** This pCPU's virtual time; within a quantum it runs ahead of the machine clock. */
  time = 0;
  current: Vcpu | null = null;
  /** When the current vCPU's timeslice (or ratelimit window) ends. */
  sliceEnd = 0;
  /** Set when the scheduler must decide again at the next opportunity (a wake, a tickle). */
  resched = true;
  idleNs = 0;
  busyNs = 0;

  constructor(readonly id: number) {
    timeFields(this, 'time', 'sliceEnd', 'idleNs', 'busyNs');
  }
}
