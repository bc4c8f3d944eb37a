/**
 * Physical Memory Protection (pmp.ts, enforced by memory.ts at TLB fill): WARL read-back with
 * G = 10, TOR/NAPOT/NA4 matching and priority, R/W/X denials from S and U with the right cause
 * and tval, M-mode (unaffected unless locked; MPRV), invalidation on reconfiguration, compiled
 * code, and save/restore.
 */
import * as A from './asm';
import { DEV_BASE, Machine, RAM_BASE, machine } from './machine';
import * as C from '@hvsim/riscv';
import { DecodedPage } from '../src/decoded-page';

const { a0, a1, a2, a3, t0 } = A;
const CODE = RAM_BASE;
/** M-mode trap vector (a self-loop) in its own page. */
const HANDLER = RAM_BASE + 0x1000;
/** Two data pages, with a page on either side that no test grants. */
const DATA = RAM_BASE + 0x4000;
const { PMP_R: R, PMP_W: W, PMP_X: X, PMP_L: L, PMP_TOR: TOR, PMP_NA4: NA4, PMP_NAPOT: NAPOT } = C;
const PMPCFG0 = 0x3a0, PMPADDR0 = 0x3b0;

/** pmpaddr of a naturally aligned power-of-two region. */
const napot = (base: number, size: number): number => ((base >>> 2) | (size / 8 - 1)) >>> 0;
const tor = (top: number): number => top >>> 2;
/** Entry 0 of most tests: the code page, execute only. */
const CODE_X: Entry = [NAPOT | X, napot(CODE, 0x1000)];

type Entry = [cfg: number, addr: number];

function setCfg(h: C.Hart, i: number, cfg: number): void {
  const reg = PMPCFG0 + (i >> 2), shift = 8 * (i & 3);
  h.writeCsr(reg, (h.readCsr(reg) & ~(0xff << shift)) | (cfg << shift));
}

function program(entries: readonly Entry[], code: Array<number | number[]>, pages = 16): Machine {
  const m = machine(A.assemble([...code, A.jal(0, 0)]), pages, false);
  m.mem.write(HANDLER, 4, A.jal(0, 0));
  m.hart.writeCsr(C.CSR_MTVEC, HANDLER);
  entries.forEach(([cfg, addr], i) => { m.hart.writeCsr(PMPADDR0 + i, addr); setCfg(m.hart, i, cfg); });
  return m;
}

type Outcome = 'ok' | { cause: number; tval: number; epc: number };

/** Runs `code` at `priv` under `entries`: 'ok' when it reached its final self-loop, else the trap. */
function run(priv: number, entries: readonly Entry[], code: Array<number | number[]>, setup?: (m: Machine) => void): Outcome {
  const m = program(entries, code);
  setup?.(m);
  m.hart.priv = priv;
  m.hart.run(100);
  return outcome(m, CODE + code.flat().length * 4);
}

function outcome(m: Machine, end: number): Outcome {
  if (m.hart.pc === end) return 'ok';
  expect(m.hart.pc).toBe(HANDLER);
  return { cause: m.hart.readCsr(C.CSR_MCAUSE), tval: m.hart.readCsr(C.CSR_MTVAL), epc: m.hart.readCsr(C.CSR_MEPC) };
}

const load = (addr: number): Array<number | number[]> => [A.li(a0, addr), A.lw(a1, a0, 0)];
const store = (addr: number): Array<number | number[]> => [A.li(a0, addr), A.sw(a1, a0, 0)];
/** The faulting access is the instruction after the two-word li. */
const fault = (cause: number, tval: number, epc = CODE + 8): Outcome => ({ cause, tval, epc });

