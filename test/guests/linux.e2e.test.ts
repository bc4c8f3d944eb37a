/**
 * Linux 6.1 (rv32) as an HVM domU, driven as a person would: `hvsim create -c` shows its boot
 * log and its init's prompt, lines typed on the console are answered, `poweroff` ends the
 * domain through SBI SRST and the attached CLI with it. The kernel and init are real
 * (images/linux, built by scripts/build-linux.sh from Debian's linux-source-6.1).
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { HVSIM, REPO, listJson, ok, startDaemon, until, type Daemon } from '../e2e-helpers';

const LINUX = path.join(REPO, 'images', 'linux', 'linux.cfg');
jest.setTimeout(180_000);

let daemon: Daemon;
beforeAll(async () => {
  daemon = await startDaemon();
});
afterAll(async () => {
  await daemon.stop();
});

test('create -c shows Linux booting to its init; typed commands are answered; poweroff ends the domain', async () => {
  const child = spawn(process.execPath, [HVSIM, 'create', '-c', LINUX, '--socket', daemon.socket]);
  let out = '';
  // The console is a tty in Linux (ONLCR): lines end in \r\n.
  child.stdout.on('data', (b: Buffer) => (out = (out + b.toString('utf8')).replace(/\r\n/g, '\n')));
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  const seen = async (text: string | RegExp, what: string): Promise<void> => {
    const found = (): boolean => (typeof text === 'string' ? out.includes(text) : text.test(out));
    await until(async () => (found() ? true : undefined), 120_000, what).catch((e: Error) => {
      throw new Error(`${e.message}; the console so far:\n${JSON.stringify(out.slice(-1500))}\n${err}`);
    });
  };

  await seen('hvsim init: Linux is up\n', 'the init banner');
  await seen(/\n# $/, 'the prompt');
  expect(out).toMatch(/^Linux version 6\.1\.\d+ /m);
  expect(out).toContain('SBI specification v2.0 detected');
  expect(out).toContain('ttyS0 at MMIO 0x10000000'); // the console is the UART, its input through the PLIC
  expect(out).toMatch(/^processor\s*: 0$/m); // /proc/cpuinfo, shown by init
  expect(out).toMatch(/^isa\s*: rv32ima/m);
  expect(out).toMatch(/^mmu\s*: sv32$/m);
  expect(out).toMatch(/^MemTotal:\s+\d+ kB$/m);

  child.stdin.write('echo hello from the console\n');
  await seen('hello from the console\n# ', 'the echo');
  child.stdin.write('cat /proc/version\n');
  await seen(/# cat \/proc\/version\nLinux version 6\.1\.\d+ .*\n# $/, 'cat');
  child.stdin.write('uptime\n');
  await seen(/uptime\n\d+\.\d+ \d+\.\d+\n# $/, 'uptime');
  expect((await listJson(daemon.socket)).find((d) => d.name === 'linux')?.state).toMatch(/^-[b-]/);

  child.stdin.write('poweroff\n');
  await seen('init: powering off', 'poweroff');
  await until(async () => (exitCode !== undefined ? true : undefined), 60_000, 'the attached CLI to end with the domain');
  expect(exitCode).toBe(0);
  expect((await listJson(daemon.socket)).map((d) => d.name)).toEqual(['Domain-0']);
});

test('hvsim shutdown and destroy end a running Linux', async () => {
  await ok(daemon.socket, ['create', LINUX, 'name="l1"']);
  await ok(daemon.socket, ['create', LINUX, 'name="l2"']);
  const ran = async (name: string): Promise<true | undefined> => ((await listJson(daemon.socket)).find((d) => d.name === name)?.cpu_time_ns ?? 0) > 0 ? true : undefined;
  await until(() => ran('l1'), 60_000, 'l1 to run');
  await until(() => ran('l2'), 60_000, 'l2 to run');
  await ok(daemon.socket, ['destroy', 'l2']);
  await ok(daemon.socket, ['shutdown', '-w', 'l1']);
  expect((await listJson(daemon.socket)).map((d) => d.name)).toEqual(['Domain-0']);
});

test('save and restore of a running Linux resume it: the same kernel answers on the console afterwards', async () => {
  const attach = (args: string[]): { out: () => string; input: (line: string) => void; ended: () => boolean } => {
    const child = spawn(process.execPath, [HVSIM, ...args, '--socket', daemon.socket]);
    let out = '';
    let ended = false;
    child.stdout.on('data', (b: Buffer) => (out = (out + b.toString('utf8')).replace(/\r\n/g, '\n')));
    child.on('exit', () => (ended = true));
    return { out: () => out, input: (line) => child.stdin.write(line), ended: () => ended };
  };
  const first = attach(['create', '-c', LINUX, 'name="saved"']);
  await until(async () => (/\n# $/.test(first.out()) ? true : undefined), 120_000, 'the prompt');
  first.input('echo before the save\n');
  await until(async () => (first.out().includes('before the save\n# ') ? true : undefined), 60_000, 'the echo');

  const image = path.join(daemon.dir, 'linux.save');
  await ok(daemon.socket, ['save', 'saved', image]);
  await until(async () => (first.ended() ? true : undefined), 30_000, 'the console to end with the saved domain');
  await ok(daemon.socket, ['restore', image]);
  const second = attach(['console', 'saved']);
  second.input('echo after the restore\n');
  await until(async () => (second.out().includes('after the restore\n# ') ? true : undefined), 60_000, 'the restored Linux to answer');
  second.input('cat /proc/version\n');
  await until(async () => (/Linux version 6\.1\.\d+ .*\n# $/.test(second.out()) ? true : undefined), 60_000, 'cat');
  second.input('poweroff\n');
  await until(async () => (second.ended() ? true : undefined), 60_000, 'poweroff');
  expect((await listJson(daemon.socket)).map((d) => d.name)).toEqual(['Domain-0']);
});
