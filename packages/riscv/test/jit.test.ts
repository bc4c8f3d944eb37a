/**
 * The block compiler (block-compiler.ts): compiled regions must retire exactly what the
 * interpreter retires — same registers, memory, pc, instret, traps and stops — under any budget
 * split. Most tests run a program twice, compiling at the first block entry and never compiling,
 * and compare; each also checks that compiled code really ran.
 */
import * as A from './asm';
import { DEV_BASE, Machine, RAM_BASE, machine } from './machine';
import * as C from '@hvsim/riscv';
import { DecodedPage } from '../src/decoded-page';
import { MAX_OWNERS } from '../src/region-cache';
import { lockstep } from './lockstep';

const { a0, a1, a2, a3, t0, t1, t2 } = A;
const HANDLER = RAM_BASE + 0x1000;
const DATA = RAM_BASE + 0x2000;
const PAGES = 16;
const RAM_END = RAM_BASE + PAGES * C.PAGE_SIZE;

const defaultThreshold = DecodedPage.hotThreshold;
afterEach(() => { DecodedPage.hotThreshold = defaultThreshold; });

/** Deterministic xorshift32. */
function prng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 0x1_0000_0000; };
}

/** A machine with `program` at RAM_BASE, traps to a self-loop at HANDLER (or `handler`). */
function setup(program: Array<number | number[]>, handler: Array<number | number[]> = [A.jal(0, 0)]): Machine {
  const m = machine(A.assemble(program), PAGES);
  m.mem.writeBytes(HANDLER, A.assemble(handler));
  m.hart.writeCsr(C.CSR_MTVEC, HANDLER);
  return m;
}

/** Whether a compiled region starts at `addr`. */
function compiledAt(m: Machine, addr: number): boolean {
  const page = m.mem.codePage(addr >>> 12);
  return page !== null && page.fns[(addr & 4095) >> 2] !== null;
}

function snapshot(m: Machine): unknown {
  const data = new Uint8Array(256);
  m.mem.readBytes(DATA, data);
  return { ...m.hart.saveState(), data: Array.from(data) };
}

/** Runs `build()` compiled-at-once and interpreted-only with the same budget chunks; returns both. */
function compare(build: () => Machine, chunks: readonly number[]): { jit: Machine; ref: Machine } {
  return lockstep(build, chunks, snapshot);
}

/** a0 = sum of 1..a1 with a load and a store per iteration; ends in a self-loop. */
const sumLoop = (n: number): Array<number | number[]> => [
  A.li(a1, n), A.li(t0, DATA), A.addi(a0, 0, 0),
  /* 0x14 loop */ A.add(a0, a0, a1), A.sw(a0, t0, 0), A.lw(t1, t0, 0), A.addi(a1, a1, -1), A.bne(a1, 0, -16),
  A.jal(0, 0),
];

