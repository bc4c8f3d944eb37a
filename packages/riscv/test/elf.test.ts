import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ElfError, loadElf, PF_W, PF_X } from '../src/elf';
import { writeElf } from './elf-writer';

const HELLO = join(__dirname, '../../../images/bare/hello.elf');

const CODE = Uint8Array.from([0x13, 0x05, 0x10, 0x00, 0x73, 0x00, 0x10, 0x00]); // li a0,1; ebreak

/** A minimal executable: one PT_LOAD segment (8 bytes of code, 0x100 in memory), optional symbols. */
function buildElf(opts: { symbols?: Array<[string, number, number]> } = {}): Uint8Array {
  const symbols = opts.symbols === undefined ? undefined : Object.fromEntries(opts.symbols.map(([n, v]) => [n, v]));
  const image = writeElf(0x80000000, [{ addr: 0x80000000, data: CODE, memsz: 0x100 }], symbols);
  // Symbols given with section index 0 are undefined references.
  opts.symbols?.forEach(([, , shndx], i) => {
    if (shndx === 0) new DataView(image.buffer).setUint16(symtabAt(image) + 16 * (i + 1) + 14, 0, true);
  });
  return image;
}

function symtabAt(image: Uint8Array): number {
  const v = new DataView(image.buffer);
  const shoff = v.getUint32(32, true);
  return v.getUint32(shoff + 40 + 16, true);
}

function patched(image: Uint8Array, at: number, bytes: number[]): Uint8Array {
  const copy = image.slice();
  copy.set(bytes, at);
  return copy;
}

describe('loadElf', () => {
  it('reads the entry, segments and symbols of a real image', () => {
    const elf = loadElf(readFileSync(HELLO));
    expect(elf.entry).toBe(0x80000000);
    expect(elf.segments.length).toBeGreaterThan(0);
    const text = elf.segments[0];
    expect(text.paddr).toBe(0x80000000);
    expect(text.flags & PF_X).toBe(PF_X);
    expect(text.memsz).toBeGreaterThanOrEqual(text.data.length);
    expect(elf.symbols.get('_start')).toBe(0x80000000);
    expect(elf.symbols.get('main')).toBeGreaterThan(0x80000000);
    expect(elf.symbols.has('board_putc')).toBe(true);
  });

  it('keeps segment bytes and the zero-filled size apart', () => {
    const elf = loadElf(buildElf());
    expect(elf.segments).toHaveLength(1);
    expect(Array.from(elf.segments[0].data)).toEqual([0x13, 0x05, 0x10, 0x00, 0x73, 0x00, 0x10, 0x00]);
    expect(elf.segments[0].memsz).toBe(0x100);
    expect(elf.segments[0].flags & PF_W).toBe(0);
    expect(elf.symbols.size).toBe(0);
  });

  it('reads defined symbols and skips undefined ones', () => {
    const elf = loadElf(buildElf({ symbols: [['tohost', 0x80001000, 1], ['extern_thing', 0, 0], ['fromhost', 0x80001040, 1]] }));
    expect(elf.symbols.get('tohost')).toBe(0x80001000);
    expect(elf.symbols.get('fromhost')).toBe(0x80001040);
    expect(elf.symbols.has('extern_thing')).toBe(false);
  });

  const rejects: Array<[string, () => Uint8Array, RegExp]> = [
    ['an empty file', () => new Uint8Array(0), /not an ELF file/],
    ['a text file', () => Buffer.from('#!/bin/sh\necho hi\n'), /not an ELF file/],
    ['a truncated header', () => buildElf().subarray(0, 30), /truncated ELF header/],
    ['a 64-bit ELF', () => patched(buildElf(), 4, [2]), /not a 32-bit ELF/],
    ['a big-endian ELF', () => patched(buildElf(), 5, [2]), /not a little-endian ELF/],
    ['an x86 ELF', () => patched(buildElf(), 18, [3, 0]), /not a RISC-V ELF \(e_machine 3/],
    ['a shared object', () => patched(buildElf(), 16, [3, 0]), /not an executable ELF/],
    ['a truncated segment', () => buildElf().subarray(0, 86), /truncated ELF: segment 0/],
    ['a truncated program header table', () => buildElf().subarray(0, 60), /truncated ELF: program header table/],
    ['filesz larger than memsz', () => patched(buildElf(), 52 + 20, [4, 0, 0, 0]), /p_filesz 8 exceeds p_memsz 4/],
    ['no program headers', () => patched(buildElf(), 44, [0, 0]), /no program headers/],
    ['no PT_LOAD segment', () => patched(buildElf(), 52, [4]), /no loadable/],
    ['a symbol table past the end', () => buildElf({ symbols: [['x', 1, 1]] }).subarray(0, 120), /truncated ELF: section header table/],
  ];
  it.each(rejects)('rejects %s with a one-line ElfError', (_what, make, message) => {
    let error: unknown;
    try {
      loadElf(make());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ElfError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never throws anything but ElfError on corrupted headers', () => {
    const base = buildElf({ symbols: [['tohost', 0x80001000, 1]] });
    let seed = 12345;
    for (let i = 0; i < 2000; i++) {
      const copy = base.slice();
      for (let k = 0; k < 4; k++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        const at = 4 + (seed % (copy.length - 4));
        copy[at] = (seed >>> 16) & 0xff;
      }
      try {
        loadElf(copy);
      } catch (e) {
        expect(e).toBeInstanceOf(ElfError);
      }
    }
  });
});
