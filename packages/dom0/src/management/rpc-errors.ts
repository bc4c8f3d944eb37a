/**
 * The one place dom0's errors become RPC statuses: an ErrnoError (the toolstack's, a device's,
 * the datastore's, a config's) or a host file's error reaches the client as the status named by
 * its errno (EINVAL where the protocol has no such status); anything else (an RpcError from the
 * core or a peer) as it is.
 */
import { RpcError, StatusCode } from '@hvsim/control';
import { FileError } from '@hvsim/files';
import { ErrnoError } from '../errno-error';

export function rpcErrorOf(err: unknown): unknown {
  if (err instanceof ErrnoError) return new RpcError(statusOfErrno(err.errno), err.message);
  if (err instanceof FileError) return new RpcError(statusOfErrno(err.code), err.message);
  return err;
}

function statusOfErrno(errno: string): StatusCode {
  return (StatusCode as unknown as Record<string, StatusCode | undefined>)[`STATUS_CODE_${errno}`] ?? StatusCode.STATUS_CODE_EINVAL;
}
