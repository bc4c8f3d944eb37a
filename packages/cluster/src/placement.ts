/**
 * The manager's model of the cluster for one decision round, and initial placement: the host
 * where a domain fits and load is lowest, obeying the rules. Pure: the same state gives the
 * same answer (ties go to the most free memory, then the name that sorts first).
 */
import type { ClusterState } from './store';
import type { DomainRecord, Rule } from './records';

export interface HostModel {
  name: string;
  pcpus: number;
  /** Memory for domUs: free plus what its domains hold. */
  capacityMb: number;
  /** Memory left for domains, after those the model has placed. */
  freeMemoryMb: number;
  /** Sum of the CPU demand of the domains on it. */
  demand: number;
  domains: Set<string>;
}

export interface ClusterModel {
  /** Hosts that may take domains (alive, responding, not in maintenance, not leaving), by name. */
  hosts: HostModel[];
  /** Members left out of `hosts` for not responding (sorted): decisions name them. */
  notResponding: string[];
  /** Where each domain runs or is placed. */
  location: Map<string, string>;
  /** Each domain's CPU demand (vCPUs wanting a pCPU). */
  demand: Map<string, number>;
  rules: Rule[];
}

export function hostLoad(h: HostModel): number {
  return h.demand / h.pcpus;
}

/**
 * The model from a snapshot. A domain's demand is what its host last sampled; one not yet
 * sampled counts as all its vCPUs busy (placing it as if it were idle would pile new domains
 * onto one host). Hosts in `notResponding` take no domain, and DRS neither counts nor moves
 * theirs (their loads are as old as their last heartbeat).
 */
export function buildModel(state: ClusterState, notResponding: ReadonlySet<string> = new Set()): ClusterModel {
  const demand = new Map<string, number>();
  const location = new Map<string, string>();
  const hosts: HostModel[] = [];
  const silent: string[] = [];
  for (const h of state.hosts.values()) {
    for (const d of h.domains) demand.set(d.name, d.cpuDemand);
    if (state.maintenance.has(h.name) || state.leaving.has(h.name)) continue;
    if (notResponding.has(h.name)) {
      silent.push(h.name);
      continue;
    }
    const capacityMb = h.freeMemoryMb + h.domains.reduce((a, d) => a + d.memoryMb, 0);
    hosts.push({ name: h.name, pcpus: h.pcpus, capacityMb, freeMemoryMb: h.freeMemoryMb, demand: 0, domains: new Set() });
  }
  hosts.sort((a, b) => byName(a.name, b.name));
  silent.sort(byName);
  const named = new Map(hosts.map((h) => [h.name, h]));
  for (const { record } of state.domains.values()) {
    if (!demand.has(record.name)) demand.set(record.name, record.vcpus);
    if (record.host === null) continue;
    location.set(record.name, record.host);
    const h = named.get(record.host);
    if (h === undefined) continue;
    h.demand += demand.get(record.name) ?? 0;
    h.domains.add(record.name);
    // A domain its host has not reported yet (just placed) holds memory the report does not show.
    if (!state.hosts.get(h.name)?.domains.some((x) => x.name === record.name)) h.freeMemoryMb -= record.memoryMb;
  }
  return { hosts, notResponding: silent, location, demand, rules: state.rules };
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Why `rules` forbid `domain` on `host` as the model stands, or null. */
export function ruleProblem(model: ClusterModel, domain: string, host: string): string | null {
  for (const rule of model.rules) {
    if (!rule.domains.includes(domain)) continue;
    const others = rule.domains.filter((d) => d !== domain && model.location.has(d));
    if (rule.kind === 'keep-apart') {
      const clash = others.find((d) => model.location.get(d) === host);
      if (clash !== undefined) return `keep-apart rule ${rule.name}: ${clash} is on ${host}`;
    } else if (others.length > 0 && !others.some((d) => model.location.get(d) === host)) {
      return `keep-together rule ${rule.name}: ${others[0]} is on ${model.location.get(others[0])}`;
    }
  }
  return null;
}

export type Placement = { host: string } | { reason: string };

/** The host for `d`: it fits, the rules allow it, and its load after placing is lowest. */
export function choosePlacement(model: ClusterModel, d: Pick<DomainRecord, 'name' | 'memoryMb' | 'vcpus'>, exclude: ReadonlySet<string> = new Set()): Placement {
  const demand = model.demand.get(d.name) ?? d.vcpus;
  let best: HostModel | null = null;
  let bestLoad = Infinity;
  let why = model.hosts.length === 0 ? 'no host is available' : '';
  for (const h of model.hosts) {
    if (exclude.has(h.name)) continue;
    if (h.freeMemoryMb < d.memoryMb) {
      why ||= `no host has ${d.memoryMb} MiB free`;
      continue;
    }
    const problem = ruleProblem(model, d.name, h.name);
    if (problem !== null) {
      why = problem;
      continue;
    }
    const load = (h.demand + demand) / h.pcpus;
    // Equal loads (idle domains): the host with more memory free, so idle domains spread too.
    if (load < bestLoad || (load === bestLoad && best !== null && h.freeMemoryMb > best.freeMemoryMb)) {
      best = h;
      bestLoad = load;
    }
  }
  return best ? { host: best.name } : { reason: why || 'no host is available' };
}

/** Records `d` on `host` in the model (moving it off its old host if it had one there). */
export function placeInModel(model: ClusterModel, d: Pick<DomainRecord, 'name' | 'memoryMb'>, host: string): void {
  const demand = model.demand.get(d.name) ?? 0;
  const from = model.hosts.find((h) => h.name === model.location.get(d.name));
  if (from) {
    from.domains.delete(d.name);
    from.demand -= demand;
    from.freeMemoryMb += d.memoryMb;
  }
  const to = model.hosts.find((h) => h.name === host);
  if (to) {
    to.domains.add(d.name);
    to.demand += demand;
    to.freeMemoryMb -= d.memoryMb;
  }
  model.location.set(d.name, host);
}
