/**
 * EVTCHNOP_reset (Xen's evtchn_reset): closes every port of a domain and, if it was on the
 * FIFO ABI, forgets its control blocks and event array and puts it back on the two-level ABI.
 * hvsim has no ports whose consumer is the hypervisor itself, so every port closes (Xen keeps
 * those and answers -EAGAIN while any remain).
 */
import { XEN_EINVAL } from '@hvsim/abi';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import { targetDomain } from '../hypercall/guest';
import { closePort } from './bind';
import { releaseFifo } from './fifo-setup';

/**
 * The hypercall: DOMID_SELF, or any domain for a privileged caller (else -EPERM; -ESRCH when
 * there is none). Another domain must be paused by its controller first (-EINVAL), as Xen
 * requires, so that its vCPUs do not bind ports while they are being closed.
 */
export function resetOp(core: Core, caller: Domain, domid: number): number {
  const d = targetDomain(core, caller, domid);
  if (typeof d === 'number') return d;
  if (d !== caller && d.pauseCount === 0) return -XEN_EINVAL;
  resetEventChannels(core, d);
  return 0;
}

/** Closes all of d's ports (interdomain peers' ends go back to unbound) and returns d to two-level. */
export function resetEventChannels(core: Core, d: Domain): void {
  for (const port of d.evtchn.openPorts()) closePort(core, d, port);
  if (d.evtchn.fifo === null) return;
  releaseFifo(core, d);
  d.evtchn.useTwoLevel();
}
