import * as A from './asm';
import { DEV_BASE, FlatSource, machine, RAM_BASE, TestBus } from './machine';
import { BUS_FAULT, PAGE_SIZE, PhysMemory, CSR_MCAUSE } from '@hvsim/riscv';

const { a0, a1 } = A;

describe('PhysMemory', () => {
  test('reads of never-written RAM see zeros without backing a frame; writes back it', () => {
    const source = new FlatSource(4096);
    const mem = new PhysMemory(RAM_BASE, 4096, source, new TestBus());
    expect(mem.read(RAM_BASE + 5 * PAGE_SIZE, 4)).toBe(0);
    expect(source.frames.filter((f) => f !== null)).toHaveLength(0);
    expect(mem.write(RAM_BASE + 5 * PAGE_SIZE + 8, 4, 0xdeadbeef)).toBe(true);
    expect(source.frames[5]).not.toBeNull();
    expect(mem.read(RAM_BASE + 5 * PAGE_SIZE + 8, 4)).toBe(0xdeadbeef);
    expect(source.zero.every((b) => b === 0)).toBe(true);
  });

  test('a read cached from the zero frame follows the page once it is written', () => {
    const { hart, mem, source } = machine(A.assemble([A.li(a0, RAM_BASE + 0x3000), A.lw(a1, a0, 0), A.jal(0, 0)]));
    hart.run(3);
    expect(hart.x[a1]).toBe(0);
    expect(source.frames[3]).toBeNull();
    mem.write(RAM_BASE + 0x3000, 4, 77);
    hart.pc = RAM_BASE + 8;
    hart.x[a1] = 0;
    hart.pc = RAM_BASE;
    hart.run(3);
    expect(hart.x[a1]).toBe(77);
  });

  test('host accessors: sizes, misaligned host reads, bus passthrough, faults', () => {
    const { mem, bus } = machine();
    mem.write(RAM_BASE + 0x10, 4, 0x11223344);
    expect(mem.read(RAM_BASE + 0x11, 2)).toBe(0x2233);
    expect(mem.read(RAM_BASE + 0x13, 1)).toBe(0x11);
    expect(mem.read(RAM_BASE + 0x0f, 4)).toBe(0x22334400);
    expect(mem.write(DEV_BASE + 4, 2, 0xabcd)).toBe(true);
    expect(bus.writes).toEqual([[DEV_BASE + 4, 2, 0xabcd]]);
    expect(mem.read(DEV_BASE + 4, 2)).toBe(0xabcd);
    expect(mem.read(0x4000_0000, 4)).toBe(BUS_FAULT);
    expect(mem.write(0x4000_0000, 4, 1)).toBe(false);
    // past the end of RAM is not RAM
    expect(mem.read(RAM_BASE + 16 * PAGE_SIZE, 4)).toBe(BUS_FAULT);
  });

  test('readBytes/writeBytes span pages and refuse anything not RAM without writing', () => {
    const { mem } = machine();
    const src = Uint8Array.from({ length: 6000 }, (_, k) => k & 0xff);
    expect(mem.writeBytes(RAM_BASE + 4000, src)).toBe(true);
    const dst = new Uint8Array(6000);
    expect(mem.readBytes(RAM_BASE + 4000, dst)).toBe(true);
    expect(dst).toEqual(src);
    const tooFar = new Uint8Array(PAGE_SIZE * 2).fill(9);
    expect(mem.writeBytes(RAM_BASE + 15 * PAGE_SIZE, tooFar)).toBe(false);
    expect(mem.read(RAM_BASE + 15 * PAGE_SIZE, 1)).toBe(0);
    expect(mem.readBytes(RAM_BASE + 15 * PAGE_SIZE, tooFar)).toBe(false);
    expect(mem.readBytes(0xffff_fff0, new Uint8Array(32))).toBe(false);
  });

  test('writeBytes refused by a read-only page writes none of the pages before it', () => {
    const { mem, source } = machine();
    source.readOnly.add(6);
    const span = new Uint8Array(3 * PAGE_SIZE).fill(5);
    expect(mem.writeBytes(RAM_BASE + 4 * PAGE_SIZE + 100, span)).toBe(false); // pages 4, 5, 6, 7
    const seen = new Uint8Array(4 * PAGE_SIZE);
    expect(mem.readBytes(RAM_BASE + 4 * PAGE_SIZE, seen)).toBe(true);
    expect(seen.every((b) => b === 0)).toBe(true);
    expect(mem.writeBytes(RAM_BASE + 4 * PAGE_SIZE + 100, span, 0, 2 * PAGE_SIZE - 100)).toBe(true); // pages 4, 5
    expect(mem.read(RAM_BASE + 6 * PAGE_SIZE - 1, 1)).toBe(5);
  });

  test('read-only pages: loads work, stores fault (and the source is asked for write access)', () => {
    const { hart, mem, source } = machine(A.assemble([A.li(a0, RAM_BASE + 0x5000), A.lw(a1, a0, 0), A.sw(a1, a0, 0), A.jal(0, 0)]));
    source.readOnly.add(5);
    hart.writeCsr(0x305, RAM_BASE + 0x10);
    hart.run(4);
    expect(hart.readCsr(CSR_MCAUSE)).toBe(7);
    expect(mem.write(RAM_BASE + 0x5000, 4, 1)).toBe(false);
    expect(mem.writeBytes(RAM_BASE + 0x5000, new Uint8Array(4))).toBe(false);
  });

  test('flushPage/flush make the next access ask the source again', () => {
    const load = [A.li(a0, RAM_BASE + 0x6000), A.lw(a1, a0, 0), A.jal(0, 0)];
    const { hart, mem, source } = machine(A.assemble(load));
    mem.write(RAM_BASE + 0x6000, 4, 1);
    hart.run(10); // the hart's load caches page 6's translation
    source.calls = 0;
    mem.read(RAM_BASE + 0x6000, 4);
    expect(source.calls).toBe(0); // the host's read found it in the TLB
    // remap page 6 to a fresh frame behind the TLB's back, then tell the memory
    source.frames[6] = new Uint8Array(PAGE_SIZE).fill(2);
    expect(mem.read(RAM_BASE + 0x6000, 1)).toBe(1);
    mem.flushPage(6);
    expect(mem.read(RAM_BASE + 0x6000, 1)).toBe(2);
    expect(source.calls).toBe(1);
    hart.pc = RAM_BASE;
    hart.run(10);
    expect(hart.x[a1]).toBe(0x0202_0202);
    source.frames[6] = new Uint8Array(PAGE_SIZE).fill(3);
    mem.flush();
    hart.pc = RAM_BASE;
    hart.run(10);
    expect(hart.x[a1]).toBe(0x0303_0303);
  });

  test('host copies leave the hart\'s TLB alone, and see what it stores', () => {
    // Pages 1 and 65 share a TLB slot (64 entries, direct-mapped).
    const code = [A.li(a0, RAM_BASE + 0x1000), A.li(a1, 5), A.sw(a1, a0, 0), A.jal(0, 0)];
    const { hart, mem } = machine(A.assemble(code), 80);
    hart.run(10);
    const slot = ((RAM_BASE >>> 12) + 1) & 63;
    expect(mem.tlb.wtag[slot]).toBe((RAM_BASE >>> 12) + 1);
    const page = new Uint8Array(PAGE_SIZE).fill(9);
    expect(mem.writeBytes(RAM_BASE + 65 * PAGE_SIZE, page)).toBe(true);
    expect(mem.readBytes(RAM_BASE + 65 * PAGE_SIZE, new Uint8Array(PAGE_SIZE))).toBe(true);
    expect(mem.tlb.wtag[slot]).toBe((RAM_BASE >>> 12) + 1);
    expect(mem.tlb.rtag[slot]).toBe((RAM_BASE >>> 12) + 1);
    const seen = new Uint8Array(8);
    expect(mem.readBytes(RAM_BASE + 0x1000, seen)).toBe(true);
    expect([...seen]).toEqual([5, 0, 0, 0, 0, 0, 0, 0]);
    expect(mem.read(RAM_BASE + 65 * PAGE_SIZE + 100, 1)).toBe(9);
  });

  test('a host word access installs its translation, so the hypervisor\'s next one hits', () => {
    const { mem } = machine(A.assemble([A.jal(0, 0)]), 80);
    const ppn = (RAM_BASE >>> 12) + 65;
    expect(mem.write(RAM_BASE + 65 * PAGE_SIZE + 8, 4, 0x1234)).toBe(true);
    expect(mem.tlb.wtag[ppn & 63]).toBe(ppn);
    expect(mem.read(RAM_BASE + 66 * PAGE_SIZE, 4)).toBe(0);
    expect(mem.tlb.rtag[(ppn + 1) & 63]).toBe(ppn + 1);
    expect(mem.read(RAM_BASE + 65 * PAGE_SIZE + 8, 4)).toBe(0x1234);
  });

  test('flushPage drops decoded code of a remapped page', () => {
    const { hart, mem, source } = machine(A.assemble([A.addi(a0, 0, 1), A.jal(0, 0)]));
    hart.run(2);
    const f = new Uint8Array(PAGE_SIZE);
    f.set(A.assemble([A.addi(a0, 0, 2), A.jal(0, 0)]));
    source.frames[0] = f;
    mem.flushPage(0);
    hart.pc = RAM_BASE;
    hart.run(2);
    expect(hart.x[a0]).toBe(2);
  });

  test('a page that is not RAM for the source goes to the bus', () => {
    const source = new FlatSource(4);
    source.holes.add(1);
    const bus = new TestBus();
    const mem = new PhysMemory(RAM_BASE, 4, source, bus);
    expect(mem.read(RAM_BASE + PAGE_SIZE, 4)).toBe(BUS_FAULT);
    expect(mem.write(RAM_BASE + PAGE_SIZE, 4, 5)).toBe(false);
  });

  test('conflicting TLB slots (64 pages apart) stay correct', () => {
    const { mem } = machine(new Uint8Array(0), 256);
    for (let k = 0; k < 4; k++) mem.write(RAM_BASE + k * 64 * PAGE_SIZE, 4, k + 10);
    for (let k = 0; k < 4; k++) expect(mem.read(RAM_BASE + k * 64 * PAGE_SIZE, 4)).toBe(k + 10);
  });

  test('host structures stay small for a large, sparsely touched domain', () => {
    const mem = new PhysMemory(RAM_BASE, 4096, new FlatSource(4096), new TestBus());
    // the TLB and code cache are sized by constants, not by the domain's pages
    const tlb = mem.tlb;
    expect((tlb.rtag.length + tlb.rppn.length + tlb.wtag.length + tlb.wppn.length) * 4 + (tlb.r8.length + tlb.r32.length + tlb.w8.length + tlb.w32.length + tlb.wcode.length) * 8).toBeLessThan(4096);
  });

  test('rejects a misaligned base or a range beyond 4 GiB', () => {
    expect(() => new PhysMemory(RAM_BASE + 1, 1, new FlatSource(1), new TestBus())).toThrow(RangeError);
    expect(() => new PhysMemory(0xffff_f000, 2, new FlatSource(2), new TestBus())).toThrow(RangeError);
  });
});