describe('PMP CSRs (WARL, G = 10)', () => {
  const hart = (): C.Hart => machine(undefined, 16, false).hart;

  test('granularity: all ones written with the entry off reads back with bits 9..0 clear', () => {
    const h = hart();
    h.writeCsr(PMPCFG0, 0);
    h.writeCsr(PMPADDR0, -1);
    expect(h.readCsr(PMPADDR0)).toBe(0xffff_fc00);
    expect(C.PMP_G).toBe(10);
  });

  test('NAPOT reads bits 8..0 as ones; OFF and TOR hide bit 9, which keeps its value', () => {
    const h = hart();
    h.writeCsr(PMPADDR0, 0x1234_5000);
    setCfg(h, 0, NAPOT);
    expect(h.readCsr(PMPADDR0)).toBe(0x1234_51ff);
    h.writeCsr(PMPADDR0, 0x1234_5200);
    expect(h.readCsr(PMPADDR0)).toBe(0x1234_53ff);
    setCfg(h, 0, TOR);
    expect(h.readCsr(PMPADDR0)).toBe(0x1234_5000);
    setCfg(h, 0, 0);
    expect(h.readCsr(PMPADDR0)).toBe(0x1234_5000);
    setCfg(h, 0, NAPOT);
    expect(h.readCsr(PMPADDR0)).toBe(0x1234_53ff);
  });

  test('pmpcfg bytes: reserved bits read 0, R=0 W=1 drops W, NA4 selects NAPOT; four entries per register', () => {
    const h = hart();
    h.writeCsr(PMPCFG0, 0x0f_12_6b_1f);
    expect(h.readCsr(PMPCFG0)).toBe(0x0f_18_0b_1f);
    h.writeCsr(PMPCFG0 + 3, 0x8d00_0000);
    expect(h.readCsr(PMPCFG0 + 3)).toBe(0x8d00_0000);
    for (const csr of [PMPCFG0 + 4, PMPCFG0 + 15, PMPADDR0 + 16, PMPADDR0 + 63]) {
      h.writeCsr(csr, -1);
      expect(h.readCsr(csr)).toBe(0);
    }
  });

  test('locked entries ignore writes to pmpcfg and pmpaddr; a locked TOR entry also locks the address below it', () => {
    const h = hart();
    h.writeCsr(PMPADDR0, 0x100);
    h.writeCsr(PMPADDR0 + 1, 0x200);
    h.writeCsr(PMPADDR0 + 2, 0x300);
    h.writeCsr(PMPCFG0, (L | TOR | R) << 8 | (L | NAPOT | X));
    h.writeCsr(PMPCFG0, 0);
    expect(h.readCsr(PMPCFG0)).toBe(((L | TOR | R) << 8 | (L | NAPOT | X)) >>> 0);
    h.writeCsr(PMPADDR0, 0x400);     // entry 0 itself is locked
    h.writeCsr(PMPADDR0 + 1, 0x400); // entry 1 is locked
    h.writeCsr(PMPADDR0 + 2, 0x400); // entry 2 is not, and entry 3 is not a locked TOR
    expect([h.readCsr(PMPADDR0) & ~0x1ff, h.readCsr(PMPADDR0 + 1), h.readCsr(PMPADDR0 + 2)]).toEqual([0, 0, 0x400]);
    const g = hart();
    g.writeCsr(PMPADDR0, 0x100);
    setCfg(g, 1, L | TOR | R);
    g.writeCsr(PMPADDR0, 0x800);     // the bottom of locked TOR entry 1
    expect(g.readCsr(PMPADDR0)).toBe(0);
  });

  test('S-mode cannot touch PMP CSRs (illegal instruction)', () => {
    const out = run(C.PRIV_S, [[NAPOT | R | W | X, 0xffff_ffff]], [A.csrr(a0, PMPCFG0)]);
    expect(out).toEqual({ cause: C.CAUSE_ILLEGAL_INSTRUCTION, tval: A.csrr(a0, PMPCFG0), epc: CODE });
  });
});

