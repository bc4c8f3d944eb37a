/**
 * SCHEDOP_watchdog (Xen's domain_watchdog): a domain has NR_DOMAIN_WATCHDOG_TIMERS timers.
 * id 0 takes the first free one, armed `timeout` seconds ahead, and returns its id (1-based);
 * with an id, a timeout re-arms it and 0 frees it. One that expires shuts the domain down
 * with SHUTDOWN_watchdog, unless it is shutting down or dying already. Virtual time, as
 * every timer of the core.
 */
import { SHUTDOWN_watchdog, XEN_EINVAL, XEN_ENOSPC } from '@hvsim/abi';
import type { Core } from '../core';
import { Timer } from '../machine/event-queue';
import type { Domain } from './domain';

/** Xen's NR_DOMAIN_WATCHDOG_TIMERS. */
export const NR_DOMAIN_WATCHDOG_TIMERS = 2;
const NS_PER_SECOND = 1_000_000_000;

export function domainWatchdog(core: Core, d: Domain, id: number, timeout: number): number {
  if (id > NR_DOMAIN_WATCHDOG_TIMERS) return -XEN_EINVAL;
  const timers = (d.watchdogs ??= makeTimers(core, d));
  const deadline = core.vcpuNow() + timeout * NS_PER_SECOND;
  if (id === 0) {
    const free = timers.findIndex((t) => !t.armed);
    if (free < 0) return -XEN_ENOSPC;
    timers[free].arm(deadline);
    return free + 1;
  }
  const t = timers[id - 1];
  if (!t.armed) return -XEN_EINVAL;
  if (timeout === 0) t.cancel();
  else t.arm(deadline);
  return 0;
}

/** Stops every watchdog of d (destruction). */
export function stopWatchdogs(d: Domain): void {
  for (const t of d.watchdogs ?? []) t.cancel();
}

function makeTimers(core: Core, d: Domain): Timer[] {
  // core.shutdown ignores a domain that is shutting down or dying, as Xen's timeout does.
  return Array.from({ length: NR_DOMAIN_WATCHDOG_TIMERS }, () => new Timer(core.events, () => core.shutdown(d, SHUTDOWN_watchdog)));
}
