/**
 * The ELF32 loader (loadElf), as the domain builder and the bare board call it: mutations of
 * the committed guest images and raw bytes. Properties: an ElfError or an image; every
 * segment's data lies within the file and is no larger than its memsz; no segment wraps the
 * 32-bit address space; the entry point is a 32-bit address.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ElfError, loadElf } from '@hvsim/riscv';
import { fail, mutationsOf, onlyDefinedErrors, type FuzzTarget } from '../target';

const IMAGES = path.join(__dirname, '..', '..', '..', 'images', 'demo');

function seeds(): Uint8Array[] {
  // The first 4 KiB of small images: headers, program headers, the start of the text.
  return ['hello.elf', 'sleeper.elf'].filter((f) => fs.existsSync(path.join(IMAGES, f)))
    .map((f) => new Uint8Array(fs.readFileSync(path.join(IMAGES, f))));
}

export const elf: FuzzTarget = {
  name: 'elf',
  about: 'loadElf on mutated guest images and raw bytes',
  inputs: () => mutationsOf(seeds(), 512),
  check(input) {
    const image = onlyDefinedErrors(() => loadElf(input), [ElfError]);
    if (image === undefined) return;
    if (!Number.isInteger(image.entry) || image.entry < 0 || image.entry > 0xffffffff) fail(`entry ${image.entry}`);
    for (const s of image.segments) {
      if (s.data.length > s.memsz) fail(`a segment's file size ${s.data.length} exceeds its memsz ${s.memsz}`);
      if (s.data.length > input.length) fail('a segment holds more bytes than the file');
      if (s.paddr + s.memsz > 0x1_0000_0000 || s.vaddr + s.memsz > 0x1_0000_0000) fail(`a segment at ${s.paddr.toString(16)} of ${s.memsz} bytes wraps`);
    }
  },
};
