import { ErrnoError } from '../errno-error';

/**
 * What the toolstack refuses or fails at, named by the Xen errno xl would report (ESRCH for
 * an unknown domain, EEXIST for a name in use, EPERM for an act on Domain-0, ...), or by the
 * protocol's own status where no errno fits: UNAVAILABLE/ETIMEDOUT kept from a migration link
 * that failed, INTERNAL for a migration stream that broke the receiver unexpectedly. Like every
 * ErrnoError, the management service gives a client (or a migration source, whose MigrateChunk
 * it also serves) the status of that name (management/rpc-errors.ts).
 */
export class ToolstackError extends ErrnoError {
  constructor(errno: string, message: string) {
    super(errno, message);
    this.name = 'ToolstackError';
  }
}
