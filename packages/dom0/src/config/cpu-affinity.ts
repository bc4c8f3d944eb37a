/**
 * xl's CPU list syntax for `cpus=` (xl.cfg(5) "CPU Allocation"): "all", "3", "0-3",
 * "0-3,^1", "all,^0" — ranges and single CPUs, `^` excludes. A string applies to every
 * vCPU; a list gives vCPU i the i-th entry (vCPUs past the end may run anywhere), as xl does.
 */

/** One CPU set, kept symbolic until the host's CPU count is known. */
export interface CpuSet {
  all: boolean;
  include: number[];
  exclude: number[];
}

export interface CpuAffinity {
  /** false: `sets[0]` applies to every vCPU (the string form). true: one set per vCPU (the list form). */
  perVcpu: boolean;
  sets: CpuSet[];
}

/** Upper bound on CPU numbers accepted in a config (a sanity bound, not the host's count). */
const MAX_CPU_NUMBER = 4095;

/** Parses one CPU list; returns null when the text is not one. */
export function parseCpuSet(text: string): CpuSet | null {
  const set: CpuSet = { all: false, include: [], exclude: [] };
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) return null;
  for (const part of parts) {
    const negate = part.startsWith('^');
    const body = negate ? part.slice(1) : part;
    if (body === 'all') {
      if (negate) return null;
      set.all = true;
      continue;
    }
    const range = /^(\d+)(?:-(\d+))?$/.exec(body);
    if (range === null) return null;
    const lo = Number(range[1]);
    const hi = range[2] === undefined ? lo : Number(range[2]);
    if (hi < lo || hi > MAX_CPU_NUMBER) return null;
    const into = negate ? set.exclude : set.include;
    for (let cpu = lo; cpu <= hi; cpu++) into.push(cpu);
  }
  return set;
}

/** The CPUs of a set on a host with `nrCpus` pCPUs, ascending. CPUs the host lacks are
 *  reported by `missingCpus` rather than silently dropped. */
export function resolveCpuSet(set: CpuSet, nrCpus: number): number[] {
  const chosen = new Array<boolean>(nrCpus).fill(set.all);
  for (const cpu of set.include) if (cpu < nrCpus) chosen[cpu] = true;
  for (const cpu of set.exclude) if (cpu < nrCpus) chosen[cpu] = false;
  const out: number[] = [];
  chosen.forEach((on, cpu) => on && out.push(cpu));
  return out;
}

/** CPUs named explicitly in the set that a host with `nrCpus` pCPUs does not have. */
export function missingCpus(set: CpuSet, nrCpus: number): number[] {
  return set.include.filter((cpu) => cpu >= nrCpus);
}

/** The hard affinity of vCPU `vcpu`, or null for "any pCPU". */
export function affinityOfVcpu(affinity: CpuAffinity | null, vcpu: number): CpuSet | null {
  if (affinity === null) return null;
  if (!affinity.perVcpu) return affinity.sets[0];
  return vcpu < affinity.sets.length ? affinity.sets[vcpu] : null;
}
