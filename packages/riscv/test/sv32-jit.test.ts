/**
 * Sv32 and the decoded-code cache / block compiler: remapping a page of code, switching satp,
 * rewriting code through another virtual mapping of its frame and demand paging from a trap
 * handler must run exactly as in the interpreter (lockstep, every budget split), with the
 * compiled code really used.
 */
import * as A from './asm';
import { RAM_BASE, type Machine } from './machine';
import { Program } from './program';
import { lockstep } from './lockstep';
import * as C from '@hvsim/riscv';
import { DecodedPage } from '../src/decoded-page';
import { FREE, LEAF, PTE_R, PTE_U, PTE_W, PTE_X, ROOT, RWX, SATP, Sv32Rig } from './sv32-rig';

const { ra, a0, s1, t0, t1, t2, t3, t4, t5, t6 } = A;

const defaultThreshold = DecodedPage.hotThreshold;
afterEach(() => { DecodedPage.hotThreshold = defaultThreshold; });

const MAIN_VA = 0x0040_0000;
const FN_VA = 0x0040_1000;
const MAIN_PA = FREE;
const FN_PA = FREE + 0x1000;
const FN2_PA = FREE + 0x2000;
const CHUNKS = [1, 7, 100, 333, 1000, 5000, 20_000];

function snapshot(m: Machine): unknown {
  return m.hart.saveState();
}

/** Whether some compiled region of the page at `va` exists in `m`. */
function compiledIn(m: Machine, va: number): boolean {
  const page = m.mem.codePage(va >>> 12);
  return page !== null && page.fns.some((f) => f !== null);
}

/** fn: a0 += n; return. */
const addFn = (n: number): number[] => [A.addi(a0, a0, n), A.jalr(0, ra, 0)];

/** Calls FN_VA `times` times (t2 counts), then runs `between`, then does it again. */
function twoLoops(times: number, between: Array<number | number[]>): Program {
  return new Program()
    .li(a0, 0).li(t2, times)
    .label('one').li(t3, FN_VA).emit(A.jalr(ra, t3, 0), A.addi(t2, t2, -1)).branch((o) => A.bne(t2, 0, o), 'one')
    .emit(...between)
    .li(t2, times)
    .label('two').li(t3, FN_VA).emit(A.jalr(ra, t3, 0), A.addi(t2, t2, -1)).branch((o) => A.bne(t2, 0, o), 'two')
    .label('end').jump(0, 'end');
}

/** S-mode code: main (made knowing the rig, e.g. where its page tables are) at MAIN_VA, FN_VA
 *  mapped to FN_PA (a0 += 1), FN2_PA holding a0 += 100. */
function rigWith(mainOf: (r: Sv32Rig) => Program): Sv32Rig {
  const r = new Sv32Rig().map(MAIN_VA, MAIN_PA, LEAF | RWX).map(FN_VA, FN_PA, LEAF | RWX);
  r.m.mem.writeBytes(MAIN_PA, mainOf(r).build(MAIN_VA));
  return r.load(FN_PA, addFn(1)).load(FN2_PA, addFn(100));
}

beforeEach(() => { DecodedPage.hotThreshold = 1; });

test('code runs from the new frame after its page is remapped and sfence.vma names it', () => {
  const newPte = ((FN2_PA >>> 12) << 10) | LEAF | RWX;
  const build = (): Machine => {
    let table = 0;
    const r = rigWith((rig) => {
      table = rig.pteAddr(FN_VA, 0);
      return twoLoops(300, [A.li(t1, table), A.li(t4, newPte), A.sw(t4, t1, 0), A.li(t5, FN_VA), A.sfence_vma(t5, 0)]);
    });
    r.map(table & ~0xfff, table & ~0xfff, LEAF | PTE_R | PTE_W); // S-mode edits its page table
    return r.enter(C.PRIV_S, MAIN_VA).m;
  };
  const { jit } = lockstep(build, CHUNKS, snapshot);
  expect(jit.hart.x[a0]).toBe(300 + 300 * 100);
  expect(compiledIn(jit, MAIN_VA)).toBe(true);
});

