/**
 * `npm run bench -- cpu`: runs images/bare/cpubench.elf on the bare board and reports the
 * instructions retired, wall time and MIPS; where qemu-system-riscv32 is installed, runs the
 * same image under QEMU's virt machine, checks both printed the same checksum and reports
 * how many times longer hvsim took (qemu_ratio).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Board, loadElf } from '@hvsim/riscv';
import type { BenchResult } from './index';

const IMAGE = join(__dirname, '../../images/bare/cpubench.elf');
const BUDGET = 5_000_000_000;
const QEMU = 'qemu-system-riscv32';
const QEMU_TIMEOUT_MS = 120_000;

function checksumOf(output: string, who: string): string {
  const match = /cpubench: checksum (0x[0-9a-f]{8})/.exec(output);
  if (match === null) throw new Error(`${who} printed no checksum; output: ${JSON.stringify(output.slice(0, 500))}`);
  return match[1];
}

function runBoard(): { instructions: number; seconds: number; checksum: string } {
  const chunks: number[] = [];
  const board = new Board(loadElf(readFileSync(IMAGE)), { console: (b) => chunks.push(b) });
  const start = process.hrtime.bigint();
  const stop = board.run(BUDGET);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const output = Buffer.from(chunks).toString('latin1');
  if (stop === null || stop.reason !== 'finisher' || stop.code !== 0) {
    throw new Error(`cpubench did not finish cleanly on hvsim (${JSON.stringify(stop)}); output: ${output}`);
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

export async function run(_args: string[]): Promise<BenchResult> {
  const hvsim = runBoard();
  const mips = hvsim.instructions / hvsim.seconds / 1e6;
  const qemuSeconds = qemuAvailable() ? runQemu(hvsim.checksum) : null;
  const ratio = qemuSeconds === null ? null : hvsim.seconds / qemuSeconds;
  const round = (n: number, digits: number): number => Number(n.toFixed(digits));
  return {
    table: [
      {
        instructions: hvsim.instructions,
        seconds: round(hvsim.seconds, 3),
        MIPS: round(mips, 1),
        checksum: hvsim.checksum,
        'qemu seconds': qemuSeconds === null ? 'n/a' : round(qemuSeconds, 3),
        'hvsim/qemu time': ratio === null ? 'n/a' : round(ratio, 2),
      },
    ],
    json: {
      instructions: hvsim.instructions,
      seconds: round(hvsim.seconds, 4),
      mips: round(mips, 2),
      qemu_seconds: qemuSeconds === null ? null : round(qemuSeconds, 4),
      qemu_ratio: ratio === null ? null : round(ratio, 3),
    },
  };
}