describe('matching from S and U', () => {
  test('TOR: [previous pmpaddr, this pmpaddr); below and above match nothing and fail', () => {
    const entries: Entry[] = [CODE_X, [0, tor(DATA)], [TOR | R, tor(DATA + 0x2000)]];
    expect(run(C.PRIV_S, entries, load(DATA))).toBe('ok');
    expect(run(C.PRIV_S, entries, load(DATA + 0x1ffc))).toBe('ok');
    expect(run(C.PRIV_S, entries, load(DATA - 4))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA - 4));
    expect(run(C.PRIV_S, entries, load(DATA + 0x2000))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA + 0x2000));
    expect(run(C.PRIV_S, entries, store(DATA + 8))).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA + 8));
  });

  test('TOR entry 0 starts at address 0; a TOR whose top is not above its bottom matches nothing', () => {
    expect(run(C.PRIV_S, [[TOR | R | X, tor(DATA + 0x1000)]], load(DATA))).toBe('ok');
    const empty: Entry[] = [CODE_X, [0, tor(DATA + 0x1000)], [TOR | R, tor(DATA)]];
    expect(run(C.PRIV_S, empty, load(DATA))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA));
  });

  test('NAPOT: an 8 KiB region', () => {
    const entries: Entry[] = [CODE_X, [NAPOT | R | W, napot(DATA, 0x2000)]];
    expect(run(C.PRIV_S, entries, [...store(DATA + 0x1ffc), A.lw(a2, a0, 0)])).toBe('ok');
    expect(run(C.PRIV_S, entries, store(DATA + 0x2000))).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA + 0x2000));
    expect(run(C.PRIV_S, entries, load(DATA - 1))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA - 1));
  });

  test('NAPOT with pmpaddr all ones covers everything', () => {
    expect(run(C.PRIV_U, [[NAPOT | R | W | X, 0xffff_ffff]], [...store(RAM_BASE + 0xf000), ...load(DEV_BASE)])).toBe('ok');
  });

  test('NA4 (not selectable with G = 10) becomes NAPOT: the 4 KiB granule holding the word', () => {
    const entries: Entry[] = [CODE_X, [NA4 | R, (DATA + 0x10) >>> 2]];
    const m = program(entries, []);
    expect((m.hart.readCsr(PMPCFG0) >>> 8) & 0xff).toBe(NAPOT | R);
    expect(run(C.PRIV_S, entries, load(DATA))).toBe('ok');
    expect(run(C.PRIV_S, entries, load(DATA + 0xffc))).toBe('ok');
    expect(run(C.PRIV_S, entries, load(DATA + 0x1000))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA + 0x1000));
  });

  test('the lowest-numbered matching entry decides, even when a later one would allow', () => {
    const readOnlyFirst: Entry[] = [CODE_X, [NAPOT | R, napot(DATA, 0x1000)], [NAPOT | R | W, napot(DATA, 0x4000)]];
    expect(run(C.PRIV_S, readOnlyFirst, store(DATA))).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA));
    expect(run(C.PRIV_S, readOnlyFirst, store(DATA + 0x1000))).toBe('ok');
    const writableFirst: Entry[] = [CODE_X, [NAPOT | R | W, napot(DATA, 0x4000)], [NAPOT | R, napot(DATA, 0x1000)]];
    expect(run(C.PRIV_S, writableFirst, store(DATA))).toBe('ok');
  });

  test.each([C.PRIV_S, C.PRIV_U])('R, W and X are enforced separately in priv %i', (priv) => {
    const entries: Entry[] = [CODE_X, [NAPOT | R, napot(DATA, 0x1000)], [NAPOT | X, napot(DATA + 0x1000, 0x1000)],
      [NAPOT | R | W, napot(DATA + 0x2000, 0x1000)]];
    expect(run(priv, entries, load(DATA))).toBe('ok');
    expect(run(priv, entries, store(DATA))).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA));
    expect(run(priv, entries, load(DATA + 0x1000))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA + 0x1000));
    expect(run(priv, entries, load(CODE))).toEqual(fault(C.CAUSE_LOAD_ACCESS, CODE));
    // Fetch: jump to a RW page (fault at the target, tval = epc = target) and to an X page.
    const jumpTo = (target: number): Array<number | number[]> => [A.li(a0, target), A.jalr(0, a0, 0)];
    const fill = (m: Machine): void => {
      m.mem.write(DATA + 0x1000, 4, A.jal(0, 0));
      m.mem.write(DATA + 0x2000, 4, A.jal(0, 0));
    };
    expect(run(priv, entries, jumpTo(DATA + 0x2000), fill)).toEqual(fault(C.CAUSE_FETCH_ACCESS, DATA + 0x2000, DATA + 0x2000));
    const m = program(entries, jumpTo(DATA + 0x1000));
    fill(m);
    m.hart.priv = priv;
    m.hart.run(100);
    expect(m.hart.pc).toBe(DATA + 0x1000);
  });

  test('atomics: LR needs R, SC and AMOs need W (store/AMO access fault)', () => {
    const entries: Entry[] = [CODE_X, [NAPOT | R, napot(DATA, 0x1000)], [NAPOT | R | W, napot(DATA + 0x1000, 0x1000)]];
    expect(run(C.PRIV_S, entries, [A.li(a0, DATA), A.lr_w(a1, a0)])).toBe('ok');
    expect(run(C.PRIV_S, entries, [A.li(a0, DATA), A.amoadd_w(a1, a2, a0)])).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA));
    expect(run(C.PRIV_S, entries, [A.li(a0, DATA), A.sc_w(a1, a2, a0)])).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA));
    expect(run(C.PRIV_S, entries, [A.li(a0, DATA + 0x1000), A.lr_w(a1, a0), A.sc_w(a1, a2, a0)])).toBe('ok');
    expect(run(C.PRIV_S, entries, [A.li(a0, DATA + 0x2000), A.lr_w(a1, a0)])).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA + 0x2000));
  });

  test('misaligned accesses reaching into a denied page are access faults at the denied part', () => {
    const entries: Entry[] = [CODE_X, [NAPOT | R | W, napot(DATA, 0x1000)]];
    // The spec: tval is "the virtual address of the portion of the access that caused the fault".
    expect(run(C.PRIV_S, entries, load(DATA + 0xffe))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA + 0x1000));
    expect(run(C.PRIV_S, entries, store(DATA + 0xffd))).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA + 0x1000));
    expect(run(C.PRIV_S, entries, load(DATA - 2))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA - 2));
    expect(run(C.PRIV_S, entries, load(DATA + 0x7fe))).toBe('ok');
  });

  test('devices on the Bus are protected too: a denied access never reaches them', () => {
    const out = run(C.PRIV_S, [CODE_X], [A.li(a0, DEV_BASE), A.sw(a1, a0, 0)]);
    expect(out).toEqual(fault(C.CAUSE_STORE_ACCESS, DEV_BASE));
    const m = program([CODE_X, [NAPOT | R | W, napot(DEV_BASE, 0x1000)]], [A.li(a0, DEV_BASE), A.li(a1, 7), A.sw(a1, a0, 0), A.lw(a2, a0, 0)]);
    m.hart.priv = C.PRIV_S;
    m.hart.run(100);
    expect(m.bus.writes).toEqual([[DEV_BASE, 4, 7]]);
    expect(m.hart.x[a2]).toBe(7);
    const fetch = program([CODE_X], [A.li(a0, DEV_BASE), A.jalr(0, a0, 0)]);
    fetch.hart.priv = C.PRIV_S;
    fetch.hart.run(100);
    expect(outcome(fetch, 0)).toEqual(fault(C.CAUSE_FETCH_ACCESS, DEV_BASE, DEV_BASE));
  });

  test('with no entry enabled, S-mode cannot even fetch (as on QEMU virt without firmware)', () => {
    const m = program([], [A.li(t0, CODE + 0x10), A.csrw(C.CSR_MEPC, t0), A.li(t0, C.PRIV_S << C.MSTATUS_MPP_SHIFT),
      A.csrw(C.CSR_MSTATUS, t0), A.mret()]);
    m.hart.run(100);
    expect(outcome(m, 0)).toEqual(fault(C.CAUSE_FETCH_ACCESS, CODE + 0x10, CODE + 0x10));
  });

  test('host accessors ignore PMP, and do not open the page to the hart', () => {
    const m = program([CODE_X], load(DATA));
    expect(m.mem.write(DATA, 4, 0x1234)).toBe(true);
    expect(m.mem.read(DATA, 4)).toBe(0x1234);
    m.hart.priv = C.PRIV_S;
    m.hart.run(100);
    expect(outcome(m, 0)).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA));
  });
});