test('a satp write switches to page tables that map the same code page elsewhere', () => {
  const second = ROOT + 0x5000;
  const build = (): Machine => {
    const r = rigWith(() => twoLoops(300, [A.li(t1, 0x8000_0000 | (second >>> 12)), A.csrw(C.CSR_SATP, t1)]));
    // The second space: a copy of the root with FN_VA's second-level table copied, FN_VA → FN2_PA.
    const copy = second + 0x1000;
    const bytes = new Uint8Array(4096);
    r.m.mem.readBytes(ROOT, bytes);
    r.m.mem.writeBytes(second, bytes);
    const l1 = r.pte(FN_VA, 1);
    r.m.mem.readBytes((l1 >>> 10) << 12, bytes);
    r.m.mem.writeBytes(copy, bytes);
    r.m.mem.write(second + (FN_VA >>> 22) * 4, 4, ((copy >>> 12) << 10) | (l1 & 0x3ff));
    r.m.mem.write(copy + ((FN_VA >>> 12) & 0x3ff) * 4, 4, ((FN2_PA >>> 12) << 10) | LEAF | RWX);
    return r.enter(C.PRIV_S, MAIN_VA, SATP).m;
  };
  const { jit } = lockstep(build, CHUNKS, snapshot);
  expect(jit.hart.x[a0]).toBe(300 + 300 * 100);
  expect(compiledIn(jit, MAIN_VA)).toBe(true);
});

test('a store through another virtual page of the same frame invalidates the decoded and compiled code', () => {
  const ALIAS_VA = 0x0090_0000;
  const build = (): Machine => {
    const r = rigWith(() => twoLoops(300, [A.li(t1, ALIAS_VA), A.li(t4, A.addi(a0, a0, 100)), A.sw(t4, t1, 0), A.fence_i()]))
      .map(ALIAS_VA, FN_PA, LEAF | PTE_R | PTE_W);
    return r.enter(C.PRIV_S, MAIN_VA).m;
  };
  const { jit } = lockstep(build, CHUNKS, snapshot);
  expect(jit.hart.x[a0]).toBe(300 + 300 * 100);
  expect(jit.mem.read(FN_PA, 4)).toBe(A.addi(a0, a0, 100));
});

test('code rewritten while Bare through its physical address does not run stale when mapped again', () => {
  // S-mode runs FN through the mapping, turns translation off, patches FN's frame at its
  // physical address, turns it back on and runs FN again: the same virtual page, the same frame.
  const ident = FREE + 0x3000;
  const build = (): Machine => {
    const prog = new Program()
      .li(a0, 0).li(t2, 300).li(t6, SATP)
      .label('one').li(t3, FN_VA).emit(A.jalr(ra, t3, 0), A.addi(t2, t2, -1)).branch((o) => A.bne(t2, 0, o), 'one')
      .emit(A.csrw(C.CSR_SATP, 0)).li(t1, FN_PA).li(t4, A.addi(a0, a0, 100)).emit(A.sw(t4, t1, 0), A.csrw(C.CSR_SATP, t6))
      .li(t2, 300)
      .label('two').li(t3, FN_VA).emit(A.jalr(ra, t3, 0), A.addi(t2, t2, -1)).branch((o) => A.bne(t2, 0, o), 'two')
      .label('end').jump(0, 'end');
    const r = new Sv32Rig().map(ident, ident, LEAF | RWX).map(FN_VA, FN_PA, LEAF | RWX).load(FN_PA, addFn(1));
    r.m.mem.writeBytes(ident, prog.build(ident));
    return r.enter(C.PRIV_S, ident).m;
  };
  const { jit } = lockstep(build, CHUNKS, snapshot);
  expect(jit.hart.x[a0]).toBe(300 + 300 * 100);
});

test('demand paging: a U-mode loop whose page faults an S-mode handler maps, in lockstep', () => {
  const DATA_VA = 0x0080_0000;
  const DATA_PA = RAM_BASE + 0x10000;
  const PAGES = 8;
  const HANDLER_VA = 0x00c0_0000;
  const build = (): Machine => {
    const r = new Sv32Rig();
    const table = r.pteAddr(DATA_VA, 0); // made now, filled by the handler
    const user = new Program()
      .li(a0, 0).li(s1, 20)
      .label('outer').li(t0, DATA_VA).li(t2, PAGES)
      .label('inner').emit(A.lw(t1, t0, 0), A.add(a0, a0, t1), A.sw(a0, t0, 4)).li(t3, 4096).emit(A.add(t0, t0, t3), A.addi(t2, t2, -1))
      .branch((o) => A.bne(t2, 0, o), 'inner')
      .emit(A.addi(s1, s1, -1)).branch((o) => A.bne(s1, 0, o), 'outer')
      .label('end').jump(0, 'end');
    const flags = LEAF | PTE_R | PTE_W | PTE_U;
    const handler = [
      A.csrr(t4, C.CSR_STVAL), A.srli(t4, t4, 12), A.andi(t4, t4, 0x3ff),
      A.slli(t5, t4, 2), A.li(t6, table & ~0xfff), A.add(t5, t5, t6),
      A.slli(t4, t4, 10), A.li(t6, ((DATA_PA >>> 12) << 10) | flags), A.add(t4, t4, t6), A.sw(t4, t5, 0),
      A.csrr(t4, C.CSR_STVAL), A.sfence_vma(t4, 0), A.sret(),
    ];
    r.map(MAIN_VA, MAIN_PA, LEAF | RWX | PTE_U).map(HANDLER_VA, FN_PA, LEAF | PTE_X);
    r.map(table & ~0xfff, table & ~0xfff, LEAF | PTE_R | PTE_W);
    r.m.mem.writeBytes(MAIN_PA, user.build(MAIN_VA));
    r.load(FN_PA, handler);
    for (let k = 0; k < PAGES; k++) r.m.mem.write(DATA_PA + k * 4096, 4, k + 1);
    r.hart.writeCsr(C.CSR_MEDELEG, (1 << C.CAUSE_LOAD_PAGE_FAULT) | (1 << C.CAUSE_STORE_PAGE_FAULT));
    r.hart.writeCsr(C.CSR_STVEC, HANDLER_VA);
    return r.enter(C.PRIV_U, MAIN_VA).m;
  };
  const { jit } = lockstep(build, [...CHUNKS, 100_000], snapshot);
  expect(jit.hart.priv).toBe(C.PRIV_U);
  expect(jit.mem.read(DATA_PA + (PAGES - 1) * 4096 + 4, 4)).toBe(jit.hart.x[a0]);
  expect(compiledIn(jit, MAIN_VA)).toBe(true);
});

