/**
 * `hvsim test-abi` through the real CLI binary: the conformance suite passes, results map to
 * xtf-runner's exit codes, and a kernel built for a newer ABI than the hypervisor offers is
 * refused with a clear message.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'packages', 'cli', 'dist', 'main.js');

function hvsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  name: string;
  result: string;
  exit_code: number;
  detail: string | null;
  console: string;
}

test('every conformance kernel in images/tests passes', () => {
  const r = hvsim('test-abi', '--json');
  expect(r.stderr).toBe('');
  const rows = JSON.parse(r.stdout) as Row[];
  const families = [
    'arm', 'console', 'errors', 'evtchn', 'fifo', 'grant', 'memory', 'multicall', 'sbi', 'sched', 'shutdown', 'srst', 'timer', 'vcpu',
    'version',
  ];
  expect(rows.map((x) => x.name)).toEqual(expect.arrayContaining(families));
  for (const row of rows) {
    expect({ name: row.name, result: row.result, console: row.result === 'SUCCESS' ? '' : row.console }).toEqual({ name: row.name, result: 'SUCCESS', console: '' });
    expect(row.console).toMatch(/^\d+ checks$/m);
  }
  // A domU's CONSOLEIO_write keeps only printable bytes, tabs and newlines (xen.h).
  expect(rows.find((x) => x.name === 'console')?.console).toContain('console: ctl[ab]\tc\n');
  expect(r.status).toBe(0);
});

test('the table names each kernel and the exit code is the worst result', () => {
  const pass = hvsim('test-abi', 'ver');
  expect(pass.status).toBe(0);
  expect(pass.stdout).toMatch(/^test-version\s+SUCCESS/m);
  expect(pass.stdout).toMatch(/^1 kernel: 1 SUCCESS$/m);

  // hello is no conformance kernel: it powers off without a result line.
  const crash = hvsim('test-abi', path.join('images', 'demo', 'hello.elf'));
  expect(crash.status).toBe(6);
  expect(crash.stdout).toMatch(/^test-hello\s+CRASH .*without a result/m);
});

test('a kernel asking for a newer ABI minor, or another major, is refused clearly', () => {
  const r = hvsim('test-abi', path.join('images', 'abi-compat'), '--json');
  const rows = JSON.parse(r.stdout) as Row[];
  expect(rows.map((x) => [x.name, x.result])).toEqual([['newer-minor', 'ERROR'], ['other-major', 'ERROR']]);
  expect(rows[0].detail).toMatch(/built for hvsim ABI 1\.1, but this hypervisor offers 1\.0/);
  expect(rows[1].detail).toMatch(/built for hvsim ABI 2\.0, but this hypervisor offers 1\.0/);
  expect(r.status).toBe(4);
});

test('a pattern that matches nothing is an error naming it', () => {
  const r = hvsim('test-abi', 'no-such-family');
  expect(r.status).toBe(1);
  expect(r.stderr.trim()).toMatch(/^hvsim: no kernel in .* matches 'no-such-family'$/);
});
