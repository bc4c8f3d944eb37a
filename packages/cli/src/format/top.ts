/**
 * xentop's table for the columns hvsim keeps: NAME STATE CPU(sec) CPU(%) MEM(k) MAXMEM(k)
 * VCPUS NETS NETTX(k) NETRX(k) VBDS VBD_OO VBD_RD VBD_WR VBD_RSECT VBD_WSECT, with xentop's widths and its six-letter state (d s b c p r, '-' when not). CPU(%) is
 * the share of one pCPU a domain used between two samples, over virtual time; the first sample
 * has no previous one and shows 0.0, as xentop's first screen does.
 */
import type { pb } from '@hvsim/control/client';

export interface TopSample {
  /** Virtual time of the sample, ns. */
  timeNs: number;
  domains: pb.Domain[];
  /** Each domain's virtual block devices, by domid (absent: none). */
  vbds?: ReadonlyMap<number, readonly pb.IVbd[]>;
  /** Each domain's virtual network interfaces, by domid (absent: none). */
  vifs?: ReadonlyMap<number, readonly pb.IVif[]>;
}

export interface TopRow {
  name: string;
  domid: number;
  state: string;
  cpuSec: number;
  cpuPercent: number;
  memKb: number;
  maxMemKb: number;
  vcpus: number;
  /** xentop's NET columns: interfaces, KiB the domain sent and received. */
  nets: number;
  netTxKb: number;
  netRxKb: number;
  /** xentop's VBD columns: devices, requests (out-of-resources, read, write), sectors. */
  vbds: number;
  vbdOo: number;
  vbdRd: number;
  vbdWr: number;
  vbdRsect: number;
  vbdWsect: number;
}

export function topRows(sample: TopSample, previous: TopSample | null): TopRow[] {
  const before = new Map<number, number>();
  for (const d of previous?.domains ?? []) before.set(d.info?.domid ?? -1, Number(d.info?.cpuTimeNs ?? 0));
  const span = previous === null ? 0 : sample.timeNs - previous.timeNs;
  return sample.domains.map((d) => {
    const info = d.info;
    const cpuNs = Number(info?.cpuTimeNs ?? 0);
    const prev = before.get(info?.domid ?? -1);
    // The two samples' clocks and CPU times are read by separate requests, a step apart at
    // most: bound the share by what the domain's vCPUs could have used.
    const vcpus = info?.nrOnlineVcpus ?? 0;
    const cpuPercent = span > 0 && prev !== undefined ? Math.min(vcpus * 100, (Math.max(0, cpuNs - prev) / span) * 100) : 0;
    const vbds = sample.vbds?.get(info?.domid ?? -1) ?? [];
    const sum = (f: (v: pb.IVbd) => unknown): number => vbds.reduce((n, v) => n + Number(f(v) ?? 0), 0);
    const vifs = sample.vifs?.get(info?.domid ?? -1) ?? [];
    const kib = (f: (v: pb.IVif) => unknown): number => Math.floor(vifs.reduce((n, v) => n + Number(f(v) ?? 0), 0) / 1024);
    return {
      name: d.name,
      domid: info?.domid ?? 0,
      state: stateLetters(info),
      cpuSec: Math.floor(cpuNs / 1e9),
      cpuPercent,
      memKb: Number(d.memoryKb),
      maxMemKb: Number(d.maxMemoryKb),
      vcpus,
      nets: vifs.length,
      netTxKb: kib((v) => v.txBytes),
      netRxKb: kib((v) => v.rxBytes),
      vbds: vbds.length,
      vbdOo: sum((v) => v.ooReq),
      vbdRd: sum((v) => v.rdReq),
      vbdWr: sum((v) => v.wrReq),
      vbdRsect: sum((v) => v.rdSect),
      vbdWsect: sum((v) => v.wrSect),
    };
  });
}

export function formatTop(rows: readonly TopRow[]): string {
  const vbdHead = `${'VBDS'.padStart(4)} ${'VBD_OO'.padStart(8)} ${'VBD_RD'.padStart(8)} ${'VBD_WR'.padStart(8)} ${'VBD_RSECT'.padStart(10)} ${'VBD_WSECT'.padStart(10)}`;
  const netHead = `${'NETS'.padStart(4)} ${'NETTX(k)'.padStart(8)} ${'NETRX(k)'.padStart(8)}`;
  const lines = [`${'NAME'.padStart(10)} ${'STATE'.padStart(6)} ${'CPU(sec)'.padStart(10)} ${'CPU(%)'.padStart(6)} ${'MEM(k)'.padStart(10)} ${'MAXMEM(k)'.padStart(10)} ${'VCPUS'.padStart(5)} ${netHead} ${vbdHead}`];
  for (const r of rows) {
    const net = `${String(r.nets).padStart(4)} ${String(r.netTxKb).padStart(8)} ${String(r.netRxKb).padStart(8)}`;
    const vbd = `${String(r.vbds).padStart(4)} ${String(r.vbdOo).padStart(8)} ${String(r.vbdRd).padStart(8)} ${String(r.vbdWr).padStart(8)} ${String(r.vbdRsect).padStart(10)} ${String(r.vbdWsect).padStart(10)}`;
    lines.push(`${r.name.padStart(10)} ${r.state.padStart(6)} ${String(r.cpuSec).padStart(10)} ${r.cpuPercent.toFixed(1).padStart(6)} ${String(r.memKb).padStart(10)} ${String(r.maxMemKb).padStart(10)} ${String(r.vcpus).padStart(5)} ${net} ${vbd}`);
  }
  return lines.join('\n') + '\n';
}

function stateLetters(info: pb.DomainInfo | null | undefined): string {
  const f = (on: boolean | undefined, c: string): string => (on ? c : '-');
  return f(info?.dying, 'd') + f(info?.shutdown, 's') + f(info?.blocked, 'b') + f(info?.crashed, 'c') + f(info?.paused, 'p') + f(info?.running, 'r');
}
