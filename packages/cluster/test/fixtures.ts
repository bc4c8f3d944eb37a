/** Records and snapshots for the cluster's unit tests: hosts with 2 pCPUs and 256 MiB (all
 *  beating), domains of 4 MiB and one vCPU. */
import { DEFAULT_DRS, DEFAULT_HA } from '../src';
import type { ClusterState, DomainRecord, HeldLock, HostRecord } from '../src';

export function host(name: string, domains: Array<[string, number]> = [], freeMemoryMb = 100): HostRecord {
  return {
    name, pcpus: 2, memoryMb: 256, freeMemoryMb, migration: `tcp:127.0.0.1:${name.length}`, lease: `lease-${name}`, memoryUsedMb: 4 * domains.length,
    cpuDemand: domains.reduce((a, [, d]) => a + d, 0), domains: domains.map(([n, d], i) => ({ name: n, uuid: `u-${n}`, domid: i + 1, memoryMb: 4, cpuDemand: d })),
  };
}

export function domain(name: string, at: string | null, haPriority: DomainRecord['haPriority'] = 'medium'): DomainRecord {
  return { name, config: '', configFile: '/x.cfg', haPriority, memoryMb: 4, vcpus: 1, disks: [], host: at, target: null, pending: null, moves: 0, restarts: 0 };
}

export function state(hosts: HostRecord[], domains: DomainRecord[], rules: ClusterState['rules'] = [], locks: HeldLock[] = []): ClusterState {
  return {
    hosts: new Map(hosts.map((h) => [h.name, h])), domains: new Map(domains.map((d, i) => [d.name, { record: d, rev: String(i + 1) }])),
    locks: new Map(locks.map((l) => [l.disk, l])),
    rules, maintenance: new Set(), leaving: new Set(), heartbeats: new Set(hosts.map((h) => h.name)), drs: DEFAULT_DRS, ha: DEFAULT_HA, problems: [], unreadable: new Set(),
  };
}
