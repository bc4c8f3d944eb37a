/**
 * The cluster's state in etcd: everything a decision needs, read at once (`snapshot`: concurrent
 * reads of each prefix, not one revision), and the writes, each a transaction guarded by the
 * revision of the records it was decided on — a decision made on a stale or torn view (a
 * deposed manager, two admins at once) fails instead of applying twice.
 */
import { Etcd3, type ComparatorBuilder, type IOptions, type IRangeResponse, type PutBuilder } from 'etcd3';
import { noop } from 'cockatiel';
import {
  DEFAULT_DRS, DEFAULT_HA, keys, parseDecision, parseDiskLock, parseDomain, parseDrs, parseHa, parseHost, parseRule,
  type Decision, type DiskLock, type DomainRecord, type DrsSettings, type HaSettings, type HostRecord, type Rule,
} from './records';

/** Wall ms any one etcd call of a daemon's agent may take: a hung etcd must not hang it (its
 *  isolation check runs between calls). Wall time: etcd is outside every simulation. */
export const ETCD_CALL_DEADLINE_MS = 2000;
/** A command-line verb's calls may wait longer: a first connection on a busy machine. */
export const ADMIN_CALL_DEADLINE_MS = 10_000;

export interface VersionedDomain {
  record: DomainRecord;
  /** The key's mod revision: the guard of any change decided from this view. */
  rev: string;
}

/** The holder named for a lock whose record does not parse. */
const UNREADABLE_LOCK: DiskLock = { domain: '(unreadable)', host: '(unreadable)' };

/** A disk lock as read: who holds it, under which lease, at which revision. */
export interface HeldLock extends DiskLock {
  disk: string;
  lease: string;
  rev: string;
}

export interface ClusterState {
  hosts: Map<string, HostRecord>;
  domains: Map<string, VersionedDomain>;
  /** Disk locks by disk name. */
  locks: Map<string, HeldLock>;
  rules: Rule[];
  maintenance: Set<string>;
  leaving: Set<string>;
  /** Hosts whose heartbeat key exists: their agent's loop renewed it within its TTL. */
  heartbeats: Set<string>;
  drs: DrsSettings;
  ha: HaSettings;
  /** Records that did not parse, named (skipped, never trusted). */
  problems: string[];
  /** Domains whose record exists but did not parse: their absence is not to be acted on. */
  unreadable: Set<string>;
}

/**
 * What one record change also does. `guardKey`: commit only while that key exists (a
 * manager's election key). `absentKey`: only while that key is gone (an HA restart: the
 * failed host's record). `decision`: recorded with it. `grant`: the domain's disk locks are
 * put under `grant.lease` (the host it now runs on), each only if unchanged since `current`
 * was read — a lock another holder still has (an unexpired lease) makes the change fail.
 */
export interface UpdateOptions {
  decision?: Decision;
  guardKey?: string;
  absentKey?: string;
  grant?: LockGrant;
}

export interface LockGrant {
  host: string;
  lease: string;
  current: ReadonlyMap<string, HeldLock>;
}

/** An etcd client that fails fast: each call has a deadline and no retry or circuit breaker
 *  of its own (the callers' loops retry on their next turn). */
export function connectEtcd(url: string, deadlineMs = ETCD_CALL_DEADLINE_MS): Etcd3 {
  const options: IOptions = {
    hosts: url.split(','),
    dialTimeout: deadlineMs,
    defaultCallOptions: (context) => (context.isStream ? {} : { deadline: Date.now() + deadlineMs }),
    faultHandling: { host: () => noop, global: noop },
  };
  return new Etcd3(options);
}

export class ClusterStore {
  constructor(readonly etcd: Etcd3) {}

  static connect(url: string, deadlineMs = ETCD_CALL_DEADLINE_MS): ClusterStore {
    return new ClusterStore(connectEtcd(url, deadlineMs));
  }

  close(): void {
    this.etcd.close();
  }

