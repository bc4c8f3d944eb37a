/**
 * The `hvsim` bin (bin/hvsim.js): npm links it at install time, before dist/ is built, so it
 * is a committed launcher of the compiled CLI. It runs the CLI when dist/ is there and names
 * the build command when dist/ is missing or older than the launcher.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const PACKAGE = path.resolve(__dirname, '..');
const BIN = path.join(PACKAGE, 'bin', 'hvsim.js');

const runBin = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 20_000 });

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
    expect(r.stderr).toBe(`hvsim: ${path.join(dir, 'packages', 'cli', 'dist', 'main.js')} is not built yet: run \`npm run build\` in ${dir}\n`);
  });

  test('a dist/main.js from before the launcher: exit 1, asking for a build', () => {
    fs.mkdirSync(path.join(dir, 'packages', 'cli', 'dist'));
    fs.writeFileSync(path.join(dir, 'packages', 'cli', 'dist', 'main.js'), 'exports.main = () => undefined;\n');
    const r = runBin(bin, ['--help']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is older than this launcher: run `npm run build`');
  });
});
