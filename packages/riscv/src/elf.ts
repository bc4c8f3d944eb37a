/**
 * ELF32 loader for RISC-V executables: the loadable segments, the entry point, the notes
 * (PT_NOTE) and the symbol table. Only parses; placing the segments in memory is the caller's business
 * (the bare board, dom0's domain builder).
 */

/** A malformed or unsuitable image. The message is one line naming the problem. */
export class ElfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ElfError';
  }
}

export interface ElfSegment {
  vaddr: number;
  paddr: number;
  /** The file bytes (p_filesz of them); the rest up to memsz is zero (.bss). */
  data: Uint8Array;
  memsz: number;
  /** PF_X | PF_W | PF_R. */
  flags: number;
}

/** An ELF note (as Xen reads XEN_ELFNOTE_* from a kernel): owner name, type, descriptor. */
export interface ElfNote {
  name: string;
  type: number;
  desc: Uint8Array;
}

export interface ElfImage {
  entry: number;
  segments: ElfSegment[];
  notes: ElfNote[];
  /** Defined symbols by name (value = address). The first definition of a name wins. */
  symbols: Map<string, number>;
}

export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

const ELFCLASS32 = 1;
const ELFDATA2LSB = 1;
const ET_EXEC = 2;
const EM_RISCV = 243;
const PT_LOAD = 1;
const PT_NOTE = 4;
const SHT_SYMTAB = 2;
const SHN_UNDEF = 0;
const EHDR_SIZE = 52;
const PHDR_SIZE = 32;
const SHDR_SIZE = 40;
const SYM_SIZE = 16;

/** Parses an ELF32 little-endian RISC-V executable. Throws ElfError when it is not one. */
export function loadElf(image: Uint8Array): ElfImage {
  if (image.length < 4 || image[0] !== 0x7f || image[1] !== 0x45 || image[2] !== 0x4c || image[3] !== 0x46) {
    throw new ElfError('not an ELF file (bad magic)');
  }
  if (image.length < EHDR_SIZE) throw new ElfError('truncated ELF header');
  if (image[4] !== ELFCLASS32) throw new ElfError('not a 32-bit ELF (ELFCLASS64 or unknown class); expected ELF32 RISC-V');
  if (image[5] !== ELFDATA2LSB) throw new ElfError('not a little-endian ELF; expected ELF32 RISC-V');
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const machine = view.getUint16(18, true);
  if (machine !== EM_RISCV) throw new ElfError(`not a RISC-V ELF (e_machine ${machine}, expected ${EM_RISCV})`);
  const type = view.getUint16(16, true);
  if (type !== ET_EXEC) throw new ElfError(`not an executable ELF (e_type ${type}, expected ET_EXEC)`);

  return {
    entry: view.getUint32(24, true),
    segments: readSegments(image, view),
    notes: readNotes(image, view),
    symbols: readSymbols(image, view),
  };
}

function readSegments(image: Uint8Array, view: DataView): ElfSegment[] {
  const phoff = view.getUint32(28, true);
  const phentsize = view.getUint16(42, true);
  const phnum = view.getUint16(44, true);
  if (phnum === 0) throw new ElfError('ELF has no program headers');
  if (phentsize < PHDR_SIZE) throw new ElfError(`bad program header size ${phentsize}`);
  checkRange(image, phoff, phentsize * phnum, 'program header table');

  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (view.getUint32(at, true) !== PT_LOAD) continue;
    const offset = view.getUint32(at + 4, true);
    const filesz = view.getUint32(at + 16, true);
    const memsz = view.getUint32(at + 20, true);
    if (filesz > memsz) throw new ElfError(`segment ${i}: p_filesz ${filesz} exceeds p_memsz ${memsz}`);
    checkRange(image, offset, filesz, `segment ${i}`);
    const vaddr = view.getUint32(at + 8, true);
    const paddr = view.getUint32(at + 12, true);
    if (Math.max(vaddr, paddr) + memsz > 2 ** 32) throw new ElfError(`segment ${i}: ${memsz} bytes at 0x${Math.max(vaddr, paddr).toString(16)} run past the end of the 32-bit address space`);
    segments.push({
      vaddr,
      paddr,
      data: image.subarray(offset, offset + filesz),
      memsz,
      flags: view.getUint32(at + 24, true),
    });
  }
  if (segments.length === 0) throw new ElfError('ELF has no loadable (PT_LOAD) segments');
  return segments;
}

