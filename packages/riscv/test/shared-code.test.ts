/**
 * Decoded code shared across address spaces (shared-code.ts): spaces whose page holds the same
 * content at the same address run one decoded copy, and nothing one space does to its page
 * changes what another runs. Every scenario runs interpreted only and compiled at once.
 */
import * as A from './asm';
import { Machine, RAM_BASE, machine } from './machine';
import { DecodedPage } from '../src/decoded-page';
import { SharedCode } from '../src/shared-code';

const { a0, a1, a2, ra, t0, t1 } = A;
const VPN = RAM_BASE >>> 12;
const F = RAM_BASE + 0x18, G = RAM_BASE + 0x20, H = RAM_BASE + 0x28, END = RAM_BASE + 0x10;
const PATCHER = RAM_BASE + 0x1000;

/** a0 = a1 calls of f (a0 += 1); g and h (never run by the loop) set a0 to 7 and 70. */
const program = [
  /* 0x00 */ A.addi(a0, 0, 0),
  /* 0x04 */ A.jal(ra, 0x14),
  /* 0x08 */ A.addi(a1, a1, -1),
  /* 0x0c */ A.bne(a1, 0, -8),
  /* 0x10 */ A.jal(0, 0),
  /* 0x14 */ A.addi(0, 0, 0),
  /* 0x18 f */ A.addi(a0, a0, 1),
  /* 0x1c */ A.jalr(0, ra, 0),
  /* 0x20 g */ A.addi(a0, 0, 7),
  /* 0x24 */ A.jal(0, 0),
  /* 0x28 h */ A.addi(a0, 0, 70),
  /* 0x2c */ A.jal(0, 0),
];

/** A space running `program`, with a store-and-stop at PATCHER (its own page). */
function space(code = program, at = RAM_BASE): Machine {
  const m = machine(new Uint8Array(0));
  m.mem.writeBytes(at, A.assemble(code));
  m.mem.writeBytes(PATCHER, A.assemble([A.sw(t1, t0, 0), A.jal(0, 0)]));
  return m;
}

/** Runs from `pc` into a self-loop; returns a0. */
function runFrom(m: Machine, pc: number, calls = 10): number {
  m.hart.pc = pc;
  m.hart.x[a1] = calls;
  m.hart.run(200);
  return m.hart.x[a0];
}

/** The guest stores `insn` at `addr` (a sw run from another page). */
function guestStore(m: Machine, addr: number, insn: number): void {
  m.hart.x[t0] = addr;
  m.hart.x[t1] = insn;
  m.hart.pc = PATCHER;
  expect(m.hart.run(1)).toBe(1);
}

/** `program` with a never-run filler of its own, so no other test's space shares it. */
let variants = 0;
const fresh = (): number[] => [...program.slice(0, 5), A.addi(0, 0, ++variants), ...program.slice(6)];

const ops = (m: Machine, vpn = VPN): Int32Array | undefined => m.mem.codePage(vpn)?.ops;

const defaultThreshold = DecodedPage.hotThreshold;
const defaultMaxIdle = SharedCode.maxIdle;
afterEach(() => {
  DecodedPage.hotThreshold = defaultThreshold;
  SharedCode.maxIdle = defaultMaxIdle;
});

describe.each([['interpreted', Infinity], ['compiled', 1]])('%s', (_mode, threshold) => {
  beforeEach(() => { DecodedPage.hotThreshold = threshold; });

  test('spaces with the same code at the same address share its decoded arrays', () => {
    const a = space(), b = space();
    expect(runFrom(a, RAM_BASE)).toBe(10);
    expect(runFrom(b, RAM_BASE, 5)).toBe(5);
    expect(ops(a)).toBe(ops(b));
    expect(a.mem.codePage(VPN)?.shared).not.toBeNull();
    // Compiled regions stay per address space.
    if (threshold === 1) expect(a.mem.codePage(VPN)?.fns).not.toBe(b.mem.codePage(VPN)?.fns);
  });

  test('different content, or the same content at another address, is not shared', () => {
    const a = space(), b = space([A.addi(a0, 0, 1), ...program.slice(1)]);
    const c = space(program, RAM_BASE + 0x3000);
    expect(runFrom(a, RAM_BASE)).toBe(10);
    expect(runFrom(b, RAM_BASE)).toBe(11);
    expect(runFrom(c, RAM_BASE + 0x3000)).toBe(10);
    expect(ops(b)).not.toBe(ops(a));
    expect(ops(c, VPN + 3)).not.toBe(ops(a));
  });

  test('a store into a decoded slot of a shared page changes only the storing space', () => {
    const a = space(), b = space();
    expect(runFrom(a, RAM_BASE)).toBe(10);
    expect(runFrom(b, RAM_BASE)).toBe(10);
    guestStore(a, F, A.addi(a0, a0, 100));
    expect(a.mem.codePage(VPN)?.shared).toBeNull();
    expect(ops(a)).not.toBe(ops(b));
    expect(runFrom(a, RAM_BASE)).toBe(1000);
    expect(runFrom(b, RAM_BASE)).toBe(10);
    expect(b.mem.codePage(VPN)?.shared).not.toBeNull();
  });

  test('a store into a never-decoded slot never reaches another space, whoever runs it first', () => {
    const a = space(), b = space();
    expect(runFrom(a, RAM_BASE)).toBe(10);
    expect(runFrom(b, RAM_BASE)).toBe(10);
    // g: the other space decodes it first (from the shared snapshot, not from a's frame).
    guestStore(a, G, A.addi(a0, 0, 9));
    expect(runFrom(b, G)).toBe(7);
    expect(runFrom(a, G)).toBe(9);
    // h: the storing space decodes it first.
    guestStore(a, H, A.addi(a0, 0, 90));
    expect(runFrom(a, H)).toBe(90);
    expect(runFrom(b, H)).toBe(70);
    expect(runFrom(space(), H)).toBe(70);
  });

  test('host writes change only the written space', () => {
    const a = space(), b = space(), c = space();
    for (const m of [a, b, c]) expect(runFrom(m, RAM_BASE)).toBe(10);
    expect(a.mem.writeBytes(F, A.assemble([A.addi(a0, a0, 2)]))).toBe(true);
    expect(c.mem.write(G, 4, A.addi(a0, 0, 3))).toBe(true);
    expect(runFrom(a, RAM_BASE)).toBe(20);
    expect(runFrom(b, RAM_BASE)).toBe(10);
    expect(runFrom(c, G)).toBe(3);
    expect(runFrom(b, G)).toBe(7);
    expect(runFrom(a, G)).toBe(7);
  });

  test('code that overwrites its own shared page runs its new instruction; others keep the old', () => {
    // Stores t1 over the instruction right after it unless a2 = 0, then runs that instruction.
    const smc = [A.beq(a2, 0, 8), A.sw(t1, t0, 0), A.addi(a0, a0, 1), A.jal(0, 0)];
    const a = space(smc), b = space(smc);
    for (const m of [a, b]) { m.hart.x[t0] = RAM_BASE + 8; m.hart.x[t1] = A.addi(a0, a0, 5); }
    b.hart.x[a2] = 0;
    a.hart.x[a2] = 1;
    expect(runFrom(b, RAM_BASE)).toBe(1);
    expect(runFrom(a, RAM_BASE)).toBe(5);
    a.hart.x[a0] = 0;
    expect(runFrom(a, RAM_BASE)).toBe(5);
    b.hart.x[a0] = 0;
    expect(runFrom(b, RAM_BASE)).toBe(1);
    expect(a.mem.read(RAM_BASE + 8, 4)).toBe(A.addi(a0, a0, 5));
    expect(b.mem.read(RAM_BASE + 8, 4)).toBe(A.addi(a0, a0, 1));
  });
});

