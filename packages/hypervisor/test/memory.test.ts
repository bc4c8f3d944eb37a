import { FramePool } from '../src/memory/frame-pool';
import { P2M, P2M_FOREIGN, P2M_MFN_MASK, P2M_NONE, P2M_READONLY, P2M_SPECIAL } from '../src/memory/p2m';
import { DomainMemory, NO_DEVICES } from '../src/memory/domain-memory';
import { HypervisorError } from '@hvsim/hypervisor';
import { XEN_EFAULT, XEN_ENOMEM } from '@hvsim/abi';
import { CSR_SCAUSE, CSR_STVAL } from '@hvsim/riscv';
import { a0, addGuest, addi, assemble, csrr, DATA, jal, li, lw, machine, RAM, SPIN, sw, t0, t1, u32, putU32 } from './guest';

describe('frame pool', () => {
  test('allocates ascending frames, tracks owners, refuses when empty', () => {
    const pool = new FramePool(4);
    expect([pool.alloc(1), pool.alloc(1), pool.alloc(2)]).toEqual([0, 1, 2]);
    expect(pool.owner[2]).toBe(2);
    expect(pool.freeFrames).toBe(1);
    pool.alloc(3);
    expect(() => pool.alloc(3)).toThrow(/exhausted/);
  });

  test('frames are lazily backed and scrubbed when freed', () => {
    const pool = new FramePool(2);
    const f = pool.alloc(1);
    expect(pool.readable(f)).toBe(pool.zeroFrame);
    expect(pool.backedFrames).toBe(0);
    pool.writable(f)[10] = 0xab;
    expect(pool.backedFrames).toBe(1);
    pool.free(f);
    expect(pool.backedFrames).toBe(0);
    const g = pool.alloc(2);
    expect(g).toBe(f);
    expect(pool.readable(g)[10]).toBe(0);
    expect(pool.zeroFrame.every((b) => b === 0)).toBe(true);
  });

  test('double free and freeing a grant-mapped frame are refused', () => {
    const pool = new FramePool(2);
    const f = pool.alloc(1);
    pool.pin(f);
    expect(() => pool.free(f)).toThrow(/grant-mapped/);
    pool.unpin(f);
    pool.free(f);
    expect(() => pool.free(f)).toThrow(/double free/);
  });
});

describe('frame pool runs', () => {
  /** The frames `count` alloc() calls hand out, on a pool that went through `history`. */
  function oneByOne(history: (p: FramePool) => void, count: number): number[] {
    const p = new FramePool(64);
    history(p);
    return Array.from({ length: count }, () => p.alloc(9));
  }
  const history = (p: FramePool): void => {
    const got = Array.from({ length: 20 }, () => p.alloc(1));
    for (const mfn of [3, 4, 5, 17, 16, 9]) p.free(got[mfn]);
  };

  test('allocInto and allocRun take the frames alloc() would, in its order', () => {
    const pool = new FramePool(64);
    history(pool);
    const dst = new Int32Array(12).fill(-1);
    pool.allocInto(9, dst, 1, 10);
    expect([...dst.subarray(1, 11)]).toEqual(oneByOne(history, 10));
    expect(dst[0]).toBe(-1);
    expect(dst[11]).toBe(-1);
    expect([...dst.subarray(1, 11)].every((mfn) => pool.owner[mfn] === 9)).toBe(true);
    // The six freed frames went first, then four never-used ones: the rest of those is the top run.
    const run = pool.allocRun(4, 8);
    expect(run).toBe(24);
    expect(Array.from({ length: 8 }, (_, i) => pool.owner[24 + i])).toEqual(new Array(8).fill(4));
    expect(pool.allocRun(4, 64)).toBe(-1);
    expect(pool.freeFrames).toBe(64 - 20 + 6 - 10 - 8);
  });

  test('a freed run comes back whole to the next domain, scrubbed', () => {
    const pool = new FramePool(4096);
    const a = pool.allocRun(1, 1024);
    pool.writable(a + 5).fill(0xaa);
    pool.writable(a + 700)[1] = 1;
    expect(pool.backedFrames).toBe(2);
    pool.freeRun(a, 1024);
    expect(pool.backedFrames).toBe(0);
    expect(pool.freeFrames).toBe(4096);
    const b = pool.allocRun(2, 1024);
    expect(b).toBe(a);
    expect(pool.readable(b + 5)).toBe(pool.zeroFrame);
    // Bytes kept from freed frames are zeroed before any frame gets them.
    expect(pool.writable(b + 5).every((x) => x === 0)).toBe(true);
    expect(pool.writable(b + 9).every((x) => x === 0)).toBe(true);
  });

  test('freeing a run with a free or grant-mapped frame in it is refused and frees nothing', () => {
    const pool = new FramePool(64);
    const a = pool.allocRun(1, 16);
    pool.writable(a).fill(7);
    pool.free(a + 3);
    expect(() => pool.freeRun(a, 16)).toThrow(/double free/);
    pool.alloc(1); // a + 3 again
    pool.pin(a + 9);
    expect(() => pool.freeRun(a, 16)).toThrow(/grant-mapped/);
    expect(pool.freeFrames).toBe(64 - 16);
    expect(pool.readable(a)[0]).toBe(7);
    pool.unpin(a + 9);
    pool.freeRun(a, 16);
    expect(pool.freeFrames).toBe(64);
  });
});

