/**
 * End-to-end: `hvsim boot` in the foreground with a host config (autostart) and opt-in TCP,
 * stopped by SIGTERM; `--help` of every verb.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEMO, HVSIM, alive, hvsim, ok, sleep, until } from '../e2e-helpers';

jest.setTimeout(60_000);

const VERBS = [
  'boot', 'halt', 'create', 'list', 'info', 'pause', 'unpause', 'shutdown', 'reboot', 'destroy', 'console', 'dmesg',
  'vcpu-list', 'vcpu-pin', 'sched-credit', 'domid', 'domname', 'rename', 'demo',
];

describe('hvsim boot (foreground)', () => {
  let dir: string;
  let child: ChildProcess | null = null;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-boot-'));
  });

  afterAll(async () => {
    if (child?.pid && alive(child.pid)) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('autostarts the domains its config names, serves TCP when asked, and stops on SIGTERM', async () => {
    const socket = path.join(dir, 'hvsim.sock');
    const hostCfg = path.join(dir, 'host.cfg');
    fs.writeFileSync(hostCfg, [
      'pcpus = 3',
      'memory = 512',
      'seed = 42',
      `autostart = [ "${path.join(DEMO, 'spin.cfg')} name=auto-spin cpu_weight=300", "${path.join(DEMO, 'hello.cfg')} on_poweroff=\\"preserve\\"" ]`,
      '',
    ].join('\n'));
    const proc = spawn(process.execPath, [HVSIM, 'boot', '--socket', socket, '--config', hostCfg, '--tcp', '127.0.0.1:0', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let stdout = '';
    let stderr = '';
    proc.stdout?.on('data', (c: Buffer) => { stdout += c.toString(); });
    proc.stderr?.on('data', (c: Buffer) => { stderr += c.toString(); });
    const where = await until(async () => {
      const line = stdout.split('\n').join('');
      try {
        return JSON.parse(line) as { pid: number; socket: string; tcp: string };
      } catch {
        return undefined;
      }
    }, 20_000, 'the daemon to report where it listens');
    expect(where.socket).toBe(socket);
    expect(where.tcp).toMatch(/^tcp:127\.0\.0\.1:\d+$/);
    expect(stderr).toContain('autostarted auto-spin');

    // Over TCP, as a remote client would.
    const list = JSON.parse(await ok(where.tcp, ['list', '--json'])) as Array<{ name: string }>;
    expect(list.map((d) => d.name)).toEqual(['Domain-0', 'auto-spin', 'hello']);
    const info = await ok(socket, ['info', '--json']);
    expect(JSON.parse(info)).toMatchObject({ nr_cpus: 3, total_memory: 512, seed: 42 });
    expect((await ok(socket, ['sched-credit', '-d', 'auto-spin'])).split('\n')[1]).toMatch(/^auto-spin +1 +300 +0$/);

    // Xen's own xenstore-* tools reach dom0's xenstored beside the control socket.
    const xs = spawnSync('xenstore-read', ['/local/domain/1/name'], { env: { ...process.env, XENSTORED_PATH: path.join(dir, 'xenstored.sock') }, encoding: 'utf8', timeout: 10_000 });
    expect(xs.stdout).toBe('auto-spin\n');

    // A second daemon on the same socket is refused with one line.
    const twice = await hvsim(socket, ['boot']);
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toBe(`hvsim: a daemon is already running at ${socket}\n`);

    proc.kill('SIGTERM');
    await until(async () => (proc.exitCode !== null ? true : undefined), 10_000, 'the daemon to exit');
    expect(proc.exitCode).toBe(0);
    expect(fs.existsSync(socket)).toBe(false);
  });

  it('rejects a bad host config naming file, line and key', async () => {
    const hostCfg = path.join(dir, 'bad-host.cfg');
    fs.writeFileSync(hostCfg, 'pcpus = 2\npace = "ludicrous"\n');
    const r = await hvsim(path.join(dir, 'x.sock'), ['boot', '--config', hostCfg]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toBe(`hvsim: ${hostCfg}:2: pace: expected one of max, realtime, got "ludicrous"\n`);
  });
});

describe('hvsim --help', () => {
  it('every verb has help and exits 0', async () => {
    const results = await Promise.all(VERBS.map((verb) => hvsim('/nonexistent.sock', [verb, '--help'])));
    results.forEach((r, i) => {
      expect({ verb: VERBS[i], code: r.code }).toEqual({ verb: VERBS[i], code: 0 });
      expect(r.stdout).toContain(`hvsim ${VERBS[i]}`);
    });
    await sleep(0);
  });

  it('an unknown verb is one line and a non-zero exit', async () => {
    const r = await hvsim('/nonexistent.sock', ['frobnicate']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^hvsim: Unknown arguments?: .*frobnicate\n$/);
  });
});
