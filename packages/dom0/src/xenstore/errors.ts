/** An errno name xenstored may put in an XS_ERROR reply (an errstring of @hvsim/abi's xsd_errors). */
export type XsErrno =
  | 'EINVAL' | 'EACCES' | 'EEXIST' | 'EISDIR' | 'ENOENT' | 'ENOMEM' | 'ENOSPC' | 'EIO'
  | 'ENOTEMPTY' | 'ENOSYS' | 'EROFS' | 'EBUSY' | 'EAGAIN' | 'EISCONN' | 'E2BIG' | 'EPERM';

/** A request failed: the daemon answers XS_ERROR with `errno` ("ENOENT\0"). */
export class XsError extends Error {
  constructor(readonly errno: XsErrno, detail?: string) {
    super(detail ? `${errno}: ${detail}` : errno);
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
