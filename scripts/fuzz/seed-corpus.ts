/** `ts-node scripts/fuzz/seed-corpus.ts`: writes a few generated inputs per target into its
 *  corpus (seed-N), so the corpus starts from shapes each target knows. Deterministic. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { corpusDir } from './target';
import { TARGETS } from './targets';

for (const target of TARGETS) {
  const dir = corpusDir(target);
  fs.mkdirSync(dir, { recursive: true });
  fc.sample(target.inputs(), { seed: 1, numRuns: 4 }).forEach((bytes, i) => fs.writeFileSync(path.join(dir, `seed-${i}`), bytes));
}
