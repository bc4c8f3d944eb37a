/**
 * clusterErrorOf: an etcd that cannot be reached or does not answer in time becomes a
 * ClusterError naming its address (the CLI's one line); everything else passes as it is.
 */
import { GRPCDeadlineExceededError, EtcdPermissionDeniedError, GRPCUnavailableError } from 'etcd3';
import { ClusterError, clusterErrorOf } from '../src/cluster-error';

const URL = 'http://10.0.0.5:2379';

describe('clusterErrorOf', () => {
  it('names an etcd that cannot be reached (ECONNREFUSED) or did not answer in time (ETIMEDOUT)', () => {
    expect(clusterErrorOf(new GRPCUnavailableError('14 UNAVAILABLE: No connection established'), URL)).toEqual(expect.objectContaining({
      name: 'ClusterError', errno: 'ECONNREFUSED', message: `cannot reach the cluster's etcd at ${URL} (is it running? --cluster or $HVSIM_CLUSTER names it)`,
    }));
    expect(clusterErrorOf(new GRPCDeadlineExceededError('4 DEADLINE_EXCEEDED: Deadline exceeded after 10.004s'), URL)).toEqual(expect.objectContaining({
      name: 'ClusterError', errno: 'ETIMEDOUT', message: `the cluster's etcd at ${URL} did not answer in time`,
    }));
  });

  it('passes a refusal of the cluster, another etcd error and a bug on unchanged', () => {
    const refusal = new ClusterError('ENOENT', 'no clustered domain named web');
    const denied = new EtcdPermissionDeniedError('permission denied');
    const bug = new TypeError('a bug');
    for (const err of [refusal, denied, bug]) expect(clusterErrorOf(err, URL)).toBe(err);
  });
});
