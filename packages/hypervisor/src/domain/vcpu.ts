/**
 * A virtual CPU: a hart running guest code (or, for a host-kernel domain such as dom0, a
 * budget of host work), its runstate with accumulated times as in Xen's vcpu_runstate_info,
 * its timers, and the slot of the scheduler's record of it.
 */
import type { Hart } from '@hvsim/riscv';
import { RUNSTATE_blocked, RUNSTATE_offline, RUNSTATE_runnable, RUNSTATE_running } from '@hvsim/abi';
import type { Timer } from '../machine/event-queue';
import { timeFields } from '../machine/time-fields';
import type { Domain } from './domain';

/** Why a vCPU is blocked (it wakes differently). */
export const BlockKind = {
  None: 0,
  /** SCHEDOP_block: any event upcall wakes it. */
  Events: 1,
  /** wfi / SBI HSM retentive suspend: an interrupt the hart sees as pending wakes it. */
  Wfi: 2,
  /** SCHEDOP_poll: an event on one of the polled ports, or the poll timeout. */
  Poll: 3,
  /** A host-kernel vCPU with no work. */
  NoWork: 4,
} as const;

export class Vcpu {
  private guestHart: Hart | null = null;
  /** Host-kernel vCPUs: ns of work still to run. */
  hostWork = 0;

  /** VCPUOP_up/down, SBI HSM: an offline vCPU never runs. */
  online = false;
  /** It has a context to start from (ELF entry, setVcpuContext, HSM hart_start). */
  initialised = false;
  block: number = BlockKind.None;
  /** Cached "may run": online, not blocked, domain neither paused nor shut down. */
  runnable = false;

  /** pCPU it runs on or is queued for. */
  processor = 0;
  /** Hard affinity: bit i = may run on pCPU i. */
  affinity = 0xffffffff;
  /** Which pCPUs it has ever run on (bit mask; for tests and vcpu-list). */
  ranOn = 0;

  runstate: number = RUNSTATE_offline;
  runstateEntry = 0;
  readonly runstateTime = [0, 0, 0, 0];
  /** Guest-physical address of its registered vcpu_runstate_info copy, 0 when none. */
  runstateArea = 0;

  /** The scheduler's: where it keeps its record of this vCPU (-1: none), so that finding
   *  the record costs an array index, not a lookup. Its data itself is the scheduler's. */
  schedSlot = -1;

  // event delivery
  /** vcpu_info location: machine frame and byte offset, or -1 when it has none. */
  vcpuInfoMfn = -1;
  /** Where the guest registered it (its save/restore name), -1 while in shared_info. */
  vcpuInfoGfn = -1;
  vcpuInfoOffset = 0;
  vcpuInfoRegistered = false;
  seipRaised = false;
  /** An HVM vCPU's external interrupt line from its domain's PLIC (dom0's device model);
   *  SEIP is this or a pending event upcall. */
  externalIrq = false;
  /** SCHEDOP_poll: ports being polled (empty when not polling). */
  pollPorts: number[] = [];

  // trap-storm detection
  lastTrapPc = -1;
  lastTrapCause = -1;
  trapRepeats = 0;
  lastTrapInstret = 0;

  constructor(
    readonly domain: Domain,
    readonly id: number,
    /** Makes the hart of a guest vCPU; null for a host-kernel vCPU, which has none. */
    private makeHart: ((v: Vcpu) => Hart) | null,
    /** Xen's singleshot timer (set_timer_op / VCPUOP_set_singleshot_timer) → VIRQ_TIMER. */
    readonly singleshot: Timer,
    /** SBI TIME set_timer → supervisor timer interrupt (STIP). */
    readonly sbiTimer: Timer,
    readonly pollTimer: Timer,
  ) {
    timeFields(this, 'runstateEntry');
    timeFields(this.runstateTime, 0, 1, 2, 3);
  }

  /** The hart running this vCPU's guest code, null for a host-kernel vCPU. Made on first use:
   *  a hart and the domain's TLBs cost more than the rest of a domain, and a domain a
   *  toolstack creates and destroys without starting it needs neither. */
  get hart(): Hart | null {
    if (this.makeHart !== null) {
      const make = this.makeHart;
      this.makeHart = null;
      this.guestHart = make(this);
    }
    return this.guestHart;
  }

  /** Moves to a new runstate at virtual time `now`, accumulating the time spent in the old one. */
  setRunstate(state: number, now: number): void {
    if (state === this.runstate) return;
    const t = Math.max(now, this.runstateEntry);
    this.runstateTime[this.runstate] += t - this.runstateEntry;
    this.runstate = state;
    this.runstateEntry = t;
  }

  /** Runstate times including the current state up to `now`. */
  runstateTimes(now: number): [number, number, number, number] {
    return [0, 1, 2, 3].map((i) => this.runstateTimeOf(i, now)) as [number, number, number, number];
  }

  /** Time spent in runstate `i`, the current state counted up to `now` (allocates nothing:
   *  the switch path's runstate area uses it). */
  runstateTimeOf(i: number, now: number): number {
    return this.runstateTime[i] + (i === this.runstate ? Math.max(0, now - this.runstateEntry) : 0);
  }

  cpuTime(now: number): number {
    return this.runstateTimeOf(RUNSTATE_running, now);
  }
}

export { RUNSTATE_blocked, RUNSTATE_offline, RUNSTATE_runnable, RUNSTATE_running };