test('a page gets a region list of its own only when something is compiled in it', () => {
  DecodedPage.hotThreshold = Infinity;
  const a = space(), b = space();
  expect(runFrom(a, RAM_BASE)).toBe(10);
  expect(runFrom(b, RAM_BASE)).toBe(10);
  const pa = a.mem.codePage(VPN) as DecodedPage;
  expect(pa.fns).toBe((b.mem.codePage(VPN) as DecodedPage).fns); // the shared empty list
  DecodedPage.hotThreshold = 1;
  const c = space();
  expect(runFrom(c, RAM_BASE)).toBe(10);
  const pc = c.mem.codePage(VPN) as DecodedPage;
  expect(pc.fns).not.toBe(pa.fns);
  expect(pc.fns.some((f) => f !== null)).toBe(true);
  expect(pa.fns.every((f) => f === null)).toBe(true);
});

describe('entries', () => {
  beforeEach(() => SharedCode.dropIdle());

  test('are released with their address spaces and found decoded by the next one', () => {
    const before = SharedCode.counts();
    const code = fresh();
    const a = space(code), b = space(code);
    runFrom(a, RAM_BASE);
    runFrom(b, RAM_BASE);
    const shared = ops(a) as Int32Array;
    expect(SharedCode.counts()).toEqual({ live: before.live + 1, idle: before.idle });
    a.mem.release();
    expect(SharedCode.counts()).toEqual({ live: before.live + 1, idle: before.idle });
    b.mem.release();
    expect(SharedCode.counts()).toEqual({ live: before.live, idle: before.idle + 1 });
    // A fresh space with that kernel finds its code decoded before running any of it.
    const c = space(code);
    expect(ops(c)).toBe(shared);
    expect(shared[(F - RAM_BASE) >> 2]).not.toBe(0);
    expect(runFrom(c, RAM_BASE)).toBe(10);
    expect(SharedCode.counts()).toEqual({ live: before.live + 1, idle: before.idle });
  });

  test('a flush or a frame that moved drops the reference; the next fetch finds it again', () => {
    const a = space(fresh());
    runFrom(a, RAM_BASE);
    const shared = ops(a);
    const live = SharedCode.counts().live;
    a.mem.flush();
    expect(SharedCode.counts().live).toBe(live - 1);
    expect(runFrom(a, RAM_BASE)).toBe(10);
    expect(ops(a)).toBe(shared);
    // A page never written reads as the shared zero frame; the first write gives it a frame.
    const z = VPN + 5;
    const zeros = a.mem.codePage(z)?.shared as SharedCode;
    const refs = zeros.refs;
    expect(a.mem.write(RAM_BASE + 0x5000, 4, A.jal(0, 0))).toBe(true);
    expect(zeros.refs).toBe(refs - 1);
    expect(a.mem.codePage(z)?.shared).not.toBe(zeros);
    expect(a.mem.codePage(z)?.words[0]).toBe(A.jal(0, 0));
    expect(runFrom(a, RAM_BASE)).toBe(10);
    expect(ops(a)).toBe(shared);
  });

  test('idle ones are bounded, least recently released leaving first', () => {
    SharedCode.maxIdle = 3;
    const codes = [0, 1, 2, 3, 4, 5].map(() => fresh());
    const spaces = codes.map((code) => space(code));
    spaces.forEach((m) => expect(runFrom(m, RAM_BASE)).toBe(10));
    const kept = spaces.map((m) => ops(m));
    spaces.forEach((m) => m.mem.release());
    expect(SharedCode.counts().idle).toBe(3);
    // The last three released are still there; the first ones must be decoded again.
    expect(ops(space(codes[5]))).toBe(kept[5]);
    expect(ops(space(codes[0]))).not.toBe(kept[0]);
  });
});
