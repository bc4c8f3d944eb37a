import { Board, BoardError, RAM_BASE, type BoardStop } from '../src/board';
import { CSR_MCAUSE, CSR_MEPC, CSR_MIE, CSR_MSTATUS, CSR_MTVAL, CSR_MTVEC, CSR_TIME, MIP_MSIP, MIP_MTIP, MSTATUS_MIE } from '../src/constants';
import type { ElfImage } from '../src/elf';
import { a0, a1, a2, add, addi, beq, csrrs, csrrw, ecall, lw, mret, s0, s1, s2, s3, sb, sw, t0, t1, t2, t5, t6, wfi, zero } from './asm';
import { Program } from './program';

const UART = 0x10000000;
const CLINT = 0x2000000;
const MTIMECMP = CLINT + 0x4000;
const MTIME = CLINT + 0xbff8;

function image(program: Program, symbols: Record<string, number> = {}, base = RAM_BASE): ElfImage {
  const data = program.build(base);
  return { entry: base, segments: [{ vaddr: base, paddr: base, data, memsz: data.length, flags: 5 }], notes: [], symbols: new Map(Object.entries(symbols)) };
}

function boot(program: Program, symbols?: Record<string, number>): { board: Board; output: () => string } {
  const bytes: number[] = [];
  const board = new Board(image(program, symbols), { console: (b) => bytes.push(b) });
  return { board, output: () => Buffer.from(bytes).toString('latin1') };
}

/** Prints `text` on the UART (clobbers t0, t1). */
function print(p: Program, text: string): Program {
  p.li(t0, UART);
  for (const c of Buffer.from(text, 'latin1')) p.li(t1, c).emit(sb(t1, t0, 0));
  return p;
}

/** Installs a trap handler at label `trap`; jumps over it. */
function withTrapVector(p: Program, handler: (p: Program) => void): Program {
  p.la(t0, 'trap').emit(csrrw(zero, CSR_MTVEC, t0)).jump(zero, 'main');
  p.label('trap');
  handler(p);
  return p.label('main');
}

