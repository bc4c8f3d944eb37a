/** Call outcomes: the `Status` message, its codes, and the error clients see. */
import { pb } from './frame-schema';

export import StatusCode = pb.StatusCode;

/** "ESRCH", "OK", "ENOSYS"...: the code's name without the STATUS_CODE_ prefix. */
export function statusCodeName(code: number): string {
  const name: string | undefined = StatusCode[code];
  return name === undefined ? `code ${code}` : name.replace(/^STATUS_CODE_/, '');
}

/** The code of Xen errno `errno` (a core result of -errno), or EINVAL when Xen has no such errno. */
export function statusCodeFromXenErrno(errno: number): StatusCode {
  const code = Math.abs(errno);
  return code < StatusCode.STATUS_CODE_OK && StatusCode[code] !== undefined ? code : StatusCode.STATUS_CODE_EINVAL;
}

/** A call that ended with a status other than OK. Handlers throw it to choose the status. */
export class RpcError extends Error {
  constructor(readonly code: StatusCode, message: string) {
    super(message);
    this.name = 'RpcError';
  }

  /** The code's short name, e.g. "ESRCH". */
  get codeName(): string {
    return statusCodeName(this.code);
  }

  static fromStatus(status: pb.Status.$Properties | null | undefined): RpcError {
    const code = status?.code ?? StatusCode.STATUS_CODE_UNSPECIFIED;
    const message = status?.message || statusCodeName(code);
    return new RpcError(code, message);
  }

  toStatus(): pb.Status.$Properties {
    return { code: this.code, message: this.message };
  }
}

export function okStatus(): pb.Status.$Properties {
  return { code: StatusCode.STATUS_CODE_OK, message: '' };
}
