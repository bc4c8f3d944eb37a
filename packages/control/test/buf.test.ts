/** buf lint (STANDARD rules) and buf breaking against the released baseline image. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const PACKAGE_DIR = path.resolve(__dirname, '..');
const BUF = path.resolve(PACKAGE_DIR, '..', '..', 'node_modules', '.bin', 'buf');
const BASELINE = path.join(PACKAGE_DIR, 'proto-baseline', 'hvsim-control-v1.binpb');

function buf(args: string[], cwd = PACKAGE_DIR): { status: number | null; output: string } {
  // BUF_CACHE_DIR in a temp dir: buf must not need a writable home or the network.
  const env = { ...process.env, BUF_CACHE_DIR: path.join(os.tmpdir(), 'hvsim-buf-cache') };
  const r = spawnSync(BUF, args, { cwd, env, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A copy of the module (buf.yaml + proto/) in a temp dir, to break on purpose. */
function scratchModule(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-buf-'));
  fs.copyFileSync(path.join(PACKAGE_DIR, 'buf.yaml'), path.join(dir, 'buf.yaml'));
  fs.cpSync(path.join(PACKAGE_DIR, 'proto'), path.join(dir, 'proto'), { recursive: true });
  return dir;
}

const MANAGEMENT = path.join('proto', 'hvsim', 'control', 'v1', 'management.proto');

describe('buf', () => {
  it('lints clean with the STANDARD rules', () => {
    expect(buf(['lint'])).toEqual({ status: 0, output: '' });
  });

  it('finds no breaking change against the committed baseline', () => {
    expect(fs.existsSync(BASELINE)).toBe(true);
    expect(buf(['breaking', '--against', BASELINE])).toEqual({ status: 0, output: '' });
  });

  it('reports a removed field as breaking, and a lint violation as such (the checks can fail)', () => {
    const dir = scratchModule();
    try {
      const file = path.join(dir, MANAGEMENT);
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, text.replace('  bool paused = 4;\n}\n\nmessage CreateDomainResponse', '}\n\nmessage CreateDomainResponse'));
      const breaking = buf(['breaking', '--against', BASELINE], dir);
      expect(breaking.status).not.toBe(0);
      expect(breaking.output).toContain('CreateDomainRequest');

      fs.writeFileSync(file, `${text}\nmessage badName {}\n`);
      const lint = buf(['lint'], dir);
      expect(lint.status).not.toBe(0);
      expect(lint.output).toContain('badName');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
