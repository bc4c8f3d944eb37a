/** SharedPage.push: writes back exactly the smallest changed span of each of dom0's fields. */
import type { Domctl, GuestMemoryWrite } from '../../src/domctl';
import { SharedPage, type PageField } from '../../src/rings/shared-page';
import { random } from '../support/random';

/** Guest memory behind a fake DomctlService: the page at `gpa`, and every write made to it. */
function fakeGuest(gpa: number, size: number): { memory: Uint8Array; writes: GuestMemoryWrite[]; domctl: Domctl } {
  const memory = new Uint8Array(size);
  const writes: GuestMemoryWrite[] = [];
  const domctl = {
    readGuestMemory: async (_domid: number, at: number, length: number) => memory.slice(at - gpa, at - gpa + length),
    writeGuestMemoryAll: async (_domid: number, ws: readonly GuestMemoryWrite[]) => {
      for (const w of ws) {
        writes.push({ gpa: w.gpa, data: w.data.slice() });
        memory.set(w.data, w.gpa - gpa);
      }
    },
  };
  return { memory, writes, domctl: domctl as unknown as Domctl };
}

/** What push must write for field `f`: from its first to its last byte that differs. */
function expectedSpan(now: Uint8Array, before: Uint8Array, f: PageField): { start: number; end: number } | null {
  let start = -1, end = -1;
  for (let i = f.offset; i < f.offset + f.size; i++) {
    if (now[i] !== before[i]) {
      if (start < 0) start = i;
      end = i + 1;
    }
  }
  return start < 0 ? null : { start, end };
}

const GPA = 0x8000_3000;

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

describe.each([
  // A ring's layout: fields on word boundaries, a page size that is a whole number of words.
  { name: 'word-aligned fields', size: 3088, backend: [{ offset: 0, size: 1024 }, { offset: 3072, size: 4 }, { offset: 3084, size: 4 }], guest: [{ offset: 1024, size: 2048 }] },
  // Odd offsets and sizes: the byte-by-byte path.
  { name: 'unaligned fields', size: 3087, backend: [{ offset: 1, size: 1021 }, { offset: 3073, size: 5 }], guest: [{ offset: 1022, size: 2048 }] },
])('$name', ({ size, backend, guest }) => {
  test('each push writes the smallest span holding every change, in field order, and nothing of the guest', async () => {
    const next = random(size);
    const g = fakeGuest(GPA, size);
    for (let i = 0; i < size; i++) g.memory[i] = next(256);
    const page = new SharedPage(g.domctl, 7, GPA, size, guest, backend);
    await page.load();
    for (let round = 0; round < 300; round++) {
      const before = g.memory.slice();
      // Some rounds change nothing; others a few bytes (or runs of them) in dom0's fields,
      // sometimes writing a byte's old value back.
      for (let k = next(6); k > 0; k--) {
        const f = backend[next(backend.length)];
        const at = f.offset + next(f.size);
        const run = 1 + next(next(2) === 0 ? 1 : Math.min(8, f.offset + f.size - at));
        for (let i = at; i < at + run; i++) page.local[i] = next(3) === 0 ? before[i] : next(256);
      }
      const local = page.local.slice();
      g.writes.length = 0;
      const wrote = await page.push();

      const expected = backend.map((f) => expectedSpan(local, before, f)).filter((s) => s !== null);
      expect(g.writes.map((w) => ({ start: w.gpa - GPA, end: w.gpa - GPA + w.data.length }))).toEqual(expected);
      expect(wrote).toBe(expected.length > 0);
      for (const w of g.writes) expect(same(w.data, local.subarray(w.gpa - GPA, w.gpa - GPA + w.data.length))).toBe(true);
      for (const f of guest) expect(same(g.memory.subarray(f.offset, f.offset + f.size), before.subarray(f.offset, f.offset + f.size))).toBe(true);
      // A second push has nothing left to write.
      g.writes.length = 0;
      expect(await page.push()).toBe(false);
      expect(g.writes).toEqual([]);
    }
  });
});
