/** The boot loader: joins the core and dom0, and runs them as a daemon. */
export { bootHost, type BootOptions, type BootedHost, type HostOptions } from './host';
export { startDaemon, type DaemonOptions, type RunningDaemon } from './daemon';
export { readHostConfig, parseHostConfig, parseBridgeFlags, parseUplinkFlags, type HostConfig } from './host-config';
export { TimeDriver, type Pace } from './time-driver';
/** What dom0 reports of each autostart entry, as `boot --detach` passes it on. */
export type { AutostartResult } from '@hvsim/dom0';
/** The ISA strings `boot --isa` takes. */
export { canonicalIsa } from '@hvsim/dom0';
