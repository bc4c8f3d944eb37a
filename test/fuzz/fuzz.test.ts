/**
 * CI's fuzzing: every target of scripts/fuzz, its corpus replayed (each crash ever found is
 * there) and then a fixed number of generated inputs from a fixed seed — deterministic, a few
 * seconds each. `npm run fuzz -- TARGET --minutes N` runs them for as long as asked.
 */
import { runTarget } from '../../scripts/fuzz/runner';
import { TARGETS } from '../../scripts/fuzz/targets';

jest.setTimeout(120_000);

/** Generated inputs per target: each takes a few seconds on a loaded CI host. */
const RUNS: Record<string, number> = { 'management-rpc': 1_000 };
const DEFAULT_RUNS = 10_000;

describe.each(TARGETS.map((t) => [t.name, t] as const))('fuzz target %s', (_name, target) => {
  it('holds its properties on its corpus and on generated inputs', async () => {
    const report = await runTarget(target, { seed: 20261206, runs: RUNS[target.name] ?? DEFAULT_RUNS });
    expect(report.failures.map((f) => `${f.corpusFile ?? 'generated'}: ${f.error}`)).toEqual([]);
    expect(report.inputs).toBeGreaterThanOrEqual(report.corpusFiles + (RUNS[target.name] ?? DEFAULT_RUNS));
  });
});