  async snapshot(): Promise<ClusterState> {
    const problems: string[] = [];
    const [[hosts, heartbeats], domains, locks, rules, maintenance, leaving, drs, ha] = await Promise.all([
      this.readHosts(),
      this.etcd.getAll().prefix(keys.domains).exec(),
      this.readLocks(problems),
      this.etcd.getAll().prefix(keys.rules).strings(),
      this.etcd.getAll().prefix(keys.maintenancePrefix).keys(),
      this.etcd.getAll().prefix(keys.leavePrefix).keys(),
      this.etcd.get(keys.drs).string(),
      this.etcd.get(keys.ha).string(),
    ]);
    const state: ClusterState = {
      hosts: new Map(), domains: new Map(), locks: new Map(locks.map((l) => [l.disk, l])), rules: [], problems, unreadable: new Set(),
      maintenance: new Set(maintenance.map((k) => k.slice(keys.maintenancePrefix.length))),
      leaving: new Set(leaving.map((k) => k.slice(keys.leavePrefix.length))),
      heartbeats: new Set(heartbeats.map((k) => k.slice(keys.heartbeats.length))),
      drs: parsed(keys.drs, drs, parseDrs, problems) ?? DEFAULT_DRS,
      ha: parsed(keys.ha, ha, parseHa, problems) ?? DEFAULT_HA,
    };
    for (const kv of hosts.kvs) {
      const h = parsed(kv.key.toString(), kv.value.toString(), parseHost, problems);
      if (h) state.hosts.set(h.name, h);
    }
    for (const kv of domains.kvs) {
      const d = parsed(kv.key.toString(), kv.value.toString(), parseDomain, problems);
      if (d) state.domains.set(d.name, { record: d, rev: kv.mod_revision });
      else state.unreadable.add(kv.key.toString().slice(keys.domains.length));
    }
    for (const [key, text] of Object.entries(rules)) {
      const r = parsed(key, text, parseRule, problems);
      if (r) state.rules.push(r);
    }
    return state;
  }

  /** The host records, then the heartbeats: a host puts its heartbeat before its record, so
   *  every record read has its heartbeat seen unless that has lapsed since (read the other
   *  way round, a host joining meanwhile would look not responding). */
  private async readHosts(): Promise<[IRangeResponse, string[]]> {
    const hosts = await this.etcd.getAll().prefix(keys.hosts).exec();
    return [hosts, await this.etcd.getAll().prefix(keys.heartbeats).keys()];
  }

  /** The disk locks; one whose record does not parse still locks its disk (held by an
   *  unknown domain on an unknown host, until its lease ends), and is added to `problems`. */
  async readLocks(problems: string[] = []): Promise<HeldLock[]> {
    const all = await this.etcd.getAll().prefix(keys.diskLocks).exec();
    return all.kvs.map((kv) => {
      const l = parsed(kv.key.toString(), kv.value.toString(), parseDiskLock, problems) ?? UNREADABLE_LOCK;
      return { ...l, disk: kv.key.toString().slice(keys.diskLocks.length), lease: kv.lease, rev: kv.mod_revision };
    });
  }

  /** Adds a clustered domain; false if one of that name exists. */
  async createDomain(record: DomainRecord): Promise<boolean> {
    const key = keys.domain(record.name);
    const r = await this.etcd.if(key, 'Create', '==', 0).then(this.etcd.put(key).value(JSON.stringify(record))).commit();
    return r.succeeded;
  }

  /**
   * Replaces a domain's record if it is still at revision `prev.rev`, with the guards and
   * companions of `o` (see UpdateOptions), in one transaction. False when anything changed
   * first: nothing was written.
   */
  async updateDomain(prev: VersionedDomain, next: DomainRecord, o: UpdateOptions = {}): Promise<boolean> {
    const key = keys.domain(next.name);
    let txn = this.etcd.if(key, 'Mod', '==', prev.rev);
    if (o.guardKey !== undefined) txn = txn.and(o.guardKey, 'Create', '>', 0);
    if (o.absentKey !== undefined) txn = txn.and(o.absentKey, 'Create', '==', 0);
    const ops = [this.etcd.put(key).value(JSON.stringify(next))];
    if (o.decision) ops.push(this.etcd.put(`${keys.decisions}${prev.rev.padStart(12, '0')}-${next.name}`).value(JSON.stringify(o.decision)));
    if (o.grant) txn = this.grantLocks(txn, next, o.grant, ops);
    return (await txn.then(...ops).commit()).succeeded;
  }