describe('decoded code invalidation', () => {
  test('a store over the next instruction is seen (self-modifying code without fence.i)', () => {
    // patch the instruction at +16 (addi a0, 0, 1) into addi a0, 0, 2, then run it
    const patch = A.addi(a0, 0, 2);
    const prog = [A.li(a1, patch), A.auipc(A.t0, 0), A.sw(a1, A.t0, 8), A.addi(a0, 0, 1), A.jal(0, 0)];
    const { hart } = machine(A.assemble(prog));
    hart.run(5);
    expect(hart.x[a0]).toBe(2);
  });

  test('code already executed and then overwritten is re-decoded (loop, with fence.i)', () => {
    const { hart, mem } = machine(A.assemble([A.addi(a0, a0, 1), A.jal(0, -4)]));
    hart.run(10);
    expect(hart.x[a0]).toBe(5);
    mem.write(RAM_BASE, 4, A.addi(a0, a0, 100));
    hart.run(2);
    expect(hart.x[a0]).toBe(105);
    mem.writeBytes(RAM_BASE, A.assemble([A.addi(a0, a0, -1)]));
    hart.run(2);
    expect(hart.x[a0]).toBe(104);
  });

  test('byte, halfword and AMO stores invalidate too', () => {
    const { hart } = machine(A.assemble([
      A.auipc(A.t0, 0), A.addi(a1, 0, 0x7f), A.jal(A.ra, 32), // call patcher below
      A.addi(a0, 0, 1), // slot at +12: patched three times
      A.jal(0, 0), 0, 0, 0, 0, 0,
      /* +40 patcher */ A.jalr(0, A.ra, 0),
    ]));
    hart.run(5);
    expect(hart.x[a0]).toBe(1);
    // the low immediate bits of the addi at +12 sit in its byte 14: patch via sb, then sh, then amoswap
    const imm = (v: number) => A.addi(a0, 0, v);
    for (const [kind, v] of [['sb', 3], ['sh', 4], ['amo', 5]] as const) {
      const word = imm(v);
      hart.pc = RAM_BASE + 0x100;
      const code = kind === 'sb' ? [A.li(a1, (word >>> 16) & 0xff), A.sb(a1, A.t0, 14)]
        : kind === 'sh' ? [A.li(a1, word >>> 16), A.sh(a1, A.t0, 14)]
          : [A.li(a1, word), A.addi(A.t1, A.t0, 12), A.amoswap_w(0, a1, A.t1)];
      hart.mem.writeBytes(RAM_BASE + 0x100, A.assemble([...code, A.jal(0, 12 - 0x100 - code.flat().length * 4)]));
      hart.run(code.flat().length + 3);
      expect(hart.x[a0]).toBe(v);
    }
  });
});