describe('Board', () => {
  it('prints through the UART and powers off through the finisher', () => {
    const { board, output } = boot(print(new Program(), 'hi\n').finish());
    expect(board.run(1000)).toEqual<BoardStop>({ reason: 'finisher', code: 0 });
    expect(output()).toBe('hi\n');
    expect(board.instructions).toBeLessThan(20);
  });

  it('passes the finisher failure code through', () => {
    const { board } = boot(new Program().finish(42));
    expect(board.run(100)).toEqual({ reason: 'finisher', code: 42 });
  });

  it('starts at the entry with a0 = hart id 0 and a1 = 0, and stops when the budget runs out', () => {
    const p = new Program().label('loop').jump(zero, 'loop');
    const { board } = boot(p);
    expect(board.hart.pc).toBe(RAM_BASE);
    expect(board.hart.x[10]).toBe(0);
    expect(board.hart.x[11]).toBe(0);
    expect(board.run(5000)).toBeNull();
    expect(board.instructions).toBe(5000);
    expect(board.nowNs).toBe(5000);
  });

  it('reads tohost: 1 is a pass, an odd value the failed test', () => {
    const tohost = RAM_BASE + 0x1000;
    for (const [value, code] of [[1, 0], [(3 << 1) | 1, 3]]) {
      const p = new Program().li(t0, tohost).li(t1, value).label('spin').emit(sw(t1, t0, 0)).jump(zero, 'spin');
      const { board } = boot(p, { tohost });
      expect(board.run(1 << 22)).toEqual({ reason: 'tohost', code });
    }
  });

  it('skips idle time to the timer deadline when the hart waits in WFI', () => {
    // mtimecmp = mtime + 1_000_000 ticks (0.1 s); enable MTIE only; wfi; read mtime; exit.
    const p = new Program()
      .li(s0, MTIME).emit(lw(s1, s0, 0))
      .li(t0, 1_000_000).emit(add(s1, s1, t0))
      .li(s2, MTIMECMP).emit(sw(zero, s2, 4), sw(s1, s2, 0))
      .li(t0, MIP_MTIP).emit(csrrw(zero, CSR_MIE, t0))
      .emit(wfi())
      .emit(lw(a0, s0, 0), csrrs(a1, CSR_TIME, zero))
      .finish();
    const { board } = boot(p);
    expect(board.run(1000)).toEqual({ reason: 'finisher', code: 0 });
    expect(board.instructions).toBeLessThan(40);
    expect(board.nowNs).toBeGreaterThanOrEqual(100_000_000);
    expect(board.hart.x[10]).toBeGreaterThanOrEqual(1_000_000);
    expect(board.hart.x[11]).toBeGreaterThanOrEqual(board.hart.x[10]);
    expect(board.hart.x[11] - board.hart.x[10]).toBeLessThan(2);
  });

  it('delivers the machine timer interrupt at the deadline, counted in instructions', () => {
    // mtimecmp = 50 ticks = 5000 instructions; count loop iterations until the handler runs.
    const p = withTrapVector(new Program(), (h) => {
      h.emit(csrrs(a0, CSR_MCAUSE, zero));
      h.finish();
    })
      .li(s2, MTIMECMP).li(t0, 50).emit(sw(zero, s2, 4), sw(t0, s2, 0))
      .li(t0, MIP_MTIP).emit(csrrw(zero, CSR_MIE, t0))
      .li(t0, MSTATUS_MIE).emit(csrrs(zero, CSR_MSTATUS, t0))
      .label('spin').emit(addi(a1, a1, 1)).jump(zero, 'spin');
    const { board } = boot(p);
    expect(board.run(100_000)).toEqual({ reason: 'finisher', code: 0 });
    expect(board.hart.x[10] >>> 0).toBe(0x80000007);
    // Two instructions per iteration; the interrupt is taken once mtime reaches 50 (5000 ns).
    expect(board.hart.x[11]).toBeGreaterThan(2400);
    expect(board.hart.x[11]).toBeLessThan(2500);
  });

  it('lets the handler quiet the timer by moving mtimecmp', () => {
    // Each interrupt prints a '*' and pushes mtimecmp 10 ticks later; three of them, then exit.
    const p = withTrapVector(new Program(), (h) => {
      h.li(t0, UART).li(t1, 0x2a).emit(sb(t1, t0, 0));
      h.emit(lw(t1, s2, 0), addi(t1, t1, 10), sw(t1, s2, 0));
      h.emit(addi(s3, s3, 1)).li(t0, 3).branch((off) => beq(s3, t0, off), 'done');
      h.emit(mret());
      h.label('done').finish();
    })
      .li(s2, MTIMECMP).li(t0, 10).emit(sw(zero, s2, 4), sw(t0, s2, 0))
      .li(t0, MIP_MTIP).emit(csrrw(zero, CSR_MIE, t0))
      .li(t0, MSTATUS_MIE).emit(csrrs(zero, CSR_MSTATUS, t0))
      .label('spin').emit(wfi()).jump(zero, 'spin');
    const { board, output } = boot(p);
    expect(board.run(10_000)).toEqual({ reason: 'finisher', code: 0 });
    expect(output()).toBe('***');
    expect(board.nowNs).toBeGreaterThanOrEqual(3000);
  });

  it('raises the machine software interrupt from msip', () => {
    const p = withTrapVector(new Program(), (h) => {
      h.emit(csrrs(a0, CSR_MCAUSE, zero)).finish();
    })
      .li(t0, MIP_MSIP).emit(csrrw(zero, CSR_MIE, t0))
      .li(t0, MSTATUS_MIE).emit(csrrs(zero, CSR_MSTATUS, t0))
      .li(s0, CLINT).li(t0, 1).emit(sw(t0, s0, 0))
      .label('spin').jump(zero, 'spin');
    const { board } = boot(p);
    expect(board.run(1000)).toEqual({ reason: 'finisher', code: 0 });
    expect(board.hart.x[10] >>> 0).toBe(0x80000003);
  });

  it('stops as idle when the hart waits for an interrupt that cannot come', () => {
    const { board } = boot(new Program().emit(wfi()).finish());
    expect(board.run(1000)).toEqual({ reason: 'idle', code: 1 });
  });

  it('faults accesses to holes in the physical map', () => {
    const p = withTrapVector(new Program(), (h) => {
      h.emit(csrrs(a0, CSR_MCAUSE, zero), csrrs(a1, CSR_MTVAL, zero), csrrs(a2, CSR_MEPC, zero)).finish();
    })
      .li(t0, 0x40000000).label('bad').emit(lw(t1, t0, 0)).finish(9);
    const { board } = boot(p);
    expect(board.run(1000)).toEqual({ reason: 'finisher', code: 0 });
    expect(board.hart.x[10]).toBe(5); // load access fault
    expect(board.hart.x[11]).toBe(0x40000000);
  });

  it('resets the machine on 0x7777: the image starts over from fresh RAM', () => {
    // Prints the byte at `flag`, sets it, then asks for a reset: a real reset prints "0" each time.
    const flag = RAM_BASE + 0x2000;
    const p = new Program()
      .li(s0, flag).emit(lw(t2, s0, 0), addi(t2, t2, 0x30))
      .li(t0, UART).emit(sb(t2, t0, 0))
      .li(t1, 1).emit(sw(t1, s0, 0))
      .li(t6, 0x100000).li(t5, 0x7777).emit(sw(t5, t6, 0))
      .label('spin').jump(zero, 'spin');
    const { board, output } = boot(p);
    expect(board.run(200)).toBeNull();
    expect(output()).toMatch(/^000+$/);
  });

  it('leaves ECALL to the image (no host handling on the bare board)', () => {
    const p = withTrapVector(new Program(), (h) => {
      h.emit(csrrs(a0, CSR_MCAUSE, zero)).finish();
    }).emit(ecall()).finish(1);
    const { board } = boot(p);
    expect(board.run(100)).toEqual({ reason: 'finisher', code: 0 });
    expect(board.hart.x[10]).toBe(11);
  });

  it('rejects images that do not fit in RAM', () => {
    const p = new Program().finish();
    const outside = image(p, {}, 0x70000000);
    expect(() => new Board(outside, { console: () => undefined })).toThrow(BoardError);
    expect(() => new Board(outside, { console: () => undefined })).toThrow(/segment at 0x70000000 .* outside RAM \[0x80000000, 0x88000000\)/);
    const tooBig = image(p);
    tooBig.segments[0].memsz = 129 << 20;
    expect(() => new Board(tooBig, { console: () => undefined })).toThrow(/outside RAM/);
    const badEntry = image(p);
    badEntry.entry = 0x1000;
    expect(() => new Board(badEntry, { console: () => undefined })).toThrow(/entry point 0x00001000 lies outside RAM/);
    expect(() => new Board(image(p), { console: () => undefined, ramSize: 1000 })).toThrow(BoardError);
  });

  it('traces each instruction with its pc and encoding', () => {
    const { board } = boot(new Program().emit(addi(a0, zero, 5), addi(a0, a0, 1)).finish());
    const seen: Array<[number, number]> = [];
    board.run(100, (pc, insn) => seen.push([pc, insn]));
    expect(seen[0]).toEqual([RAM_BASE, addi(a0, zero, 5)]);
    expect(seen[1]).toEqual([RAM_BASE + 4, addi(a0, a0, 1)]);
    expect(seen.length).toBe(board.instructions);
  });
});

