/** xenstored: the store, the xs_wire protocol, and its socket and ring transports. */
export { Xenstored, INTRODUCE_DOMAIN_WATCH, RELEASE_DOMAIN_WATCH } from './xenstored';
export type { XenstoredOptions, XsDomainInfo } from './xenstored';
export type { XsBatch, XsDir } from './batch';
export { XenstoreConnection } from './connection';
export type { XsConnectionSink } from './connection';
export { XenstoreRing, XenstoreRingConnection } from './ring';
export { XenstoreSocketServer, type XenstoreSocketServerOptions } from './socket-server';
export { XsError, XsProtocolError } from './errors';
export type { XsErrno } from './errors';
export { XsFrameDecoder, encodeMessage, nulStrings, splitArgs } from './wire';
export type { XsMessage } from './wire';
export { formatPerm, parsePerm } from './permissions';
export type { XsPerm, XsPermLetter } from './permissions';
export { DEFAULT_QUOTAS } from './quotas';
export type { XenstoreQuotas } from './quotas';
export { domainPath } from './paths';
