/**
 * What any part of dom0 refuses or fails at, named by the Xen errno xl would report (ENOENT,
 * EINVAL, EBUSY, ...) or, where no errno fits, by a status of the control protocol (UNAVAILABLE,
 * INTERNAL). dom0's parts throw a subclass (ToolstackError, DiskError, VifError, DatastoreError,
 * ConfigError) and build no RPC status: the management service turns the name into the status
 * (management/rpc-errors.ts), so a client gets the same status for the same errno whichever
 * part refused.
 */
export class ErrnoError extends Error {
  constructor(readonly errno: string, message: string) {
    super(message);
    this.name = 'ErrnoError';
  }
}
