import { decodeInto } from '../src/decode';
import { disassemble } from '../src/disasm';
import { amoValue } from '../src/interpreter';
import { Flow, INSTRUCTIONS, InsnSpec, OP_COUNT, Op, SPEC_OF_OP, USE_RS2, lookup } from '../src/isa';

/** xorshift32: a fixed stream of instruction words. */
function words(seed: number, n: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let k = 0; k < n; k++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out.push(x | 0);
  }
  return out;
}

describe('the op table', () => {
  it('gives each entry a match inside its mask, covering opcode and a name of its own', () => {
    const names = new Set<string>();
    for (const s of INSTRUCTIONS) {
      expect({ name: s.name, stray: s.match & ~s.mask }).toEqual({ name: s.name, stray: 0 });
      expect(s.mask & 0x7f).toBe(0x7f);
      expect(names.has(s.name)).toBe(false);
      names.add(s.name);
    }
  });

  it('has no two entries matching the same word', () => {
    const overlaps: string[] = [];
    INSTRUCTIONS.forEach((p, k) => {
      for (const q of INSTRUCTIONS.slice(k + 1)) {
        if (((p.match ^ q.match) & p.mask & q.mask) === 0) overlaps.push(`${p.name}/${q.name}`);
      }
    });
    expect(overlaps).toEqual([]);
  });

  it('finds every entry by its own encoding and with its free fields set', () => {
    for (const s of INSTRUCTIONS) {
      expect(lookup(s.match)).toBe(s);
      expect(lookup(s.match | ~s.mask)).toBe(s);
    }
  });

  it('describes every op once, with the semantics its flow needs', () => {
    for (let op = Op.LUI; op < OP_COUNT; op++) {
      const s = SPEC_OF_OP[op] as InsnSpec;
      expect(s).toBeDefined();
      if (s.flow === Flow.ALU) expect(s.expr).not.toBe('');
      if (s.flow === Flow.BRANCH) expect(s.cond).not.toBe('');
      if (s.flow === Flow.LOAD || s.flow === Flow.STORE) expect([1, 2, 4]).toContain(s.size);
    }
    for (const s of INSTRUCTIONS.filter((e) => e.op === Op.AMO)) expect(s.expr).not.toBe('');
  });

  it('decodes and disassembles the same words as instructions (random words)', () => {
    const ops = new Int32Array(1), imm = new Int32Array(1);
    let known = 0;
    for (const w of words(0x1234567, 5000)) {
      decodeInto(w, 0x80000000, ops, imm, 0);
      const text = disassemble(w, 0x80000000);
      const unknown = text.startsWith('unknown ');
      expect({ w, illegal: ops[0] === Op.ILLEGAL }).toEqual({ w, illegal: unknown });
      if (!unknown) known++;
    }
    expect(known).toBeGreaterThan(250);
  });

  it('tells sfence.vma from a CSR instruction whose CSR number has the same high bits', () => {
    const ops = new Int32Array(1), imm = new Int32Array(1);
    const csrw = 0x12059073; // csrrw x0, 0x120, a1: sfence.vma's funct7, rd and opcode
    decodeInto(csrw, 0x80000000, ops, imm, 0);
    expect(ops[0] & 0xff).toBe(Op.CSR);
    expect(disassemble(csrw, 0x80000000)).toBe('csrw 0x120, a1');
  });

  it('decodes an unknown word to ILLEGAL keeping the word for tval', () => {
    const ops = new Int32Array(1), imm = new Int32Array(1);
    decodeInto(0xffffffff | 0, 0x80000000, ops, imm, 0);
    expect(ops[0]).toBe(Op.ILLEGAL);
    expect(imm[0]).toBe(-1);
  });
});

describe('AMO values from the table', () => {
  const f5 = (name: string): number => (INSTRUCTIONS.find((s) => s.name === name) as InsnSpec).match >>> 27;
  it.each([
    ['amoswap.w', 5, 7, 7],
    ['amoadd.w', 0x7fffffff, 1, -0x80000000],
    ['amoxor.w', 0b1100, 0b1010, 0b0110],
    ['amoand.w', 0b1100, 0b1010, 0b1000],
    ['amoor.w', 0b1100, 0b1010, 0b1110],
    ['amomin.w', -1, 1, -1],
    ['amomax.w', -1, 1, 1],
    ['amominu.w', -1, 1, 1],
    ['amomaxu.w', -1, 1, -1],
  ])('%s(%d, %d) stores %d', (name, old, src, stored) => {
    expect(amoValue(f5(name), old, src) | 0).toBe(stored);
  });

  it('LR and SC are the only A entries without a value template', () => {
    const atomics = INSTRUCTIONS.filter((s) => (s.match & 0x7f) === 0x2f);
    expect(atomics.filter((s) => s.expr === '').map((s) => s.name)).toEqual(['lr.w', 'sc.w']);
    expect(atomics.filter((s) => (s.uses & USE_RS2) === 0).map((s) => s.name)).toEqual(['lr.w']);
  });
});
