/** Builds small ELF32 RISC-V executables for builder tests (real guest images come from images/). */

export interface TestSegment {
  paddr: number;
  data: Uint8Array;
  memsz?: number;
}

export function makeElf(entry: number, segments: TestSegment[]): Uint8Array {
  const ehsize = 52;
  const phentsize = 32;
  let offset = ehsize + phentsize * segments.length;
  const placed = segments.map((s) => {
    const at = offset;
    offset += s.data.length;
    return { ...s, offset: at };
  });
  const out = new Uint8Array(offset);
  const v = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1], 0);
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, 243, true); // EM_RISCV
  v.setUint32(20, 1, true);
  v.setUint32(24, entry, true);
  v.setUint32(28, ehsize, true);
  v.setUint16(40, ehsize, true);
  v.setUint16(42, phentsize, true);
  v.setUint16(44, segments.length, true);
  placed.forEach((s, i) => {
    const at = ehsize + i * phentsize;
    v.setUint32(at, 1, true); // PT_LOAD
    v.setUint32(at + 4, s.offset, true);
    v.setUint32(at + 8, s.paddr, true);
    v.setUint32(at + 12, s.paddr, true);
    v.setUint32(at + 16, s.data.length, true);
    v.setUint32(at + 20, s.memsz ?? s.data.length, true);
    v.setUint32(at + 24, 5, true);
    v.setUint32(at + 28, 4096, true);
    out.set(s.data, s.offset);
  });
  return out;
}
