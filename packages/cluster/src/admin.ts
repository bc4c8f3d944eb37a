/**
 * The `hvsim cluster` verbs' side: reads and writes the cluster's desired state in etcd (no
 * daemon in between: etcd is the cluster's state), then waits, where the verb promises an
 * outcome, until the hosts have carried it out. Waits are wall time: they watch other
 * processes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDomainConfig } from '@hvsim/dom0';
import { ClusterError } from './cluster-error';
import { imbalance, drsThreshold } from './drs';
import { notRespondingHosts } from './not-responding';
import { buildModel } from './placement';
import { diskLockName, keys, nameProblem, PREFIX, type DomainRecord, type DrsSettings, type HaPriority, type HaSettings, type RuleKind } from './records';
import { ADMIN_CALL_DEADLINE_MS, ClusterStore, type ClusterState } from './store';

export interface HostStatus {
  name: string;
  /** vSphere's states; `not-responding` (its heartbeat lapsed) above the others. */
  state: 'connected' | 'not-responding' | 'maintenance' | 'leaving';
  manager: boolean;
  pcpus: number;
  memoryMb: number;
  freeMemoryMb: number;
  load: number;
  cpuDemand: number;
  domains: Array<{ name: string; uuid: string; domid: number; cpuDemand: number; clustered: boolean }>;
}

export interface DomainStatus {
  name: string;
  host: string | null;
  target: string | null;
  haPriority: HaPriority;
  memoryMb: number;
  vcpus: number;
  /** Its read-write disks, locked to its host. */
  disks: string[];
  state: 'running' | 'migrating' | 'starting' | 'pending' | 'off';
  pending: string | null;
  moves: number;
  restarts: number;
}

export interface ClusterStatus {
  manager: string | null;
  hosts: HostStatus[];
  domains: DomainStatus[];
  drs: DrsSettings & { imbalance: number; threshold: number };
  ha: HaSettings;
  rules: ClusterState['rules'];
  problems: string[];
}

const POLL_MS = 200;

export class ClusterAdmin {
  readonly store: ClusterStore;

  constructor(url: string) {
    this.store = ClusterStore.connect(url, ADMIN_CALL_DEADLINE_MS);
  }

  close(): void {
    this.store.close();
  }

  async status(): Promise<ClusterStatus> {
    const state = await this.store.snapshot();
    const manager = (await this.store.etcd.namespace(PREFIX).election(keys.electionName).leader()) ?? null;
    const clustered = new Set(state.domains.keys());
    const silent = notRespondingHosts(state);
    const hosts: HostStatus[] = [...state.hosts.values()].sort((a, b) => a.name.localeCompare(b.name)).map((h) => ({
      name: h.name,
      state: silent.has(h.name) ? 'not-responding' : state.leaving.has(h.name) ? 'leaving' : state.maintenance.has(h.name) ? 'maintenance' : 'connected',
      manager: h.name === manager, pcpus: h.pcpus, memoryMb: h.memoryMb, freeMemoryMb: h.freeMemoryMb,
      load: round(h.cpuDemand / h.pcpus), cpuDemand: h.cpuDemand,
      domains: h.domains.map((d) => ({ name: d.name, uuid: d.uuid, domid: d.domid, cpuDemand: d.cpuDemand, clustered: clustered.has(d.name) })),
    }));
    const domains = [...state.domains.values()].map(({ record: r }) => ({
      name: r.name, host: r.host, target: r.target, haPriority: r.haPriority, memoryMb: r.memoryMb, vcpus: r.vcpus, disks: r.disks, state: domainState(state, r),
      pending: r.pending, moves: r.moves, restarts: r.restarts,
    })).sort((a, b) => a.name.localeCompare(b.name));
    const model = buildModel(state, silent);
    return {
      manager, hosts, domains, rules: state.rules, ha: state.ha, problems: state.problems,
      drs: { ...state.drs, imbalance: round(imbalance(model.hosts)), threshold: drsThreshold(state.drs.level) },
    };
  }

