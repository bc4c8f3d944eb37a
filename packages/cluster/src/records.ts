/**
 * What the cluster keeps in etcd, under one prefix: the key layout and each record's shape.
 * Records are JSON. Anything read back is checked field by field (`parse*`): a record some
 * other writer mangled is skipped and named, never trusted and never a crash.
 *
 *   PREFIX/hosts/NAME        HostRecord, put under the host's lease (gone when it expires)
 *   PREFIX/heartbeats/NAME   empty, under host NAME's heartbeat lease, which its agent renews
 *                            from each tick: gone when that loop stops (not-responding.ts)
 *   PREFIX/domains/NAME      DomainRecord: a clustered domain's desired state and placement
 *   PREFIX/rules/NAME        Rule (keep-together / keep-apart)
 *   PREFIX/maintenance/NAME  present while host NAME is in maintenance mode (evacuated)
 *   PREFIX/leave/NAME        present when host NAME was asked to leave the cluster
 *   PREFIX/locks/disk/DISK   DiskLock: the clustered domain that may write datastore image
 *                            DISK, put under the lease of the host that runs it (gone when
 *                            that lease expires); DISK is the disk's target, normalized
 *   PREFIX/settings/drs      DrsSettings
 *   PREFIX/settings/ha       HaSettings
 *   PREFIX/decisions/REV-N   Decision: what the manager decided, written in the same
 *                            transaction as the change it made (the audit trail)
 *   PREFIX/election/manager/ the manager election (etcd3's Election)
 */
export const PREFIX = '/hvsim/cluster/';

export const keys = {
  host: (name: string): string => `${PREFIX}hosts/${name}`,
  hosts: `${PREFIX}hosts/`,
  heartbeat: (host: string): string => `${PREFIX}heartbeats/${host}`,
  heartbeats: `${PREFIX}heartbeats/`,
  domain: (name: string): string => `${PREFIX}domains/${name}`,
  domains: `${PREFIX}domains/`,
  rule: (name: string): string => `${PREFIX}rules/${name}`,
  rules: `${PREFIX}rules/`,
  maintenance: (host: string): string => `${PREFIX}maintenance/${host}`,
  maintenancePrefix: `${PREFIX}maintenance/`,
  leave: (host: string): string => `${PREFIX}leave/${host}`,
  leavePrefix: `${PREFIX}leave/`,
  diskLock: (disk: string): string => `${PREFIX}locks/disk/${disk}`,
  diskLocks: `${PREFIX}locks/disk/`,
  drs: `${PREFIX}settings/drs`,
  ha: `${PREFIX}settings/ha`,
  decisions: `${PREFIX}decisions/`,
  electionName: 'manager',
} as const;

export type HaPriority = 'high' | 'medium' | 'low' | 'disabled';
export const HA_PRIORITIES: readonly HaPriority[] = ['high', 'medium', 'low', 'disabled'];
export type IsolationResponse = 'power-off' | 'leave-running';
export type RuleKind = 'keep-together' | 'keep-apart';

/** A domain as its host last sampled it. */
export interface HostedDomain {
  name: string;
  uuid: string;
  domid: number;
  memoryMb: number;
  /** vCPUs that wanted a pCPU (running or runnable), averaged over recent samples. */
  cpuDemand: number;
}

/** What a host publishes about itself, under its lease. */
export interface HostRecord {
  name: string;
  pcpus: number;
  memoryMb: number;
  freeMemoryMb: number;
  /** Where other hosts migrate domains to it (`tcp:HOST:PORT`), or '' when it has none. */
  migration: string;
  /** The etcd lease its record lives under (decimal): disk locks for it are put under it. */
  lease: string;
  /** Sum of its domains' CPU demand (vCPUs wanting a pCPU). */
  cpuDemand: number;
  memoryUsedMb: number;
  domains: HostedDomain[];
}

/** A clustered domain: its config, protection and where it should run. */
export interface DomainRecord {
  name: string;
  /** xl.cfg text. */
  config: string;
  /** Where the text came from: relative paths in it (kernel=) resolve beside it. */
  configFile: string;
  haPriority: HaPriority;
  memoryMb: number;
  vcpus: number;
  /** Its read-write disks (lock names, `diskLockName`): locked to its host before it starts. */
  disks: string[];
  /** The host it runs on, or null until placed. */
  host: string | null;
  /** Set while a migration to this host is wanted: the source host carries it out. */
  target: string | null;
  /** Why it is not placed (admission control, no host fits), for `cluster status`. */
  pending: string | null;
  /** Completed migrations and restarts, counted by whoever completed them. */
  moves: number;
  restarts: number;
}

/** Who may write a disk: the value of its lock key (the key's lease says under which host
 *  lease it was taken). */
export interface DiskLock {
  domain: string;
  host: string;
}

export interface Rule {
  name: string;
  kind: RuleKind;
  domains: string[];
}

export interface DrsSettings {
  /** 1 (only mandatory moves) … 5 (aggressive); 0 = DRS off. */
  level: number;
  periodS: number;
}

export interface HaSettings {
  /** Host failures whose protected domains must still find room (admission control). */
  failoverCapacity: number;
  isolationResponse: IsolationResponse;
}

