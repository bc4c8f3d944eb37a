/**
 * Xen's guest-visible errno values (public/errno.h). A failed hypercall returns the negated
 * value in a0. Xen-internal codes (EINTR, ERESTART) are deliberately absent: guests never see them.
 */

export const XEN_EPERM = 1;
export const XEN_ENOENT = 2;
export const XEN_ESRCH = 3;
export const XEN_EIO = 5;
export const XEN_ENXIO = 6;
export const XEN_E2BIG = 7;
export const XEN_ENOEXEC = 8;
export const XEN_EBADF = 9;
export const XEN_ECHILD = 10;
export const XEN_EAGAIN = 11;
export const XEN_EWOULDBLOCK = 11;
export const XEN_ENOMEM = 12;
export const XEN_EACCES = 13;
export const XEN_EFAULT = 14;
export const XEN_EBUSY = 16;
export const XEN_EEXIST = 17;
export const XEN_EXDEV = 18;
export const XEN_ENODEV = 19;
export const XEN_ENOTDIR = 20;
export const XEN_EISDIR = 21;
export const XEN_EINVAL = 22;
export const XEN_ENFILE = 23;
export const XEN_EMFILE = 24;
export const XEN_ENOSPC = 28;
export const XEN_EROFS = 30;
export const XEN_EMLINK = 31;
export const XEN_EDOM = 33;
export const XEN_ERANGE = 34;
export const XEN_EDEADLK = 35;
export const XEN_EDEADLOCK = 35;
export const XEN_ENAMETOOLONG = 36;
export const XEN_ENOLCK = 37;
export const XEN_ENOSYS = 38;
export const XEN_ENOTEMPTY = 39;
export const XEN_ENODATA = 61;
export const XEN_ETIME = 62;
export const XEN_EBADMSG = 74;
export const XEN_EOVERFLOW = 75;
export const XEN_EILSEQ = 84;
export const XEN_ENOTSOCK = 88;
export const XEN_EMSGSIZE = 90;
export const XEN_EOPNOTSUPP = 95;
export const XEN_EADDRINUSE = 98;
export const XEN_EADDRNOTAVAIL = 99;
export const XEN_ENOBUFS = 105;
export const XEN_EISCONN = 106;
export const XEN_ENOTCONN = 107;
export const XEN_ETIMEDOUT = 110;
export const XEN_ECONNREFUSED = 111;

/** errno value → its name ("EINVAL"); aliases (EWOULDBLOCK, EDEADLOCK) give the primary name. */
export const XEN_ERRNO_NAMES: Readonly<Record<number, string>> = {
  1: 'EPERM', 2: 'ENOENT', 3: 'ESRCH', 5: 'EIO', 6: 'ENXIO', 7: 'E2BIG', 8: 'ENOEXEC',
  9: 'EBADF', 10: 'ECHILD', 11: 'EAGAIN', 12: 'ENOMEM', 13: 'EACCES', 14: 'EFAULT',
  16: 'EBUSY', 17: 'EEXIST', 18: 'EXDEV', 19: 'ENODEV', 20: 'ENOTDIR', 21: 'EISDIR',
  22: 'EINVAL', 23: 'ENFILE', 24: 'EMFILE', 28: 'ENOSPC', 30: 'EROFS', 31: 'EMLINK',
  33: 'EDOM', 34: 'ERANGE', 35: 'EDEADLK', 36: 'ENAMETOOLONG', 37: 'ENOLCK', 38: 'ENOSYS',
  39: 'ENOTEMPTY', 61: 'ENODATA', 62: 'ETIME', 74: 'EBADMSG', 75: 'EOVERFLOW', 84: 'EILSEQ',
  88: 'ENOTSOCK', 90: 'EMSGSIZE', 95: 'EOPNOTSUPP', 98: 'EADDRINUSE', 99: 'EADDRNOTAVAIL',
  105: 'ENOBUFS', 106: 'EISCONN', 107: 'ENOTCONN', 110: 'ETIMEDOUT', 111: 'ECONNREFUSED',
};

/** The name of an errno value, or of a negative hypercall result ("-EINVAL" → "EINVAL"). */
export function xenErrnoName(value: number): string | undefined {
  return XEN_ERRNO_NAMES[value < 0 ? -value : value];
}
