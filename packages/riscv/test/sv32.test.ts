/**
 * Sv32 (sv32.ts, memory.ts): hand-assembled programs run at virtual addresses in S- and U-mode
 * against page tables built here, checking what the privileged spec says: the walk, megapages,
 * permissions, SUM/MXR/MPRV, A/D updates, sfence.vma, satp, and the faults with their tval.
 */
import * as A from './asm';
import { RAM_BASE } from './machine';
import * as C from '@hvsim/riscv';
import {
  FREE, LEAF, PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, ROOT, RWX, SATP, Sv32Rig, TRAP, fault,
} from './sv32-rig';

const { a0, a1, a2, t0, t1 } = A;
const CODE_VA = 0x0040_0000;
const DATA_VA = 0x0080_0000;
const CODE_PA = FREE;
const DATA_PA = FREE + 0x1000;
const OTHER_PA = FREE + 0x2000;

/** S-mode code at CODE_VA (a RWX supervisor page) and DATA_VA mapped to DATA_PA with `dataFlags`. */
function rig(program: Array<number | number[]>, dataFlags = LEAF | PTE_R | PTE_W, priv = C.PRIV_S): Sv32Rig {
  const codeFlags = LEAF | RWX | (priv === C.PRIV_U ? PTE_U : 0);
  return new Sv32Rig().map(CODE_VA, CODE_PA, codeFlags).map(DATA_VA, DATA_PA, dataFlags).load(CODE_PA, [...program, A.jal(0, 0)]);
}

/** pc of instruction `i` of a program at CODE_VA (li takes its words). */
const at = (words: Array<number | number[]>, i: number): number => CODE_VA + words.slice(0, i).flat().length * 4;

