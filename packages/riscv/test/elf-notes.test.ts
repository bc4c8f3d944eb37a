import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ElfError, loadElf } from '../src/elf';

const GUEST = join(__dirname, '../../../images/demo/hello.elf');

/** The guest SDK's kernels carry one note: owner "hvsim", type 1, the ABI version 1.0. */
test('PT_NOTE notes are read with their owner, type and descriptor', () => {
  const image = loadElf(readFileSync(GUEST));
  expect(image.notes).toHaveLength(1);
  const [note] = image.notes;
  expect(note.name).toBe('hvsim');
  expect(note.type).toBe(1);
  expect(Array.from(note.desc)).toEqual([0x00, 0x00, 0x01, 0x00]);
});

test('a note whose descriptor runs past its segment is an ElfError', () => {
  const bytes = new Uint8Array(readFileSync(GUEST));
  const v = new DataView(bytes.buffer);
  const phoff = v.getUint32(28, true);
  const phnum = v.getUint16(44, true);
  for (let i = 0; i < phnum; i++) {
    const at = phoff + 32 * i;
    if (v.getUint32(at, true) !== 4) continue;
    v.setUint32(v.getUint32(at + 4, true) + 4, 0x1000, true); // descsz
  }
  expect(() => loadElf(bytes)).toThrow(ElfError);
  expect(() => loadElf(bytes)).toThrow(/note segment \d+: a note runs past the segment/);
});