describe('M-mode', () => {
  const denyAll: Entry[] = [[NAPOT, 0xffff_ffff]];

  test('unlocked entries do not apply to M-mode', () => {
    expect(run(C.PRIV_M, denyAll, [...store(DATA), A.lw(a2, a0, 0)])).toBe('ok');
  });

  test('locked entries apply to M-mode; addresses no entry matches stay allowed', () => {
    const entries: Entry[] = [[L | NAPOT | R, napot(DATA, 0x1000)]];
    expect(run(C.PRIV_M, entries, load(DATA))).toBe('ok');
    expect(run(C.PRIV_M, entries, store(DATA + 4))).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA + 4));
    expect(run(C.PRIV_M, entries, store(DATA + 0x1000))).toBe('ok');
    // A locked entry without X over M's own code stops M's fetches.
    const m = program([[L | NAPOT | R | W, napot(CODE, 0x1000)]], [A.addi(a0, 0, 1)]);
    m.hart.run(3);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_FETCH_ACCESS);
    expect(m.hart.readCsr(C.CSR_MEPC)).toBe(CODE);
  });

  test('MPRV: M-mode loads and stores take the privilege in MPP; fetches do not', () => {
    const entries: Entry[] = [[NAPOT | R, napot(DATA, 0x1000)]];
    const mprv = (mpp: number): Array<number | number[]> =>
      [A.li(t0, C.MSTATUS_MPRV | (mpp << C.MSTATUS_MPP_SHIFT)), A.csrw(C.CSR_MSTATUS, t0)];
    // The load before MPRV fills the TLB; the load after it must be checked again.
    const code = (mpp: number, addr: number): Array<number | number[]> => [A.li(a0, addr), A.lw(a1, a0, 0), ...mprv(mpp), A.lw(a1, a0, 0), A.sw(a1, a0, 0)];
    expect(run(C.PRIV_M, entries, code(C.PRIV_U, DATA + 0x1000))).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA + 0x1000, CODE + 24));
    expect(run(C.PRIV_M, entries, code(C.PRIV_S, DATA))).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA, CODE + 28));
    expect(run(C.PRIV_M, entries, code(C.PRIV_M, DATA + 0x1000))).toBe('ok');
  });
});

