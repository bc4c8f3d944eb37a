/** A refused control operation: the Xen errno it maps to and a one-line reason. */
import { xenErrnoName } from '@hvsim/abi';

export class HypervisorError extends Error {
  constructor(readonly errno: number, message: string) {
    super(message);
    this.name = 'HypervisorError';
  }

  /** "ENOMEM" etc. */
  get code(): string {
    return xenErrnoName(this.errno) ?? `E${this.errno}`;
  }
}
