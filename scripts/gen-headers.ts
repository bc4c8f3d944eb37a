/**
 * Write the guest SDK's C headers from packages/abi:
 *   npx ts-node --transpile-only scripts/gen-headers.ts [--check]
 * --check writes nothing and exits 1 if the committed headers differ from the generator's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateHeaders } from '../packages/abi/src/cheader';

const includeDir = path.resolve(__dirname, '..', 'images', 'sdk', 'include');
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, contents] of Object.entries(generateHeaders())) {
  const file = path.join(includeDir, name);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === contents) continue;
  if (check) {
    console.error(`${path.relative(process.cwd(), file)}: out of date`);
    stale++;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
if (stale > 0) {
  console.error('run: npx ts-node --transpile-only scripts/gen-headers.ts');
  process.exit(1);
}
