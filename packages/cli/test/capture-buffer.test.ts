/** The capture buffer (format/capture-buffer.ts): bounded while the file writes, drops counted, order kept. */
import { CaptureBuffer } from '../src/format/capture-buffer';

/** A file whose writes finish only when the test says so. */
function slowFile(): { write: (d: Buffer) => Promise<void>; written: Buffer[]; finishOne: () => Promise<void>; inFlight: () => number } {
  const written: Buffer[] = [];
  const waiting: Array<() => void> = [];
  return {
    written,
    write: (d) => new Promise<void>((resolve) => waiting.push(() => { written.push(d); resolve(); })),
    finishOne: async () => {
      (waiting.shift() as () => void)();
      await new Promise((r) => setImmediate(r));
    },
    inFlight: () => waiting.length,
  };
}

const record = (i: number): Buffer => Buffer.alloc(100, i & 0xff);

test('a writer that falls behind: records past the limit are dropped and counted, memory stays bounded', async () => {
  const file = slowFile();
  const b = new CaptureBuffer(file.write, 1000, 300);
  for (let i = 0; i < 3; i++) expect(b.add(record(i))).toBe(true);
  expect(file.inFlight()).toBe(1); // a piece of 300 bytes went to the file
  // While it is written, 10 more records (1,000 bytes) may wait; the rest are dropped.
  for (let i = 3; i < 100; i++) b.add(record(i));
  expect(b.kept).toBe(13);
  expect(b.dropped).toBe(87);
  expect(file.inFlight()).toBe(1); // one write at a time
  await file.finishOne(); // the next piece starts at once
  expect(file.inFlight()).toBe(1);
  expect(b.add(record(100))).toBe(true);
  const flushed = b.flush();
  await file.finishOne();
  await file.finishOne();
  await flushed;
  const all = Buffer.concat(file.written);
  expect(all.length).toBe(14 * 100);
  // Whole records, in the order they came: 0..12, then 100.
  expect([...Array(14).keys()].map((k) => all[k * 100])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 100]);
  expect(b.dropped).toBe(87);
});

test('a writer that keeps up drops nothing', async () => {
  const written: Buffer[] = [];
  const b = new CaptureBuffer(async (d) => { written.push(d); }, 1000, 300);
  for (let i = 0; i < 50; i++) {
    b.add(record(i));
    await new Promise((r) => setImmediate(r));
  }
  await b.flush();
  expect(b.dropped).toBe(0);
  expect(Buffer.concat(written).length).toBe(5000);
});

test('a failed write is reported, by the next add or by flush', async () => {
  const b = new CaptureBuffer(() => Promise.reject(new Error('ENOSPC')), 1000, 100);
  b.add(record(0));
  await new Promise((r) => setImmediate(r));
  expect(() => b.add(record(1))).toThrow('ENOSPC');
  await expect(b.flush()).rejects.toThrow('ENOSPC');
});
