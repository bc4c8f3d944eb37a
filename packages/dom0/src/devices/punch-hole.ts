/**
 * Deallocating a byte range of an open disk image, as a DISCARD asks: the range reads as zeros
 * afterwards and, where the host's file system supports it, its blocks are given back
 * (fallocate(FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE), the file's size unchanged).
 *
 * Node has no fallocate binding, and a native addon would not be built by npm 11's default
 * install (it runs no install scripts), so the hole is punched by util-linux's fallocate(1).
 * The child gets the open descriptor itself as its fd 3 and opens /proc/self/fd/3: the hole
 * lands in the very file blkback checked and opened, never in whatever a path names now.
 * Where that fails (no fallocate(1), a file system without holes), the range is overwritten
 * with zeros, which a discard also allows.
 */
import { spawn } from 'node:child_process';
import type { FileHandle } from 'node:fs/promises';
import { writeFully } from '@hvsim/files';

/** Zeros written per call when no hole can be punched. */
const ZERO_CHUNK = new Uint8Array(1 << 20);

/** How the range was given back: a hole, or zeros written over it. */
export type DiscardMethod = 'hole' | 'zeros';

/** `tool` is the fallocate(1) to run (tests name one that does not exist). */
export async function discardRange(file: FileHandle, position: number, length: number, tool = 'fallocate'): Promise<DiscardMethod> {
  if (length === 0) return 'hole';
  if (await punchHole(tool, file, position, length)) return 'hole';
  await writeZeros(file, position, length);
  return 'zeros';
}

function punchHole(tool: string, file: FileHandle, position: number, length: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(tool, ['--punch-hole', '--offset', String(position), '--length', String(length), '/proc/self/fd/3'], {
      stdio: ['ignore', 'ignore', 'ignore', file.fd],
    });
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });
}

async function writeZeros(file: FileHandle, position: number, length: number): Promise<void> {
  let at = position;
  let left = length;
  while (left > 0) {
    const n = Math.min(left, ZERO_CHUNK.length);
    await writeFully(file, ZERO_CHUNK.subarray(0, n), at);
    at += n;
    left -= n;
  }
}
