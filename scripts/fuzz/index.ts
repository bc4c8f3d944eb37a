/**
 * `npm run fuzz -- TARGET|all [--minutes N] [--runs N] [--seed N] [--json]`: runs fuzz targets
 * (scripts/fuzz/targets) for as long as asked — each target's corpus (test/fuzz/corpus/TARGET/)
 * first, then generated inputs — and prints inputs, executions per second and what failed.
 * A failing input is saved into the corpus (crash-HASH), where the CI test replays it: each
 * crash becomes a regression test. Exits 1 when something failed.
 */
import { runTarget, type FuzzReport } from './runner';
import { saveCrash } from './target';
import { TARGETS } from './targets';

function option(args: string[], name: string): number | undefined {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number, got ${JSON.stringify(args[at + 1])}`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const names = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && args[i - 1] !== '--json'));
  const usage = `usage: npm run fuzz -- TARGET|all [--minutes N] [--runs N] [--seed N] [--json]\ntargets: ${TARGETS.map((t) => t.name).join(', ')}`;
  if (names.length !== 1) throw new Error(usage);
  const chosen = names[0] === 'all' ? TARGETS : TARGETS.filter((t) => t.name === names[0]);
  if (chosen.length === 0) throw new Error(`no target "${names[0]}"\n${usage}`);
  const minutes = option(args, 'minutes');
  const runs = option(args, 'runs');
  const seed = option(args, 'seed') ?? 1;
  const timeMs = minutes === undefined && runs === undefined ? 60_000 : minutes === undefined ? undefined : (minutes * 60_000) / chosen.length;
  const reports: FuzzReport[] = [];
  for (const target of chosen) {
    const report = await runTarget(target, { seed, runs, timeMs });
    reports.push(report);
    for (const f of report.failures) {
      const where = f.corpusFile ?? saveCrash(target, f.input);
      process.stderr.write(`${target.name}: FAILED (${where}): ${f.error}\n`);
    }
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(reports.map((r) => ({ ...r, failures: r.failures.map((f) => f.error) })), null, 2)}\n`);
  } else {
    console.table(reports.map((r) => ({ target: r.target, corpus: r.corpusFiles, inputs: r.inputs, seconds: Number(r.seconds.toFixed(1)), 'per second': Math.round(r.perSecond), failures: r.failures.length })));
  }
  if (reports.some((r) => r.failures.length > 0)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`fuzz: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
