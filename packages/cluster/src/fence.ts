/**
 * The lease fence: while this host cannot be sure its etcd lease is alive, its domains'
 * disk writes are refused. The manager restarts a failed host's domains only after that
 * host's lease has expired in etcd; the fence closes before that moment on the host's own
 * clock, so a hung or cut-off host (SIGSTOP, a partition, etcd down) that wakes up can no
 * longer write a disk whose domain may now run elsewhere. It opens again only on a keepalive
 * etcd answered — proof the lease still lives.
 *
 * Wall time (a monotonic clock): leases are etcd's, outside any simulation.
 */
import { performance } from 'node:perf_hooks';
import { DiskLockView } from './disk-locks';
import type { IsolationResponse } from './records';

/** Slack for the keepalive's round trip: the lease's server-side expiry counts from when
 *  etcd received the keepalive, which is before the answer reached us. */
export const FENCE_MARGIN_MS = 1000;

export class LeaseFence {
  private validUntil = -Infinity;
  private expiresAt = -Infinity;
  private held = false;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** etcd confirmed the lease (granted, or a keepalive answered) with `ttlS` seconds left. */
  renewed(ttlS: number): void {
    const t = this.now();
    this.expiresAt = t + ttlS * 1000;
    this.validUntil = this.expiresAt - FENCE_MARGIN_MS;
  }

  /** The lease is gone (revoked, or etcd said it expired). */
  lost(): void {
    this.validUntil = -Infinity;
    this.expiresAt = -Infinity;
  }

  /** Keeps writes refused whatever the lease says, until open(): a host that (re)joins holds
   *  a fresh lease at once, but copies of domains restarted elsewhere while it was cut off
   *  still run here until its first reconcile removes them. */
  hold(): void {
    this.held = true;
  }

  /** Ends hold(): the lease alone decides again. */
  open(): void {
    this.held = false;
  }

  /** Why writes are refused now, or null when they are allowed. */
  refusal(): string | null {
    if (this.held) return 'this host is rejoining its cluster: disk writes are fenced until its stale copies are gone';
    return this.now() < this.validUntil ? null : 'this host\'s cluster lease is not confirmed: disk writes are fenced';
  }

  /** The lease would have expired by now (the moment the isolation response applies). */
  expired(): boolean {
    return this.now() >= this.expiresAt;
  }
}

/**
 * The power-off isolation response, as of the moment it applies. The agent destroys its
 * clustered domains once it sees its lease would have expired, but that takes a tick and
 * RPCs, and a host waking from a stall (SIGSTOP, a long pause of its process) would let them
 * run meanwhile beside the copies HA has started elsewhere. So the host asks this gate,
 * synchronously, before each step of its machine and before serving a client, and pauses
 * what it names: from the moment the lease could have expired those domains run no further
 * instruction, and the agent's power-off then destroys them.
 */
export class IsolationGate {
  private powerOff = false;
  private domains: ReadonlySet<string> = new Set();

  constructor(private readonly lease: LeaseFence) {}

  /** The agent's current view: the isolation response and the clustered domains this host runs. */
  update(response: IsolationResponse, domains: ReadonlySet<string>): void {
    this.powerOff = response === 'power-off';
    this.domains = domains;
  }

  /** The domains that must not run now (null: none). */
  halted(): ReadonlySet<string> | null {
    return this.powerOff && this.domains.size > 0 && this.lease.expired() ? this.domains : null;
  }
}

/** A cluster host's fences, shared by its agent and its daemon. The block backends ask before
 *  each write, flush and discard: the lease's timing first (no etcd round trip), then the
 *  disk's own lock in etcd. The machine and the control sockets ask the isolation gate. */
export class ClusterFence {
  readonly lease = new LeaseFence();
  readonly locks = new DiskLockView();
  readonly isolation = new IsolationGate(this.lease);

  /** Why a write to datastore target `target` is refused now, or null. */
  refusal(target: string): string | null | Promise<string | null> {
    return this.lease.refusal() ?? this.locks.check(target);
  }
}
