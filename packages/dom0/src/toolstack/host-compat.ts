/**
 * VMotion's "same CPU family" rule for hvsim: a domain started on one host may have used every
 * ISA extension that host offered, so it may move only to a host that offers at least those,
 * speaks the same hypercall ABI major and has pages of the same size. A host offers fewer
 * extensions with `hvsim boot --isa` (as a cluster masks CPU features to its oldest host).
 */
import { HVSIM_ABI_VERSION_MAJOR, HVSIM_PAGE_SIZE } from '@hvsim/abi';
import type { HostCompat } from './migration-stream';

/** What hvsim's hart implements: RV32 I, M, A, Zicsr, Zifencei. */
export const FULL_ISA = 'rv32ima_zicsr_zifencei';
const SINGLE_LETTER = ['i', 'm', 'a'];
const MULTI_LETTER = ['zicsr', 'zifencei'];

/** An ISA string hvsim cannot offer; the message says why. */
export class IsaError extends Error {}

/**
 * The extensions of an ISA string in RISC-V's naming ("rv32" + single letters, then
 * "_"-separated multi-letter ones), refused unless it is a subset of what the hart
 * implements and includes the base I.
 */
export function parseIsa(text: string): Set<string> {
  const m = /^rv32([a-z]*)((?:_[a-z][a-z0-9]*)*)$/.exec(text.trim().toLowerCase());
  if (m === null) throw new IsaError(`ISA ${JSON.stringify(text)} is not of the form rv32<letters>[_<extension>...]`);
  const exts = new Set<string>();
  for (const letter of m[1]) {
    if (!SINGLE_LETTER.includes(letter)) throw new IsaError(`ISA ${JSON.stringify(text)}: extension ${letter} is not implemented (hvsim offers ${FULL_ISA})`);
    exts.add(letter);
  }
  for (const name of m[2].split('_').filter((s) => s !== '')) {
    if (!MULTI_LETTER.includes(name)) throw new IsaError(`ISA ${JSON.stringify(text)}: extension ${name} is not implemented (hvsim offers ${FULL_ISA})`);
    exts.add(name);
  }
  if (!exts.has('i')) throw new IsaError(`ISA ${JSON.stringify(text)} lacks the base integer set I`);
  return exts;
}

/** The canonical spelling of an ISA string (letters in RISC-V's order, then the Z extensions). */
export function canonicalIsa(text: string): string {
  const exts = parseIsa(text);
  return 'rv32' + SINGLE_LETTER.filter((e) => exts.has(e)).join('') + MULTI_LETTER.filter((e) => exts.has(e)).map((e) => `_${e}`).join('');
}

export function localCompat(isa: string): HostCompat {
  return { isa: canonicalIsa(isa), abiMajor: HVSIM_ABI_VERSION_MAJOR, pageSize: HVSIM_PAGE_SIZE };
}

/** Why this host cannot run a domain from `source`, or null when it can. */
export function incompatibility(source: HostCompat, here: HostCompat): string | null {
  if (source.abiMajor !== here.abiMajor) return `the source speaks hypercall ABI ${source.abiMajor}.x, this host ${here.abiMajor}.x`;
  if (source.pageSize !== here.pageSize) return `the source's pages are ${source.pageSize} bytes, this host's ${here.pageSize}`;
  let need: Set<string>;
  try {
    need = parseIsa(source.isa);
  } catch (err) {
    return (err as Error).message;
  }
  const have = parseIsa(here.isa);
  const missing = [...need].filter((e) => !have.has(e));
  if (missing.length > 0) return `the domain may use ISA extensions this host does not offer (${missing.join(', ')}; source ${source.isa}, this host ${here.isa})`;
  return null;
}
