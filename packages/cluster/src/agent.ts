/**
 * A daemon's cluster agent: joins the cluster (its record under a lease), keeps its record's
 * load current and its heartbeat beating from each tick (not-responding.ts), runs the
 * domains etcd places on it, migrates away those etcd marks with a target, removes stale
 * copies of domains that run elsewhere now, campaigns to be manager and, while elected, runs
 * the manager's rounds. It reaches its own host only through dom0's
 * ManagementService, like any client.
 *
 * When it cannot renew its lease it first fences its disks (LeaseFence), and once the lease
 * would have expired it applies the isolation response; once etcd answers again it
 * re-registers and reconciles (a domain restarted elsewhere meanwhile is removed here).
 *
 * Wall time: leases, ticks and DRS periods cross hosts, so they are wall-clock (the
 * simulation inside the daemon stays on virtual time).
 */
import { performance } from 'node:perf_hooks';
import type { Campaign, Etcd3, Lease } from 'etcd3';
import { lockGrant } from './disk-locks';
import type { ClusterFence } from './fence';
import { HostSampler, worthPublishing, type Management } from './host-sampler';
import { Manager } from './manager';
import { Heartbeat } from './not-responding';
import { keys, PREFIX, type HaSettings, type HostRecord } from './records';
import { ClusterStore, type ClusterState, type VersionedDomain } from './store';

/** Lease TTL in seconds: keepalives go every TTL/3 (1 s, etcd3's default), and a host that
 *  stops is failed 3 s later — HA then restarts its domains well inside the 10 s the
 *  issue allows (vSphere waits 15 s). */
export const LEASE_TTL_S = 3;
/** How often the agent reconciles and, if manager, decides. */
export const AGENT_TICK_MS = 250;
/** How often the host samples its load. */
export const SAMPLE_MS = 1000;
/** How long a joining host waits for etcd to answer, and how often it asks. */
export const JOIN_WAIT_MS = 10_000;
const JOIN_RETRY_MS = 500;
/** A domain whose create failed is tried again after this long. */
const CREATE_RETRY_MS = 2000;

export interface AgentOptions {
  etcdUrl: string;
  hostName: string;
  management: Management;
  /** Where other hosts migrate to this one (`tcp:HOST:PORT`), '' for none. */
  migration: string;
  /** Shared with the daemon: its block backends' write fence (closed while the lease is not
   *  confirmed, and for a disk whose lock this host does not hold) and the isolation gate. */
  fence: ClusterFence;
  log: (line: string) => void;
  /** Called once the agent has left the cluster on request (`cluster leave`). */
  onLeft?: () => void;
}

export class ClusterAgent {
  private readonly store: ClusterStore;
  private readonly etcd: Etcd3;
  private readonly sampler: HostSampler;
  private readonly heartbeat: Heartbeat;
  private lease: Lease | null = null;
  private leaseId = '';
  private campaign: Campaign | null = null;
  private manager: Manager | null = null;
  private managerBusy = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private published: HostRecord | null = null;
  private lastSample = -Infinity;
  private ha: HaSettings | null = null;
  private isolated = false;
  private readonly migrating = new Set<string>();
  private readonly retryAt = new Map<string, number>();
  /** Clustered domains this host ran when it last saw etcd: the isolation response's scope,
   *  and what it destroys once their records are gone (`cluster destroy`). */
  private mine = new Set<string>();
  /** Why a domain placed here cannot take its disk locks, as last logged. */
  private readonly lockProblems = new Map<string, string>();

  constructor(private readonly o: AgentOptions) {
    this.store = ClusterStore.connect(o.etcdUrl);
    this.etcd = this.store.etcd;
    this.sampler = new HostSampler(o.management, o.hostName, o.migration);
    this.heartbeat = new Heartbeat(this.etcd, keys.heartbeat(o.hostName));
  }