describe('the walk', () => {
  test('4 KiB pages: loads, stores and fetches go to the mapped frames', () => {
    const prog = [A.li(t0, DATA_VA + 8), A.lw(a0, t0, 0), A.addi(a0, a0, 1), A.sw(a0, t0, 4)];
    const r = rig(prog);
    r.m.mem.write(DATA_PA + 8, 4, 41);
    r.enter(C.PRIV_S, CODE_VA).run();
    expect(r.trap).toBeNull();
    expect(r.hart.pc).toBe(at(prog, prog.length));
    expect(r.hart.x[a0]).toBe(42);
    expect(r.m.mem.read(DATA_PA + 12, 4)).toBe(42);
    // The virtual address itself is not memory: physically it is nothing.
    expect(r.m.mem.read(DATA_VA, 4)).toBe(C.BUS_FAULT);
  });

  test('a 4 MiB megapage maps its whole range; a misaligned one (PPN[0] != 0) page-faults', () => {
    const va = 0x4000_0000;
    const prog = [A.li(t0, va + 0x8123 * 4), A.lw(a0, t0, 0)];
    const r = rig(prog).mapMega(va, RAM_BASE, LEAF | PTE_R);
    r.m.mem.write(RAM_BASE + 0x8123 * 4, 4, 0x1234_5678);
    r.enter(C.PRIV_S, CODE_VA).run();
    expect(r.hart.x[a0]).toBe(0x1234_5678);

    const bad = rig(prog).mapMega(va, RAM_BASE + 0x1000, LEAF | PTE_R);
    bad.enter(C.PRIV_S, CODE_VA).run();
    expect(bad.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, va + 0x8123 * 4, at(prog, 1)));
  });

  test.each([
    ['an invalid leaf', LEAF & ~PTE_V | PTE_R],
    ['W without R (reserved)', LEAF | PTE_W],
    ['W and X without R (reserved)', LEAF | PTE_W | PTE_X],
  ])('%s page-faults loads and stores with tval = the address', (_name, flags) => {
    const load = [A.li(t0, DATA_VA + 4), A.lw(a0, t0, 0)];
    const r = rig(load, flags).enter(C.PRIV_S, CODE_VA).run();
    expect(r.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA + 4, at(load, 1)));
    const store = [A.li(t0, DATA_VA + 6), A.sh(t0, t0, 0)];
    const s = rig(store, flags).enter(C.PRIV_S, CODE_VA).run();
    expect(s.trap).toEqual(fault(C.CAUSE_STORE_PAGE_FAULT, DATA_VA + 6, at(store, 1)));
  });

  test('a pointer at the last level, or an unmapped root entry, page-faults', () => {
    const prog = [A.li(t0, DATA_VA), A.lw(a0, t0, 0)];
    const pointer = rig(prog);
    pointer.m.mem.write(pointer.pteAddr(DATA_VA, 0), 4, ((ROOT >>> 12) << 10) | PTE_V);
    pointer.enter(C.PRIV_S, CODE_VA).run();
    expect(pointer.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA, at(prog, 1)));
    const far = [A.li(t0, 0x7000_0000), A.lw(a0, t0, 0)];
    expect(rig(far).enter(C.PRIV_S, CODE_VA).run().trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, 0x7000_0000, at(far, 1)));
  });

  test('a page table outside RAM is an access fault of the access; a leaf there reaches the Bus', () => {
    const prog = [A.li(t0, DATA_VA), A.lw(a0, t0, 0)];
    const r = rig(prog);
    // The root entry of DATA_VA points at a hole in the physical map.
    r.m.mem.write(ROOT + (DATA_VA >>> 22) * 4, 4, ((0x4000_0000 >>> 12) << 10) | PTE_V);
    r.enter(C.PRIV_S, CODE_VA).run();
    expect(r.trap).toEqual(fault(C.CAUSE_LOAD_ACCESS, DATA_VA, at(prog, 1)));

    const dev = [A.li(t0, DATA_VA + 0x10), A.li(t1, 0x55), A.sw(t1, t0, 0), A.lw(a0, t0, 0)];
    const d = rig(dev, LEAF | PTE_R | PTE_W);
    d.map(DATA_VA, 0x1000_0000, LEAF | PTE_R | PTE_W);
    d.enter(C.PRIV_S, CODE_VA).run();
    expect(d.trap).toBeNull();
    expect(d.hart.x[a0]).toBe(0x55);
    expect(d.m.bus.writes).toEqual([[0x1000_0010, 4, 0x55]]);
  });

  test('a fetch from a page that is not executable, or not mapped, is an instruction page fault at the pc', () => {
    const prog = [A.li(t0, DATA_VA), A.jalr(0, t0, 0)];
    const r = rig(prog, LEAF | PTE_R | PTE_W).enter(C.PRIV_S, CODE_VA).run();
    expect(r.trap).toEqual(fault(C.CAUSE_FETCH_PAGE_FAULT, DATA_VA, DATA_VA));
    const off = new Sv32Rig().enter(C.PRIV_S, 0x1234_5000).run();
    expect(off.trap).toEqual(fault(C.CAUSE_FETCH_PAGE_FAULT, 0x1234_5000, 0x1234_5000));
  });
});