/** The notes of every PT_NOTE segment: namesz, descsz, type, name and desc each 4-aligned. */
function readNotes(image: Uint8Array, view: DataView): ElfNote[] {
  const phoff = view.getUint32(28, true);
  const phentsize = view.getUint16(42, true);
  const phnum = view.getUint16(44, true);
  const notes: ElfNote[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (view.getUint32(at, true) !== PT_NOTE) continue;
    const offset = view.getUint32(at + 4, true);
    const end = offset + view.getUint32(at + 16, true);
    checkRange(image, offset, end - offset, `note segment ${i}`);
    for (let n = offset; n + 12 <= end; ) {
      const namesz = view.getUint32(n, true);
      const descsz = view.getUint32(n + 4, true);
      const nameAt = n + 12;
      // Compared before aligning: align4 works in 32 bits, and a size near 2^32 would wrap.
      if (namesz > end - nameAt || descsz > end - nameAt) throw new ElfError(`note segment ${i}: a note runs past the segment`);
      const descAt = nameAt + align4(namesz);
      if (descAt + descsz > end) throw new ElfError(`note segment ${i}: a note runs past the segment`);
      notes.push({
        name: namesz > 0 ? cString(image.subarray(nameAt, nameAt + namesz), 0) : '',
        type: view.getUint32(n + 8, true),
        desc: image.subarray(descAt, descAt + descsz),
      });
      n = descAt + align4(descsz);
    }
  }
  return notes;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** Symbols from the first SHT_SYMTAB section and its linked string table; none if stripped. */
function readSymbols(image: Uint8Array, view: DataView): Map<string, number> {
  const symbols = new Map<string, number>();
  const shoff = view.getUint32(32, true);
  const shentsize = view.getUint16(46, true);
  const shnum = view.getUint16(48, true);
  if (shoff === 0 || shnum === 0) return symbols;
  if (shentsize < SHDR_SIZE) throw new ElfError(`bad section header size ${shentsize}`);
  checkRange(image, shoff, shentsize * shnum, 'section header table');

  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * shentsize;
    if (view.getUint32(at + 4, true) !== SHT_SYMTAB) continue;
    const offset = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const link = view.getUint32(at + 24, true);
    checkRange(image, offset, size, 'symbol table');
    if (link >= shnum) throw new ElfError(`symbol table links to missing section ${link}`);
    const strAt = shoff + link * shentsize;
    const strOff = view.getUint32(strAt + 16, true);
    const strSize = view.getUint32(strAt + 20, true);
    checkRange(image, strOff, strSize, 'string table');
    const strings = image.subarray(strOff, strOff + strSize);

    for (let s = offset; s + SYM_SIZE <= offset + size; s += SYM_SIZE) {
      const shndx = view.getUint16(s + 14, true);
      if (shndx === SHN_UNDEF) continue;
      const name = cString(strings, view.getUint32(s, true));
      if (name !== '' && !symbols.has(name)) symbols.set(name, view.getUint32(s + 4, true));
    }
    break;
  }
  return symbols;
}

function checkRange(image: Uint8Array, offset: number, length: number, what: string): void {
  if (offset + length > image.length) {
    throw new ElfError(`truncated ELF: ${what} at offset ${offset} (+${length} bytes) runs past the end of the file (${image.length} bytes)`);
  }
}

function cString(strings: Uint8Array, offset: number): string {
  if (offset >= strings.length) throw new ElfError(`symbol name offset ${offset} outside the string table`);
  let end = offset;
  while (end < strings.length && strings[end] !== 0) end++;
  let name = '';
  for (let i = offset; i < end; i++) name += String.fromCharCode(strings[i]);
  return name;
}
