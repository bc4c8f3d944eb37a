/**
 * Builds the `hvsim` bin's fast path (run by `npm run build` and `prepare`, after `tsc -b`):
 *   packages/cli/dist/bundle.js     the compiled CLI (dist/main.js) and everything its client
 *                                   verbs load (yargs, the control channel's client side, the
 *                                   generated messages), in one file
 *   packages/cli/dist/bundle.cache  V8's code cache of bundle.js after a run of `hvsim list`
 * A client verb is a process per command, and most of what it costs beyond starting node is
 * finding, reading and compiling some 60 modules: from one file and its compiled bytecode,
 * packages/cli/src/launch.ts starts it in about half the time. The verbs that boot the core
 * (boot, demo, run-bare, test-abi) and `cluster` (etcd, gRPC) stay outside: the bundle loads
 * them from dist/ as dist/main.js does.
 * Run: npx ts-node --transpile-only scripts/bundle-cli.ts (Array.from, not spread: ts-node compiles
 * this for ES5 here, where spreading a Set gives nothing)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { writeFileDurably } from '@hvsim/files';
import { BUNDLE_FILE, CODE_CACHE_FILE, bundleHeader } from '../packages/cli/src/bundle-header';

const REPO = path.resolve(__dirname, '..');
const CLI_DIST = path.join(REPO, 'packages', 'cli', 'dist');
const LAUNCH = path.join(CLI_DIST, 'launch.js');

/** Command modules (by their import in dist/commands/index.js) that stay outside the bundle. */
const OUTSIDE = new Set(['./boot', './demo', './run-bare', './test-abi', './cluster']);

/** The server verbs and `cluster` are required from dist/commands/ at run time, as dist/main.js does. */
const outsideVerbs: Plugin = {
  name: 'outside-verbs',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+$/ }, (args) =>
      OUTSIDE.has(args.path) && path.basename(args.resolveDir) === 'commands' ? { path: `${args.path.replace('./', './commands/')}.js`, external: true } : undefined);
  },
};

/**
 * yargs finds its translations (locales/*.json, read for the language of $LANG) from its own
 * file's directory; in the bundle that is dist/, so point it at node_modules/yargs/locales.
 */
const yargsLocales: Plugin = {
  name: 'yargs-locales',
  setup(b) {
    b.onLoad({ filter: /[\\/]yargs[\\/]build[\\/]index\.cjs$/ }, (args) => {
      const code = fs.readFileSync(args.path, 'utf8');
      const lookup = 're(__dirname,"../locales")';
      if (!code.includes(lookup)) throw new Error(`${args.path}: yargs no longer finds its locales as ${lookup}: update scripts/bundle-cli.ts`);
      const locales = path.relative(CLI_DIST, path.join(path.dirname(args.path), '..', 'locales'));
      return { contents: code.replace(lookup, `re(__dirname,${JSON.stringify(locales)})`), loader: 'js' };
    });
  },
};

/** The `tsc -b` outputs the bundle was made from: a newer one means it is stale (see launch.ts). */
function buildInfos(metafile: Metafile): string[] {
  const packages = new Set(Object.keys(metafile.inputs).map((f) => /^packages\/([\w-]+)\/dist\//.exec(f)?.[1]).filter((p) => p !== undefined));
  return Array.from(packages).sort().map((p) => path.relative(CLI_DIST, path.join(REPO, 'packages', p, 'dist', '.tsbuildinfo')));
}

/** Writes a build output durably, readable by all as tsc's outputs are (whoever runs the bin reads it). */
async function writeBuilt(file: string, data: Uint8Array): Promise<void> {
  await writeFileDurably(file, data);
  fs.chmodSync(file, 0o644);
}

/**
 * Runs `hvsim list` through the bundle against a socket where no daemon listens, which loads
 * and runs what a client verb runs (the parser, the verb, the connection up to its refusal),
 * and keeps V8's code cache of it: the bytecode of every function that run compiled.
 */
async function writeCodeCache(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bundle-'));
  try {
    const out = path.join(dir, 'bundle.cache');
    const argv = ['list', '--socket', path.join(dir, 'none.sock')];
    const code = `require(${JSON.stringify(LAUNCH)}).launch({ argv: ${JSON.stringify(argv)}, codeCacheOut: ${JSON.stringify(out)} })`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 60_000 });
    if (!r.stderr.startsWith('hvsim: no daemon running at ') || !fs.existsSync(out)) {
      throw new Error(`the warm-up run of the bundle did not end as expected (status ${r.status}): ${r.stderr}`);
    }
    await writeBuilt(path.join(CLI_DIST, CODE_CACHE_FILE), fs.readFileSync(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const result = await build({
    entryPoints: [path.join(CLI_DIST, 'main.js')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // V8 keeps a source of ASCII in one byte a character, and scans it faster.
    charset: 'ascii',
    write: false,
    metafile: true,
    outfile: path.join(CLI_DIST, BUNDLE_FILE),
    logLevel: 'warning',
    plugins: [outsideVerbs, yargsLocales],
  });
  const code = result.outputFiles[0].text.replace(/^#!.*\n/, '');
  const id = createHash('sha256').update(code).digest('hex').slice(0, 32);
  await writeBuilt(path.join(CLI_DIST, BUNDLE_FILE), Buffer.from(bundleHeader({ id, buildInfos: buildInfos(result.metafile) }) + code, 'latin1'));
  await writeCodeCache();
}

main().catch((err: unknown) => {
  process.stderr.write(`bundle-cli: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
