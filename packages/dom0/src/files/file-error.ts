import { RpcError, StatusCode } from '@hvsim/control';
import type { FileError } from '@hvsim/files';

/** A host file's error as a client sees it: the errno as the status code where the protocol has it. */
export function fileRpcError(err: FileError): RpcError {
  const code = (StatusCode as unknown as Record<string, StatusCode | undefined>)[`STATUS_CODE_${err.code}`];
  return new RpcError(code ?? StatusCode.STATUS_CODE_EINVAL, err.message);
}