describe('P2M', () => {
  test('maps gfns to frames; unwritten frames read as zero and read-only entries never give a writable frame', () => {
    const pool = new FramePool(8);
    const p2m = new P2M(pool, 0x80000);
    const out = { writable: false };
    expect(p2m.frame(5, false, out)).toBeNull();
    const mfn = pool.alloc(1);
    p2m.set(5, mfn, 0);
    expect(p2m.frame(5, false, out)).toBe(pool.zeroFrame);
    expect(out.writable).toBe(false);
    const w = p2m.frame(5, true, out);
    expect(out.writable).toBe(true);
    expect(w).not.toBe(pool.zeroFrame);
    p2m.set(0x7ffff, pool.alloc(1), P2M_READONLY);
    expect(p2m.frame(0x7ffff, true, out)).toBeNull();
    expect(p2m.frame(0x7ffff, false, out)).not.toBeNull();
    expect(out.writable).toBe(false);
    expect(p2m.populatedCount).toBe(2);
    expect(p2m.clear(5)).toBe(mfn);
    expect(p2m.get(5)).toBe(-1);
  });
});

describe('P2M run leaves', () => {
  test('initial RAM maps the frames alloc() would give; changing an entry changes only that entry', () => {
    const pool = new FramePool(8192);
    const reference = new FramePool(8192);
    pool.alloc(1); // so the RAM does not start at frame 0
    reference.alloc(1);
    const p2m = new P2M(pool, 0x80000);
    p2m.populateFresh(100, 2 * 1024 + 500, 7);
    const expected = Array.from({ length: 2 * 1024 + 500 }, () => reference.alloc(7));
    const entries: number[] = [];
    p2m.forEach((gfn, e) => {
      expect(gfn).toBe(100 + entries.length);
      entries.push(e);
    });
    expect(entries).toEqual(expected);
    expect(p2m.get(100 + 1500)).toBe(expected[1500]);
    expect(p2m.populatedCount).toBe(2 * 1024 + 500);
    // gfn 1500 lies in the full leaf [1024, 2048): a run until changed.
    const other = pool.alloc(8);
    p2m.set(1500, other, P2M_READONLY);
    expect(p2m.get(1500)).toBe(other | P2M_READONLY);
    expect(p2m.get(1499)).toBe(expected[1399]);
    expect(p2m.get(1501)).toBe(expected[1401]);
    expect(p2m.clear(1400)).toBe(expected[1300]);
    expect(p2m.get(1400)).toBe(-1);
    expect(p2m.populatedCount).toBe(2 * 1024 + 499);
    const out = { writable: false };
    expect(p2m.frame(1500, true, out)).toBeNull();
    expect(p2m.frame(1600, true, out)).toBe(pool.writable(expected[1500]));
  });

  test('releasing gives back exactly the own RAM frames, not special or foreign ones', () => {
    const pool = new FramePool(4096);
    const p2m = new P2M(pool, 0x80000);
    p2m.populateFresh(0, 1024 + 3, 5);
    const special = pool.alloc(5);
    p2m.set(0x7fff0, special, P2M_SPECIAL);
    const foreign = pool.alloc(6);
    p2m.set(0x7fff1, foreign, P2M_FOREIGN);
    p2m.releaseAll(5);
    expect(p2m.populatedCount).toBe(0);
    expect(p2m.get(5)).toBe(-1);
    expect(p2m.get(0x7fff0)).toBe(-1);
    expect(pool.freeFrames).toBe(4096 - 2);
    expect(pool.owner[special]).toBe(5);
    expect(pool.owner[foreign]).toBe(6);
  });
});

