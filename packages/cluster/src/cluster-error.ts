/**
 * What a `hvsim cluster` verb refuses or fails at. Like the daemon's refusals (an RpcError
 * named by a Xen errno), it carries an errno name for the programs that call ClusterAdmin to
 * tell refusals apart; the CLI, as xl and virsh do, prints its message as one line
 * (`hvsim: MESSAGE`) and exits 1 whatever the errno.
 */
import { GRPCDeadlineExceededError, GRPCUnavailableError } from 'etcd3';

export class ClusterError extends Error {
  constructor(readonly errno: 'EINVAL' | 'EEXIST' | 'ENOENT' | 'ETIMEDOUT' | 'EBUSY' | 'ECONNREFUSED', message: string) {
    super(message);
    this.name = 'ClusterError';
  }
}

/**
 * `err` as a ClusterError where it says the cluster's etcd at `url` cannot be reached or did
 * not answer in time (a gRPC status text is no message for a user), as a missing daemon is
 * one readable line for the other verbs; anything else as it is.
 */
export function clusterErrorOf(err: unknown, url: string): unknown {
  if (err instanceof GRPCUnavailableError) return new ClusterError('ECONNREFUSED', `cannot reach the cluster's etcd at ${url} (is it running? --cluster or $HVSIM_CLUSTER names it)`);
  if (err instanceof GRPCDeadlineExceededError) return new ClusterError('ETIMEDOUT', `the cluster's etcd at ${url} did not answer in time`);
  return err;
}
