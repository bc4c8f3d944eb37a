/** An errno name xenstored may put in an XS_ERROR reply (an errstring of @hvsim/abi's xsd_errors). */
export type XsErrno =
  | 'EINVAL' | 'EACCES' | 'EEXIST' | 'EISDIR' | 'ENOENT' | 'ENOMEM' | 'ENOSPC' | 'EIO'
  | 'ENOTEMPTY' | 'ENOSYS' | 'EROFS' | 'EBUSY' | 'EAGAIN' | 'EISCONN' | 'E2BIG' | 'EPERM';

/**
 * A request failed: the daemon answers XS_ERROR with `errno` ("ENOENT\0"). It is an answer, not
 * a bug, so it carries no stack trace: capturing one would cost more than most requests.
 */
export class XsError extends Error {
  readonly errno: XsErrno;

  constructor(errno: XsErrno, detail?: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail ? `${errno}: ${detail}` : errno);
    Error.stackTraceLimit = limit;
    this.errno = errno;
    this.name = 'XsError';
  }
}

/** A frame that breaks the wire protocol: the connection carrying it is dropped. */
export class XsProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XsProtocolError';
  }
}
