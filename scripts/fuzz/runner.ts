/** Runs a fuzz target: its corpus first, then generated inputs, for a number of runs or a time. */
import fc from 'fast-check';
import { readCorpus, type FuzzTarget } from './target';

export interface FuzzRunOptions {
  /** Seed of the first batch (each further batch uses the next): the same seed, the same inputs. */
  seed: number;
  /** Stop after this many generated inputs... */
  runs?: number;
  /** ...or once this much wall time has passed (ms), whichever comes first. */
  timeMs?: number;
}

export interface FuzzFailure {
  /** The smallest failing input fast-check found. */
  input: Uint8Array;
  error: string;
  /** A corpus file that fails (its name), or null for a generated input. */
  corpusFile: string | null;
}

export interface FuzzReport {
  target: string;
  corpusFiles: number;
  inputs: number;
  seconds: number;
  perSecond: number;
  failures: FuzzFailure[];
}

const BATCH = 500;

export async function runTarget(target: FuzzTarget, options: FuzzRunOptions): Promise<FuzzReport> {
  const began = performance.now();
  const failures: FuzzFailure[] = [];
  const corpus = readCorpus(target);
  for (const { name, bytes } of corpus) {
    try {
      await target.check(bytes);
    } catch (err) {
      failures.push({ input: bytes, error: describe(err), corpusFile: name });
    }
  }
  let inputs = corpus.length;
  const maxRuns = options.runs ?? Infinity;
  const endAt = options.timeMs === undefined ? Infinity : began + options.timeMs;
  let generated = 0;
  for (let batch = 0; generated < maxRuns && performance.now() < endAt && failures.length === 0; batch++) {
    const numRuns = Math.min(BATCH, maxRuns - generated);
    let ran = 0;
    const details = await fc.check(fc.asyncProperty(target.inputs(), async (input) => {
      ran++;
      await target.check(input);
    }), { seed: options.seed + batch, numRuns, endOnFailure: false });
    generated += details.failed ? ran : details.numRuns;
    if (details.failed && details.counterexample !== null) {
      failures.push({ input: details.counterexample[0], error: describe(details.errorInstance), corpusFile: null });
    }
  }
  inputs += generated;
  await target.close?.();
  const seconds = (performance.now() - began) / 1000;
  return { target: target.name, corpusFiles: corpus.length, inputs, seconds, perSecond: inputs / seconds, failures };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
