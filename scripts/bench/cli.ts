/**
 * `npm run bench -- cli [--json] [--runs=N] [--cli=PATH]`: the wall time of one `hvsim list`
 * process against a running daemon, beside a bare `node -e 0` started the same way in the same
 * run. What a script of `hvsim` commands pays per command is mostly start-up: the difference
 * between the two is what hvsim adds to starting node (loading yargs, the control channel and
 * the verb's module, the handshake and the call).
 *
 * A daemon (`hvsim boot --detach`, realtime pacing) is started in a temporary directory. The
 * two commands run alternately, N times each (default 21) after one warm-up of each, so a
 * stall of the host hits both alike; p50, p90 and min are reported. `--cli=PATH` measures
 * another build's main.js (e.g. the main branch's, for a before/after).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchResult } from './index';

const REPO = path.resolve(__dirname, '..', '..');
const DEFAULT_CLI = path.join(REPO, 'packages', 'cli', 'dist', 'main.js');
const DEFAULT_RUNS = 21;

interface Stats {
  command: string;
  p50Ms: number;
  p90Ms: number;
  minMs: number;
}

function option(args: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return args.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

/** Runs `node ARGS` to completion; its wall time in ms. A failure ends the bench. */
function timeNode(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HVSIM_SOCKET: '' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

function stats(command: string, samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return { command, p50Ms: round(at(0.5)), p90Ms: round(at(0.9)), minMs: round(sorted[0]) };
}

export async function run(args: string[]): Promise<BenchResult> {
  const cli = path.resolve(option(args, 'cli') ?? DEFAULT_CLI);
  const runs = Number(option(args, 'runs') ?? DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number >= 1');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run \`npx tsc -b\` first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bench-cli-'));
  const socket = path.join(dir, 'hvsim.sock');
  const bare = ['-e', '0'];
  const list = [cli, 'list', '--socket', socket];
  try {
    timeNode([cli, 'boot', '--detach', '--socket', socket]);
    const node: number[] = [];
    const hvsim: number[] = [];
    timeNode(bare);
    timeNode(list);
    for (let i = 0; i < runs; i++) {
      node.push(timeNode(bare));
      hvsim.push(timeNode(list));
    }
    const rows = [stats('node -e 0', node), stats('hvsim list', hvsim)];
    const overheadMs = Math.round((rows[1].p50Ms - rows[0].p50Ms) * 10) / 10;
    return {
      table: rows.map((r) => ({ ...r, overheadP50Ms: r.command === 'hvsim list' ? overheadMs : null })),
      json: { cli, runs, nodeBare: rows[0], hvsimList: rows[1], overheadP50Ms: overheadMs },
    };
  } finally {
    spawnSync(process.execPath, [cli, 'halt', '--socket', socket], { stdio: 'ignore', timeout: 20_000 });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
