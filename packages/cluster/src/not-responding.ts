/**
 * "Not responding", as vSphere says of a host whose heartbeats stopped. A host's membership
 * lease only says it is gone once its TTL has run out (2–3 s after a SIGSTOP), and a host
 * whose agent hangs while its etcd client still renews that lease (a stuck call) never loses
 * it at all; meanwhile the manager would go on choosing it as a target, and each start or
 * migration sent there fails or hangs, to be retried a round later.
 *
 * So each agent also keeps a heartbeat: the key `heartbeats/NAME` under a lease of its own
 * with etcd's shortest TTL, renewed from the agent's tick — not by a timer, so it lapses when
 * the loop that acts for the host stops, whatever keeps the membership lease alive. A host
 * whose record is there but whose heartbeat is not is not responding: no target for
 * placement, HA restarts, evacuation or DRS, and DRS leaves its domains be. It stays a
 * member: its domains are restarted elsewhere only when its membership lease expires, so none
 * runs twice. etcd times the lapse on its own clock, and renewals are not writes: a cluster
 * at rest still writes nothing.
 */
import { performance } from 'node:perf_hooks';
import type { Etcd3, IDuplexStream, ILeaseKeepAliveRequest, ILeaseKeepAliveResponse } from 'etcd3';
import type { ClusterState } from './store';

/** The heartbeat lease's TTL: etcd raises any shorter one to 1.5 election timeouts (2 s with
 *  its default 1 s), so a host is not responding about 2 s after its loop's last beat. */
export const HEARTBEAT_TTL_S = 2;

/** An agent's heartbeat key and lease. */
export class Heartbeat {
  private lease: string | null = null;
  private stream: IDuplexStream<ILeaseKeepAliveRequest, ILeaseKeepAliveResponse> | null = null;
  /** When etcd last confirmed the lease alive (wall ms, monotonic). */
  private confirmed = -Infinity;

  constructor(private readonly etcd: Etcd3, private readonly key: string, private readonly now: () => number = () => performance.now()) {}

  /**
   * One beat, from the agent's loop: the lease renewed, without waiting for etcd's answer (a
   * slow etcd must not slow the tick); the first time, or once the lease has lapsed (etcd said
   * so, or has not confirmed it for a TTL), a new lease with the key put under it.
   */
  async beat(): Promise<void> {
    if (this.lease !== null && this.now() - this.confirmed >= HEARTBEAT_TTL_S * 1000) this.drop();
    if (this.lease === null) {
      await this.start();
      return;
    }
    this.stream ??= await this.open();
    this.stream.write({ ID: this.lease });
  }

  /** The key goes at once (a host leaving or shutting down). */
  async stop(): Promise<void> {
    const lease = this.lease;
    this.drop();
    if (lease !== null) await this.etcd.leaseClient.leaseRevoke({ ID: lease }).catch(() => undefined);
  }

  private async start(): Promise<void> {
    const { ID } = await this.etcd.leaseClient.leaseGrant({ TTL: HEARTBEAT_TTL_S });
    try {
      await this.etcd.put(this.key).value('').lease(ID).exec();
    } catch (err) {
      await this.etcd.leaseClient.leaseRevoke({ ID }).catch(() => undefined);
      throw err;
    }
    this.lease = ID;
    this.confirmed = this.now();
  }

  private async open(): Promise<IDuplexStream<ILeaseKeepAliveRequest, ILeaseKeepAliveResponse>> {
    const stream = await this.etcd.leaseClient.leaseKeepAlive();
    const lapse = (): void => {
      if (this.stream === stream) this.stream = null;
    };
    stream.on('data', (res) => {
      if (res.ID !== this.lease) return;
      if (Number(res.TTL) > 0) this.confirmed = this.now();
      else this.drop();
    });
    stream.on('error', lapse);
    stream.on('end', lapse);
    return stream;
  }

  private drop(): void {
    this.lease = null;
    this.stream?.end();
    this.stream = null;
  }
}

/** The hosts of `state` that are members but have no heartbeat. */
export function notRespondingHosts(state: Pick<ClusterState, 'hosts' | 'heartbeats'>): Set<string> {
  return new Set([...state.hosts.keys()].filter((name) => !state.heartbeats.has(name)));
}

/** What a decision's reason adds while hosts were skipped as not responding. */
export function skippedNote(skipped: readonly string[]): string {
  return skipped.length === 0 ? '' : `; skipped ${skipped.join(', ')} (not responding)`;
}