describe('privilege: U, SUM, MXR, MPRV', () => {
  const load = [A.li(t0, DATA_VA), A.lw(a0, t0, 0)];

  test('U-mode uses user pages only; S-mode loads and stores them only with SUM, never fetches them', () => {
    expect(rig(load, LEAF | PTE_R | PTE_U, C.PRIV_U).enter(C.PRIV_U, CODE_VA).run().trap).toBeNull();
    expect(rig(load, LEAF | PTE_R, C.PRIV_U).enter(C.PRIV_U, CODE_VA).run().trap)
      .toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA, at(load, 1)));
    // S-mode code on a user page does not even fetch.
    expect(rig(load, LEAF | PTE_R, C.PRIV_U).enter(C.PRIV_S, CODE_VA).run().trap)
      .toEqual(fault(C.CAUSE_FETCH_PAGE_FAULT, CODE_VA, CODE_VA));

    const s = rig(load, LEAF | PTE_R | PTE_U).enter(C.PRIV_S, CODE_VA).run();
    expect(s.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA, at(load, 1)));
    const sum = rig(load, LEAF | PTE_R | PTE_U);
    sum.hart.writeCsr(C.CSR_SSTATUS, C.MSTATUS_SUM);
    expect(sum.enter(C.PRIV_S, CODE_VA).run().trap).toBeNull();
    // With SUM, still no fetch from a user page.
    const jump = [A.li(t0, DATA_VA), A.jalr(0, t0, 0)];
    const x = rig(jump, LEAF | RWX | PTE_U);
    x.hart.writeCsr(C.CSR_SSTATUS, C.MSTATUS_SUM);
    expect(x.enter(C.PRIV_S, CODE_VA).run().trap).toEqual(fault(C.CAUSE_FETCH_PAGE_FAULT, DATA_VA, DATA_VA));
  });

  test('execute-only pages: loads fault unless MXR; stores always fault', () => {
    expect(rig(load, LEAF | PTE_X).enter(C.PRIV_S, CODE_VA).run().trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA, at(load, 1)));
    const mxr = rig(load, LEAF | PTE_X);
    mxr.m.mem.write(DATA_PA, 4, 7);
    mxr.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_MXR);
    expect(mxr.enter(C.PRIV_S, CODE_VA).run().trap).toBeNull();
    expect(mxr.hart.x[a0]).toBe(7);
    const store = [A.li(t0, DATA_VA), A.sw(t0, t0, 0)];
    expect(rig(store, LEAF | PTE_R | PTE_X).enter(C.PRIV_S, CODE_VA).run().trap)
      .toEqual(fault(C.CAUSE_STORE_PAGE_FAULT, DATA_VA, at(store, 1)));
  });

  test('SUM and MXR written through sstatus take effect at once (the TLB holds no stale permission)', () => {
    const prog = [A.li(t0, DATA_VA), A.lw(a0, t0, 0), A.li(t1, C.MSTATUS_SUM), A.csrrc(0, C.CSR_SSTATUS, t1), A.lw(a1, t0, 0)];
    const r = rig(prog, LEAF | PTE_R | PTE_U);
    r.hart.writeCsr(C.CSR_SSTATUS, C.MSTATUS_SUM);
    r.enter(C.PRIV_S, CODE_VA).run();
    expect(r.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA, at(prog, 4)));
  });

  test('M-mode with MPRV translates loads and stores as MPP would, and fetches nothing', () => {
    const prog = [A.li(t0, DATA_VA), A.lw(a0, t0, 0), A.sw(a0, t0, 4)];
    const r = rig([]);
    r.load(FREE + 0x3000, [...prog, A.jal(0, 0)]);
    r.m.mem.write(DATA_PA, 4, 99);
    r.hart.writeCsr(C.CSR_SATP, SATP);
    r.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_MPRV | (C.PRIV_S << C.MSTATUS_MPP_SHIFT));
    r.hart.pc = FREE + 0x3000; // M-mode runs at a physical address
    r.run();
    expect(r.trap).toBeNull();
    expect(r.hart.x[a0]).toBe(99);
    expect(r.m.mem.read(DATA_PA + 4, 4)).toBe(99);

    // MPP = U: the supervisor page is out of reach.
    const u = rig([]);
    u.load(FREE + 0x3000, [...prog, A.jal(0, 0)]);
    u.hart.writeCsr(C.CSR_SATP, SATP);
    u.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_MPRV | (C.PRIV_U << C.MSTATUS_MPP_SHIFT));
    u.hart.pc = FREE + 0x3000;
    u.run();
    expect(u.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA, FREE + 0x3000 + prog.slice(0, 1).flat().length * 4));
  });
});

