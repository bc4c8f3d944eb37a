/**
 * What the toolstack refuses or fails at, named by the Xen errno xl would report (ESRCH for
 * an unknown domain, EEXIST for a name in use, EPERM for an act on Domain-0, ...). The
 * toolstack knows no RPC: the management service gives a client the status of that name
 * (management/rpc-errors.ts).
 */
export class ToolstackError extends Error {
  constructor(readonly errno: string, message: string) {
    super(message);
    this.name = 'ToolstackError';
  }
}
