/**
 * What an event-channel ABI does with a port's event state — Xen's evtchn_port_ops. The
 * bindings (event-channels.ts) and the mechanisms (bind.ts, delivery.ts) are the same for
 * every ABI; where the pending/mask state lives and how the guest learns of it differ:
 *   two-level.ts — bitmaps in shared_info, a selector word per vCPU (4,096 ports);
 *   fifo.ts      — an event word per port in guest pages, per-vCPU queues by priority (2^17).
 */
import type { Core } from '../core';
import type { Domain } from '../domain/domain';

/** What setPending/unmask changed, as bit flags. */
export const RAISED_NEW = 1; // the port was not pending before (SCHEDOP_poll waiters wake)
export const RAISED_UPCALL = 2; // the notify vCPU must get an upcall (evtchn_upcall_pending)

export interface EvtchnPortOps {
  readonly name: '2-level' | 'fifo';
  /** Ports the ABI can name (ports 1 .. maxPorts-1). */
  readonly maxPorts: number;
  /** A port was just bound (evtchn_port_init). */
  init(core: Core, d: Domain, port: number): void;
  /** Marks port pending and links/selects it for its notify vCPU; RAISED_* flags. */
  setPending(core: Core, d: Domain, port: number): number;
  clearPending(core: Core, d: Domain, port: number): void;
  /** Clears the mask; an event held back by it is raised (RAISED_UPCALL when it must be). */
  unmask(core: Core, d: Domain, port: number): number;
  isPending(core: Core, d: Domain, port: number): boolean;
  isMasked(core: Core, d: Domain, port: number): boolean;
  /** The port is still on a queue the guest has not consumed: a closed one is not reused yet. */
  isBusy(core: Core, d: Domain, port: number): boolean;
  /** 0, or -errno (-ENOSYS where the ABI has no priorities). */
  setPriority(d: Domain, port: number, priority: number): number;
  /**
   * The consumer side, for a host-kernel domain (dom0) whose kernel is host code: takes the
   * pending, unmasked ports in the order the ABI delivers them, as a guest's upcall would.
   */
  consume(core: Core, d: Domain): number[];
}
