/**
 * The `hvsim` bin (bin/hvsim.js): npm links it at install time, before dist/ is built, so it
 * is a committed launcher of the compiled CLI. It runs the CLI when dist/ is there and names
 * the build command when dist/ is missing or older than the launcher. dist/launch.js runs the
 * CLI from its one-file bundle and the bundle's code cache (scripts/bundle-cli.ts, part of
 * `npm run build`), or from dist/main.js when the bundle is missing or stale.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const PACKAGE = path.resolve(__dirname, '..');
const BIN = path.join(PACKAGE, 'bin', 'hvsim.js');
const DIST = path.join(PACKAGE, 'dist');
const MAIN = path.join(DIST, 'main.js');
const LAUNCH = path.join(DIST, 'launch.js');

const runBin = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 20_000 });

/**
 * loadBundle(dir[, codeCacheOut]) in a node of its own: whether it loaded, from the code cache,
 * and what `list --version` printed.
 */
function loadBundleIn(dir: string, codeCacheOut?: string): { loaded: boolean; fromCache?: boolean; stdout: string } {
  const code = `const b = require(${JSON.stringify(LAUNCH)}).loadBundle(${JSON.stringify(dir)}, ${JSON.stringify(codeCacheOut)});
    process.stderr.write(JSON.stringify(b === undefined ? { loaded: false } : { loaded: true, fromCache: b.fromCache }) + '\\n');
    if (b) b.cli.run(['list', '--version']);`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 20_000 });
  if (r.status !== 0) throw new Error(`loadBundle(${dir}) failed: ${r.stderr}`);
  return { ...(JSON.parse(r.stderr) as { loaded: boolean; fromCache?: boolean }), stdout: r.stdout };
}

test('package.json names the launcher as the bin, and it is executable with a node shebang', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  expect(manifest.bin).toEqual({ hvsim: 'bin/hvsim.js' });
  expect(fs.statSync(BIN).mode & 0o111).toBe(0o111);
  expect(fs.readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
});

test('runs the compiled CLI', () => {
  const r = runBin(BIN, ['--version']);
  expect({ status: r.status, stdout: r.stdout.trim() }).toEqual({ status: 0, stdout: '0.1.0' });
});

