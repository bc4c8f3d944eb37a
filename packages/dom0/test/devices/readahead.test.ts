import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { largeFrames } from '@hvsim/control';
import { CHUNK_BYTES, Readahead, WINDOW_BYTES } from '../../src/devices/readahead';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-readahead-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const block = (i: number): Buffer => Buffer.alloc(4096, i);

test('sequential reads, reads elsewhere and reads after a dropped read ahead all give what the image holds', async () => {
  const file = path.join(dir, 'img');
  fs.writeFileSync(file, Buffer.concat(Array.from({ length: 8 }, (_, i) => block(i + 1))));
  const fh = await fs.promises.open(file, 'r+');
  try {
    const ra = new Readahead(fh, 8 * 4096);
    const into = Buffer.alloc(4096);
    const readAt = async (i: number): Promise<Buffer> => Buffer.from(await ra.read(into, 4096, i * 4096));
    for (const i of [0, 1, 2, 3]) expect(await readAt(i)).toEqual(block(i + 1)); // the 3rd and 4th come from the read ahead
    expect(await readAt(6)).toEqual(block(7)); // not the one read ahead (block 4)
    expect(await readAt(7)).toEqual(block(8)); // sequential, at the end: nothing past the image is read ahead
    expect(await readAt(2)).toEqual(block(3));
    expect(await readAt(3)).toEqual(block(4)); // block 4 is now read ahead
    // The image changes where the read ahead is: dropped, the next read gets the new bytes.
    ra.drop();
    await fh.write(block(0xee), 0, 4096, 4 * 4096);
    expect(await readAt(4)).toEqual(block(0xee));
    // A read ending past the image's end reads zeros there.
    const tail = Buffer.alloc(8192, 0x55);
    expect(Buffer.from(await ra.read(tail, 8192, 7 * 4096))).toEqual(Buffer.concat([block(8), Buffer.alloc(4096)]));
  } finally {
    await fh.close();
  }
});

/** The image's file, with every pread it is asked for recorded (and some made to fail). */
async function countedImage(bytes: Buffer, failAt?: number): Promise<{ fh: FileHandle; preads: Array<[number, number]>; close(): Promise<void> }> {
  const file = path.join(dir, 'img');
  fs.writeFileSync(file, bytes);
  const real = await fs.promises.open(file, 'r');
  const preads: Array<[number, number]> = [];
  const fh = {
    read(buffer: Uint8Array, offset: number, length: number, position: number) {
      preads.push([position, length]);
      if (position === failAt) return Promise.reject(new Error('EIO'));
      return real.read(buffer, offset, length, position);
    },
  } as unknown as FileHandle;
  return { fh, preads, close: () => real.close() };
}

/** Bytes that differ from page to page and within one. */
function pattern(n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7 + (i >> 12)) & 0xff;
  return b;
}

test('a sequential reader is served from chunks read ahead, as views, the window growing with the run', async () => {
  const image = pattern(24 << 20);
  const { fh, preads, close } = await countedImage(image);
  try {
    const ra = new Readahead(fh, image.length);
    const into = Buffer.alloc(512 << 10);
    for (let i = 0; i < 40; i++) {
      const got = await ra.read(into, 512 << 10, i * (512 << 10));
      expect(Buffer.compare(Buffer.from(got), image.subarray(i * (512 << 10), (i + 1) * (512 << 10)))).toBe(0);
      if (i >= 2) expect(got).not.toBe(into); // from the window, not read into the caller's buffer
    }
    // Two preads into the caller's buffer (the first two reads), then chunks as long as the
    // run so far (1 MiB, 1.5 MiB), then CHUNK_BYTES each, the last cut at the image's end.
    expect(preads.slice(0, 4)).toEqual([[0, 512 << 10], [512 << 10, 512 << 10], [1 << 20, 1 << 20], [2 << 20, 3 << 19]]);
    expect(preads.slice(4, -1).every(([, n]) => n === CHUNK_BYTES)).toBe(true);
    // Never more than WINDOW_BYTES ahead of the last read.
    const readTo = 40 * (512 << 10);
    expect(Math.max(...preads.map(([p, n]) => p + n))).toBeLessThanOrEqual(readTo + WINDOW_BYTES);
  } finally {
    await close();
  }
});

test('a read across two chunks is copied out of both; a view lent stays intact until the next read', async () => {
  const image = pattern(8 << 20);
  const { fh, close } = await countedImage(image);
  try {
    const ra = new Readahead(fh, image.length);
    const into = Buffer.alloc(768 << 10);
    // 768 KiB reads: every other one straddles a 1 MiB chunk boundary.
    let held: Uint8Array | null = null;
    let heldCopy: Buffer | null = null;
    for (let i = 0; i < 8; i++) {
      const at = i * (768 << 10);
      if (held !== null) expect(Buffer.compare(Buffer.from(held), heldCopy as Buffer)).toBe(0);
      const got = await ra.read(into, 768 << 10, at);
      expect(Buffer.compare(Buffer.from(got), image.subarray(at, at + (768 << 10)))).toBe(0);
      held = got;
      heldCopy = Buffer.from(got);
      // Other users of the pool meanwhile get other memory.
      for (let k = 0; k < 4; k++) largeFrames.take(1 << 20).fill(0xee);
    }
  } finally {
    await close();
  }
});

test('two random reads that happen to touch read ahead only as much as they read', async () => {
  const image = pattern(16 << 20);
  const { fh, preads, close } = await countedImage(image);
  try {
    const ra = new Readahead(fh, image.length);
    const into = Buffer.alloc(4096);
    await ra.read(into, 4096, 5 << 20);
    await ra.read(into, 4096, (5 << 20) + 4096);
    const ahead = preads.slice(2).reduce((n, [, len]) => n + len, 0);
    expect(ahead).toBe(8192);
    await ra.read(into, 4096, 1 << 20); // elsewhere: the window is dropped
    expect(Buffer.from(await ra.read(into, 4096, (1 << 20) + 4096))).toEqual(image.subarray((1 << 20) + 4096, (1 << 20) + 8192));
  } finally {
    await close();
  }
});

test('a pread ahead that fails is read again for the request that needs it', async () => {
  const image = pattern(4 << 20);
  const { fh, close } = await countedImage(image, 3 << 19); // the chunk at 1.5 MiB fails
  try {
    const ra = new Readahead(fh, image.length);
    const into = Buffer.alloc(512 << 10);
    for (let i = 0; i < 8; i++) {
      const got = await ra.read(into, 512 << 10, i * (512 << 10));
      expect(Buffer.compare(Buffer.from(got), image.subarray(i * (512 << 10), (i + 1) * (512 << 10)))).toBe(0);
    }
  } finally {
    await close();
  }
});
