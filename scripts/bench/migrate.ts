/**
 * `npm run bench -- migrate [--json]`: live migration between two real daemons over TCP on
 * loopback (`hvsim boot --detach`, the destination with `--tcp`), through ManagementService's
 * Migrate, as `hvsim migrate` does it.
 *
 * Workloads: an idle 16 MiB sleeper; a 64 MiB domain with 48 MiB touched once and then idle
 * (the dirtier with touch=12288 and a 16-page working set written at 1 page/ms); the dirtier
 * (images/demo/dirtier.cfg) writing R pages per ms of a 256-page working set for several R, and
 * of a 1024-page one. Each row: the rounds and pages per round, MiB sent, the whole
 * migration's wall time, the downtime in the guest's virtual time and in wall time. Targets
 * (issue 17): idle downtime < 5 ms virtual, the 256-page dirtier < 30 ms virtual, 64 MiB in
 * < 2 s wall.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ManagementService, RpcClient, connectUnix, type ServiceClient } from '@hvsim/control';
import { freePort } from '../../test/e2e-helpers';
import type { BenchResult } from './index';

const REPO = path.resolve(__dirname, '..', '..');
const HVSIM = path.join(REPO, 'packages', 'cli', 'dist', 'main.js');
const DEMO = path.join(REPO, 'images', 'demo');

type Management = ServiceClient<typeof ManagementService>;

interface Workload {
  name: string;
  cfg: string;
  overrides: string[];
  /** Virtual-time targets of the issue, where it sets one. */
  target?: string;
}

const WORKLOADS: Workload[] = [
  { name: 'idle sleeper 16 MiB', cfg: 'sleeper.cfg', overrides: ['memory=16'], target: 'downtime < 5 ms virtual' },
  { name: '64 MiB, 48 MiB touched', cfg: 'dirtier.cfg', overrides: ['memory=64', 'cmdline="rate=1 wws=16 touch=12288"'], target: '< 2 s wall' },
  ...[1, 16, 64, 256].map((rate) => ({ name: `dirtier ${rate} pages/ms, WWS 256`, cfg: 'dirtier.cfg', overrides: [`cmdline="rate=${rate} wws=256"`], target: 'downtime < 30 ms virtual' })),
  { name: 'dirtier 256 pages/ms, WWS 1024', cfg: 'dirtier.cfg', overrides: ['cmdline="rate=256 wws=1024"'] },
];

function hvsim(socket: string, args: string[]): string {
  return execFileSync(process.execPath, [HVSIM, ...args, '--socket', socket], { encoding: 'utf8', env: { ...process.env, HVSIM_SOCKET: '' } });
}

async function connect(socket: string): Promise<{ rpc: RpcClient; m: Management }> {
  const rpc = await RpcClient.connect(await connectUnix(socket), { name: 'bench-migrate' });
  return { rpc, m: rpc.service(ManagementService) };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function run(): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bench-migrate-'));
  const src = path.join(dir, 'src', 'hvsim.sock');
  const dst = path.join(dir, 'dst', 'hvsim.sock');
  const port = await freePort();
  hvsim(src, ['boot', '--detach']);
  hvsim(dst, ['boot', '--detach', '--tcp', `127.0.0.1:${port}`]);
  const { rpc, m } = await connect(src);
  const table: BenchResult['table'] = [];
  const json: Record<string, unknown> = {};
  try {
    for (const w of WORKLOADS) {
      const created = await m.CreateDomain({ config: fs.readFileSync(path.join(DEMO, w.cfg), 'utf8'), configFile: path.join(DEMO, w.cfg), overrides: [...w.overrides, 'name="bench"'], paused: false });
      // Let it boot and settle into its steady state (the 48 MiB touched, the dirtier's rate).
      await sleep(1500);
      const r = await m.Migrate({ domain: String(created.domid), destination: `tcp:127.0.0.1:${port}`, live: true });
      const s = r.stats!;
      const row = {
        workload: w.name,
        rounds: s.pagesPerRound.length,
        'pages per round': s.pagesPerRound.join(' '),
        'MiB sent': Number((Number(s.bytes) / 1048576).toFixed(1)),
        'total wall ms': Math.round(s.totalWallMs),
        'downtime virtual ms': Number((Number(s.downtimeVirtualNs) / 1e6).toFixed(2)),
        'downtime wall ms': Math.round(s.downtimeWallMs),
        target: w.target ?? '',
      };
      table.push(row);
      json[w.name] = { ...row, pagesPerRound: s.pagesPerRound, bytes: Number(s.bytes), totalWallMs: s.totalWallMs, downtimeVirtualNs: Number(s.downtimeVirtualNs), downtimeWallMs: s.downtimeWallMs };
      hvsim(dst, ['destroy', 'bench']);
    }
  } finally {
    rpc.close();
    for (const socket of [src, dst]) {
      try {
        hvsim(socket, ['halt']);
      } catch {
        // already gone
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { table, json };
}
