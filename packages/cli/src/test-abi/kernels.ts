/**
 * Which conformance kernels `hvsim test-abi` runs: every `*.elf` of the suite directory, or
 * what the user names — a kernel file, a directory of kernels, or a pattern matched against
 * the suite's kernel names (`*` and `?` wildcards; a plain word matches as a substring).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Kernel {
  /** The kernel's file name without `.elf`. */
  name: string;
  elf: string;
  /** NAME.cfg beside the kernel, when it has one (the domain the test needs). */
  cfg: string | null;
}

/** images/tests of the checkout or installed package this CLI runs from. */
export function defaultSuiteDir(): string {
  return path.resolve(__dirname, '..', '..', '..', '..', 'images', 'tests');
}

export function findKernels(pattern: string | undefined, suiteDir: string): Kernel[] {
  if (pattern !== undefined && fs.existsSync(pattern)) {
    const stat = fs.statSync(pattern);
    return stat.isDirectory() ? kernelsIn(pattern) : [kernelAt(pattern)];
  }
  if (!fs.existsSync(suiteDir)) throw new Error(`no conformance suite at ${suiteDir}`);
  const all = kernelsIn(suiteDir);
  if (pattern === undefined) return all;
  const match = matcher(pattern);
  const chosen = all.filter((k) => match(k.name));
  if (chosen.length === 0) throw new Error(`no kernel in ${suiteDir} matches '${pattern}'`);
  return chosen;
}

function kernelsIn(dir: string): Kernel[] {
  const elfs = fs.readdirSync(dir).filter((f) => f.endsWith('.elf')).sort();
  if (elfs.length === 0) throw new Error(`no .elf kernels in ${dir}`);
  return elfs.map((f) => kernelAt(path.join(dir, f)));
}

function kernelAt(file: string): Kernel {
  const elf = path.resolve(file);
  const name = path.basename(elf).replace(/\.elf$/, '');
  const cfg = path.join(path.dirname(elf), `${name}.cfg`);
  return { name, elf, cfg: fs.existsSync(cfg) ? cfg : null };
}

function matcher(pattern: string): (name: string) => boolean {
  if (!/[*?]/.test(pattern)) return (name) => name.includes(pattern);
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return (name) => re.test(name);
}