describe('in a checkout whose dist/ is not (or no longer) built', () => {
  let dir: string;
  let bin: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bin-'));
    bin = path.join(dir, 'packages', 'cli', 'bin', 'hvsim.js');
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.copyFileSync(BIN, bin);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('no dist/: exit 1, naming the build command and where to run it', () => {
    const r = runBin(bin, ['--help']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`hvsim: ${path.join(dir, 'packages', 'cli', 'dist', 'launch.js')} is not built yet: run \`npm run build\` in ${dir}\n`);
  });

  test('a dist/ from before the launcher: exit 1, asking for a build', () => {
    fs.mkdirSync(path.join(dir, 'packages', 'cli', 'dist'));
    fs.writeFileSync(path.join(dir, 'packages', 'cli', 'dist', 'launch.js'), 'exports.run = () => undefined;\n');
    const r = runBin(bin, ['--help']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is older than this launcher: run `npm run build`');
  });
});

describe('the bundle', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(DIST, 'bundle.js'))) throw new Error(`${DIST}/bundle.js is missing: run \`npm run build\` (tsc -b alone does not bundle)`);
  });

  test('the built bundle is fresh, and V8 takes its code cache', () => {
    expect(loadBundleIn(DIST)).toEqual({ loaded: true, fromCache: true, stdout: '0.1.0\n' });
  });

  test.each([
    ['--help'],
    ['destroy', '-f', 'x'],
    ['lst'],
    ['list', '--socket', '/nonexistent/hvsim.sock'],
    ['boot', '--help'],
  ].map((args) => [args.join(' '), args]))('the bin (bundle) and dist/main.js answer `hvsim %s` alike', (_line, args) => {
    const viaBin = runBin(BIN, args as string[]);
    const viaMain = runBin(MAIN, args as string[]);
    expect({ status: viaBin.status, stdout: viaBin.stdout, stderr: viaBin.stderr }).toEqual({ status: viaMain.status, stdout: viaMain.stdout, stderr: viaMain.stderr });
  });

  describe('copied into a directory of its own', () => {
    let dir: string;
    let stamp: string;
    /** The built bundle, its header listing `stamp` as the tsc output it was made from. */
    const copyBundle = (): void => {
      const [header, ...code] = fs.readFileSync(path.join(DIST, 'bundle.js'), 'latin1').split('\n');
      const id = (JSON.parse(header.replace(/^\/\/ hvsim-bundle /, '')) as { id: string }).id;
      fs.writeFileSync(path.join(dir, 'bundle.js'), [`// hvsim-bundle ${JSON.stringify({ id, buildInfos: ['stamp'] })}`, ...code].join('\n'));
    };
    const setMtime = (file: string, secondsFromNow: number): void => {
      const t = Date.now() / 1000 + secondsFromNow;
      fs.utimesSync(file, t, t);
    };
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bundle-'));
      stamp = path.join(dir, 'stamp');
      fs.writeFileSync(stamp, '');
      copyBundle();
      setMtime(stamp, -60);
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('runs when it is newer than what it was made from', () => {
      expect(loadBundleIn(dir)).toEqual({ loaded: true, fromCache: false, stdout: '0.1.0\n' });
    });

    test('is not used once a tsc output it was made from is newer (or gone): launch falls back to dist/main.js', () => {
      setMtime(stamp, 60);
      expect(loadBundleIn(dir)).toEqual({ loaded: false, stdout: '' });
      fs.rmSync(stamp);
      expect(loadBundleIn(dir)).toEqual({ loaded: false, stdout: '' });
    });

    test('without a header (not a bundle the build wrote) it is not used', () => {
      fs.writeFileSync(path.join(dir, 'bundle.js'), 'exports.run = () => process.stdout.write("not hvsim\\n");\n');
      expect(loadBundleIn(dir)).toEqual({ loaded: false, stdout: '' });
    });

    test('a code cache of another build, garbage or a FIFO in its place is not used, and the bundle runs', () => {
      fs.writeFileSync(path.join(dir, 'bundle.cache'), fs.readFileSync(path.join(DIST, 'bundle.cache')).fill('0', 0, 32));
      expect(loadBundleIn(dir)).toEqual({ loaded: true, fromCache: false, stdout: '0.1.0\n' });
      fs.rmSync(path.join(dir, 'bundle.cache'));
      execFileSync('mkfifo', [path.join(dir, 'bundle.cache')]);
      expect(loadBundleIn(dir)).toEqual({ loaded: true, fromCache: false, stdout: '0.1.0\n' });
    });

    test('a code cache written on exit replaces the file whole, and one damaged within its length is refused, not run', () => {
      const cache = path.join(dir, 'bundle.cache');
      fs.writeFileSync(cache, 'the previous cache');
      expect(loadBundleIn(dir, cache)).toEqual({ loaded: true, fromCache: false, stdout: '0.1.0\n' });
      expect(fs.readdirSync(dir).sort()).toEqual(['bundle.cache', 'bundle.js', 'stamp']);
      expect(loadBundleIn(dir)).toEqual({ loaded: true, fromCache: true, stdout: '0.1.0\n' });
      // A release V8 checks a cache's length, not its bytes: given this one, node would abort.
      const data = fs.readFileSync(cache);
      for (let i = data.length >> 1; i < data.length; i += 7) data[i] ^= 0x5a;
      fs.writeFileSync(cache, data);
      expect(loadBundleIn(dir)).toEqual({ loaded: true, fromCache: false, stdout: '0.1.0\n' });
      fs.writeFileSync(cache, data.subarray(0, data.indexOf(0x0a)));
      expect(loadBundleIn(dir)).toEqual({ loaded: true, fromCache: false, stdout: '0.1.0\n' });
    });
  });
});
