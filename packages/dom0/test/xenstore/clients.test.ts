/**
 * Xen's own xenstore-* clients (Debian's xenstore-utils) against hvsim's xenstored over a Unix
 * socket, XENSTORED_PATH pointing at it. Expected outputs are what those tools print on a Xen
 * host holding the same tree.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingTools } from '../../../../test/host-tools';
import { Xenstored, XenstoreSocketServer } from '../../src/xenstore';

const TOOLS = ['xenstore-read', 'xenstore-write', 'xenstore-ls', 'xenstore-list', 'xenstore-exists',
  'xenstore-rm', 'xenstore-chmod', 'xenstore-watch'];

const missing = missingTools(TOOLS);
const describeWithTools = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) {
  // Visible in the jest output next to the skipped tests.
  console.warn(`xenstore-clients tests SKIPPED: ${missing.join(', ')} not installed (apt-get install xenstore-utils)`);
}

interface Result { code: number; stdout: string; stderr: string }

describeWithTools('Xen xenstore-* clients against hvsim xenstored', () => {
  let dir: string;
  let sock: string;
  let xs: Xenstored;
  let server: XenstoreSocketServer;

  const run = (tool: string, ...argv: string[]): Promise<Result> => new Promise((resolve) => {
    execFile(tool, argv, { env: { ...process.env, XENSTORED_PATH: sock }, timeout: 10_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hvsim-xsc-'));
    sock = join(dir, 'socket');
    xs = new Xenstored();
    server = new XenstoreSocketServer(xs);
    await server.listen(sock);
  });

  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('xenstore-write then xenstore-read', async () => {
    expect(await run('xenstore-write', '/a/b', 'hello')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(xs.read('/a/b').toString()).toBe('hello');
    expect(await run('xenstore-read', '/a/b')).toEqual({ code: 0, stdout: 'hello\n', stderr: '' });
    const missingRead = await run('xenstore-read', '/nope');
    expect(missingRead.code).toBe(1);
    expect(missingRead.stderr).toBe('xenstore-read: couldn\'t read path /nope\n');
  });

  it('xenstore-write of several pairs', async () => {
    expect((await run('xenstore-write', '/p/one', '1', '/p/two', '2')).code).toBe(0);
    expect((await run('xenstore-read', '/p/one', '/p/two')).stdout).toBe('1\n2\n');
  });

  it('xenstore-ls of the whole tree, -f and -p', async () => {
    xs.write('/a/b', 'hello');
    xs.write('/a/c', 'tab\there\x01');
    expect((await run('xenstore-ls')).stdout).toBe(
      'tool = ""\n xenstored = ""\na = ""\n b = "hello"\n c = "tab\\there\\001"\n');
    expect((await run('xenstore-ls', '-f', '/a')).stdout).toBe('/a/b = "hello"\n/a/c = "tab\\there\\001"\n');
    xs.setPerms('/a/b', [{ domid: 0, perm: 'n' }, { domid: 1, perm: 'r' }]);
    // Not a tty: xenstore-ls pads with ". " up to its 80-column default, then the permissions.
    const p = (await run('xenstore-ls', '-p', '/a')).stdout.split('\n');
    expect(p[0]).toMatch(/^b = "hello" {2}(\. )+ \(n0,r1\)$/);
    expect(p[1]).toMatch(/^c = "tab\\there\\001" {2}(\. )+ \(n0\)$/);
  });

  it('xenstore-list and a directory too big for one reply (XS_DIRECTORY_PART fallback)', async () => {
    xs.write('/l/x', '');
    xs.write('/l/y', '');
    expect((await run('xenstore-list', '/l')).stdout).toBe('x\ny\n');
    const names = Array.from({ length: 300 }, (_, i) => `a-rather-long-child-name-${String(i).padStart(3, '0')}`);
    for (const n of names) xs.write(`/big/${n}`, '');
    const r = await run('xenstore-list', '/big');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(names.map((n) => `${n}\n`).join(''));
  });

  it('xenstore-exists exit codes', async () => {
    xs.write('/e', '');
    expect((await run('xenstore-exists', '/e')).code).toBe(0);
    expect((await run('xenstore-exists', '/e/nope')).code).toBe(1);
  });

  it('xenstore-rm removes a subtree', async () => {
    xs.write('/r/s/t', 'v');
    expect((await run('xenstore-rm', '/r/s')).code).toBe(0);
    expect(xs.exists('/r/s/t')).toBe(false);
    expect(xs.directory('/r')).toEqual([]);
  });

  it('xenstore-chmod sets permissions', async () => {
    xs.write('/c', 'v');
    expect((await run('xenstore-chmod', '/c', 'n0', 'r3', 'b4')).code).toBe(0);
    expect(xs.getPerms('/c')).toEqual([{ domid: 0, perm: 'n' }, { domid: 3, perm: 'r' }, { domid: 4, perm: 'b' }]);
  });

  it('xenstore-watch -n 2 prints the initial event and the next change', async () => {
    const child = spawn('xenstore-watch', ['-n', '2', '/w'], { env: { ...process.env, XENSTORED_PATH: sock } });
    let out = '';
    const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const timer = setTimeout(() => child.kill(), 10_000);
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve();
    }));
    expect(out).toBe('/w\n');
    xs.write('/w/child', 'x');
    expect(await done).toBe(0);
    clearTimeout(timer);
    expect(out).toBe('/w\n/w/child\n');
  });
});