  /** Joins: registers under a lease and starts the loop. An etcd that does not answer yet
   *  (started a moment before, as README's walk-through does) is tried again for
   *  JOIN_WAIT_MS; then the join fails. */
  async start(): Promise<void> {
    const deadline = performance.now() + JOIN_WAIT_MS;
    for (;;) {
      try {
        await this.register();
        break;
      } catch (err) {
        if (performance.now() + JOIN_RETRY_MS >= deadline) {
          await this.release();
          throw err;
        }
        await new Promise((r) => setTimeout(r, JOIN_RETRY_MS));
      }
    }
    this.schedule();
  }

  /** Stops acting (and managing); the host stays registered until release(), so its domains
   *  can be shut down before the cluster sees it go (else HA would start them elsewhere while
   *  they still run here). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const campaign = this.campaign;
    this.campaign = null;
    this.manager = null;
    await campaign?.resign().catch(() => undefined);
  }

  /** Deregisters (revokes the lease: the host record goes at once) and disconnects. */
  async release(): Promise<void> {
    await this.stop();
    const lease = this.lease;
    this.lease = null;
    await lease?.revoke().catch(() => undefined);
    await this.heartbeat.stop();
    this.o.fence.lease.lost();
    this.o.fence.locks.unbind();
    this.store.close();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.tick().finally(() => this.schedule());
    }, AGENT_TICK_MS);
  }

  private async register(): Promise<void> {
    // The new lease must not reopen the fence before reconcile() has destroyed what now runs
    // elsewhere (the tick that registers reconciles right after, and opens it then).
    this.o.fence.lease.hold();
    const lease = this.etcd.lease(LEASE_TTL_S);
    lease.on('keepaliveSucceeded', (res) => this.o.fence.lease.renewed(Number(res.TTL)));
    lease.on('lost', (err) => {
      if (this.lease !== lease) return;
      this.o.log(`cluster: lease lost: ${err.message}`);
      this.lease = null;
      this.o.fence.lease.lost();
      this.o.fence.locks.unbind();
      this.dropManager();
    });
    const id = await lease.grant();
    this.o.fence.lease.renewed(LEASE_TTL_S);
    this.leaseId = id;
    this.o.fence.locks.bind({ lease: id, locks: () => this.store.readLocks(), ttlS: () => this.store.leaseTtlS(id) });
    try {
      // The heartbeat first: a record never shows without one but when its host stopped.
      await this.heartbeat.beat();
      const record = { ...(await this.sampler.sample()), lease: id };
      await lease.put(keys.host(this.o.hostName)).value(JSON.stringify(record)).exec();
      this.published = record;
    } catch (err) {
      // A lease nobody will use must not go on renewing the fence with its keepalives.
      await lease.revoke().catch(() => undefined);
      throw err;
    }
    this.lease = lease;
    this.lastSample = performance.now();
    this.o.log(`cluster: ${this.o.hostName} joined ${this.o.etcdUrl}`);
  }

  private async tick(): Promise<void> {
    try {
      await this.checkIsolation();
      if (this.lease === null) await this.register();
      const state = await this.store.snapshot();
      this.ha = state.ha;
      this.isolated = false;
      await this.heartbeat.beat();
      await this.publish();
      await this.reconcile(state);
      this.o.fence.isolation.update(state.ha.isolationResponse, this.mine);
      this.o.fence.lease.open();
      if (state.leaving.has(this.o.hostName)) await this.leaveIfEmpty(state);
      this.runManager(state);
    } catch (err) {
      if (!this.stopped) this.o.log(`cluster: ${(err as Error).message}`);
    }
  }

  /** Past the lease's expiry without a confirmed keepalive: the isolation response, once. */
  private async checkIsolation(): Promise<void> {
    if (this.isolated || !this.o.fence.lease.expired()) return;
    this.isolated = true;
    this.dropManager();
    const response = this.ha?.isolationResponse ?? 'leave-running';
    this.o.log(`cluster: isolated from etcd; isolation response ${response}`);
    if (response !== 'power-off') return;
    for (const name of this.mine) {
      await this.o.management.DestroyDomain({ domain: name }).catch((err: Error) => this.o.log(`cluster: power-off ${name}: ${err.message}`));
    }
  }

  private async publish(): Promise<void> {
    if (performance.now() - this.lastSample < SAMPLE_MS || this.lease === null) return;
    this.lastSample = performance.now();
    const record = { ...(await this.sampler.sample()), lease: this.leaseId };
    if (!worthPublishing(this.published, record)) return;
    await this.lease.put(keys.host(this.o.hostName)).value(JSON.stringify(record)).exec();
    this.published = record;
  }

  /** Makes this host run what etcd places on it (with its disks locked here), nothing that
   *  now runs elsewhere or was destroyed, and holds no lock it no longer needs. */
  private async reconcile(state: ClusterState): Promise<void> {
    const me = this.o.hostName;
    const local = new Set((await this.o.management.ListDomains({})).domains?.filter((d) => (d.info?.domid ?? 0) !== 0).map((d) => d.name ?? ''));
    for (const name of this.mine) {
      if (state.domains.has(name) || state.unreadable.has(name) || !local.has(name)) continue;
      this.o.log(`cluster: ${name} was destroyed in the cluster: destroying it here`);
      await this.o.management.DestroyDomain({ domain: name });
      local.delete(name);
    }
    // (One whose record is unreadable just now stays mine: its absence is not known yet.)
    this.mine = new Set([...[...state.domains.values()].filter((v) => v.record.host === me).map((v) => v.record.name), ...[...this.mine].filter((n) => state.unreadable.has(n))]);
    for (const v of state.domains.values()) {
      const r = v.record;
      if (this.migrating.has(r.name)) continue;
      if (r.host === me && r.target !== null && r.target !== me) {
        if (local.has(r.name)) this.migrateAway(v, state);
        else if (state.hosts.get(r.target)?.domains.some((d) => d.name === r.name)) await this.commitMigration(v, state, r.target);
      } else if (r.host === me) {
        if ((await this.holdLocks(v, state)) && !local.has(r.name)) await this.createHere(v);
      } else if (r.target !== me && local.has(r.name)) {
        // Placed elsewhere (restarted there while this host was cut off): never run twice.
        this.o.log(`cluster: ${r.name} runs on ${r.host ?? 'no host'} now: destroying the copy here`);
        await this.o.management.DestroyDomain({ domain: r.name });
        local.delete(r.name);
      }
    }
    await this.releaseLocks(state, local);
  }

  /** Whether this host holds (or has now taken) the disk locks of `v`, placed here. */
  private async holdLocks(v: VersionedDomain, state: ClusterState): Promise<boolean> {
    const r = v.record;
    if (r.disks.every((disk) => state.locks.get(disk)?.lease === this.leaseId)) return true;
    const grant = lockGrant(state, r, this.o.hostName, this.o.hostName);
    const taken = 'reason' in grant ? false : await this.store.takeLocks(v, grant);
    const problem = 'reason' in grant ? grant.reason : taken ? null : 'its record or a lock changed meanwhile';
    if (problem !== null && this.lockProblems.get(r.name) !== problem) this.o.log(`cluster: cannot lock the disks of ${r.name}: ${problem}`);
    if (problem === null) this.lockProblems.delete(r.name);
    else this.lockProblems.set(r.name, problem);
    return taken;
  }

  /** Locks under this host's lease for domains it neither runs nor is placed to run. */
  private async releaseLocks(state: ClusterState, local: ReadonlySet<string>): Promise<void> {
    for (const l of state.locks.values()) {
      if (l.lease !== this.leaseId || local.has(l.domain) || state.domains.get(l.domain)?.record.host === this.o.hostName) continue;
      await this.store.releaseLock(l);
    }
  }

  private async createHere(v: VersionedDomain): Promise<void> {
    const r = v.record;
    if ((this.retryAt.get(r.name) ?? -Infinity) > performance.now()) return;
    // The view that placed it here may be older than the lease: after a stall past its expiry
    // the domain may already run elsewhere, and the next tick (isolation, then a fresh view) decides.
    if (this.o.fence.lease.expired()) return;
    try {
      await this.o.management.CreateDomain({ config: r.config, configFile: r.configFile });
      this.retryAt.delete(r.name);
      this.o.log(`cluster: started ${r.name}`);
    } catch (err) {
      this.retryAt.set(r.name, performance.now() + CREATE_RETRY_MS);
      this.o.log(`cluster: cannot start ${r.name}: ${(err as Error).message}`);
    }
  }

  /** The live migration etcd asks for, in the background; then the record follows it. */
  private migrateAway(v: VersionedDomain, state: ClusterState): void {
    const r = v.record;
    const to = state.hosts.get(r.target ?? '');
    if (to === undefined || to.migration === '') return; // the manager clears a dead target
    this.migrating.add(r.name);
    void (async () => {
      try {
        await this.o.management.Migrate({ domain: r.name, destination: to.migration, live: true });
      } catch (err) {
        this.o.log(`cluster: migrating ${r.name} to ${to.name}: ${(err as Error).message}`);
        await this.store.updateDomain(v, { ...r, target: null }).catch(() => false);
        return;
      }
      await this.commitMigration(v, state, to.name);
    })().finally(() => this.migrating.delete(r.name));
  }

  /**
   * A migration landed at `to`: the record follows it, and the disk locks pass to `to` in the
   * same transaction (its writes wait for them: DiskLockView). If that fails (the record or
   * the target's lease changed), the next reconcile tries again on a fresh view.
   */
  private async commitMigration(v: VersionedDomain, state: ClusterState, to: string): Promise<void> {
    const r = v.record;
    const grant = lockGrant(state, r, to, this.o.hostName);
    const done = await this.store.updateDomain(v, { ...r, host: to, target: null, moves: r.moves + 1 }, 'reason' in grant ? {} : { grant })
      .catch((err: Error) => {
        this.o.log(`cluster: recording the migration of ${r.name}: ${err.message}`);
        return false;
      });
    this.o.log(`cluster: migrated ${r.name} to ${to}${done ? '' : ' (not recorded yet)'}`);
  }

  /** `cluster leave`: once nothing is placed here (the manager evacuates a leaving host),
   *  the host deregisters and the agent stops. */
  private async leaveIfEmpty(state: ClusterState): Promise<void> {
    if ([...state.domains.values()].some((v) => v.record.host === this.o.hostName)) return;
    await this.store.clearLeave(this.o.hostName);
    await this.store.setMaintenance(this.o.hostName, false);
    this.o.log(`cluster: ${this.o.hostName} left the cluster`);
    await this.release();
    this.o.onLeft?.();
  }

  /** Campaigns once registered; while elected, runs one manager round at a time. */
  private runManager(state: ClusterState): void {
    if (this.campaign === null) this.startCampaign();
    if (this.manager === null || this.managerBusy) return;
    this.managerBusy = true;
    void this.manager.round(state).catch((err: Error) => this.o.log(`cluster manager: ${err.message}`)).finally(() => {
      this.managerBusy = false;
    });
  }

  private startCampaign(): void {
    const campaign = this.etcd.namespace(PREFIX).election(keys.electionName, LEASE_TTL_S).campaign(this.o.hostName);
    this.campaign = campaign;
    campaign.on('elected', () => {
      void campaign.getCampaignKey().then((guardKey) => {
        if (this.campaign !== campaign || this.stopped) return;
        this.o.log(`cluster: ${this.o.hostName} is the manager`);
        this.manager = new Manager({ store: this.store, name: this.o.hostName, guardKey, log: this.o.log, now: () => performance.now() });
      });
    });
    campaign.on('error', (err: Error) => {
      if (this.campaign !== campaign) return;
      this.o.log(`cluster: manager campaign failed: ${err.message}`);
      this.dropManager();
    });
  }

  /** Stops managing (the next tick campaigns again). */
  private dropManager(): void {
    const campaign = this.campaign;
    this.campaign = null;
    this.manager = null;
    void campaign?.resign().catch(() => undefined);
  }
}