describe('A and D', () => {
  test('the walk sets A on a load and D on a store, and nothing for an access that faults', () => {
    const prog = [A.li(t0, DATA_VA), A.lw(a0, t0, 0)];
    const r = rig(prog, PTE_V | PTE_R | PTE_W).enter(C.PRIV_S, CODE_VA).run();
    expect(r.pte(DATA_VA) & (PTE_A | PTE_D)).toBe(PTE_A);
    const store = [A.li(t0, DATA_VA), A.lw(a0, t0, 0), A.sw(a0, t0, 0)];
    const s = rig(store, PTE_V | PTE_R | PTE_W).enter(C.PRIV_S, CODE_VA).run();
    expect(s.pte(DATA_VA) & (PTE_A | PTE_D)).toBe(PTE_A | PTE_D);
    // A store to a read-only page faults and leaves A and D alone; so does a U page from S.
    const ro = rig(store.slice(0, 1).concat([A.sw(a0, t0, 0)]), PTE_V | PTE_R).enter(C.PRIV_S, CODE_VA).run();
    expect(ro.trap?.cause).toBe(C.CAUSE_STORE_PAGE_FAULT);
    expect(ro.pte(DATA_VA) & (PTE_A | PTE_D)).toBe(0);
    const user = rig(prog, PTE_V | PTE_R | PTE_U).enter(C.PRIV_S, CODE_VA).run();
    expect(user.trap?.cause).toBe(C.CAUSE_LOAD_PAGE_FAULT);
    expect(user.pte(DATA_VA) & PTE_A).toBe(0);
  });

  test('a fetch sets A of the code page and of a megapage leaf', () => {
    const r = new Sv32Rig().map(CODE_VA, CODE_PA, PTE_V | PTE_X).load(CODE_PA, [A.jal(0, 0)]).enter(C.PRIV_S, CODE_VA).run(10);
    expect(r.pte(CODE_VA) & (PTE_A | PTE_D)).toBe(PTE_A);
    const mega = new Sv32Rig().mapMega(0x4000_0000, RAM_BASE, PTE_V | PTE_X).load(RAM_BASE + 0x8000, [A.jal(0, 0)]);
    mega.enter(C.PRIV_S, 0x4000_8000).run(10);
    expect(mega.trap).toBeNull();
    expect(mega.pte(0x4000_0000, 1) & (PTE_A | PTE_D)).toBe(PTE_A);
  });

  test('a cached read translation of a clean page still sets D on the first store', () => {
    const prog = [A.li(t0, DATA_VA), A.lw(a0, t0, 0), A.lw(a0, t0, 4), A.sw(a0, t0, 8)];
    const r = rig(prog, PTE_V | PTE_A | PTE_R | PTE_W).enter(C.PRIV_S, CODE_VA).run();
    expect(r.trap).toBeNull();
    expect(r.pte(DATA_VA) & PTE_D).toBe(PTE_D);
  });
});

describe('stval and misaligned accesses across pages', () => {
  test('a misaligned load or store reaching an unmapped page faults at that page', () => {
    const load = [A.li(t0, DATA_VA + 0xffe), A.lw(a0, t0, 0)];
    const r = rig(load).enter(C.PRIV_S, CODE_VA).run();
    expect(r.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA + 0x1000, at(load, 1)));
    const store = [A.li(t0, DATA_VA + 0xfff), A.sw(t0, t0, 0)];
    const s = rig(store).enter(C.PRIV_S, CODE_VA).run();
    expect(s.trap).toEqual(fault(C.CAUSE_STORE_PAGE_FAULT, DATA_VA + 0x1000, at(store, 1)));
    expect(s.m.mem.read(DATA_PA + 0xfff, 1)).toBe(0); // nothing written
    // Mapped on both sides (to frames that are not adjacent), it is done byte by byte.
    const both = rig([A.li(t1, 0x1122_3344), A.li(t0, DATA_VA + 0xffe), A.sw(t1, t0, 0), A.lw(a0, t0, 0)]);
    both.map(DATA_VA + 0x1000, OTHER_PA, LEAF | PTE_R | PTE_W).enter(C.PRIV_S, CODE_VA).run();
    expect(both.trap).toBeNull();
    expect(both.hart.x[a0]).toBe(0x1122_3344);
    expect(both.m.mem.read(DATA_PA + 0xffe, 2)).toBe(0x3344);
    expect(both.m.mem.read(OTHER_PA, 2)).toBe(0x1122);
  });

  test('LR/SC/AMO page-fault as loads (LR) and stores/AMOs', () => {
    const lr = [A.li(t0, DATA_VA), A.lr_w(a0, t0)];
    expect(rig(lr, LEAF).enter(C.PRIV_S, CODE_VA).run().trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA, at(lr, 1)));
    const amo = [A.li(t0, DATA_VA), A.amoadd_w(a0, a0, t0)];
    expect(rig(amo, LEAF | PTE_R).enter(C.PRIV_S, CODE_VA).run().trap).toEqual(fault(C.CAUSE_STORE_PAGE_FAULT, DATA_VA, at(amo, 1)));
    const sc = [A.li(t0, DATA_VA), A.sc_w(a0, a0, t0)];
    expect(rig(sc, LEAF | PTE_R).enter(C.PRIV_S, CODE_VA).run().trap).toEqual(fault(C.CAUSE_STORE_PAGE_FAULT, DATA_VA, at(sc, 1)));
    const ok = rig([A.li(t0, DATA_VA), A.li(a1, 5), A.amoadd_w(a0, a1, t0), A.amoadd_w(a0, a1, t0)], PTE_V | PTE_R | PTE_W);
    ok.enter(C.PRIV_S, CODE_VA).run();
    expect(ok.hart.x[a0]).toBe(5);
    expect(ok.pte(DATA_VA) & (PTE_A | PTE_D)).toBe(PTE_A | PTE_D);
  });

  test('page faults delegated to S-mode set scause, stval and sepc', () => {
    const prog = [A.li(t0, DATA_VA + 0x24), A.lw(a0, t0, 0)];
    const r = rig(prog, LEAF | PTE_U, C.PRIV_U);
    r.load(FREE + 0x3000, [A.jal(0, 0)]).map(0x0060_0000, FREE + 0x3000, LEAF | PTE_X);
    r.hart.writeCsr(C.CSR_MEDELEG, 1 << C.CAUSE_LOAD_PAGE_FAULT);
    r.hart.writeCsr(C.CSR_STVEC, 0x0060_0000);
    r.enter(C.PRIV_U, CODE_VA).run();
    expect(r.hart.priv).toBe(C.PRIV_S);
    expect(r.hart.pc).toBe(0x0060_0000);
    expect([r.hart.readCsr(C.CSR_SCAUSE), r.hart.readCsr(C.CSR_STVAL), r.hart.readCsr(C.CSR_SEPC)])
      .toEqual([C.CAUSE_LOAD_PAGE_FAULT, DATA_VA + 0x24, at(prog, 1)]);
  });
});

