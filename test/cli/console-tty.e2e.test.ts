/**
 * `hvsim console` on a terminal, as a person uses it: typed lines reach the guest through its
 * PV console ring, the guest's answer comes back, and Ctrl-] detaches. util-linux's `script`
 * gives the CLI a pseudo-terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { DEMO, HVSIM, ok, sleep, startDaemon, until, type Daemon } from '../e2e-helpers';

const haveScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
if (!haveScript) console.warn('SKIPPED console on a terminal: util-linux `script` not installed');

let daemon: Daemon;
beforeAll(async () => {
  daemon = await startDaemon();
});
afterAll(async () => {
  await daemon.stop();
});

(haveScript ? test : test.skip)('typed input reaches the guest and Ctrl-] detaches', async () => {
  await ok(daemon.socket, ['create', path.join(DEMO, 'xsinfo.cfg')]);
  const child = spawn('script', ['-qec', `${process.execPath} ${HVSIM} console xsinfo`, '/dev/null'], {
    env: { ...process.env, HVSIM_SOCKET: daemon.socket },
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  await until(async () => (out.includes('type a line at the console') ? true : undefined), 10_000, 'the guest prompt');
  child.stdin.write('hello pty\r');
  await until(async () => (out.includes('xsinfo: you typed "hello pty"') ? true : undefined), 10_000, 'the echo');
  child.stdin.write('\x1d'); // Ctrl-]
  const code = await Promise.race([exited, sleep(10_000).then(() => 'still attached')]);
  expect(code).toBe(0);
  // Detaching leaves the domain running.
  expect(await ok(daemon.socket, ['list', 'xsinfo'])).toMatch(/^xsinfo\s+\d+/m);
});
