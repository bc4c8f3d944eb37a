/**
 * The scheduler interface the machine drives. A scheduler decides which runnable vCPU each
 * pCPU runs and for how long; the machine tells it when vCPUs wake, sleep, yield and run.
 */
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import type { PCpu } from '../machine/pcpu';

export interface SchedParams {
  /** Relative share, 1–65535 (default 256). */
  weight: number;
  /** Upper bound in percent of one pCPU; 0 = none. */
  cap: number;
}

export interface Scheduler {
  readonly name: string;
  /** Period of `tick` (ns). */
  readonly tickNs: number;
  addVcpu(v: Vcpu, now: number): void;
  removeVcpu(v: Vcpu): void;
  /** v became runnable. */
  wake(v: Vcpu, now: number): void;
  /** v stopped being runnable (blocked, paused, offline, shut down). */
  sleep(v: Vcpu, now: number): void;
  /** v gives up the rest of its slice. */
  yield(v: Vcpu): void;
  /** Chooses what `p` runs from `now` (sets p.current and p.sliceEnd); null = idle. */
  schedule(p: PCpu, now: number): Vcpu | null;
  /** v ran `ns` of pCPU time. */
  charge(v: Vcpu, ns: number): void;
  tick(now: number): void;
  /** Whether any vCPU is runnable or running (false → the machine may jump time). */
  hasWork(): boolean;
  /** Whether the periodic tick is still needed (work, or vCPUs waiting on accounting). */
  needsTick(): boolean;
  setAffinity(v: Vcpu, mask: number, now: number): void;
  getParams(d: Domain): SchedParams;
  setParams(d: Domain, params: Partial<SchedParams>, now: number): void;
}