describe('displaced RAM (Xen/Arm keeps a replaced page allocated)', () => {
  const GFN = RAM / 4096 + 3;

  test('stays owned and in tot_pages, off the P2M, also while another domain maps it; destroy frees it', () => {
    const pool = new FramePool(16);
    const mem = new DomainMemory(pool, 1, 8, NO_DEVICES);
    expect(mem.populate(GFN)).toBe(true);
    const mfn = mem.entry(GFN) & P2M_MFN_MASK;
    pool.writable(mfn)[0] = 0x77;
    pool.pin(mfn); // a grant mapping of another domain's
    expect(mem.displace(GFN)).toBe(true);
    expect(mem.displace(GFN)).toBe(false);
    expect(mem.entry(GFN)).toBe(P2M_NONE);
    expect([mem.totPages, mem.displacedPages, pool.owner[mfn], pool.freeFrames]).toEqual([1, 1, 1, 15]);
    // The mapping still reads the page's bytes.
    expect(pool.readable(mfn)[0]).toBe(0x77);
    pool.unpin(mfn);
    mem.releaseAll();
    expect([mem.totPages, mem.displacedPages, pool.freeFrames]).toEqual([0, 0, 16]);
  });

  test('a hypervisor page or a foreign mapping is not displaced', () => {
    const pool = new FramePool(4);
    const mem = new DomainMemory(pool, 1, 8, NO_DEVICES);
    mem.mapSpecial(GFN, pool.alloc(0), P2M_SPECIAL);
    mem.mapSpecial(GFN + 1, pool.alloc(2), P2M_FOREIGN);
    expect([mem.displace(GFN), mem.displace(GFN + 1), mem.displace(GFN + 2)]).toEqual([false, false, false]);
    expect(mem.totPages).toBe(0);
  });
});

describe('host access to guest memory', () => {
  /** t0 = DATA; loop: addi a0, a0, 1 (at RAM + 8); sw a0, 0(t0); j loop. */
  const COUNTER = [...li(t0, DATA), addi(a0, a0, 1), sw(a0, t0, 0), jal(0, -8)];

  test('overwriting code the guest runs takes effect, by a small write and by a large one', () => {
    const hv = machine();
    const d = addGuest(hv, COUNTER);
    hv.runFor(1_000_000);
    expect(u32(hv, d, DATA)).toBeGreaterThan(0);
    hv.writeGuestMemory(d, RAM + 8, assemble([addi(a0, a0, 0)]));
    hv.runFor(1_000_000);
    const stopped = u32(hv, d, DATA);
    hv.runFor(1_000_000);
    expect(u32(hv, d, DATA)).toBe(stopped);
    const code = new Uint8Array(256);
    code.set(assemble([addi(a0, a0, 2)]), 8);
    code.set(assemble(COUNTER).subarray(12), 12);
    code.set(assemble(COUNTER).subarray(0, 8), 0);
    hv.writeGuestMemory(d, RAM, code);
    hv.runFor(1_000_000);
    const now = u32(hv, d, DATA);
    expect(now).toBeGreaterThan(stopped);
    expect((now - stopped) % 2).toBe(0);
  });

  test('a write to a page the guest has only read as zeros reaches the guest', () => {
    const hv = machine();
    const page = RAM + 0x2_0000;
    const d = addGuest(hv, [...li(t0, DATA), ...li(t1, page), lw(a0, t1, 0), sw(a0, t0, 0), jal(0, -8)]);
    hv.runFor(1_000_000);
    expect(u32(hv, d, DATA)).toBe(0);
    putU32(hv, d, page, 0x1234_5678);
    hv.runFor(1_000_000);
    expect(u32(hv, d, DATA)).toBe(0x1234_5678);
  });

  test('reads see what the guest stored, within a page and across pages; holes and empty reads', () => {
    const hv = machine();
    const d = addGuest(hv, [...li(t0, DATA + 4094), ...li(a0, 0x4433_2211), 0x00a2_9023 /* sh a0,0(t0) */, 0x00a2_9123 /* sh a0,2(t0) */, SPIN]);
    hv.runFor(1_000_000);
    expect([...hv.readGuestMemory(d, DATA + 4094, 2)]).toEqual([0x11, 0x22]);
    expect([...hv.readGuestMemory(d, DATA + 4093, 6)]).toEqual([0, 0x11, 0x22, 0x11, 0x22, 0]);
    expect(hv.readGuestMemory(d, 0x9000_0000, 0)).toHaveLength(0);
    const ramEnd = RAM + 256 * 1024;
    let errno = 0;
    try {
      hv.readGuestMemory(d, ramEnd - 2, 4);
    } catch (e) {
      errno = (e as HypervisorError).errno;
    }
    expect(errno).toBe(XEN_EFAULT);
  });

  test('memory written before the first hart exists is what the guest runs and reads', () => {
    const hv = machine();
    const d = hv.createDomain({ memoryKb: 256 });
    hv.writeGuestMemory(d, RAM, assemble(COUNTER));
    putU32(hv, d, DATA, 1000);
    expect(u32(hv, d, DATA)).toBe(1000);
    // A new vCPU reports the context the hypervisor gives every guest hart.
    const ctx = hv.getVcpuContext(d, 0);
    expect(ctx.hart.priv).toBe(1);
    expect(ctx.hart.csr).toMatchObject({ medeleg: 0, mideleg: 0x222, mcounteren: 7 });
    expect(ctx.hart.pmp.cfg[0]).toBe(0x1f); // NAPOT, RWX: the whole space, as the P2M confines the guest
    hv.bootVcpu(d, 0, { entry: RAM, arg: 0 });
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect(u32(hv, d, DATA)).toBeGreaterThan(0);
  });
});

