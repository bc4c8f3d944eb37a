/** The committed generated code must be what the generator makes from the committed .proto files. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GEN_DIR, generate } from '../scripts/gen';

it('src/gen is up to date with proto/ (run `npm run gen -w @hvsim/control` if not)', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-control-gen-check-'));
  try {
    generate(out);
    const generated = fs.readdirSync(out).sort();
    expect(fs.readdirSync(GEN_DIR).sort()).toEqual(generated);
    for (const file of generated) {
      const fresh = fs.readFileSync(path.join(out, file), 'utf8');
      const committed = fs.readFileSync(path.join(GEN_DIR, file), 'utf8');
      // toBe on megabytes would print them all; say which file differs instead.
      expect({ file, upToDate: fresh === committed }).toEqual({ file, upToDate: true });
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 120_000); // pbjs runs once per part of the schema (scripts/gen.ts), and pbts once
