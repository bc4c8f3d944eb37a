/**
 * `npm run bench -- lifecycle [--json] [--background=IMAGE]`: domain lifecycle through the
 * daemon's Unix socket, as a management client sees it.
 *
 * A real daemon (`hvsim boot`, realtime pacing) is started in a temporary directory. Each
 * round creates N domains from a real image (images/demo/hello.cfg, started — not paused)
 * one after the other, then destroys them; a domain's time is its CreateDomain round trip
 * plus its DestroyDomain round trip. Rounds: a warm-up of 1,000 domains, then one of 1,000 rounds
 * of one domain (both reported, marked as such); N = 1, 100 and 1,000, each repeated until it
 * has 1,000 samples (a round of one domain gives one); then N = 1,000 with 1,000 other domains
 * (default image: sleeper, timer-driven) existing but paused (the control path alone); then
 * N = 1,000 with those 1,000 running — the last round, whose figures head the JSON.
 *
 * Where `virsh` is installed, the same count of define + start + destroy (+ undefine) runs
 * against libvirt's test driver (`virsh -c test:///default`) as ONE virsh process reading
 * its commands from stdin (no process spawn per operation), in the same run; its per-domain
 * time is the batch's wall time divided by N (a batch gives no per-operation latencies).
 *
 * `--cpu-prof=DIR` runs the daemon under `node --cpu-prof` and leaves its profile in DIR.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ManagementService, RpcClient, connectUnix, type ServiceClient } from '@hvsim/control';
import type { BenchResult } from './index';

const REPO = path.resolve(__dirname, '..', '..');
const HVSIM = path.join(REPO, 'packages', 'cli', 'dist', 'main.js');
const DEMO = path.join(REPO, 'images', 'demo');
const ROUNDS = [1, 100, 1000];
const BACKGROUND = 1000;
const WARMUP = 1000;
/**
 * Lifecycles pooled in each measured round (N = 1 runs 1,000 times, N = 100 ten times): every
 * p50 is then over as many samples, taken over ~0.3 s rather than the ~30 ms of a hundred, so
 * that a short stall of the host moves it less.
 */
const SAMPLES = 1000;

type Management = ServiceClient<typeof ManagementService>;

interface Round {
  label: string;
  n: number;
  repeats: number;
  live: number;
  p50: number;
  p99: number;
  mean: number;
  rate: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function startDaemon(dir: string, nodeArgs: string[]): Promise<{ socket: string; stop: () => Promise<void> }> {
  if (!fs.existsSync(HVSIM)) throw new Error(`${HVSIM} is missing: run \`npx tsc -b\` first`);
  const socket = path.join(dir, 'hvsim.sock');
  const log = fs.openSync(path.join(dir, 'daemon.log'), 'a');
  const child = spawn(process.execPath, [...nodeArgs, HVSIM, 'boot', '--socket', socket, '--memory', '16384', '--pace', 'realtime'], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      (await connectUnix(socket)).close();
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the daemon did not start: ${fs.readFileSync(path.join(dir, 'daemon.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return {
    socket,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    },
  };
}

/**
 * Creates n domains one after the other, then destroys them; `repeat` times over (a round of
 * one domain is a single sample: its figures pool many such rounds).
 */
async function round(m: Management, label: string, n: number, live: number, config: string, configFile: string, repeat = 1): Promise<Round> {
  const times: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < repeat; r++) {
    const created: number[] = [];
    const first = times.length;
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      // on_poweroff=preserve: hello may power off before we destroy it; it must still be there.
      const { domid } = await m.CreateDomain({ config, configFile, overrides: [`name="${label}-${r}-${i}"`, 'on_poweroff="preserve"'] });
      times.push(performance.now() - s);
      created.push(domid);
    }
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await m.DestroyDomain({ domain: String(created[i]) });
      times[first + i] += performance.now() - s;
    }
  }
  const total = performance.now() - t0;
  const sorted = [...times].sort((a, b) => a - b);
  return { label, n, repeats: repeat, live, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: total / times.length, rate: (times.length / total) * 1000 };
}

function describeRound(r: Round, background: string): string {
  if (r.label === 'live') return `N=${r.n}, ${r.live} ${background} domains running`;
  if (r.label === 'paused') return `N=${r.n}, ${r.live} ${background} domains paused`;
  if (r.label === 'warm-up') return `N=${r.n}, warm-up (a fresh daemon)`;
  if (r.label === 'warm-up-1') return `N=1, ${r.repeats} rounds, warm-up`;
  return r.repeats > 1 ? `N=${r.n}, ${r.repeats} rounds` : `N=${r.n}`;
}

