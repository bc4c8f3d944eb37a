/**
 * `npm run bench -- cpu`: runs images/bare/cpubench.elf on the bare board and reports the
 * instructions retired, wall time and MIPS; where qemu-system-riscv32 is installed, runs the
 * same image under QEMU's virt machine, checks both printed the same checksum and reports
 * how many times longer hvsim took (qemu_ratio).
 *
 * The same work then runs as a user task under Sv32 (images/bare/cpubench-sv32.elf: an
 * identity-mapped kernel, the task on 4 KiB user pages), which must print the same checksum;
 * its MIPS are reported with their share of the bare MIPS (sv32_vs_bare). The two images run
 * alternately, ROUNDS times each, and each reports its fastest round, so that a busy host
 * slows both alike rather than whichever ran during the noise.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Board, loadElf } from '@hvsim/riscv';
import type { BenchResult } from './index';

const IMAGE = join(__dirname, '../../images/bare/cpubench.elf');
const SV32_IMAGE = join(__dirname, '../../images/bare/cpubench-sv32.elf');
const BUDGET = 5_000_000_000;
const ROUNDS = 3;
const QEMU = 'qemu-system-riscv32';
const QEMU_TIMEOUT_MS = 120_000;

interface Run { instructions: number; seconds: number; checksum: string }

function checksumOf(output: string, who: string): string {
  const match = /cpubench: checksum (0x[0-9a-f]{8})/.exec(output);
  if (match === null) throw new Error(`${who} printed no checksum; output: ${JSON.stringify(output.slice(0, 500))}`);
  return match[1];
}

function runBoard(image: string): Run {
  const chunks: number[] = [];
  const board = new Board(loadElf(readFileSync(image)), { console: (b) => chunks.push(b) });
  const start = process.hrtime.bigint();
  const stop = board.run(BUDGET);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const output = Buffer.from(chunks).toString('latin1');
  if (stop === null || stop.reason !== 'finisher' || stop.code !== 0) {
    throw new Error(`${image} did not finish cleanly on hvsim (${JSON.stringify(stop)}); output: ${output}`);
  }
  return { instructions: board.instructions, seconds, checksum: checksumOf(output, 'hvsim') };
}

function qemuAvailable(): boolean {
  return spawnSync(QEMU, ['--version'], { stdio: 'ignore' }).status === 0;
}

function runQemu(expected: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(QEMU, ['-M', 'virt', '-bios', 'none', '-nographic', '-kernel', IMAGE], {
    encoding: 'latin1',
    timeout: QEMU_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error) throw new Error(`${QEMU}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${QEMU} exited with ${result.status ?? result.signal}: ${result.stderr}`);
  const checksum = checksumOf(result.stdout, QEMU);
  if (checksum !== expected) throw new Error(`checksum mismatch: hvsim ${expected}, ${QEMU} ${checksum}`);
  return seconds;
}

/** Runs both images alternately; the fastest round of each. */
function runBoth(): { bare: Run; sv32: Run } {
  let bare: Run | null = null, sv32: Run | null = null;
  for (let k = 0; k < ROUNDS; k++) {
    const b = runBoard(IMAGE), v = runBoard(SV32_IMAGE);
    if (bare === null || b.seconds < bare.seconds) bare = b;
    if (sv32 === null || v.seconds < sv32.seconds) sv32 = v;
  }
  if (bare === null || sv32 === null) throw new Error('no rounds ran');
  if (sv32.checksum !== bare.checksum) throw new Error(`checksum mismatch: bare ${bare.checksum}, sv32 ${sv32.checksum}`);
  return { bare, sv32 };
}

export async function run(_args: string[]): Promise<BenchResult> {
  const { bare: hvsim, sv32 } = runBoth();
  const mips = hvsim.instructions / hvsim.seconds / 1e6;
  const sv32Mips = sv32.instructions / sv32.seconds / 1e6;
  const qemuSeconds = qemuAvailable() ? runQemu(hvsim.checksum) : null;
  const ratio = qemuSeconds === null ? null : hvsim.seconds / qemuSeconds;
  const round = (n: number, digits: number): number => Number(n.toFixed(digits));
  return {
    table: [
      {
        image: 'cpubench',
        instructions: hvsim.instructions,
        seconds: round(hvsim.seconds, 3),
        MIPS: round(mips, 1),
        checksum: hvsim.checksum,
        'of bare': '100%',
        'qemu seconds': qemuSeconds === null ? 'n/a' : round(qemuSeconds, 3),
        'hvsim/qemu time': ratio === null ? 'n/a' : round(ratio, 2),
      },
      {
        image: 'cpubench-sv32',
        instructions: sv32.instructions,
        seconds: round(sv32.seconds, 3),
        MIPS: round(sv32Mips, 1),
        checksum: sv32.checksum,
        'of bare': `${round((100 * sv32Mips) / mips, 1)}%`,
        'qemu seconds': 'n/a',
        'hvsim/qemu time': 'n/a',
      },
    ],
    json: {
      instructions: hvsim.instructions,
      seconds: round(hvsim.seconds, 4),
      mips: round(mips, 2),
      qemu_seconds: qemuSeconds === null ? null : round(qemuSeconds, 4),
      qemu_ratio: ratio === null ? null : round(ratio, 3),
      sv32: { instructions: sv32.instructions, seconds: round(sv32.seconds, 4), mips: round(sv32Mips, 2) },
      sv32_vs_bare: round(sv32Mips / mips, 3),
    },
  };
}
