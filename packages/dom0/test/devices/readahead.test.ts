import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readahead } from '../../src/devices/readahead';

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
    const readAt = async (i: number): Promise<Buffer> => {
      await ra.read(into, 4096, i * 4096);
      return Buffer.from(into);
    };
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
    await ra.read(tail, 8192, 7 * 4096);
    expect(tail).toEqual(Buffer.concat([block(8), Buffer.alloc(4096)]));
  } finally {
    await fh.close();
  }
});
