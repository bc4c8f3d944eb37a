/**
 * `npm run bench -- linux [--json]`: Linux 6.1 (images/linux/linux.cfg) from create to its
 * init's banner, the numbers issue 19 asks for.
 *
 * - Through the embedding API in this process: wall ms, virtual ms and guest instructions to the
 *   banner, MIPS over the boot, SBI calls (ecalls from S-mode), and the host memory the domain
 *   added (RSS after the boot minus RSS before it).
 * - Through the real CLI against a daemon (`hvsim boot --detach`, then `hvsim create -c`, as a
 *   user would): wall ms from spawning the CLI to the banner on its stdout. Target: < 3 s.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { Host } from '@hvsim/host';
import { HVSIM, REPO, ok, startDaemon } from '../../test/e2e-helpers';
import type { BenchResult } from './index';

const LINUX_CFG = path.join(REPO, 'images', 'linux', 'linux.cfg');
const BANNER = 'hvsim init: Linux is up';

interface ApiBoot {
  wallMs: number;
  virtualMs: number;
  instructions: number;
  mips: number;
  exits: Record<string, number>;
  hostMemoryMb: number;
}

async function bootThroughApi(): Promise<ApiBoot> {
  const host = await Host.boot();
  try {
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const v0 = host.now;
    const { domid } = await host.create(LINUX_CFG);
    const up = await host.runUntil(() => host.console(domid).includes(BANNER), '10s');
    const wallMs = performance.now() - t0;
    if (!up) throw new Error(`no banner within 10 s of virtual time; console:\n${host.console(domid).slice(-1000)}`);
    const counters = host.counters(domid);
    return {
      wallMs,
      virtualMs: (host.now - v0) / 1e6,
      instructions: counters.instructions,
      mips: counters.instructions / wallMs / 1e3,
      exits: counters.exits,
      hostMemoryMb: (process.memoryUsage().rss - rssBefore) / 2 ** 20,
    };
  } finally {
    await host.halt();
  }
}

/** Wall ms from spawning `hvsim create -c` to the banner on its stdout. */
async function bootThroughCli(): Promise<number> {
  const daemon = await startDaemon();
  try {
    const t0 = performance.now();
    const child = spawn(process.execPath, [HVSIM, 'create', '-c', LINUX_CFG, '--socket', daemon.socket]);
    const ms = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no banner within 60 s; stdout:\n${out.slice(-1000)}`)), 60_000);
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString('utf8');
        if (out.includes(BANNER)) {
          clearTimeout(timer);
          resolve(performance.now() - t0);
        }
      });
      child.on('error', reject);
    });
    child.kill();
    await ok(daemon.socket, ['destroy', 'linux']);
    return ms;
  } finally {
    await daemon.stop();
  }
}

export async function run(): Promise<BenchResult> {
  const api = await bootThroughApi();
  const cliMs = await bootThroughCli();
  const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
  return {
    table: [
      { path: 'embedding API', 'wall ms': round(api.wallMs, 0), 'virtual ms': round(api.virtualMs), 'M instructions': round(api.instructions / 1e6), MIPS: round(api.mips), 'host MiB': round(api.hostMemoryMb, 0) },
      { path: 'hvsim create -c (CLI + daemon)', 'wall ms': round(cliMs, 0), 'virtual ms': null, 'M instructions': null, MIPS: null, 'host MiB': null },
    ],
    json: { api, cliWallMs: cliMs, target: 'banner within 3 s wall through the CLI' },
  };
}