describe('isolation', () => {
  test('a guest cannot reach memory beyond its own RAM: the access faults into it', () => {
    const hv = machine();
    // Domain A holds a secret; domain B probes the guest-physical page right after its own RAM
    // (where A's frames would follow in machine memory) with a handler that records the fault.
    const a = addGuest(hv, [SPIN], { memoryKb: 64 });
    putU32(hv, a, RAM + 0x100, 0x5ec2e7);
    const handler = RAM + 0x400;
    const b = addGuest(hv, [
      ...li(t0, handler), 0x10529073 /* csrw stvec, t0 */,
      ...li(t1, RAM + 64 * 1024 + 0x100), lw(a0, t1, 0),
      ...li(t1, RAM + 64 * 1024 + 0x100), sw(t1, t1, 0),
      SPIN,
    ], { memoryKb: 64, run: false });
    // Handler at +0x400: count faults at DATA-ish address inside B's RAM, record scause/stval, skip insn.
    const count = RAM + 0x800;
    const h = [
      csrr(t0, CSR_SCAUSE), ...li(t1, count), lw(a0, t1, 0), 0x00150513 /* addi a0,a0,1 */, sw(a0, t1, 0),
      sw(t0, t1, 4), csrr(t0, CSR_STVAL), sw(t0, t1, 8),
      0x14102373 /* csrr t1, sepc */, 0x00430313 /* addi t1,t1,4 */, 0x14131073 /* csrw sepc, t1 */,
      0x10200073 /* sret */,
    ];
    hv.writeGuestMemory(b, handler, assemble(h));
    hv.unpauseDomain(b);
    hv.runFor(1_000_000);
    expect(u32(hv, b, count)).toBe(2);
    expect(u32(hv, b, count + 4)).toBe(7); // the store faulted last: store/AMO access fault
    expect(u32(hv, b, count + 8)).toBe(RAM + 64 * 1024 + 0x100);
    expect(u32(hv, a, RAM + 0x100)).toBe(0x5ec2e7);
    expect(hv.getDomainInfo(b).flags.crashed).toBe(false);
  });

  test('frames freed by one domain come back zeroed to the next', () => {
    const hv = machine({ memoryBytes: 1024 * 1024 });
    const kb = 512;
    // Fill every page of domain A with a pattern, from inside the guest.
    const a = addGuest(hv, [
      ...li(t0, RAM + 0x1000), ...li(t1, RAM + kb * 1024), ...li(a0, 0x41414141),
      sw(a0, t0, 0), 0x00428293 /* addi t0,t0,4 */, 0xfe62cce3 /* blt t0,t1,-8 */,
      SPIN,
    ], { memoryKb: kb });
    hv.runFor(5_000_000);
    expect(u32(hv, a, RAM + kb * 1024 - 4)).toBe(0x41414141);
    const freeBefore = hv.physinfo().freePages;
    hv.destroyDomain(a);
    expect(hv.physinfo().freePages).toBe(freeBefore + kb / 4 + 1);
    // B now gets (most of) the same machine frames: every byte must read as zero, host- and guest-side.
    const b = addGuest(hv, [
      ...li(t0, RAM + 0x1000), ...li(t1, RAM + kb * 1024), ...li(a0, 0),
      lw(a0 + 1, t0, 0), 0x00b56533 /* or a0,a0,a1 */, 0x00428293, 0xfe62cae3 /* blt t0,t1,-12 */,
      ...li(t0, DATA), sw(a0, t0, 0), sw(t1, t0, 4), SPIN,
    ], { memoryKb: kb });
    hv.runFor(5_000_000);
    expect(u32(hv, b, DATA + 4)).toBe(RAM + kb * 1024);
    expect(u32(hv, b, DATA)).toBe(0);
    const all = hv.readGuestMemory(b, RAM + 0x1000, kb * 1024 - 0x1000);
    expect(all.every((x, i) => x === 0 || (i >= DATA - RAM - 0x1000 && i < DATA - RAM - 0x1000 + 8))).toBe(true);
  });

  test('no overcommit: creation fails with ENOMEM when the pool cannot cover the domain', () => {
    const hv = machine({ memoryBytes: 1024 * 1024 });
    hv.createDomain({ memoryKb: 768 });
    let err: unknown;
    try {
      hv.createDomain({ memoryKb: 512 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HypervisorError);
    expect((err as HypervisorError).errno).toBe(XEN_ENOMEM);
    expect(hv.listDomains()).toHaveLength(1);
  });
});