  /** `cluster create`: the record, placed by the manager; resolves once a host runs it. */
  async create(configPath: string, haPriority: HaPriority, timeoutMs: number): Promise<string> {
    const file = path.resolve(configPath);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new ClusterError('ENOENT', `${configPath}: ${(err as Error).message}`);
    }
    let config;
    try {
      ({ config } = parseDomainConfig(text, file));
    } catch (err) {
      throw new ClusterError('EINVAL', (err as Error).message);
    }
    const problem = nameProblem(config.name);
    if (problem !== null) throw new ClusterError('EINVAL', `${configPath}: name: ${problem}`);
    const record: DomainRecord = {
      name: config.name, config: text, configFile: file, haPriority, memoryMb: config.memory, vcpus: config.vcpus,
      disks: [...new Set(config.disks.filter((d) => d.access === 'rw').map((d) => diskLockName(d.target)))], host: null, target: null, pending: null, moves: 0, restarts: 0,
    };
    if (!(await this.store.createDomain(record))) throw new ClusterError('EEXIST', `a clustered domain named ${config.name} exists already`);
    return this.waitFor(timeoutMs, `${config.name} to start`, (s) => {
      const r = s.domains.get(config.name)?.record;
      if (r?.host && runsOn(s, r.host, r.name)) return r.host;
      if (r?.pending) throw new ClusterError('EBUSY', `${config.name} is not placed: ${r.pending}`);
      return null;
    });
  }

  /** `cluster migrate`: asks the domain's host to move it; resolves once it runs at `host`. */
  async migrate(domain: string, host: string, timeoutMs: number): Promise<void> {
    const state = await this.store.snapshot();
    const v = state.domains.get(domain);
    if (v === undefined) throw new ClusterError('ENOENT', `no clustered domain named ${domain}`);
    if (!state.hosts.has(host)) throw new ClusterError('ENOENT', `no host named ${host} in the cluster`);
    if (v.record.host === host) return;
    // As vSphere refuses a vMotion to a host not responding: the move would hang or fail there.
    if (notRespondingHosts(state).has(host)) throw new ClusterError('EBUSY', `host ${host} is not responding`);
    if (v.record.host === null || v.record.target !== null) throw new ClusterError('EBUSY', `${domain} is ${v.record.host === null ? 'not placed yet' : `migrating to ${v.record.target}`}`);
    if (!(await this.store.updateDomain(v, { ...v.record, target: host }))) throw new ClusterError('EBUSY', `${domain} changed meanwhile; try again`);
    await this.waitFor(timeoutMs, `${domain} to run on ${host}`, (s) => {
      const r = s.domains.get(domain)?.record;
      if (r?.host === host && r.target === null && runsOn(s, host, domain)) return true;
      if (r && r.target === null && r.host !== host) throw new ClusterError('EBUSY', `the migration of ${domain} to ${host} failed (see the hosts' logs)`);
      return null;
    });
  }

  /**
   * `cluster destroy`: the domain leaves the cluster — its record goes (a migration in flight
   * finishes first), so HA never restarts it, and the host running it destroys it and lets
   * its disk locks go; resolves once no host reports it and its locks are free.
   */
  async destroy(domain: string, timeoutMs: number): Promise<void> {
    const deleted = await this.waitFor(timeoutMs, `${domain} to be removed from the cluster`, async (s) => {
      const v = s.domains.get(domain);
      if (v === undefined) return 'gone';
      if (v.record.target !== null) return null;
      return (await this.store.deleteDomain(v)) ? 'deleted' : null;
    });
    if (deleted === 'gone') throw new ClusterError('ENOENT', `no clustered domain named ${domain}`);
    await this.waitFor(timeoutMs, `${domain} to stop`, (s) => {
      const running = [...s.hosts.values()].some((h) => h.domains.some((d) => d.name === domain));
      return running || [...s.locks.values()].some((l) => l.domain === domain) ? null : true;
    });
  }

  /** `cluster evacuate`: maintenance mode; resolves once nothing clustered runs there. */
  async evacuate(host: string, timeoutMs: number): Promise<void> {
    const state = await this.store.snapshot();
    if (!state.hosts.has(host)) throw new ClusterError('ENOENT', `no host named ${host} in the cluster`);
    await this.store.setMaintenance(host, true);
    await this.waitFor(timeoutMs, `${host} to be evacuated`, (s) => {
      const left = [...s.domains.values()].filter((v) => v.record.host === host);
      return left.length === 0 && !s.hosts.get(host)?.domains.some((d) => s.domains.has(d.name)) ? true : null;
    });
  }

  /** Takes a host out of maintenance mode. */
  async exitMaintenance(host: string): Promise<void> {
    await this.store.setMaintenance(host, false);
  }

  async setDrs(level: number, periodS: number | undefined): Promise<DrsSettings> {
    if (!Number.isInteger(level) || level < 0 || level > 5) throw new ClusterError('EINVAL', `--level must be 0 (off) to 5, got ${level}`);
    const current = (await this.store.snapshot()).drs;
    const periodSeconds = periodS ?? current.periodS;
    if (!(periodSeconds >= 0.5 && periodSeconds <= 3600)) throw new ClusterError('EINVAL', `--period must be 0.5 to 3600 seconds, got ${periodSeconds}`);
    const drs = { level, periodS: periodSeconds };
    await this.store.putDrs(drs);
    return drs;
  }

  async setHa(failoverCapacity: number | undefined, isolationResponse: HaSettings['isolationResponse'] | undefined): Promise<HaSettings> {
    const current = (await this.store.snapshot()).ha;
    const ha = { failoverCapacity: failoverCapacity ?? current.failoverCapacity, isolationResponse: isolationResponse ?? current.isolationResponse };
    if (!Number.isInteger(ha.failoverCapacity) || ha.failoverCapacity < 0 || ha.failoverCapacity > 64) throw new ClusterError('EINVAL', `--failover-capacity must be 0 to 64, got ${ha.failoverCapacity}`);
    await this.store.putHa(ha);
    return ha;
  }

  async addRule(kind: RuleKind, name: string, domains: string[]): Promise<void> {
    for (const n of [name, ...domains]) {
      const problem = nameProblem(n);
      if (problem !== null) throw new ClusterError('EINVAL', problem);
    }
    if (domains.length < 2) throw new ClusterError('EINVAL', `a ${kind} rule needs at least two domains`);
    await this.store.putRule({ name, kind, domains: [...new Set(domains)] });
  }

  /** `cluster leave`: the host is evacuated, then deregisters; resolves once it is gone. */
  async leave(host: string, timeoutMs: number): Promise<void> {
    const state = await this.store.snapshot();
    if (!state.hosts.has(host)) throw new ClusterError('ENOENT', `no host named ${host} in the cluster`);
    await this.store.requestLeave(host);
    await this.waitFor(timeoutMs, `${host} to leave`, (s) => (s.hosts.has(host) ? null : true));
  }

  private async waitFor<T>(timeoutMs: number, what: string, check: (s: ClusterState) => T | null | Promise<T | null>): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = await check(await this.store.snapshot());
      if (got !== null) return got;
      if (Date.now() > deadline) throw new ClusterError('ETIMEDOUT', `timed out after ${timeoutMs / 1000} s waiting for ${what}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
}

function runsOn(state: ClusterState, host: string, domain: string): boolean {
  return state.hosts.get(host)?.domains.some((d) => d.name === domain) ?? false;
}

function domainState(state: ClusterState, r: DomainRecord): DomainStatus['state'] {
  if (r.host === null) return 'pending';
  if (!state.hosts.has(r.host)) return 'off';
  if (r.target !== null) return 'migrating';
  return runsOn(state, r.host, r.name) ? 'running' : 'starting';
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

