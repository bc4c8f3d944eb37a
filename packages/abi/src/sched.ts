/** sched_op sub-operations, shutdown reasons and argument layouts (public/sched.h). */
import { defineStruct, handle, T } from './layout';

export const SCHEDOP_yield = 0;
export const SCHEDOP_block = 1;
export const SCHEDOP_shutdown = 2;
export const SCHEDOP_poll = 3;
export const SCHEDOP_remote_shutdown = 4;
export const SCHEDOP_shutdown_code = 5;
export const SCHEDOP_watchdog = 6;
export const SCHEDOP_pin_override = 7;

export const SHUTDOWN_poweroff = 0;
export const SHUTDOWN_reboot = 1;
export const SHUTDOWN_suspend = 2;
export const SHUTDOWN_crash = 3;
export const SHUTDOWN_watchdog = 4;
export const SHUTDOWN_soft_reset = 5;
/** Largest valid shutdown reason. */
export const SHUTDOWN_MAX = 5;

/** Shutdown reason → Xen's name ("poweroff", "reboot", ...), as xl prints it. */
export const SHUTDOWN_REASON_NAMES: Readonly<Record<number, string>> = {
  0: 'poweroff', 1: 'reboot', 2: 'suspend', 3: 'crash', 4: 'watchdog', 5: 'soft_reset',
};

export const SCHED_SHUTDOWN = defineStruct('sched_shutdown', 'SCHEDOP_shutdown / SCHEDOP_shutdown_code argument.', {
  reason: T.unsigned_int,
});

export const SCHED_POLL = defineStruct('sched_poll', 'SCHEDOP_poll argument: block until one of the ports is pending or the timeout.', {
  ports: handle('evtchn_port_t'),
  nr_ports: T.unsigned_int,
  timeout: T.uint64_t,
});

export const SCHED_REMOTE_SHUTDOWN = defineStruct('sched_remote_shutdown', 'SCHEDOP_remote_shutdown argument (privileged).', {
  domain_id: T.domid_t,
  reason: T.unsigned_int,
});

export const SCHED_WATCHDOG = defineStruct('sched_watchdog', 'SCHEDOP_watchdog argument: id 0 creates a watchdog; timeout 0 destroys one.', {
  id: T.uint32_t,
  timeout: T.uint32_t,
});
