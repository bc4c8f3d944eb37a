/**
 * `npm run bench -- cli [--json] [--runs=N] [--cli=PATH]`: the wall time of one `hvsim list`
 * process against a running daemon, beside a bare `node -e 0` started the same way in the same
 * run. What a script of `hvsim` commands pays per command is mostly start-up: the difference
 * between the two is what hvsim adds to starting node (loading yargs, the control channel and
 * the verb's module, the handshake and the call).
 *
 * A daemon (`hvsim boot --detach`, realtime pacing) is started in a temporary directory. The
 * two commands run alternately, N times each (default 21) after one warm-up of each, so a
 * stall of the host hits both alike; mean ± sd, p50, p90 and min are reported, and the
 * difference of the means against issue #13's target: `hvsim list` within 100 ms of a bare
 * node. (`hyperfine -N -w 5 -r 50 'node -e 0' 'node packages/cli/bin/hvsim.js list --socket S'`
 * measures the same.) `--cli=PATH` measures another entry: dist/main.js (the CLI without its
 * bundle), or another checkout's bin or main.js, for a before/after.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchResult } from './index';

const REPO = path.resolve(__dirname, '..', '..');
/** The bin, as `npx hvsim` runs it: the bundle with its code cache when built (packages/cli/src/launch.ts). */
const DEFAULT_CLI = path.join(REPO, 'packages', 'cli', 'bin', 'hvsim.js');
const DEFAULT_RUNS = 21;
/** Issue #13: `hvsim list` against a running daemon within this much of `node -e 0`. */
const TARGET_OVERHEAD_MS = 100;

interface Stats {
  command: string;
  meanMs: number;
  sdMs: number;
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

const round = (ms: number): number => Math.round(ms * 10) / 10;

function stats(command: string, samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const mean = samples.reduce((sum, ms) => sum + ms, 0) / samples.length;
  const variance = samples.reduce((sum, ms) => sum + (ms - mean) ** 2, 0) / Math.max(1, samples.length - 1);
  return { command, meanMs: round(mean), sdMs: round(Math.sqrt(variance)), p50Ms: round(at(0.5)), p90Ms: round(at(0.9)), minMs: round(sorted[0]) };
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
    const nodeBare = stats('node -e 0', node);
    const hvsimList = stats('hvsim list', hvsim);
    const overhead = { meanMs: round(hvsimList.meanMs - nodeBare.meanMs), p50Ms: round(hvsimList.p50Ms - nodeBare.p50Ms), minMs: round(hvsimList.minMs - nodeBare.minMs) };
    const target = { overheadMs: TARGET_OVERHEAD_MS, met: overhead.meanMs <= TARGET_OVERHEAD_MS };
    return {
      table: [
        { ...nodeBare },
        { ...hvsimList },
        { command: `hvsim list - node -e 0 (target: <= ${TARGET_OVERHEAD_MS} ms, ${target.met ? 'met' : 'NOT met'})`, ...overhead },
      ],
      json: { cli, runs, nodeBare, hvsimList, overhead, target },
    };
  } finally {
    spawnSync(process.execPath, [cli, 'halt', '--socket', socket], { stdio: 'ignore', timeout: 20_000 });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