describe('reconfiguration', () => {
  test('an access allowed, then denied after a pmpcfg write, then allowed again (loads, stores, fetches)', () => {
    const code = [A.li(a0, DATA), A.lw(a1, a0, 0), A.sw(a1, a0, 4), A.jal(0, -8)];
    const m = program([CODE_X, [NAPOT | R | W, napot(DATA, 0x1000)]], code);
    m.hart.priv = C.PRIV_S;
    m.hart.run(20);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
    setCfg(m.hart, 1, NAPOT | R);
    m.hart.run(20);
    expect(outcome(m, 0)).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA + 4, CODE + 12));
    // Back to S at the loop with the page readable again: nothing faults.
    setCfg(m.hart, 1, NAPOT | R | W);
    m.hart.writeCsr(C.CSR_MCAUSE, 0);
    m.hart.priv = C.PRIV_S;
    m.hart.pc = CODE + 8;
    m.hart.run(20);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
    // Revoking X from the running code page stops the next fetch.
    setCfg(m.hart, 0, NAPOT | R);
    m.hart.run(20);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(C.CAUSE_FETCH_ACCESS);
  });

  test('pmpaddr writes take effect too', () => {
    const m = program([CODE_X, [NAPOT | R, napot(DATA, 0x1000)]], [A.li(a0, DATA), A.lw(a1, a0, 0), A.jal(0, -4)]);
    m.hart.priv = C.PRIV_S;
    m.hart.run(20);
    expect(m.hart.readCsr(C.CSR_MCAUSE)).toBe(0);
    m.hart.writeCsr(PMPADDR0 + 1, napot(DATA + 0x1000, 0x1000));
    m.hart.run(20);
    expect(outcome(m, 0)).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA, CODE + 8));
  });

  test('S and U share the TLB contents; M and S do not when their views differ', () => {
    // U loads DATA (denied) after M loaded it (allowed, TLB filled): the switch must re-check.
    const m = program([CODE_X], [A.li(a0, DATA), A.lw(a1, a0, 0), A.li(t0, CODE + 0x24), A.csrw(C.CSR_MEPC, t0),
      A.csrw(C.CSR_MSTATUS, 0), A.mret(), A.jal(0, 0), A.lw(a1, a0, 0)]);
    m.hart.run(100);
    expect(outcome(m, 0)).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA, CODE + 0x24));
  });

  const defaultThreshold = DecodedPage.hotThreshold;
  afterEach(() => { DecodedPage.hotThreshold = defaultThreshold; });

  test('compiled code honours PMP: a hot loop compiled while allowed faults after a revoke, like the interpreter', () => {
    const loop = [A.li(a0, DATA), A.li(a3, 1_000_000), A.lw(a1, a0, 0), A.sw(a2, a0, 8), A.addi(a2, a2, 1), A.blt(a2, a3, -12)];
    const results = [1, Infinity].map((threshold) => {
      DecodedPage.hotThreshold = threshold;
      const m = program([CODE_X, [NAPOT | R | W, napot(DATA, 0x1000)]], loop);
      m.hart.priv = C.PRIV_S;
      m.hart.run(1000);
      const page = m.mem.codePage(CODE >>> 12);
      const compiled = page !== null && page.fns[(16 / 4)] !== null;
      setCfg(m.hart, 1, NAPOT | R);
      m.hart.run(1000);
      const denied = outcome(m, 0);
      const count = m.hart.x[a2];
      // Granting again lets the compiled loop run on.
      setCfg(m.hart, 1, NAPOT | R | W);
      m.hart.priv = C.PRIV_S;
      m.hart.pc = CODE + 20;
      m.hart.run(1000);
      return { compiled, denied, count, resumed: m.hart.x[a2] > count };
    });
    expect(results[0].compiled).toBe(true);
    expect(results[1].compiled).toBe(false);
    expect(results[0].denied).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA + 8, CODE + 20));
    expect({ ...results[0], compiled: false }).toEqual(results[1]);
    expect(results[0].resumed).toBe(true);
  });
});

