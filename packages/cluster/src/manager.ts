/**
 * The manager's round, run only by the elected daemon: HA restarts of failed hosts' domains,
 * initial placement, evacuation of hosts in maintenance or leaving, and DRS balancing each
 * period, none of them onto a host that is not responding (not-responding.ts). It decides;
 * hosts carry out (each host runs what etcd places on it, and migrates away what etcd marks
 * with a target). Every decision is one etcd transaction guarded by the domain record's
 * revision and by the manager's election key, and recorded under `decisions/`: a manager
 * deposed mid-round, or a round on a stale view, changes nothing.
 */
import { lockGrant } from './disk-locks';
import { planDrs } from './drs';
import { admissionProblem, restartOrder } from './ha';
import { buildModel, choosePlacement, placeInModel, type ClusterModel, type Placement } from './placement';
import { notRespondingHosts, skippedNote } from './not-responding';
import { keys, type Decision, type DomainRecord } from './records';
import type { ClusterState, ClusterStore, LockGrant, VersionedDomain } from './store';

export interface ManagerOptions {
  store: ClusterStore;
  /** This daemon's host name (recorded in each decision). */
  name: string;
  /** The election key this manager holds; decisions commit only while it exists. */
  guardKey: string;
  log: (line: string) => void;
  /** Wall ms (a monotonic clock): DRS periods are wall time, as leases are. */
  now: () => number;
}

export class Manager {
  private lastDrs = -Infinity;
  /** Balancing rounds run so far (recorded with each DRS move). */
  private drsPeriods = 0;
  /** The hosts last found not responding (their changes are logged). */
  private silent = new Set<string>();

  constructor(private readonly o: ManagerOptions) {}

  async round(state: ClusterState): Promise<void> {
    const silent = notRespondingHosts(state);
    this.logResponding(silent);
    const model = buildModel(state, silent);
    await this.restartFailed(state, model);
    await this.placeNew(state, model);
    await this.evacuate(state, model);
    await this.balance(state, model);
  }

  /** Logs the hosts that stopped or started answering since the last round. */
  private logResponding(silent: ReadonlySet<string>): void {
    for (const name of silent) if (!this.silent.has(name)) this.o.log(`cluster manager: ${name} is not responding (no heartbeat): no target until it beats again`);
    for (const name of this.silent) if (!silent.has(name)) this.o.log(`cluster manager: ${name} is responding again`);
    this.silent = new Set(silent);
  }

  /** Domains of hosts whose lease expired: adopted where a migration had landed, else
   *  restarted in priority order where they fit; HA-disabled ones stay off. */
  private async restartFailed(state: ClusterState, model: ClusterModel): Promise<void> {
    const orphans: VersionedDomain[] = [];
    for (const v of state.domains.values()) {
      const { host, target } = v.record;
      if (host === null || state.hosts.has(host)) {
        if (target !== null && !state.hosts.has(target)) await this.decide(v, { ...v.record, target: null }, null);
        continue;
      }
      if (target !== null && state.hosts.get(target)?.domains.some((d) => d.name === v.record.name)) {
        // The dead source's locks went with its lease; if one has not yet, the target takes it later.
        const grant = lockGrant(state, v.record, target, null);
        const adopt = { kind: 'adopt' as const, from: host, to: target, reason: `${host} failed after the migration landed` };
        await this.decide(v, { ...v.record, host: target, target: null }, adopt, { grant: 'reason' in grant ? undefined : grant });
        placeInModel(model, v.record, target);
        continue;
      }
      orphans.push(v);
    }
    const ordered = restartOrder(orphans.map((v) => ({ ...v, name: v.record.name, haPriority: v.record.haPriority })));
    for (const v of ordered) {
      model.location.delete(v.record.name); // its old host is gone: it holds nothing there
      const p = withLocks(state, v.record, choosePlacement(model, v.record));
      if (!('host' in p)) {
        await this.setPending(v, model, p.reason);
        continue;
      }
      const next = { ...v.record, host: p.host, target: null, pending: null, restarts: v.record.restarts + 1 };
      // Only while the failed host is still gone (one that re-registered meanwhile keeps it),
      // and with its disk locks free: the failed host's went with its lease.
      const restart = { kind: 'restart' as const, from: v.record.host, to: p.host, reason: `host ${v.record.host} failed (priority ${v.record.haPriority})${skippedNote(model.notResponding)}` };
      if (await this.decide(v, next, restart, { absentKey: keys.host(v.record.host as string), grant: p })) {
        placeInModel(model, v.record, p.host);
      }
    }
  }

