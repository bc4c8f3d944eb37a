/** dom0's domain services: xenstored with the toolstack's entries and the guests' rings, and
 *  the PV console ring backend (Dom0Options.services). */
export { XenstoreService, XENSTORE_DELIVERY_TURN_NS } from './xenstore-service';
export type { XenstoreServiceOptions } from './xenstore-service';
export { ConsoleRingService } from './console-ring';
export { consoleBackendPath, libxlPath, vmPath } from './domain-entries';
