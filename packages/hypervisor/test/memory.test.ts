import { FramePool } from '../src/memory/frame-pool';
import { P2M, P2M_READONLY } from '../src/memory/p2m';
import { HypervisorError } from '@hvsim/hypervisor';
import { XEN_ENOMEM } from '@hvsim/abi';
import { CSR_SCAUSE, CSR_STVAL } from '@hvsim/riscv';
import { a0, addGuest, assemble, csrr, DATA, li, lw, machine, RAM, SPIN, sw, t0, t1, u32, putU32 } from './guest';

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
