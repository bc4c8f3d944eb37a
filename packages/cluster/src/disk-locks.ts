/**
 * Cluster-wide disk locks: a clustered domain's read-write disks are locked in etcd
 * (`locks/disk/DISK`, records.ts) to the host that runs it, under that host's lease. The
 * lock moves only in the transaction that moves the domain's placement — initial placement,
 * HA restart, the commit of a migration — and a move needs the lock free, or held by the
 * domain under the lease of the host it leaves. A host's lease that expires takes its locks
 * with it, and only then can the domain restart elsewhere; so a stale host (hung, cut off)
 * finds its lock gone or someone else's, and its block backends refuse the write.
 *
 * `lockGrant` is the manager's and agents' side (which locks a placement change moves);
 * `DiskLockView` is the block backends' (may this host write that disk now?).
 */
import { performance } from 'node:perf_hooks';
import { diskLockName, type DomainRecord } from './records';
import type { ClusterState, HeldLock, LockGrant } from './store';

/**
 * The grant that moves `d`'s disk locks to host `to` (from host `from`, the one it runs on,
 * or null), or why not: each lock must be free, or held by `d` for `to` (under any lease of
 * it: one from before it rejoined), or under the lease of a live `from` (a migration's
 * hand-over).
 */
export function lockGrant(state: ClusterState, d: Pick<DomainRecord, 'name' | 'disks'>, to: string, from: string | null): LockGrant | { reason: string } {
  const lease = state.hosts.get(to)?.lease;
  if (lease === undefined) return { reason: `host ${to} is not in the cluster` };
  const fromLease = from === null ? undefined : state.hosts.get(from)?.lease;
  for (const disk of d.disks) {
    const l = state.locks.get(disk);
    if (l === undefined || (l.domain === d.name && (l.host === to || l.lease === fromLease))) continue;
    return { reason: `disk ${disk} is locked by domain ${l.domain} on host ${l.host}` };
  }
  return { host: to, lease, current: state.locks };
}

/** What the view reads from etcd: every lock, and the seconds left on this host's lease. */
export interface LockSource {
  lease: string;
  locks(): Promise<HeldLock[]>;
  /** Seconds the lease has left at least (etcd's LeaseTimeToLive); ≤ 0 when it is gone. */
  ttlS(): Promise<number>;
}

/** A write waits at most this long for its lock (a migration's target, until the source
 *  commits the hand-over), then is refused. */
export const LOCK_WAIT_MS = 3000;
/** How often a waiting write looks again. */
const LOCK_POLL_MS = 100;
/** A view this close to going stale is refreshed in the background. */
const REFRESH_AHEAD_MS = 1000;

/**
 * This host's view of the disk locks it holds, for its block backends' write fence. A lock
 * seen held under this host's lease at time t, with the lease T seconds from expiry, cannot
 * pass to another host before t + T (only the lease's expiry frees it; a hand-over is this
 * host's own doing): until then writes go ahead without asking etcd. After that — or for a
 * disk not held — the view is read again, and a write waits for it (up to LOCK_WAIT_MS).
 * It reads only etcd, not the lease keepalives LeaseFence follows: a second, independent
 * fence.
 *
 * Wall time (a monotonic clock): leases are etcd's.
 */
export class DiskLockView {
  private source: LockSource | null = null;
  private held = new Set<string>();
  private holders = new Map<string, HeldLock>();
  private validUntil = -Infinity;
  private failure: string | null = null;
  private refreshing: Promise<void> | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Locks are now held under `source.lease` (a lease granted). */
  bind(source: LockSource): void {
    this.source = source;
    this.forget();
  }

  /** The lease is gone: nothing is held. */
  unbind(): void {
    this.source = null;
    this.forget();
  }

  /** Why a write to datastore target `target` is refused now, or null (maybe after a wait). */
  check(target: string): string | null | Promise<string | null> {
    const disk = diskLockName(target);
    if (this.fresh() && this.held.has(disk)) {
      if (this.validUntil - this.now() < REFRESH_AHEAD_MS) void this.refresh();
      return null;
    }
    return this.waitFor(disk);
  }

  private async waitFor(disk: string): Promise<string | null> {
    const deadline = this.now() + LOCK_WAIT_MS;
    for (;;) {
      await this.refresh();
      if (this.fresh() && this.held.has(disk)) return null;
      if (this.source === null || this.now() >= deadline) return this.refusal(disk);
      await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
    }
  }

  private refusal(disk: string): string {
    if (this.source === null) return 'this host holds no cluster lease: disk writes are fenced';
    if (this.failure !== null) return `the cluster's disk locks cannot be read (${this.failure}): disk writes are fenced`;
    const l = this.holders.get(disk);
    return l ? `disk ${disk} is locked by domain ${l.domain} on host ${l.host}` : `disk ${disk} is not locked to this host in the cluster`;
  }

  private fresh(): boolean {
    return this.now() < this.validUntil;
  }

  /** Reads the locks and the lease's time left (one read at a time). */
  refresh(): Promise<void> {
    this.refreshing ??= this.read().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async read(): Promise<void> {
    const source = this.source;
    if (source === null) return;
    const asked = this.now();
    try {
      const [locks, ttlS] = await Promise.all([source.locks(), source.ttlS()]);
      if (this.source !== source) return; // rebound meanwhile: this answer is about the old lease
      this.holders = new Map(locks.map((l) => [l.disk, l]));
      this.held = new Set(locks.filter((l) => l.lease === source.lease).map((l) => l.disk));
      this.validUntil = ttlS > 0 ? asked + ttlS * 1000 : -Infinity;
      this.failure = null;
    } catch (err) {
      if (this.source !== source) return;
      this.forget();
      this.failure = (err as Error).message;
    }
  }

  private forget(): void {
    this.held = new Set();
    this.holders = new Map();
    this.validUntil = -Infinity;
    this.failure = null;
  }
}