describe('save and restore', () => {
  test('saveState carries PMP, locks included; loadState restores what is enforced', () => {
    const m = program([CODE_X, [L | NAPOT | R, napot(DATA, 0x1000)]], store(DATA));
    const json = JSON.parse(JSON.stringify(m.hart.saveState())) as C.HartState;
    expect(json.pmp.cfg.slice(0, 3)).toEqual([NAPOT | X, L | NAPOT | R, 0]);
    const other = machine(undefined, 16, false);
    other.mem.writeBytes(CODE, A.assemble([...store(DATA), A.jal(0, 0)]));
    other.mem.write(HANDLER, 4, A.jal(0, 0));
    other.hart.loadState(json);
    expect(other.hart.readCsr(PMPCFG0)).toBe(m.hart.readCsr(PMPCFG0));
    expect(other.hart.readCsr(PMPADDR0 + 1)).toBe(napot(DATA, 0x1000));
    other.hart.writeCsr(PMPCFG0, 0); // entry 1 stays locked
    other.hart.run(100);
    expect(outcome(other, 0)).toEqual(fault(C.CAUSE_STORE_ACCESS, DATA));
    expect(() => other.hart.loadState({ ...json, pmp: { cfg: [1], addr: [] } })).toThrow(RangeError);
    expect(() => other.hart.loadState({ ...json, pmp: { cfg: json.pmp.cfg, addr: json.pmp.addr.map(() => -1) } })).toThrow(RangeError);
    expect(() => other.hart.loadState({ ...json, pmp: undefined } as unknown as C.HartState)).toThrow(RangeError);
  });
});
