/**
 * A domain: its memory, vCPUs, event channels, grant table, console buffers, lifecycle
 * state, the toolstack's identity for it (handle, ssidref, balloon target) and counters. Its
 * scheduling parameters are the scheduler's. The lifecycle transitions themselves (pause,
 * shutdown, crash, destroy) are carried out by the core, which also tells the scheduler.
 */
import { HVM_NR_PARAMS, HVSIM_VMASST_TYPE_upcall_mask, VMASST_TYPE_runstate_update_flag } from '@hvsim/abi';
import type { DomainMemory } from '../memory/domain-memory';
import type { GrantTable } from '../memory/grant-table';
import type { Timer } from '../machine/event-queue';
import type { EventChannels } from '../evtchn/event-channels';
import { timeFields } from '../machine/time-fields';
import { DomainCounters } from '../trace';
import { CONSOLE_BUFFER_BYTES } from '../constants';
import { ConsoleBuffer } from './console-buffer';
import { ConsoleJournal } from './console-journal';
import type { Vcpu } from './vcpu';

export type DomainType = 'pv' | 'hvm';

/** An emulated-device access of an HVM domain, answered synchronously by the device model. */
export interface MmioRequest {
  domid: number;
  /** Guest-physical address. */
  addr: number;
  size: 1 | 2 | 4;
  write: boolean;
  /** The value written (write) — ignored for reads. */
  value: number;
}

/** Returns the value read (reads) or anything (writes); null refuses the access (→ access fault). */
export type MmioHandler = (req: MmioRequest) => number | null;

/** vm_assist types a domain may enable, as a bit mask (Xen's arch_vm_assist_valid_mask). */
export const VM_ASSIST_VALID = (1 << VMASST_TYPE_runstate_update_flag) | (1 << HVSIM_VMASST_TYPE_upcall_mask);

export const DomainState = {
  /** Alive: runs when unpaused. */
  Active: 'active',
  /** Shut down by itself or by dom0 (reason in shutdownReason). */
  Shutdown: 'shutdown',
  /** Shut down with reason crash, by a fatal guest fault or a crash request. */
  Crashed: 'crashed',
  /** Being destroyed; only its id remains until the last reference goes. */
  Dying: 'dying',
} as const;
export type DomainStateName = (typeof DomainState)[keyof typeof DomainState];

export class Domain {
  readonly vcpus: Vcpu[] = [];
  pauseCount = 0;
  state: DomainStateName = DomainState.Active;
  shutdownReason = -1;
  /** SCHEDOP_shutdown_code: the reason to report for a later shutdown. */
  shutdownCode = -1;
  crashCause = '';
  /** Machine frame of shared_info (allocated at creation) and where the guest sees it (-1: not mapped). */
  sharedInfoMfn = -1;
  sharedInfoGfn = -1;
  /** console_io / SBI console output, kept by absolute byte index for readers (ConsoleRead). */
  readonly consoleOut = new ConsoleJournal(CONSOLE_BUFFER_BYTES);
  readonly consoleIn = new ConsoleBuffer(4096);
  readonly counters = new DomainCounters();
  mmioHandler: MmioHandler | null = null;
  /** HVM parameters (HVMOP_get_param; the toolstack sets them), made at the first one set. */
  private params: number[] | null = null;
  /** xen_domain_handle_t: the toolstack's UUID for the domain (zeros unless it gave one). */
  readonly handle = new Uint8Array(16);
  /** XSM security reference (kept and reported; hvsim has no XSM policy). */
  ssidref = 0;
  /** Balloon target in pages (XENMEM_set_pod_target's role: the toolstack's wish, the guest's
   *  balloon driver reads it from xenstore); 0 until set. */
  targetPages = 0;
  /** vm_assist bits the domain enabled (VMASST_TYPE_*, HVSIM_VMASST_TYPE_upcall_mask). */
  vmAssist = 0;
  /** SCHEDOP_watchdog's timers (domain/watchdog.ts), made at the first one; armed = in use. */
  watchdogs: Timer[] | null = null;
  /** Host-kernel domains: event ports that fired, for dom0's TypeScript kernel to collect. */
  readonly hostPendingPorts: number[] = [];
  /**
   * The guest's time minus the machine's virtual time (ns). Guest time — the `time` CSR, SBI
   * time, Xen system time, timer deadlines — is machine time plus this. 0 for a domain built
   * here; a restored or migrated domain continues the time it had when it was saved.
   */
  timeOffsetNs = 0;

  constructor(
    readonly domid: number,
    readonly privileged: boolean,
    readonly type: DomainType,
    /** dom0's kernel is TypeScript: its vCPUs consume host work instead of running a hart. */
    readonly hostKernel: boolean,
    readonly mem: DomainMemory,
    readonly evtchn: EventChannels,
    readonly grants: GrantTable,
    readonly createdAt: number,
  ) {
    timeFields(this, 'timeOffsetNs');
  }

  /** Machine time of the guest time `guestNs` (timer deadlines). */
  machineTime(guestNs: number): number {
    return guestNs - this.timeOffsetNs;
  }

  /** HVM parameter `index` (< HVM_NR_PARAMS): 0 until set. */
  hvmParam(index: number): number {
    return this.params === null ? 0 : this.params[index];
  }

  setHvmParam(index: number, value: number): void {
    (this.params ??= new Array<number>(HVM_NR_PARAMS).fill(0))[index] = value;
  }

  get alive(): boolean {
    return this.state === DomainState.Active;
  }
}
