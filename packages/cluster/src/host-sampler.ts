/**
 * What a host publishes about itself, sampled through its own dom0's ManagementService:
 * capacity (pCPUs, memory), each domain's memory and CPU demand, free memory. CPU demand is
 * the number of a domain's vCPUs that want a pCPU (running, or runnable and waiting: not
 * blocked, domain not paused) — what it would use with the host to itself, unlike CPU time,
 * which a crowded host caps. Samples are smoothed (EWMA) so one instant does not move DRS.
 */
import type { ManagementService, ServiceClient } from '@hvsim/control';
import type { HostedDomain, HostRecord } from './records';

export type Management = ServiceClient<typeof ManagementService>;

/** Weight of the newest sample in each domain's demand average. */
const DEMAND_SMOOTHING = 0.5;

export class HostSampler {
  private readonly demand = new Map<string, number>();

  constructor(private readonly m: Management, private readonly name: string, private readonly migration: string) {}

  /** The record, but for its lease (the agent's). */
  async sample(): Promise<Omit<HostRecord, 'lease'>> {
    const [info, list, vcpus] = await Promise.all([this.m.Info({}), this.m.ListDomains({}), this.m.VcpuList({})]);
    const wanting = new Map<number, number>();
    for (const v of vcpus.vcpus ?? []) {
      const busy = v.vcpu?.online && !v.vcpu.blocked ? 1 : 0;
      wanting.set(v.domid ?? 0, (wanting.get(v.domid ?? 0) ?? 0) + busy);
    }
    const domains: HostedDomain[] = [];
    const seen = new Set<string>();
    for (const d of list.domains ?? []) {
      const domid = d.info?.domid ?? 0;
      if (domid === 0) continue;
      const name = d.name ?? '';
      const now = d.info?.paused || d.info?.shutdown ? 0 : wanting.get(domid) ?? 0;
      const prev = this.demand.get(name);
      const smoothed = prev === undefined ? now : prev + DEMAND_SMOOTHING * (now - prev);
      this.demand.set(name, smoothed);
      seen.add(name);
      domains.push({ name, uuid: d.uuid ?? '', domid, memoryMb: Math.ceil(Number(d.memoryKb ?? 0) / 1024), cpuDemand: round(smoothed) });
    }
    for (const name of [...this.demand.keys()]) if (!seen.has(name)) this.demand.delete(name);
    const physinfo = info.physinfo;
    return {
      name: this.name,
      pcpus: physinfo?.nrCpus ?? 1,
      memoryMb: Math.floor(Number(info.totalMemoryKb ?? 0) / 1024),
      freeMemoryMb: Math.floor(Number(info.freeMemoryKb ?? 0) / 1024),
      migration: this.migration,
      cpuDemand: round(domains.reduce((a, d) => a + d.cpuDemand, 0)),
      memoryUsedMb: domains.reduce((a, d) => a + d.memoryMb, 0),
      domains,
    };
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Whether `next` says something `prev` did not, enough to be worth an etcd write: a domain
 *  came or went, memory changed, or a demand moved by a quarter of a vCPU. */
export function worthPublishing(prev: HostRecord | null, next: HostRecord): boolean {
  if (prev === null || prev.freeMemoryMb !== next.freeMemoryMb || prev.domains.length !== next.domains.length || prev.pcpus !== next.pcpus) return true;
  return next.domains.some((d, i) => {
    const p = prev.domains[i];
    return p.name !== d.name || p.uuid !== d.uuid || Math.abs(p.cpuDemand - d.cpuDemand) >= 0.25;
  });
}
