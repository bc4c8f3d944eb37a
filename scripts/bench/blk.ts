/**
 * `npm run bench -- blk [--json]`: virtual block device throughput from a guest, beside the
 * host's own I/O to the same datastore in the same run.
 *
 * An in-process host (the embedding API, as fast as the host allows) runs images/demo/
 * diskbench.cfg against a 64 MiB raw image in a temporary datastore: sequential 64 KiB writes
 * of 64 MiB then a flush, sequential 64 KiB reads of 64 MiB, 2,000 random 4 KiB reads. Each
 * phase is timed in wall time between the lines the guest prints as it starts and ends it.
 * The guest runs the phases GUEST_ROUNDS times in one domain; the first round is a warm-up
 * and not counted, and each phase reports its median over the others. A domain's first
 * round mostly measures V8 compiling the guest's code and the host's paths (hvsim compiles
 * each of a domain's hot regions for that domain: region-cache.ts), which a domain pays once,
 * not per I/O.
 * Then the host: `dd` writes and reads the same amount in 64 KiB blocks to a file in the same
 * datastore (conv=fsync for the write, as the guest flushes), and 2,000 random 4 KiB preads
 * of it (dd cannot do random offsets), ROUNDS times, medians too. Ratios are guest / host.
 *
 * A dd's wall time includes starting the process, which is not I/O: on a loaded machine it
 * can be a good part of a 64 MiB read. dd's own account of the copy (its "copied, N s" line, which
 * for the write covers the fsync) leaves it out: 'dd own ms' shows it, and 'guest/host net'
 * is the stricter ratio against it. The page cache is treated alike: both write through it
 * then fsync (the guest's FLUSH, dd's conv=fsync); both read back what they just wrote, from it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Host } from '@hvsim/host';
import { Datastore } from '@hvsim/dom0';
import type { BenchResult } from './index';

const REPO = path.resolve(__dirname, '..', '..');
const CFG = path.join(REPO, 'images', 'demo', 'diskbench.cfg');
const SEQ_BYTES = 64 << 20;
const IO = 64 << 10;
const RANDOM_READS = 2000;
const MB = 1e6;

interface Phase {
  seconds: number;
  /** dd's own account of the copy (host sequential phases). */
  own?: number;
  bytes: number;
  ios: number;
}

/** The guest's rounds (diskbench.c's ROUNDS): a warm-up, then the ones measured. */
const GUEST_ROUNDS = 4;
/** dd's rounds; each phase reports its median round. */
const ROUNDS = 3;

const SHAPES: Record<string, { bytes: number; ios: number }> = {
  'seq-write': { bytes: SEQ_BYTES, ios: SEQ_BYTES / IO },
  'seq-read': { bytes: SEQ_BYTES, ios: SEQ_BYTES / IO },
  'rand-read': { bytes: RANDOM_READS * 4096, ios: RANDOM_READS },
};

/** The guest's rounds after its warm-up, each phase timed. */
async function guestPhases(dir: string): Promise<Array<Record<string, Phase>>> {
  await new Datastore(dir).create('diskbench.img', SEQ_BYTES);
  const host = await Host.boot({ pcpus: 2, seed: 1, datastore: dir });
  try {
    const d = await host.create(CFG);
    let from = 0;
    /** Runs until the guest prints `line` after what was seen so far. */
    const see = async (line: string, limit: string): Promise<void> => {
      let at = -1;
      if (!(await host.runUntil(() => (at = host.console(d).indexOf(line, from)) >= 0, limit))) throw new Error(`the guest did not print "${line}":\n${host.console(d)}`);
      from = at + line.length;
    };
    const rounds: Array<Record<string, Phase>> = [];
    for (let round = 0; round < GUEST_ROUNDS; round++) {
      await see(`diskbench: round ${round}\n`, '60s');
      const phases: Record<string, Phase> = {};
      for (const name of Object.keys(SHAPES)) {
        await see(`diskbench: ${name} start`, '60s');
        const t0 = performance.now();
        await see(`diskbench: ${name} done`, '600s');
        phases[name] = { seconds: (performance.now() - t0) / 1000, ...SHAPES[name] };
      }
      if (round > 0) rounds.push(phases);
    }
    await host.destroy(d);
    return rounds;
  } finally {
    await host.halt();
  }
}

/** Per phase, the round with the median time. */
function median(rounds: Array<Record<string, Phase>>): Record<string, Phase> {
  const out: Record<string, Phase> = {};
  for (const name of Object.keys(rounds[0])) {
    const sorted = rounds.map((r) => r[name]).sort((a, b) => a.seconds - b.seconds);
    out[name] = sorted[Math.floor(sorted.length / 2)];
  }
  return out;
}

/** A dd's wall time, and the time it reports for the copy itself (seconds). */
function dd(args: string[]): { seconds: number; own: number } {
  const t0 = performance.now();
  const r = spawnSync('dd', args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`dd ${args.join(' ')}: ${r.stderr}`);
  const own = /copied, ([0-9.e+-]+) s/.exec(r.stderr);
  if (own === null) throw new Error(`dd ${args.join(' ')} did not say how long it took: ${r.stderr}`);
  return { seconds, own: Number(own[1]) };
}

function hostPhases(dir: string): Record<string, Phase> {
  const file = path.join(dir, 'dd.img');
  const count = String(SEQ_BYTES / IO);
  const write = dd(['if=/dev/zero', `of=${file}`, 'bs=64k', `count=${count}`, 'conv=fsync']);
  const read = dd([`if=${file}`, 'of=/dev/null', 'bs=64k', `count=${count}`]);
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(4096);
  let x = 2463534242;
  const t0 = performance.now();
  for (let i = 0; i < RANDOM_READS; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    fs.readSync(fd, buf, 0, 4096, (x % (SEQ_BYTES / 4096)) * 4096);
  }
  const rand = (performance.now() - t0) / 1000;
  fs.closeSync(fd);
  return {
    'seq-write': { seconds: write.seconds, own: write.own, bytes: SEQ_BYTES, ios: SEQ_BYTES / IO },
    'seq-read': { seconds: read.seconds, own: read.own, bytes: SEQ_BYTES, ios: SEQ_BYTES / IO },
    'rand-read': { seconds: rand, bytes: RANDOM_READS * 4096, ios: RANDOM_READS },
  };
}

export async function run(): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bench-blk-'));
  try {
    const guest = median(await guestPhases(dir));
    const host = median(Array.from({ length: ROUNDS }, () => hostPhases(dir)));
    const table = Object.keys(guest).map((name) => {
      const g = guest[name], h = host[name];
      return {
        phase: name,
        'guest MB/s': +(g.bytes / g.seconds / MB).toFixed(1),
        'guest IOPS': Math.round(g.ios / g.seconds),
        'host MB/s': +(h.bytes / h.seconds / MB).toFixed(1),
        'host IOPS': Math.round(h.ios / h.seconds),
        'guest/host': +((h.seconds / g.seconds)).toFixed(3),
        'dd own ms': h.own === undefined ? null : +(h.own * 1000).toFixed(1),
        'guest/host net': h.own === undefined ? null : +(h.own / g.seconds).toFixed(3),
      };
    });
    return { table, json: { guest, host, rows: table } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