describe('compiled regions', () => {
  // Loops of a few hundred iterations: compile them after as many entries as the threshold's
  // old default, well inside what they run.
  beforeEach(() => { DecodedPage.hotThreshold = 64; });

  test('address spaces running the same code share its region; different code gets its own', () => {
    DecodedPage.hotThreshold = 1;
    const first = setup(sumLoop(100));
    first.hart.run(10_000);
    // The first space compiled the loop before its exit had ever run; later ones share the
    // page's decoded code (shared-code.ts), exit included, so they compile the same fuller region.
    const later = Array.from({ length: MAX_OWNERS + 2 }, () => {
      const m = setup(sumLoop(100));
      m.hart.run(10_000);
      return m;
    });
    const other = setup(sumLoop(7)); // same addresses, another immediate
    other.hart.run(10_000);
    const region = (m: Machine) => m.mem.codePage(RAM_BASE >>> 12)?.fns[0x14 >> 2];
    // The first MAX_OWNERS spaces to compile a region run a variant of their own, bound to
    // their memory; all later ones run one function, which finds their memory through the hart.
    const owners = later.slice(0, MAX_OWNERS).map(region);
    const [shared, sharedToo] = later.slice(MAX_OWNERS).map(region);
    expect(new Set(owners).size).toBe(MAX_OWNERS);
    expect(owners).not.toContain(shared);
    expect(sharedToo).toBe(shared);
    expect(region(other)).not.toBe(shared);
    expect([first, ...later].map((m) => [m.hart.x[a0], m.mem.read(DATA, 4)])).toEqual([first, ...later].map(() => [5050, 5050]));
    expect(other.hart.x[a0]).toBe(28);
    expect(other.mem.read(DATA, 4)).toBe(28);
    expect(first.mem.read(DATA, 4)).toBe(5050);
  });

  test('an address space running a region another one compiled agrees with the interpreter', () => {
    DecodedPage.hotThreshold = 1;
    const program = sumLoop(300);
    // As in the test above: the spaces after the first own the full loop's region, the last shares it.
    const spaces = Array.from({ length: MAX_OWNERS + 2 }, () => {
      const m = setup(program);
      m.hart.run(50_000);
      return m;
    });
    const rnd = prng(11);
    const chunks = Array.from({ length: 200 }, () => 1 + Math.floor(rnd() * 37));
    const { jit } = compare(() => setup(program), chunks);
    const region = (m: Machine) => m.mem.codePage(RAM_BASE >>> 12)?.fns[0x14 >> 2];
    expect(region(jit)).toBe(region(spaces[spaces.length - 1]));
    expect(jit.hart.x[a0]).toBe(45150);
  });

  test('a hot loop is compiled and computes what the interpreter computes', () => {
    const m = setup(sumLoop(1000));
    m.hart.run(10_000);
    expect(compiledAt(m, RAM_BASE + 0x14)).toBe(true);
    expect(m.hart.x[a0]).toBe(500500);
    expect(m.hart.x[t1]).toBe(500500);
    expect(m.hart.instret).toBe(10_000);
    expect(m.hart.pc).toBe(RAM_BASE + 0x28);
  });

  test('run(budget) retires exactly the budget for every split, never more', () => {
    const rnd = prng(7);
    const chunks = Array.from({ length: 300 }, () => 1 + Math.floor(rnd() * 23));
    const { jit } = compare(() => setup(sumLoop(1000)), chunks);
    expect(jit.hart.instret).toBe(chunks.reduce((s, n) => s + n, 0));
    expect(compiledAt(jit, RAM_BASE + 0x14)).toBe(true);
  });

  test('a load that faults in the middle of a compiled block reports its pc and retires what precedes it', () => {
    // Walks t0 up to the end of RAM; the load past it faults.
    const count = 200;
    const program = [
      A.li(t0, RAM_END - 4 * count), A.addi(a0, 0, 0),
      /* 0x0c */ A.addi(a0, a0, 1), A.lw(t1, t0, 0), A.addi(t0, t0, 4), A.jal(0, -12),
    ];
    const { jit } = compare(() => setup(program), [5000]);
    expect(compiledAt(jit, RAM_BASE + 0x0c)).toBe(true);
    expect(jit.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_LOAD_ACCESS);
    expect(jit.hart.readCsr(C.CSR_MEPC)).toBe(RAM_BASE + 0x10);
    expect(jit.hart.readCsr(C.CSR_MTVAL)).toBe(RAM_END);
    expect(jit.hart.x[a0]).toBe(count + 1);
    // 3 before the loop, 4 per full iteration, the addi before the fault, then the handler's loop.
    expect(jit.hart.instret).toBe(5000 - 1);
  });

  test('a misaligned JALR target traps at the JALR without writing rd', () => {
    // The JALR's target is the next instruction, but 2 bytes off when a1 reaches 50.
    const program = [
      A.li(a1, 100), A.li(t2, RAM_BASE + 0x28),
      /* 0x10 */ A.addi(a1, a1, -1), A.addi(t1, a1, -50), A.sltiu(t1, t1, 1), A.slli(t1, t1, 1), A.add(t1, t2, t1),
      /* 0x24 */ A.jalr(a3, t1, 0),
      /* 0x28 */ A.bne(a1, 0, -24),
      A.jal(0, 0),
    ];
    const { jit } = compare(() => setup(program), [50, 1000]);
    expect(compiledAt(jit, RAM_BASE + 0x10)).toBe(true);
    expect(jit.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_MISALIGNED_FETCH);
    expect(jit.hart.readCsr(C.CSR_MEPC)).toBe(RAM_BASE + 0x24);
    expect(jit.hart.readCsr(C.CSR_MTVAL)).toBe(RAM_BASE + 0x2a);
    expect(jit.hart.x[a1]).toBe(50);
    expect(jit.hart.x[a3]).toBe(RAM_BASE + 0x28 | 0); // written by the previous pass only
  });

  test('a store that rewrites the next instruction of its own compiled block takes effect at once', () => {
    // Each iteration stores `addi a0, a0, k` over the instruction right after the store.
    const patch = RAM_BASE + 0x24;
    const program = [
      A.li(a1, 300), A.li(t0, patch), A.li(t1, A.addi(a0, a0, 0)), A.lui(t2, 0x100), // t2 = 1 in the imm field
      /* 0x1c */ A.add(t1, t1, t2), A.sw(t1, t0, 0),
      /* 0x24 */ A.addi(a0, a0, 0), A.addi(a1, a1, -1), A.bne(a1, 0, -16),
      A.jal(0, 0),
    ];
    const { jit } = compare(() => setup(program), [700, 1, 3, 2000]);
    expect(jit.hart.x[a0]).toBe((300 * 301) / 2);
    // Also with the normal threshold: the loop gets compiled between rewrites.
    const m = setup(program);
    m.hart.run(5000);
    expect(m.hart.x[a0]).toBe((300 * 301) / 2);
  });

  test('a store that rewrites a later block of a compiled loop takes effect on the next pass', () => {
    // After 100 passes the loop turns its `addi a0, a0, 1` into `addi a0, a0, 3`.
    const program = [
      A.li(a1, 200), A.li(t0, RAM_BASE + 0x2c), A.li(t1, A.addi(a0, a0, 3)), A.addi(t2, 0, 100),
      /* 0x1c */ A.bne(a1, t2, 8), A.sw(t1, t0, 0),
      /* 0x24 */ A.addi(a1, a1, -1), A.jal(0, 4),
      /* 0x2c */ A.addi(a0, a0, 1), A.bne(a1, 0, -20),
      A.jal(0, 0),
    ];
    const m = setup(program);
    m.hart.run(100_000);
    expect(m.hart.x[a0]).toBe(100 * 1 + 100 * 3);
    compare(() => setup(program), [333, 333, 333]);
  });

  test('stores to data on a page of compiled code keep the compiled code', () => {
    const program = [
      A.li(a1, 500), A.li(t0, RAM_BASE + 0x800),
      /* 0x10 */ A.sw(a1, t0, 0), A.addi(a1, a1, -1), A.bne(a1, 0, -8),
      A.jal(0, 0),
    ];
    const m = setup(program);
    m.hart.run(2000);
    expect(m.hart.x[a1]).toBe(0);
    expect(compiledAt(m, RAM_BASE + 0x10)).toBe(true);
  });

  test('host writes over compiled code, and remapped frames, are seen at the next entry', () => {
    const program = [A.addi(a0, a0, 1), A.jal(0, -4)];
    const m = setup(program);
    m.hart.run(1000);
    expect(compiledAt(m, RAM_BASE)).toBe(true);
    expect(m.hart.x[a0]).toBe(500);
    m.mem.writeBytes(RAM_BASE, A.assemble([A.addi(a0, a0, 2)]));
    expect(compiledAt(m, RAM_BASE)).toBe(false);
    m.hart.run(1000);
    expect(m.hart.x[a0]).toBe(1500);
    // Swap the frame behind the TLB's back, then tell the memory.
    const frame = new Uint8Array(C.PAGE_SIZE);
    frame.set(A.assemble([A.addi(a0, a0, -1), A.jal(0, -4)]));
    m.source.frames[0] = frame;
    m.mem.flushPage(0);
    m.hart.pc = RAM_BASE;
    m.hart.run(1000);
    expect(m.hart.x[a0]).toBe(1000);
  });

  test('an interrupt raised by a device store inside a compiled loop is taken right after the store', () => {
    const program = [
      A.li(t0, DEV_BASE), A.li(t1, C.MIP_MTIP), A.csrw(C.CSR_MIE, t1), A.csrrsi(0, C.CSR_MSTATUS, C.MSTATUS_MIE),
      /* 0x18 */ A.addi(a0, a0, 1), A.sw(a0, t0, 0), A.addi(a1, a1, 1), A.jal(0, -12),
    ];
    const build = (): Machine => {
      const m = setup(program);
      m.bus.onWrite = (_addr, _size, value) => { if (value === 300) m.hart.setPending(C.MIP_MTIP, true); };
      return m;
    };
    const { jit } = compare(build, [2000]);
    expect(compiledAt(jit, RAM_BASE + 0x18)).toBe(true);
    expect(jit.hart.readCsr(C.CSR_MCAUSE)).toBe((C.CAUSE_INTERRUPT | C.IRQ_M_TIMER) >>> 0);
    expect(jit.hart.readCsr(C.CSR_MEPC)).toBe(RAM_BASE + 0x20);
    expect(jit.hart.x[a1]).toBe(299);
  });

  test('stopRequested set by a device inside a compiled loop ends run() right after the store', () => {
    const program = [A.li(t0, DEV_BASE), /* 0x08 */ A.addi(a0, a0, 1), A.sw(a0, t0, 0), A.addi(a1, a1, 1), A.jal(0, -12)];
    const m = setup(program);
    m.bus.onWrite = (_addr, _size, value) => { if (value === 500) m.hart.stopRequested = true; };
    const used = m.hart.run(1_000_000);
    expect(compiledAt(m, RAM_BASE + 0x08)).toBe(true);
    expect(used).toBe(2 + 499 * 4 + 2);
    expect(m.hart.pc).toBe(RAM_BASE + 0x10);
  });

  test('ecalls in a compiled loop reach onMachineTrap at the right pc; a stop it requests ends run()', () => {
    const program = [A.li(a1, 1000), /* 0x08 */ A.addi(a0, a0, 1), A.ecall(), A.addi(a1, a1, -1), A.bne(a1, 0, -12), A.jal(0, 0)];
    const build = (): Machine => {
      const m = setup(program);
      m.hart.onMachineTrap = (hart, cause, _tval, epc) => {
        if (cause !== C.CAUSE_MACHINE_ECALL || epc !== RAM_BASE + 0x0c) return false;
        hart.x[a2] += 1;
        hart.pc = epc + 4;
        if (hart.x[a2] === 700) hart.stopRequested = true;
        return true;
      };
      return m;
    };
    const { jit } = compare(build, [10_000, 10_000]);
    expect(compiledAt(jit, RAM_BASE + 0x08)).toBe(true);
    expect(jit.hart.x[a2]).toBe(1000);
    const m = build();
    // li; 699 passes of addi, the trap (one unit, not retired), addi, bne; then addi and the trap.
    expect(m.hart.run(100_000)).toBe(2 + 699 * 4 + 2);
    expect(m.hart.pc).toBe(RAM_BASE + 0x10);
  });

  test('two hot pages that keep evicting each other from the decoded-code cache stay correct', () => {
    // The callee sits 64 pages above the caller: the same slot of the 64-page code cache.
    const callee = RAM_BASE + 64 * C.PAGE_SIZE;
    const build = (): Machine => {
      const m = machine(A.assemble([
        A.li(a1, 40), A.li(t0, callee),
        /* 0x10 */ A.jalr(A.ra, t0, 0), A.addi(a1, a1, -1), A.bne(a1, 0, -8),
        A.jal(0, 0),
      ]), 80);
      m.mem.writeBytes(callee, A.assemble([A.addi(t1, 0, 100), A.addi(a0, a0, 1), A.addi(t1, t1, -1), A.bne(t1, 0, -8), A.jalr(0, A.ra, 0)]));
      return m;
    };
    const { jit } = compare(build, [3000, 5000, 7000]);
    expect(jit.hart.x[a0]).toBe(4000);
    const m = build();
    m.hart.run(20_000);
    expect(m.hart.x[a0]).toBe(4000);
  });

  test('random programs with self-modifying stores, traps, CSR reads and device accesses agree with the interpreter', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = prng(seed * 7919);
      const program = randomProgram(rnd);
      const chunks = Array.from({ length: 60 }, () => (rnd() < 0.5 ? 1 + Math.floor(rnd() * 8) : 1 + Math.floor(rnd() * 400)));
      const build = (): Machine => {
        const m = setup(program, TRAP_SKIP);
        m.hart.x[27] = DEV_BASE; m.hart.x[30] = RAM_BASE; m.hart.x[31] = DATA;
        return m;
      };
      compare(build, chunks);
      // Again, where the regions the first run compiled exist, until the last run has no
      // owner's variant left: it runs the shared one.
      if (seed % 3 === 0) for (let i = 0; i < MAX_OWNERS; i++) compare(build, chunks);
    }
  });
});

