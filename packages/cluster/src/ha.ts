/**
 * HA policy: which domains of failed hosts restart first, and admission control. Pure.
 */
import type { ClusterModel } from './placement';
import type { DomainRecord, HaPriority } from './records';

const ORDER: Record<HaPriority, number> = { high: 0, medium: 1, low: 2, disabled: 3 };

/** Protected domains in restart order: high, medium, low (then by name); disabled never. */
export function restartOrder<T extends Pick<DomainRecord, 'name' | 'haPriority'>>(domains: readonly T[]): T[] {
  return domains
    .filter((d) => d.haPriority !== 'disabled')
    .sort((a, b) => ORDER[a.haPriority] - ORDER[b.haPriority] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Admission control by memory, as vSphere's "host failures cluster tolerates": powering on
 * protected domain `d` is refused when the protected domains (with it) would no longer fit
 * on the hosts left after the `failures` largest ones fail. Null when admitted.
 */
export function admissionProblem(model: ClusterModel, protectedMb: number, d: Pick<DomainRecord, 'memoryMb' | 'haPriority'>, failures: number): string | null {
  if (failures <= 0 || d.haPriority === 'disabled') return null;
  const sizes = model.hosts.map((h) => h.capacityMb).sort((a, b) => b - a);
  if (sizes.length <= failures) return `admission control: ${sizes.length} host(s) cannot tolerate ${failures} failure(s)`;
  const left = sizes.slice(failures).reduce((a, b) => a + b, 0);
  const need = protectedMb + d.memoryMb;
  if (need > left) return `admission control: ${need} MiB of protected domains would not fit after ${failures} host failure(s) (${left} MiB left)`;
  return null;
}