export interface Decision {
  kind: 'place' | 'migrate' | 'restart' | 'adopt';
  domain: string;
  from: string | null;
  to: string;
  manager: string;
  reason: string;
  /** A DRS move's period: the deciding manager's count of its balancing rounds, from 1. */
  period?: number;
}

export const DEFAULT_DRS: DrsSettings = { level: 0, periodS: 5 };
/** vSphere's default isolation response is to leave domains running ("Disabled"): with etcd
 *  itself down every host is cut off, and powering everything off would be the outage. */
export const DEFAULT_HA: HaSettings = { failoverCapacity: 0, isolationResponse: 'leave-running' };

type Json = Record<string, unknown>;

function object(text: string): Json {
  const v: unknown = JSON.parse(text);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
  return v as Json;
}

function str(o: Json, k: string): string {
  const v = o[k];
  if (typeof v !== 'string') throw new Error(`${k} is not a string`);
  return v;
}

function strOrNull(o: Json, k: string): string | null {
  return o[k] === null || o[k] === undefined ? null : str(o, k);
}

function num(o: Json, k: string, min = 0): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) throw new Error(`${k} is not a number ≥ ${min}`);
  return v;
}

function oneOf<T extends string>(o: Json, k: string, allowed: readonly T[]): T {
  const v = str(o, k);
  if (!(allowed as readonly string[]).includes(v)) throw new Error(`${k} is not one of ${allowed.join(', ')}`);
  return v as T;
}

function list<T>(o: Json, k: string, item: (v: unknown) => T): T[] {
  const v = o[k];
  if (!Array.isArray(v)) throw new Error(`${k} is not a list`);
  return v.map(item);
}

function hostedDomain(v: unknown): HostedDomain {
  if (typeof v !== 'object' || v === null) throw new Error('domain entry is not an object');
  const o = v as Json;
  return { name: str(o, 'name'), uuid: str(o, 'uuid'), domid: num(o, 'domid'), memoryMb: num(o, 'memoryMb'), cpuDemand: num(o, 'cpuDemand') };
}

export function parseHost(text: string): HostRecord {
  const o = object(text);
  return {
    name: str(o, 'name'), pcpus: num(o, 'pcpus', 1), memoryMb: num(o, 'memoryMb'), freeMemoryMb: num(o, 'freeMemoryMb'),
    migration: str(o, 'migration'), lease: str(o, 'lease'), cpuDemand: num(o, 'cpuDemand'), memoryUsedMb: num(o, 'memoryUsedMb'),
    domains: list(o, 'domains', hostedDomain),
  };
}

export function parseDomain(text: string): DomainRecord {
  const o = object(text);
  return {
    name: str(o, 'name'), config: str(o, 'config'), configFile: str(o, 'configFile'),
    haPriority: oneOf(o, 'haPriority', HA_PRIORITIES), memoryMb: num(o, 'memoryMb'), vcpus: num(o, 'vcpus', 1), disks: list(o, 'disks', name),
    host: strOrNull(o, 'host'), target: strOrNull(o, 'target'), pending: strOrNull(o, 'pending'),
    moves: num(o, 'moves'), restarts: num(o, 'restarts'),
  };
}

function name(v: unknown): string {
  if (typeof v !== 'string') throw new Error('a list member is not a name');
  return v;
}

export function parseRule(text: string): Rule {
  const o = object(text);
  return { name: str(o, 'name'), kind: oneOf(o, 'kind', ['keep-together', 'keep-apart'] as const), domains: list(o, 'domains', name) };
}

export function parseDiskLock(text: string): DiskLock {
  const o = object(text);
  return { domain: str(o, 'domain'), host: str(o, 'host') };
}

export function parseDrs(text: string): DrsSettings {
  const o = object(text);
  return { level: num(o, 'level'), periodS: num(o, 'periodS', 0.1) };
}

export function parseHa(text: string): HaSettings {
  const o = object(text);
  return { failoverCapacity: num(o, 'failoverCapacity'), isolationResponse: oneOf(o, 'isolationResponse', ['power-off', 'leave-running'] as const) };
}

export function parseDecision(text: string): Decision {
  const o = object(text);
  return {
    kind: oneOf(o, 'kind', ['place', 'migrate', 'restart', 'adopt'] as const), domain: str(o, 'domain'),
    from: strOrNull(o, 'from'), to: str(o, 'to'), manager: str(o, 'manager'), reason: str(o, 'reason'),
    ...(o.period === undefined ? {} : { period: num(o, 'period', 1) }),
  };
}

/**
 * The name a disk is locked by: its datastore target, normalized, so that two spellings of
 * one file ("./a.img", "a.img") are one lock on every host (each resolves targets in the
 * same shared datastore).
 */
export function diskLockName(target: string): string {
  const parts: string[] = [];
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return (target.startsWith('/') ? '/' : '') + parts.join('/');
}

/** Host and domain names become etcd keys and xl names: letters, digits, '.', '_', '-'. */
export function nameProblem(name: string): string | null {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(name)) return `"${name}" is not a valid name (letters, digits, '.', '_', '-'; at most 63)`;
  return null;
}