/** define + start + destroy + undefine of n domains in one `virsh -c test:///default` session. */
function virshRound(n: number, dir: string): number | null {
  if (spawnSync('sh', ['-c', 'command -v virsh'], { encoding: 'utf8' }).status !== 0) return null;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const xml = path.join(dir, `virsh-${i}.xml`);
    fs.writeFileSync(xml, `<domain type='test'><name>bench-${i}</name><memory unit='MiB'>4</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>\n`);
    lines.push(`define ${xml}`, `start bench-${i}`, `destroy bench-${i}`, `undefine bench-${i}`);
  }
  const t0 = performance.now();
  const r = spawnSync('virsh', ['-c', 'test:///default'], { input: lines.join('\n') + '\nquit\n', encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`virsh failed: ${r.stderr}`);
  // Startup of virsh itself is not a lifecycle cost: take it out with an empty session.
  const e0 = performance.now();
  spawnSync('virsh', ['-c', 'test:///default'], { input: 'quit\n', encoding: 'utf8' });
  const empty = performance.now() - e0;
  return Math.max(0, ms - empty) / n;
}

export async function run(args: string[]): Promise<BenchResult> {
  const background = args.find((a) => a.startsWith('--background='))?.slice('--background='.length) ?? 'sleeper';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bench-'));
  const profDir = args.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);
  const daemon = await startDaemon(dir, profDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profDir)}`]);
  const rounds: Round[] = [];
  let virshMs: number | null = null;
  try {
    const rpc = await RpcClient.connect(await connectUnix(daemon.socket), { name: 'bench-lifecycle' });
    const m = rpc.service(ManagementService);
    const helloFile = path.join(DEMO, 'hello.cfg');
    const hello = fs.readFileSync(helloFile, 'utf8');
    // Warm up the daemon's code paths before measuring: V8 optimises a path that runs once
    // per lifecycle only after some hundreds of lifecycles, so the rounds see a daemon that
    // has been in use for a while (the warm-up's own figures are reported too). A round of one
    // domain takes paths that a round of a thousand does not (its destroy comes while the guest
    // may still run, or dom0 is still handling its power-off), so the warm-up has both.
    rounds.push(await round(m, 'warm-up', WARMUP, 0, hello, helloFile));
    rounds.push(await round(m, 'warm-up-1', 1, 0, hello, helloFile, WARMUP));
    for (const n of ROUNDS) rounds.push(await round(m, `r${n}`, n, 0, hello, helloFile, SAMPLES / n));

    const bgFile = path.join(DEMO, `${background}.cfg`);
    const bgText = fs.readFileSync(bgFile, 'utf8');
    // First 1,000 live domains that exist but do not run (paused): the control path alone.
    for (let i = 0; i < BACKGROUND; i++) await m.CreateDomain({ config: bgText, configFile: bgFile, paused: true, overrides: [`name="bg-${i}"`] });
    rounds.push(await round(m, 'paused', 1000, BACKGROUND, hello, helloFile));
    // Then let them run: the last round is measured with 1,000 domains running.
    for (let i = 0; i < BACKGROUND; i++) await m.UnpauseDomain({ domain: `bg-${i}` });
    const live = (await m.ListDomains({ domains: [] })).domains.filter((d) => d.info && !d.info.paused && !d.info.shutdown).length - 1;
    rounds.push(await round(m, 'live', 1000, live, hello, helloFile));
    rpc.close();
    virshMs = virshRound(1000, dir);
  } finally {
    await daemon.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const last = rounds[rounds.length - 1];
  const table: BenchResult['table'] = rounds.map((r) => ({
    round: describeRound(r, background),
    per_domain_ms_p50: +r.p50.toFixed(3),
    per_domain_ms_p99: +r.p99.toFixed(3),
    domains_per_s: Math.round(r.rate),
  }));
  table.push({
    round: virshMs === null ? 'virsh test:///default: not installed (apt-get install libvirt-clients)' : 'virsh test:///default, N=1000, one session',
    per_domain_ms_p50: virshMs === null ? null : +virshMs.toFixed(3),
    per_domain_ms_p99: null,
    domains_per_s: virshMs === null ? null : Math.round(1000 / virshMs),
  });
  return {
    table,
    json: {
      per_domain_ms_p50: +last.p50.toFixed(4),
      per_domain_ms_p99: +last.p99.toFixed(4),
      domains_per_s: Math.round(last.rate),
      virsh_per_domain_ms: virshMs === null ? null : +virshMs.toFixed(4),
      virsh_ratio: virshMs === null ? null : +(last.p50 / virshMs).toFixed(3),
      image: 'images/demo/hello.cfg',
      background: { image: `images/demo/${background}.cfg`, domains: last.live },
      rounds: rounds.map((r) => ({ n: r.n, repeats: r.repeats, warm_up: r.label.startsWith('warm-up'), background: r.label === 'live' ? 'running' : r.label === 'paused' ? 'paused' : 'none', live_during: r.live, per_domain_ms_p50: +r.p50.toFixed(4), per_domain_ms_p99: +r.p99.toFixed(4), domains_per_s: Math.round(r.rate) })),
      virsh_method: virshMs === null ? 'virsh not installed' : 'one virsh -c test:///default process, commands on stdin (define, start, destroy, undefine per domain), minus an empty session',
    },
  };
}
