/**
 * The repository stands alone: no document links to a file outside it or to one that does
 * not exist, and no source, script or document reaches for the directory beside the
 * checkout where the project's design and reference data once lived (../shared).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git']);
const TEXT = /\.(ts|js|mjs|cjs|json|md|sh|mk|cfg|proto|ya?ml|c|h|S|ld)$|^(Makefile|run)$/;
/** Large data files: facts of Xen's ABI, no paths. */
const DATA = new Set(['package-lock.json', 'xen-4.17-public-abi.json']);

function textFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) textFiles(p, out);
    } else if (entry.isFile() && TEXT.test(entry.name) && !DATA.has(entry.name)) {
      out.push(p);
    }
  }
  return out;
}

// This file spells the patterns out, so it is left out of the scan.
const files = textFiles(REPO).filter((f) => f !== __filename);
const rel = (p: string): string => path.relative(REPO, p);

/** References to ../shared, as a path in text or as path.join/resolve segments. */
function outsideReferences(text: string): string[] {
  return [...text.matchAll(/\.\.\/shared\b|'\.\.',\s*'shared'/g)].map((m) => m[0]);
}

test('the walk found the repository\'s files', () => {
  expect(files.map(rel)).toEqual(expect.arrayContaining(['README.md', 'docs/ARCHITECTURE.md', 'test/abi/xen-compat.test.ts', '.ci/run']));
});

test('no file reaches for ../shared', () => {
  const problems = files.flatMap((f) => outsideReferences(fs.readFileSync(f, 'utf8')).map((what) => `${rel(f)}: ${what}`));
  expect(problems).toEqual([]);
});

/** The relative links of Markdown `text` (in file `f`) that leave the repository or lead nowhere. */
function brokenLinks(f: string, text: string): string[] {
  const broken: string[] = [];
  for (const m of text.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
    if (/^[a-z]+:/i.test(m[1])) continue; // https:, mailto:
    const target = path.resolve(path.dirname(f), m[1]);
    if (!target.startsWith(REPO + path.sep) || !fs.existsSync(target)) broken.push(`${rel(f)}: ${m[1]}`);
  }
  return broken;
}

test('every relative link in a Markdown file points at a file of the repository', () => {
  const problems = files.filter((f) => f.endsWith('.md')).flatMap((f) => brokenLinks(f, fs.readFileSync(f, 'utf8')));
  expect(problems).toEqual([]);
});

test('the checks see what README once said, and a link to nowhere', () => {
  expect(outsideReferences('The architecture is in `../shared/DESIGN.md`.')).toEqual(['../shared']);
  expect(outsideReferences("path.resolve(ROOT, '..', 'shared', 'reference')")).toEqual(["'..', 'shared'"]);
  expect(outsideReferences('images/demo/hello.cfg; ../sharedmemory')).toEqual([]);
  const readme = path.join(REPO, 'README.md');
  expect(brokenLinks(readme, '[design](../shared/DESIGN.md), [gone](docs/NOPE.md), [ok](docs/ARCHITECTURE.md#layers), [web](https://xenbits.xen.org/)'))
    .toEqual(['README.md: ../shared/DESIGN.md', 'README.md: docs/NOPE.md']);
});