/** Trap handler: skip the trapping instruction (mepc += 4) and return. */
const TRAP_SKIP = [A.csrr(28, C.CSR_MEPC), A.addi(28, 28, 4), A.csrw(C.CSR_MEPC, 28), A.mret()];

/**
 * 160 random instructions over x1..x15: ALU ops, loads/stores on DATA (x31; some misaligned),
 * device stores (x27), stores of valid instructions into the program itself (x30), branches and
 * jumps inside the program, instret reads, ecalls and illegal words. Reserved: x26..x31.
 */
function randomProgram(rnd: () => number): number[] {
  const n = 160;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const r = (): number => 1 + Math.floor(rnd() * 15);
  const rz = (): number => Math.floor(rnd() * 16);
  const imm = (): number => Math.floor(rnd() * 4096) - 2048;
  const alu = [A.add, A.sub, A.sll, A.slt, A.sltu, A.xor, A.srl, A.sra, A.or, A.and, A.mul, A.mulh, A.mulhsu, A.mulhu, A.div, A.divu, A.rem, A.remu];
  const aluImm = [A.addi, A.slti, A.sltiu, A.xori, A.ori, A.andi];
  const shifts = [A.slli, A.srli, A.srai];
  const loads = [A.lb, A.lh, A.lw, A.lbu, A.lhu];
  const stores = [A.sb, A.sh, A.sw];
  const branches = [A.beq, A.bne, A.blt, A.bge, A.bltu, A.bgeu];
  const words: number[] = [];
  const target = (at: number): number => 4 * (Math.floor(rnd() * n) - at);
  while (words.length < n) {
    const at = words.length, k = rnd();
    if (k < 0.35) words.push(pick(alu)(rz(), r(), r()));
    else if (k < 0.5) words.push(pick(aluImm)(rz(), r(), imm()));
    else if (k < 0.55) words.push(pick(shifts)(r(), r(), Math.floor(rnd() * 32)));
    else if (k < 0.65) words.push(pick(loads)(rz(), 31, Math.floor(rnd() * 64)));
    else if (k < 0.73) words.push(pick(stores)(r(), 31, Math.floor(rnd() * 64)));
    else if (k < 0.75) words.push(A.sw(r(), 27, 4 * Math.floor(rnd() * 4)));
    else if (k < 0.78 && at + 3 <= n) {
      // Store a fresh ALU instruction over a random slot of the program.
      words.push(...A.li(26, pick(aluImm)(r(), r(), imm())), A.sw(26, 30, 4 * Math.floor(rnd() * n)));
    } else if (k < 0.9) words.push(pick(branches)(r(), r(), target(at)));
    else if (k < 0.93) words.push(A.jal(pick([0, r()]), target(at)));
    else if (k < 0.95) words.push(A.csrr(r(), pick([C.CSR_MINSTRET, C.CSR_MCYCLE])));
    else if (k < 0.96) words.push(A.ecall());
    else if (k < 0.97) words.push(0xffffffff);
    else words.push(A.lui(r(), Math.floor(rnd() * 0x100000)));
  }
  return words.slice(0, n);
}
