/**
 * The xenstore wire protocol (public/io/xs_wire.h): message types, watch event fields,
 * error strings, ring constants. Shared by guests' ring clients, dom0's xenstored and
 * Xen's own xenstore-* tools over the Unix socket.
 */
import {
  XEN_E2BIG, XEN_EACCES, XEN_EAGAIN, XEN_EBUSY, XEN_EEXIST, XEN_EINVAL, XEN_EIO, XEN_EISCONN,
  XEN_EISDIR, XEN_ENOENT, XEN_ENOMEM, XEN_ENOSPC, XEN_ENOSYS, XEN_ENOTEMPTY, XEN_EPERM, XEN_EROFS,
} from './errno';
import { array, defineStruct, T } from './layout';

// enum xsd_sockmsg_type
export const XS_CONTROL = 0;
export const XS_DEBUG = XS_CONTROL;
export const XS_DIRECTORY = 1;
export const XS_READ = 2;
export const XS_GET_PERMS = 3;
export const XS_WATCH = 4;
export const XS_UNWATCH = 5;
export const XS_TRANSACTION_START = 6;
export const XS_TRANSACTION_END = 7;
export const XS_INTRODUCE = 8;
export const XS_RELEASE = 9;
export const XS_GET_DOMAIN_PATH = 10;
export const XS_WRITE = 11;
export const XS_MKDIR = 12;
export const XS_RM = 13;
export const XS_SET_PERMS = 14;
export const XS_WATCH_EVENT = 15;
export const XS_ERROR = 16;
export const XS_IS_DOMAIN_INTRODUCED = 17;
export const XS_RESUME = 18;
export const XS_SET_TARGET = 19;
// 20 was XS_RESTRICT, removed from Xen; the number stays unused.
export const XS_RESET_WATCHES = 21;
export const XS_DIRECTORY_PART = 22;
/** Number of message types (one past the largest). */
export const XS_TYPE_COUNT = 23;
/** Guaranteed never to be a valid type. */
export const XS_INVALID = 0xffff;

/** Message type → Xen's enumerator name ("XS_READ"); XS_CONTROL stands for its XS_DEBUG alias. */
export const XS_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'XS_CONTROL', 1: 'XS_DIRECTORY', 2: 'XS_READ', 3: 'XS_GET_PERMS', 4: 'XS_WATCH',
  5: 'XS_UNWATCH', 6: 'XS_TRANSACTION_START', 7: 'XS_TRANSACTION_END', 8: 'XS_INTRODUCE',
  9: 'XS_RELEASE', 10: 'XS_GET_DOMAIN_PATH', 11: 'XS_WRITE', 12: 'XS_MKDIR', 13: 'XS_RM',
  14: 'XS_SET_PERMS', 15: 'XS_WATCH_EVENT', 16: 'XS_ERROR', 17: 'XS_IS_DOMAIN_INTRODUCED',
  18: 'XS_RESUME', 19: 'XS_SET_TARGET', 21: 'XS_RESET_WATCHES', 22: 'XS_DIRECTORY_PART',
};

// enum xs_watch_type: the NUL-separated fields of an XS_WATCH_EVENT payload.
export const XS_WATCH_PATH = 0;
export const XS_WATCH_TOKEN = 1;

// Legacy XS_WRITE flag strings.
export const XS_WRITE_NONE = 'NONE';
export const XS_WRITE_CREATE = 'CREATE';
export const XS_WRITE_CREATE_EXCL = 'CREATE|EXCL';

/** struct xsd_errors: errors travel as XS_ERROR payloads naming the errno ("ENOENT\0"). */
export interface XsdError {
  readonly errnum: number;
  readonly errstring: string;
}

/** Xen's xsd_errors[] in Xen's order (new errors are only ever appended). */
export const xsd_errors: readonly XsdError[] = [
  { errnum: XEN_EINVAL, errstring: 'EINVAL' },
  { errnum: XEN_EACCES, errstring: 'EACCES' },
  { errnum: XEN_EEXIST, errstring: 'EEXIST' },
  { errnum: XEN_EISDIR, errstring: 'EISDIR' },
  { errnum: XEN_ENOENT, errstring: 'ENOENT' },
  { errnum: XEN_ENOMEM, errstring: 'ENOMEM' },
  { errnum: XEN_ENOSPC, errstring: 'ENOSPC' },
  { errnum: XEN_EIO, errstring: 'EIO' },
  { errnum: XEN_ENOTEMPTY, errstring: 'ENOTEMPTY' },
  { errnum: XEN_ENOSYS, errstring: 'ENOSYS' },
  { errnum: XEN_EROFS, errstring: 'EROFS' },
  { errnum: XEN_EBUSY, errstring: 'EBUSY' },
  { errnum: XEN_EAGAIN, errstring: 'EAGAIN' },
  { errnum: XEN_EISCONN, errstring: 'EISCONN' },
  { errnum: XEN_E2BIG, errstring: 'E2BIG' },
  { errnum: XEN_EPERM, errstring: 'EPERM' },
];

/** XS_ERROR payload string for an errno (xenstored falls back to EINVAL, as Xen's does). */
export function xsdErrorString(errnum: number): string {
  for (const e of xsd_errors) if (e.errnum === errnum) return e.errstring;
  return 'EINVAL';
}

/** errno for an XS_ERROR payload string (without its NUL), or undefined if unknown. */
export function xsdErrorNumber(errstring: string): number | undefined {
  for (const e of xsd_errors) if (e.errstring === errstring) return e.errnum;
  return undefined;
}

export const XENSTORE_RING_SIZE = 1024;
/** Largest payload (`len`) of one message. */
export const XENSTORE_PAYLOAD_MAX = 4096;
export const XENSTORE_ABS_PATH_MAX = 3072;
export const XENSTORE_REL_PATH_MAX = 2048;

// xenstore_domain_interface.server_features bits.
export const XENSTORE_SERVER_FEATURE_RECONNECTION = 1;
export const XENSTORE_SERVER_FEATURE_ERROR = 2;

// xenstore_domain_interface.connection.
export const XENSTORE_CONNECTED = 0;
export const XENSTORE_RECONNECT = 1;

// xenstore_domain_interface.error.
export const XENSTORE_ERROR_NONE = 0;
export const XENSTORE_ERROR_COMM = 1;
export const XENSTORE_ERROR_RINGIDX = 2;
export const XENSTORE_ERROR_PROTO = 3;

/** Ring index → byte offset in req[]/rsp[] (MASK_XENSTORE_IDX). */
export function MASK_XENSTORE_IDX(idx: number): number {
  return idx & (XENSTORE_RING_SIZE - 1);
}

export const XSD_SOCKMSG = defineStruct('xsd_sockmsg', 'Header of every xenstore message; len payload bytes follow.', {
  type: T.uint32_t,
  req_id: T.uint32_t,
  tx_id: T.uint32_t,
  len: T.uint32_t,
});

export const XENSTORE_DOMAIN_INTERFACE = defineStruct('xenstore_domain_interface', 'The xenstore ring page: request and response rings.', {
  req: array(T.char, XENSTORE_RING_SIZE),
  rsp: array(T.char, XENSTORE_RING_SIZE),
  req_cons: T.XENSTORE_RING_IDX,
  req_prod: T.XENSTORE_RING_IDX,
  rsp_cons: T.XENSTORE_RING_IDX,
  rsp_prod: T.XENSTORE_RING_IDX,
  server_features: T.uint32_t,
  connection: T.uint32_t,
  error: T.uint32_t,
});