  /** Puts a domain's disk locks under `grant.lease`, while its record is still at `prev.rev`
   *  and each lock as `grant.current` has it (a host taking its locks again under a new
   *  lease, after it rejoined). */
  async takeLocks(prev: VersionedDomain, grant: LockGrant): Promise<boolean> {
    const ops: PutBuilder[] = [];
    const txn = this.grantLocks(this.etcd.if(keys.domain(prev.record.name), 'Mod', '==', prev.rev), prev.record, grant, ops);
    return (await txn.then(...ops).commit()).succeeded;
  }

  /** Adds to a transaction the puts of `d`'s locks under the grant's lease (to `ops`) and
   *  their guards: each lock unchanged since the grant's view. */
  private grantLocks(txn: ComparatorBuilder, d: Pick<DomainRecord, 'name' | 'disks'>, grant: LockGrant, ops: PutBuilder[]): ComparatorBuilder {
    for (const disk of d.disks) {
      txn = txn.and(keys.diskLock(disk), 'Mod', '==', grant.current.get(disk)?.rev ?? '0');
      ops.push(this.etcd.put(keys.diskLock(disk)).value(JSON.stringify({ domain: d.name, host: grant.host })).lease(grant.lease));
    }
    return txn;
  }

  /** The seconds lease `id` has left at least; ≤ 0 when it has expired or was revoked. */
  async leaseTtlS(id: string): Promise<number> {
    return Number((await this.etcd.leaseClient.leaseTimeToLive({ ID: id })).TTL);
  }

  /** Deletes a lock if it is still at the revision it was read at. */
  async releaseLock(lock: HeldLock): Promise<boolean> {
    const key = keys.diskLock(lock.disk);
    return (await this.etcd.if(key, 'Mod', '==', lock.rev).then(this.etcd.delete().key(key)).commit()).succeeded;
  }

  async deleteDomain(prev: VersionedDomain): Promise<boolean> {
    const key = keys.domain(prev.record.name);
    return (await this.etcd.if(key, 'Mod', '==', prev.rev).then(this.etcd.delete().key(key)).commit()).succeeded;
  }

  async putRule(rule: Rule): Promise<void> {
    await this.etcd.put(keys.rule(rule.name)).value(JSON.stringify(rule)).exec();
  }

  async putDrs(drs: DrsSettings): Promise<void> {
    await this.etcd.put(keys.drs).value(JSON.stringify(drs)).exec();
  }

  async putHa(ha: HaSettings): Promise<void> {
    await this.etcd.put(keys.ha).value(JSON.stringify(ha)).exec();
  }

  async setMaintenance(host: string, on: boolean): Promise<void> {
    if (on) await this.etcd.put(keys.maintenance(host)).value('1').exec();
    else await this.etcd.delete().key(keys.maintenance(host)).exec();
  }

  async requestLeave(host: string): Promise<void> {
    await this.etcd.put(keys.leave(host)).value('1').exec();
  }

  async clearLeave(host: string): Promise<void> {
    await this.etcd.delete().key(keys.leave(host)).exec();
  }

  /** Every recorded decision, in the order they were made (their keys' create revision). */
  async decisions(): Promise<Decision[]> {
    const all = await this.etcd.getAll().prefix(keys.decisions).sort('Create', 'Ascend').exec();
    const problems: string[] = [];
    return all.kvs.flatMap((kv) => parsed(kv.key.toString(), kv.value.toString(), parseDecision, problems) ?? []);
  }
}

function parsed<T>(key: string, text: string | null, parse: (t: string) => T, problems: string[]): T | null {
  if (text === null) return null;
  try {
    return parse(text);
  } catch (err) {
    problems.push(`${key}: ${(err as Error).message}`);
    return null;
  }
}