describe('sfence.vma and satp', () => {
  /** Loads DATA_VA into a0, remaps DATA_VA to OTHER_PA, runs `fence`, loads DATA_VA into a1. */
  function remapped(fence: Array<number | number[]>): Sv32Rig {
    const newPte = ((OTHER_PA >>> 12) << 10) | LEAF | PTE_R | PTE_W;
    const r = rig([]);
    const prog = [
      A.li(t0, DATA_VA), A.lw(a0, t0, 0),
      A.li(t1, r.pteAddr(DATA_VA, 0)), A.li(a2, newPte), A.sw(a2, t1, 0),
      ...fence, A.lw(a1, t0, 0),
    ];
    // The page table is reachable from S-mode at its physical address (a 4 KiB page: a megapage
    // would make any sfence.vma drop everything).
    const table = r.pteAddr(DATA_VA, 0) & ~0xfff;
    r.map(table, table, LEAF | PTE_R | PTE_W).load(CODE_PA, [...prog, A.jal(0, 0)]);
    r.m.mem.write(DATA_PA, 4, 1);
    r.m.mem.write(OTHER_PA, 4, 2);
    return r.enter(C.PRIV_S, CODE_VA, SATP | (5 << 22)).run();
  }

  test('without a fence the old translation stays in the TLB; sfence.vma of the address drops it', () => {
    expect(remapped([]).hart.x[a1]).toBe(1);
    expect(remapped([A.sfence_vma(t0, 0)]).hart.x[a1]).toBe(2);
    expect(remapped([A.sfence_vma(0, 0)]).hart.x[a1]).toBe(2);
  });

  test('sfence.vma of another page keeps the translation; one naming the ASID (any) drops it', () => {
    expect(remapped([A.li(t1, DATA_VA + 0x1000), A.sfence_vma(t1, 0)]).hart.x[a1]).toBe(1);
    expect(remapped([A.li(t1, 5), A.sfence_vma(t0, t1)]).hart.x[a1]).toBe(2);
    expect(remapped([A.li(t1, 5), A.sfence_vma(0, t1)]).hart.x[a1]).toBe(2);
  });

  test('sfence.vma of any page of a megapage drops the whole megapage', () => {
    const mega = 0x4000_0000;
    const r = rig([]);
    const prog = [
      A.li(t0, mega + 0x8000), A.lw(a0, t0, 0),
      A.li(t1, ROOT + (mega >>> 22) * 4), A.li(a2, ((FREE >>> 12) << 10) | LEAF | PTE_R), A.sw(a2, t1, 0),
      A.li(t1, mega + 0x3f_f000), A.sfence_vma(t1, 0), A.lw(a1, t0, 0),
    ];
    r.map(ROOT, ROOT, LEAF | PTE_R | PTE_W).mapMega(mega, RAM_BASE, LEAF | PTE_R).load(CODE_PA, [...prog, A.jal(0, 0)]);
    r.enter(C.PRIV_S, CODE_VA).run();
    expect(r.hart.x[a0]).toBe(A.li(t0, mega + 0x8000)[0]); // CODE_PA's first word, through the megapage
    // Its new entry is misaligned (FREE is not 4 MiB aligned), so once dropped the load faults.
    expect(r.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, mega + 0x8000, at(prog, 7)));
  });

  test('a satp write switches address spaces at once, and Bare turns translation off', () => {
    const second = ROOT + 0x6000; // a second root table, in the pool's range
    const r = rig([]);
    r.m.mem.writeBytes(second, new Uint8Array(4096));
    r.m.mem.write(second + (CODE_VA >>> 22) * 4, 4, r.pte(CODE_VA, 1)); // same code mapping
    const prog = [
      A.li(t0, DATA_VA), A.lw(a0, t0, 0),
      A.li(t1, 0x8000_0000 | (second >>> 12)), A.csrw(C.CSR_SATP, t1), A.lw(a1, t0, 0),
    ];
    r.load(CODE_PA, [...prog, A.jal(0, 0)]);
    r.m.mem.write(DATA_PA, 4, 3);
    r.enter(C.PRIV_S, CODE_VA).run();
    expect(r.hart.x[a0]).toBe(3);
    expect(r.trap).toEqual(fault(C.CAUSE_LOAD_PAGE_FAULT, DATA_VA, at(prog, 4)));

    // Back to Bare from S-mode code on an identity-mapped page: addresses are physical again.
    const ident = FREE + 0x3000;
    const bare = [A.li(t0, DATA_PA), A.csrw(C.CSR_SATP, 0), A.lw(a0, t0, 0)];
    const b = new Sv32Rig().map(ident, ident, LEAF | RWX).load(ident, [...bare, A.jal(0, 0)]);
    b.m.mem.write(DATA_PA, 4, 77);
    b.enter(C.PRIV_S, ident).run();
    expect(b.trap).toBeNull();
    expect(b.hart.x[a0]).toBe(77);
  });

  test('sfence.vma is illegal in U-mode and in S-mode with TVM, as is satp with TVM', () => {
    const u = rig([A.sfence_vma(0, 0)], LEAF, C.PRIV_U).enter(C.PRIV_U, CODE_VA).run();
    expect(u.trap?.cause).toBe(C.CAUSE_ILLEGAL_INSTRUCTION);
    const s = rig([A.csrr(a0, C.CSR_SATP)]);
    s.hart.writeCsr(C.CSR_MSTATUS, C.MSTATUS_TVM);
    expect(s.enter(C.PRIV_S, CODE_VA).run().trap?.cause).toBe(C.CAUSE_ILLEGAL_INSTRUCTION);
  });
});

describe('a walk under PMP', () => {
  test('page tables S-mode may not read are an access fault', () => {
    const prog = [A.li(t0, DATA_VA), A.lw(a0, t0, 0)];
    const r = rig(prog);
    // PMP: entry 0 denies the page-table pool's second-level tables, entry 1 allows the rest.
    r.hart.writeCsr(0x3b0, ((RAM_BASE + 0x2000) >>> 2) | 0x3ff); // NAPOT 8 KiB at +0x2000
    r.hart.writeCsr(0x3b1, 0xffff_ffff);
    r.hart.writeCsr(0x3a0, 0x18 | (0x1f << 8)); // entry 0 NAPOT no access, entry 1 NAPOT RWX
    r.enter(C.PRIV_S, CODE_VA).run();
    expect(r.trap).toEqual(fault(C.CAUSE_FETCH_ACCESS, CODE_VA, CODE_VA));
  });
});

test('traps land at the M-mode vector, which runs untranslated', () => {
  const r = rig([A.ecall()]).enter(C.PRIV_S, CODE_VA).run();
  expect(r.trap).toEqual(fault(C.CAUSE_SUPERVISOR_ECALL, 0, CODE_VA));
  expect(r.hart.pc).toBe(TRAP);
});
