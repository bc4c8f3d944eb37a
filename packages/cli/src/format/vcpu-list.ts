import { padLeft, padRight, seconds1 } from './text';

/** One vCPU as `hvsim vcpu-list` shows it. */
export interface VcpuRow {
  name: string;
  domid: number;
  vcpu: number;
  /** pCPU it last ran on; shown as `-` when the vCPU is offline. */
  cpu: number;
  online: boolean;
  running: boolean;
  blocked: boolean;
  /** Its domain is paused. */
  paused: boolean;
  cpuTimeNs: number;
  /** Hard affinity: the pCPUs it may run on. */
  affinity: readonly number[];
  /** Total pCPUs, so that a full mask prints as `all`. */
  nrCpus: number;
}

export const VCPU_LIST_HEADER = `${padLeft('Name', 32)} ${padRight('ID', 5)} ${padRight('VCPU', 5)} ${padRight('CPU', 5)} State   Time(s) Affinity (Hard / Soft)`;

/** xl's cpumap notation: `all`, or ranges such as `0-2,5`. */
export function formatCpumap(cpus: readonly number[], nrCpus: number): string {
  const sorted = [...new Set(cpus)].sort((a, b) => a - b);
  if (sorted.length === nrCpus && sorted.every((c, i) => c === i)) return 'all';
  if (sorted.length === 0) return 'none';
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** xl's three vCPU state letters: r(unning) b(locked) p(aused, or offline). */
export function vcpuStateLetters(v: Pick<VcpuRow, 'online' | 'running' | 'blocked' | 'paused'>): string {
  return (v.online && v.running ? 'r' : '-') + (v.online && v.blocked ? 'b' : '-') + (!v.online || v.paused ? 'p' : '-');
}

export function vcpuLine(v: VcpuRow): string {
  const cpu = v.online ? padRight(v.cpu, 5) : padRight('-', 5);
  return (
    `${padLeft(v.name, 32)} ${padRight(v.domid, 5)} ${padRight(v.vcpu, 5)} ${cpu}   ${vcpuStateLetters(v)} ` +
    `${seconds1(v.cpuTimeNs, 9)} ${formatCpumap(v.affinity, v.nrCpus)} / all`
  );
}

export function formatVcpuList(rows: readonly VcpuRow[]): string {
  const sorted = [...rows].sort((a, b) => a.domid - b.domid || a.vcpu - b.vcpu);
  return [VCPU_LIST_HEADER, ...sorted.map(vcpuLine)].join('\n') + '\n';
}

/**
 * Parse xl's cpumap syntax for `vcpu-pin`: `all`, a number, ranges `a-b`, comma lists, and
 * `^n` to exclude. Every cpu must be below nrCpus.
 */
export function parseCpumap(spec: string, nrCpus: number): number[] {
  const set = new Set<number>();
  const items = spec.split(',').map((s) => s.trim());
  for (const item of items) {
    const exclude = item.startsWith('^');
    const body = exclude ? item.slice(1) : item;
    let range: number[];
    if (body === 'all') range = Array.from({ length: nrCpus }, (_, i) => i);
    else {
      const m = /^(\d+)(?:-(\d+))?$/.exec(body);
      if (!m) throw new Error(`bad cpu list '${spec}'`);
      const lo = Number(m[1]);
      const hi = m[2] === undefined ? lo : Number(m[2]);
      if (hi < lo) throw new Error(`bad cpu range '${body}'`);
      if (hi >= nrCpus) throw new Error(`cpu ${hi} does not exist (the host has ${nrCpus})`);
      range = [];
      for (let c = lo; c <= hi; c++) range.push(c);
    }
    for (const c of range) (exclude ? set.delete(c) : set.add(c));
  }
  if (set.size === 0) throw new Error(`cpu list '${spec}' names no cpu`);
  return [...set].sort((a, b) => a - b);
}
