import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discardRange } from '../../src/devices/punch-hole';

const MIB = 1 << 20;
let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-punch-'));
  file = path.join(dir, 'disk.img');
  fs.writeFileSync(file, Buffer.alloc(MIB, 0xa5));
  fs.fsyncSync(fs.openSync(file, 'r'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function discard(position: number, length: number, tool?: string): Promise<string> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    return await discardRange(handle, position, length, tool);
  } finally {
    await handle.close();
  }
}

test('a discarded range reads as zeros, its blocks are given back, the size and the rest stay', async () => {
  const blocksBefore = fs.statSync(file).blocks;
  expect(await discard(256 * 1024, 512 * 1024)).toBe('hole');
  const after = fs.readFileSync(file);
  expect(after.length).toBe(MIB);
  expect(after.subarray(256 * 1024, 768 * 1024).every((b) => b === 0)).toBe(true);
  expect(after.subarray(0, 256 * 1024).every((b) => b === 0xa5)).toBe(true);
  expect(after.subarray(768 * 1024).every((b) => b === 0xa5)).toBe(true);
  expect(fs.statSync(file).blocks).toBeLessThan(blocksBefore);
});

test('without fallocate(1) the range is overwritten with zeros', async () => {
  expect(await discard(512, 1024, path.join(dir, 'no-such-fallocate'))).toBe('zeros');
  const after = fs.readFileSync(file);
  expect(after.subarray(512, 1536).every((b) => b === 0)).toBe(true);
  expect(after[511]).toBe(0xa5);
  expect(after[1536]).toBe(0xa5);
});

test('the hole goes into the open file, not whatever its path names now', async () => {
  const handle = await fs.promises.open(file, 'r+');
  const moved = path.join(dir, 'moved.img');
  fs.renameSync(file, moved);
  fs.writeFileSync(file, Buffer.alloc(MIB, 0x5a)); // a different file now has the old name
  try {
    expect(await discardRange(handle, 0, 4096)).toBe('hole');
  } finally {
    await handle.close();
  }
  expect(fs.readFileSync(moved).subarray(0, 4096).every((b) => b === 0)).toBe(true);
  expect(fs.readFileSync(file).every((b) => b === 0x5a)).toBe(true);
});
