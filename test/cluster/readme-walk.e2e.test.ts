/**
 * README's cluster walk-through ("From nothing to three hosts with HA"), run as a new user
 * would paste it: one bash session, every line as written, but for the changes ADAPTATIONS
 * make (each says why). It starts etcd and three daemons, creates, migrates, evacuates,
 * leaves, lists, destroys, halts the daemons and stops etcd.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { alive, freePort, REPO, sleep } from '../e2e-helpers';

jest.setTimeout(180_000);

const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const HVSIM_BIN = path.join(REPO, 'packages', 'cli', 'bin', 'hvsim.js');

/** The sh block of README's cluster section. */
function walkthrough(): string {
  const section = README.slice(README.indexOf('### A cluster of hosts'));
  const block = /```sh\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error('README has no sh block in its cluster section');
  return block[1];
}

interface Ports {
  dir: string;
  client: number;
  peer: number;
  /** daemon hN listens on TCP base + N */
  base: number;
}

const ADAPTATIONS: Array<{ pattern: RegExp; replace: (text: string, p: Ports) => string; why: string }> = [
  { pattern: /\/tmp\//, replace: (t, p) => t.replace(/\/tmp\//g, `${p.dir}/`), why: 'files go to the test\'s own directory, not a shared /tmp' },
  { pattern: /127\.0\.0\.1:2379/, replace: (t, p) => t.replace(/127\.0\.0\.1:2379/g, `127.0.0.1:${p.client}`), why: 'etcd on a free port: another etcd may hold 2379' },
  {
    pattern: /--advertise-client-urls \S+/,
    replace: (t, p) => t.replace(/(--advertise-client-urls \S+)/, `$1 --listen-peer-urls http://127.0.0.1:${p.peer} --initial-advertise-peer-urls http://127.0.0.1:${p.peer} --initial-cluster default=http://127.0.0.1:${p.peer}`),
    why: 'and its peer port (2380 by default) free too',
  },
  { pattern: /24500/, replace: (t, p) => t.replace(/24500/g, String(p.base)), why: 'the daemons\' migration ports free too' },
  { pattern: /2>&1 &\n/, replace: (t) => t.replace(/2>&1 &\n/, '2>&1 &\necho "etcd pid $!"\n'), why: 'the test stops etcd itself if a line fails before README\'s `kill %1`' },
];

function run(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd: REPO, env, timeout: 170_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

test('README\'s cluster walk-through runs as written: three hosts with HA, a domain created, migrated, evacuated, listed, destroyed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-readme-cluster-'));
  const ports: Ports = { dir, client: await freePort(), peer: await freePort(), base: (await freePort()) - 1 };
  let script = walkthrough();
  const unused = ADAPTATIONS.filter((a) => !a.pattern.test(script)).map((a) => a.why);
  for (const a of ADAPTATIONS) script = a.replace(script, ports);
  const shim = `npx() { [ "$1" = hvsim ] || { echo "only npx hvsim runs here: npx $*" >&2; return 127; }; shift; "$NODE" "$HVSIM_BIN" "$@"; }`;
  const r = await run(`${shim}\n${script}`, { ...process.env, NODE: process.execPath, HVSIM_BIN, HVSIM_CLUSTER: '' });
  const pids = [...r.stdout.matchAll(/(?:hvsim: daemon|etcd pid) (\d+)/g)].map((m) => Number(m[1]));
  try {
    expect(unused).toEqual([]);
    if (r.code !== 0) throw new Error(`the walk-through exited ${r.code}:\n${r.stdout}\n${r.stderr}\n${fs.existsSync(path.join(dir, 'etcd.log')) ? '' : '(no etcd log)'}`);
    expect(pids).toHaveLength(4);
    expect(r.stdout).toMatch(/^running on h[123]$/m);
    expect(r.stdout).toMatch(/^h1\*?\s+connected/m);
    // Created on a host, migrated to h2, evacuated off h2, and off h3 as it left: on h1.
    expect(r.stdout).toMatch(/^sleeper\s+h1\s+4\s+1\s+running\s+high\s+-$/m);
    for (let i = 0; i < 100 && pids.some(alive); i++) await sleep(100);
    expect(pids.filter(alive)).toEqual([]); // halted, and etcd stopped by `kill %1`
  } finally {
    for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