/** Deterministic xorshift32 in [0, 2^32). */
function prng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x >>> 0; };
}

test.each([1, 2, 3, 4, 5, 6, 7, 8])('random page tables (seed %i): loads, stores, AMOs and fences never throw, compiled as interpreted', (seed) => {
  // Not in the code cache slot of MAIN_VA: a trap per instruction would reload both each time.
  const TRAP_SKIP = FREE + 0x6000;
  const build = (): Machine => {
    const rnd = prng(seed);
    const r = new Sv32Rig().map(MAIN_VA, MAIN_PA, LEAF | RWX);
    // Four 4 MiB regions: their root entries and second-level tables hold random bits, biased
    // towards valid pointers and leaves into RAM, some pointing outside RAM or past 4 GiB.
    const regions = [0x0100_0000, 0x0140_0000, 0x0180_0000, 0xffc0_0000];
    const tables = [FREE + 0x4000, FREE + 0x5000];
    const pte = (): number => {
      const kind = rnd() % 4;
      const flags = rnd() & 0x3ff;
      if (kind === 0) return rnd();
      if (kind === 1) return (((RAM_BASE >>> 12) + (rnd() % 64)) << 10 | flags) >>> 0;
      if (kind === 2) return ((tables[rnd() % 2] >>> 12) << 10 | 1) >>> 0;
      return ((rnd() & 0x3f_ffff) << 10 | flags | 1) >>> 0;
    };
    for (const va of regions) r.m.mem.write(ROOT + (va >>> 22) * 4, 4, pte());
    for (const t of tables) for (let i = 0; i < 1024; i++) r.m.mem.write(t + i * 4, 4, pte());
    const prog = new Program().label('top');
    for (let k = 0; k < 60; k++) {
      const va = (regions[rnd() % 4] + (rnd() % 1024) * 4096 + (rnd() % 1024) * 4) >>> 0;
      prog.li(t0, va);
      switch (rnd() % 6) {
        case 0: prog.emit(A.lw(a0, t0, 0)); break;
        case 1: prog.emit(A.sw(a0, t0, 2)); break;
        case 2: prog.emit(A.amoadd_w(a0, a0, t0)); break;
        case 3: prog.emit(A.lbu(t1, t0, 1), A.add(a0, a0, t1)); break;
        case 4: prog.emit(A.sfence_vma(rnd() % 2 === 0 ? 0 : t0, 0)); break;
        default: prog.emit(A.lr_w(t1, t0), A.sc_w(t2, a0, t0)); break;
      }
    }
    prog.jump(0, 'top');
    r.m.mem.writeBytes(MAIN_PA, prog.build(MAIN_VA));
    // M-mode skips whatever trapped and returns to S-mode.
    r.load(TRAP_SKIP, [A.csrr(t6, C.CSR_MEPC), A.addi(t6, t6, 4), A.csrw(C.CSR_MEPC, t6), A.mret()]);
    r.hart.writeCsr(C.CSR_MTVEC, TRAP_SKIP);
    return r.enter(C.PRIV_S, MAIN_VA).m;
  };
  // Random leaves reach the code and the page tables too: stores rewrite them at times.
  const memoryHash = (m: Machine): number[] => m.source.frames.map((f) => (f === null ? 0 : f.reduce((h, b) => (h * 31 + b) | 0, 0)));
  const { jit } = lockstep(build, [1, 333, 20_000], (m) => ({ ...m.hart.saveState(), mem: memoryHash(m) }));
  expect(jit.hart.instret).toBeGreaterThan(1000);
});
