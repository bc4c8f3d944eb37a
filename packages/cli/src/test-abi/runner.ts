/**
 * Runs conformance kernels the way Xen's xtf-runner does: each becomes a domU created
 * paused, its console is attached, it is unpaused, and its console is read for the one
 * `Test result:` line it prints before powering off. All run on one in-process host, in
 * virtual time, one after another.
 */
import * as fs from 'node:fs';
import { Host, type CreatedDomain } from '@hvsim/host';
import type { Kernel } from './kernels';

/** xtf-runner's results, worst last, with the exit code each gives. */
export const RESULTS = ['SUCCESS', 'SKIP', 'ERROR', 'FAILURE', 'CRASH'] as const;
export type Result = (typeof RESULTS)[number];
export const EXIT_CODES: Record<Result, number> = { SUCCESS: 0, SKIP: 3, ERROR: 4, FAILURE: 5, CRASH: 6 };

export interface KernelReport {
  name: string;
  elf: string;
  result: Result;
  /** Why, for CRASH (no result line) or ERROR when the toolstack refused the kernel. */
  detail: string | null;
  /** Virtual time the kernel ran, ns. */
  timeNs: number;
  console: string;
}

export interface RunOptions {
  seed: number;
  /** Virtual time a kernel may take before it counts as crashed. */
  limitNs: number;
}

const RESULT_LINE = /^Test result: (SUCCESS|SKIP|ERROR|FAILURE)\s*$/m;

/** What the suite needs of a domain unless the kernel's own .cfg says otherwise. */
const DEFAULT_CONFIG = 'memory = 4\nvcpus = 1\n';

export async function runKernels(kernels: Kernel[], options: RunOptions): Promise<KernelReport[]> {
  const host = await Host.boot({ pcpus: 2, seed: options.seed });
  try {
    const reports: KernelReport[] = [];
    for (const k of kernels) reports.push(await runOne(host, k, options.limitNs));
    return reports;
  } finally {
    await host.halt();
  }
}

async function runOne(host: Host, k: Kernel, limitNs: number): Promise<KernelReport> {
  const report = (result: Result, detail: string | null, timeNs: number, out: string): KernelReport => ({
    name: k.name, elf: k.elf, result, detail, timeNs, console: out,
  });
  let d: CreatedDomain;
  try {
    const config = k.cfg !== null ? fs.readFileSync(k.cfg, 'utf8') : DEFAULT_CONFIG;
    d = await host.createFromText(config, {
      file: k.cfg ?? k.elf,
      overrides: [`name="test-${k.name}"`, `kernel="${k.elf}"`, 'on_crash="preserve"', 'on_poweroff="destroy"'],
      paused: true,
    });
  } catch (e) {
    return report('ERROR', `not started: ${(e as Error).message}`, 0, '');
  }
  const start = host.now;
  await host.unpause(d);
  const gone = () => host.events.some((e) => e.domid === d.domid && (e.type === 'destroyed' || e.type === 'shutdown'));
  const finished = await host.runUntil(gone, limitNs);
  const out = host.console(d);
  const timeNs = host.now - start;
  if (!finished) await host.destroy(d).catch(() => undefined);
  const crashed = host.events.find((e) => e.domid === d.domid && e.type === 'shutdown' && e.reason === 'crash');
  if (crashed !== undefined) await host.destroy(d).catch(() => undefined);
  const line = RESULT_LINE.exec(out);
  if (line === null) {
    const why = !finished ? `no result within ${limitNs / 1e9} s of virtual time` : crashed !== undefined ? 'the domain crashed' : 'the domain powered off without a result';
    return report('CRASH', why, timeNs, out);
  }
  if (crashed !== undefined) return report('CRASH', 'crashed after its result line', timeNs, out);
  return report(line[1] as Result, null, timeNs, out);
}

/** The worst result of a run (SUCCESS for none). */
export function worst(reports: KernelReport[]): Result {
  return reports.reduce<Result>((w, r) => (RESULTS.indexOf(r.result) > RESULTS.indexOf(w) ? r.result : w), 'SUCCESS');
}