  private async placeNew(state: ClusterState, model: ClusterModel): Promise<void> {
    let protectedMb = 0;
    for (const { record } of state.domains.values()) if (record.host !== null && record.haPriority !== 'disabled') protectedMb += record.memoryMb;
    for (const v of state.domains.values()) {
      if (v.record.host !== null) continue;
      const refused = admissionProblem(model, protectedMb, v.record, state.ha.failoverCapacity);
      const p = refused === null ? withLocks(state, v.record, choosePlacement(model, v.record)) : { reason: refused };
      if (!('host' in p)) {
        await this.setPending(v, model, p.reason);
        continue;
      }
      const place = { kind: 'place' as const, from: null, to: p.host, reason: `initial placement${skippedNote(model.notResponding)}` };
      if (await this.decide(v, { ...v.record, host: p.host, pending: null }, place, { grant: p })) {
        placeInModel(model, v.record, p.host);
        if (v.record.haPriority !== 'disabled') protectedMb += v.record.memoryMb;
      }
    }
  }

  /** Everything on a host in maintenance (or leaving) gets a target elsewhere. */
  private async evacuate(state: ClusterState, model: ClusterModel): Promise<void> {
    for (const v of state.domains.values()) {
      const { host, target } = v.record;
      if (host === null || target !== null || !state.hosts.has(host)) continue;
      if (!state.maintenance.has(host) && !state.leaving.has(host)) continue;
      const p = choosePlacement(model, v.record, new Set([host]));
      if (!('host' in p)) {
        await this.setPending(v, model, p.reason);
        continue;
      }
      const migrate = { kind: 'migrate' as const, from: host, to: p.host, reason: `evacuating ${host}${skippedNote(model.notResponding)}` };
      if (await this.decide(v, { ...v.record, target: p.host, pending: null }, migrate)) {
        placeInModel(model, v.record, p.host);
      }
    }
  }

  /** DRS, once a period, when no migration is in flight (loads mid-move would mislead it). */
  private async balance(state: ClusterState, model: ClusterModel): Promise<void> {
    if (state.drs.level < 1 || this.o.now() - this.lastDrs < state.drs.periodS * 1000) return;
    const records = [...state.domains.values()];
    if (records.some((v) => v.record.target !== null)) return;
    this.lastDrs = this.o.now();
    const period = ++this.drsPeriods;
    const movable = records.filter((v) => v.record.host !== null && model.hosts.some((h) => h.name === v.record.host)).map((v) => v.record);
    for (const move of planDrs(model, movable, state.drs.level)) {
      const v = state.domains.get(move.domain) as VersionedDomain;
      const reason = `DRS level ${state.drs.level}: ${move.reason}${skippedNote(model.notResponding)}`;
      await this.decide(v, { ...v.record, target: move.to }, { kind: 'migrate', from: move.from, to: move.to, reason, period });
    }
  }

  /** Why `v` has no host (or no new one) now, written when it changed. */
  private async setPending(v: VersionedDomain, model: ClusterModel, reason: string): Promise<void> {
    const pending = reason + skippedNote(model.notResponding);
    if (v.record.pending !== pending) await this.decide(v, { ...v.record, pending }, null);
  }

  /** Commits one decision; false (logged) when its view was stale or the manager deposed. */
  private async decide(prev: VersionedDomain, next: DomainRecord, decision: Omit<Decision, 'domain' | 'manager'> | null, o: { absentKey?: string; grant?: LockGrant } = {}): Promise<boolean> {
    const full = decision ? { ...decision, domain: next.name, manager: this.o.name } : undefined;
    const ok = await this.o.store.updateDomain(prev, next, { ...o, decision: full, guardKey: this.o.guardKey });
    if (!ok) this.o.log(`cluster manager: ${next.name}: changed meanwhile, decision dropped`);
    else if (full) this.o.log(`cluster manager: ${full.kind} ${next.name} ${full.from ?? '-'} → ${full.to} (${full.reason})`);
    return ok;
  }
}

/** A placement together with the grant of the domain's disk locks to that host, or why not. */
function withLocks(state: ClusterState, d: DomainRecord, p: Placement): LockGrant | { reason: string } {
  return 'host' in p ? lockGrant(state, d, p.host, null) : p;
}
