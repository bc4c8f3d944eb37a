/** Writes minimal ELF32 little-endian RISC-V executables for tests (loader, board, CLI). */
export interface WrittenSegment {
  addr: number;
  data: Uint8Array;
  /** Defaults to data.length. */
  memsz?: number;
  /** Defaults to R+X. */
  flags?: number;
}

const EHDR = 52, PHDR = 32, SHDR = 40, SYM = 16;

/**
 * Layout: ELF header, program headers, segment data; with symbols also .symtab, .strtab,
 * .shstrtab and the section header table (null, .symtab, .strtab, .shstrtab).
 */
export function writeElf(entry: number, segments: WrittenSegment[], symbols?: Record<string, number>): Uint8Array {
  const names = Object.keys(symbols ?? {});
  const strtab = Buffer.from(['', ...names].join('\0') + '\0', 'latin1');
  const shstrtab = Buffer.from('\0.symtab\0.strtab\0.shstrtab\0', 'latin1');
  let at = EHDR + PHDR * segments.length;
  const dataAt = segments.map((s) => { const here = at; at += s.data.length; return here; });
  at = (at + 3) & ~3;
  const symAt = at; at += SYM * (names.length + 1);
  const strAt = at; at += strtab.length;
  const shstrAt = at; at += shstrtab.length;
  const shAt = (at + 3) & ~3;
  const total = symbols === undefined ? symAt : shAt + SHDR * 4;

  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]);
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, 243, true); // EM_RISCV
  v.setUint32(20, 1, true);
  v.setUint32(24, entry, true);
  v.setUint32(28, EHDR, true);
  v.setUint16(40, EHDR, true);
  v.setUint16(42, PHDR, true);
  v.setUint16(44, segments.length, true);
  segments.forEach((s, i) => {
    const ph = EHDR + PHDR * i;
    v.setUint32(ph, 1, true); // PT_LOAD
    v.setUint32(ph + 4, dataAt[i], true);
    v.setUint32(ph + 8, s.addr, true);
    v.setUint32(ph + 12, s.addr, true);
    v.setUint32(ph + 16, s.data.length, true);
    v.setUint32(ph + 20, s.memsz ?? s.data.length, true);
    v.setUint32(ph + 24, s.flags ?? 5, true);
    out.set(s.data, dataAt[i]);
  });
  if (symbols === undefined) return out;

  let nameOff = 1;
  names.forEach((name, i) => {
    const sym = symAt + SYM * (i + 1);
    v.setUint32(sym, nameOff, true);
    v.setUint32(sym + 4, symbols[name], true);
    v.setUint16(sym + 14, 1, true); // defined (any section but SHN_UNDEF)
    nameOff += name.length + 1;
  });
  out.set(strtab, strAt);
  out.set(shstrtab, shstrAt);
  v.setUint32(32, shAt, true);
  v.setUint16(46, SHDR, true);
  v.setUint16(48, 4, true);
  v.setUint16(50, 3, true);
  const section = (i: number, name: number, type: number, offset: number, size: number, link: number): void => {
    const sh = shAt + SHDR * i;
    v.setUint32(sh, name, true);
    v.setUint32(sh + 4, type, true);
    v.setUint32(sh + 16, offset, true);
    v.setUint32(sh + 20, size, true);
    v.setUint32(sh + 24, link, true);
  };
  section(1, 1, 2, symAt, SYM * (names.length + 1), 2); // .symtab → .strtab
  section(2, 9, 3, strAt, strtab.length, 0);
  section(3, 17, 3, shstrAt, shstrtab.length, 0);
  return out;
}
