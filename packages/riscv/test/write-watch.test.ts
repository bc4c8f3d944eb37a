/**
 * Write-watching through the FrameSource (what the hypervisor's log-dirty mode builds on): a
 * source that answers "not writable" for watched pages sees the next store to each, from every
 * store path, once PhysMemory.dropWriteTranslations() has made the TLB ask again.
 */
import * as A from './asm';
import { Machine, RAM_BASE, machine } from './machine';
import { FREE, LEAF, PTE_R, PTE_V, PTE_W, PTE_X, PTE_A, PTE_D, Sv32Rig } from './sv32-rig';
import { PAGE_SIZE, PRIV_S, type Frame } from '@hvsim/riscv';

const { a0, a1, s0, s1, s2, s3, s4, t1, zero } = A;

/** Wraps m's source: watched pages are handed out read-only; a write to one is recorded (by
 *  page index) and unwatches it, as a dirty log marks a page and lets it be written. */
function watch(m: Machine): { caught: number[]; protect: (drop: boolean) => void } {
  const caught: number[] = [];
  const watched = new Set<number>();
  const inner = m.source.frame.bind(m.source);
  m.source.frame = (index: number, forWrite: boolean, out: { writable: boolean }): Frame | null => {
    const f = inner(index, forWrite, out);
    if (f !== null && watched.has(index)) {
      if (forWrite) {
        caught.push(index);
        watched.delete(index);
      } else {
        out.writable = false;
      }
    }
    return f;
  };
  return {
    caught,
    protect: (drop) => {
      caught.length = 0;
      for (let i = 0; i < m.mem.pages; i++) watched.add(i);
      if (drop) m.mem.dropWriteTranslations();
    },
  };
}

const page = (i: number): number => RAM_BASE + i * PAGE_SIZE;
/** A loop storing to pages 3..8 each turn: sw, sb, amoadd.w, lr/sc, and a misaligned sh across
 *  the boundary of pages 7 and 8. Hot enough to run as compiled blocks. */
const LOOP = [
  A.li(s0, page(3)), A.li(s1, page(4)), A.li(s2, page(5)), A.li(s3, page(6)), A.li(s4, page(8) - 1), A.li(a0, 0),
  A.sw(a0, s0, 0),
  A.sb(a0, s1, 1),
  A.amoadd_w(zero, a0, s2),
  A.lr_w(t1, s3), A.sc_w(t1, a0, s3),
  A.sh(a0, s4, 0),
  A.addi(a0, a0, 1),
  A.jal(0, -4 * 7),
];

describe('write-watching through the FrameSource', () => {
  test('after dropWriteTranslations every store path comes back to the source once per page', () => {
    const m = machine(A.assemble(LOOP));
    const w = watch(m);
    m.hart.run(200_000); // warm: TLB filled, the loop compiled
    w.protect(true);
    m.hart.run(200_000);
    expect([...w.caught].sort((x, y) => x - y)).toEqual([3, 4, 5, 6, 7, 8]);
    const a = m.hart.x[a0];
    expect([a - 1, a]).toContain(m.mem.read(page(3), 4)); // the stores landed (the run may stop mid-turn)
    // Watching again without dropping the translations: the cached ones let stores pass unseen.
    w.protect(false);
    m.hart.run(200_000);
    expect(w.caught).toEqual([]);
    // ... and dropping them makes the next round seen again.
    w.protect(true);
    m.hart.run(200_000);
    expect(w.caught.length).toBe(6);
  });

  test('host writes ask the source too', () => {
    const m = machine(A.assemble([A.jal(0, 0)]));
    const w = watch(m);
    m.mem.write(page(9), 4, 1);
    m.mem.writeBytes(page(10), new Uint8Array(8));
    w.protect(true);
    m.mem.write(page(9), 4, 2);
    m.mem.writeBytes(page(10) + PAGE_SIZE - 4, new Uint8Array(8)); // pages 10 and 11
    expect(w.caught).toEqual([9, 10, 11]);
    expect(m.mem.read(page(9), 4)).toBe(2);
  });

  test('the Sv32 walk\'s A/D update is a store to the page-table page', () => {
    const rig = new Sv32Rig();
    const code = FREE, data = FREE + PAGE_SIZE;
    rig.load(code, [A.li(a1, 0x4000_1000), A.sw(a1, a1, 0), A.jal(0, 0)]);
    rig.map(0x4000_0000, code, LEAF | PTE_R | PTE_X).map(0x4000_1000, data, PTE_V | PTE_R | PTE_W); // no A/D yet
    const table = (rig.pteAddr(0x4000_1000, 0) - RAM_BASE) >>> 12;
    const w = watch(rig.m);
    w.protect(true);
    rig.enter(PRIV_S, 0x4000_0000).run(100);
    expect(rig.trap).toBeNull();
    expect(rig.pte(0x4000_1000) & (PTE_A | PTE_D)).toBe(PTE_A | PTE_D);
    expect([...w.caught].sort((x, y) => x - y)).toEqual([table, (data - RAM_BASE) >>> 12].sort((x, y) => x - y));
  });
});
