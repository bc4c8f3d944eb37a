import * as A from './asm';
import { exec, machine, RAM_BASE } from './machine';
import { Hart, PAGE_SIZE } from '@hvsim/riscv';

const { a0, a1, a2, a3 } = A;
const ADDR = RAM_BASE + 0x2000;

describe('AMOs return the old value and store op(old, rs2)', () => {
  test.each([
    ['amoswap', A.amoswap_w, 5, -3, -3], ['amoadd', A.amoadd_w, 5, -3, 2], ['amoxor', A.amoxor_w, 6, 3, 5],
    ['amoand', A.amoand_w, 6, 3, 2], ['amoor', A.amoor_w, 6, 3, 7], ['amomin', A.amomin_w, -5, 3, -5],
    ['amomax', A.amomax_w, -5, 3, 3], ['amominu', A.amominu_w, -5, 3, 3], ['amomaxu', A.amomaxu_w, -5, 3, -5],
  ] as const)('%s', (_n, enc, old, src, stored) => {
    const m = exec([A.li(a0, ADDR), A.li(a1, old), A.sw(a1, a0, 0), A.li(a2, src), enc(a3, a2, a0)]);
    expect(m.hart.x[a3]).toBe(old);
    expect(m.mem.read(ADDR, 4) | 0).toBe(stored);
  });

  test('amo with rd = x0 still stores', () => {
    const m = exec([A.li(a0, ADDR), A.addi(a2, 0, 9), A.amoadd_w(0, a2, a0), A.amoadd_w(0, a2, a0)]);
    expect(m.mem.read(ADDR, 4)).toBe(18);
    expect(m.hart.x[0]).toBe(0);
  });
});

describe('LR/SC', () => {
  test('SC succeeds after LR to the same address and writes 0 to rd', () => {
    const m = exec([A.li(a0, ADDR), A.lr_w(a1, a0), A.addi(a1, a1, 7), A.sc_w(a2, a1, a0)]);
    expect(m.hart.x[a2]).toBe(0);
    expect(m.mem.read(ADDR, 4)).toBe(7);
  });

  test('SC without a reservation, or to another address, fails and does not store', () => {
    const m = exec([A.li(a0, ADDR), A.addi(a1, 0, 7), A.sc_w(a2, a1, a0)]);
    expect(m.hart.x[a2]).toBe(1);
    expect(m.mem.read(ADDR, 4)).toBe(0);
    const m2 = exec([A.li(a0, ADDR), A.lr_w(a1, a0), A.addi(a3, a0, 4), A.sc_w(a2, a1, a3)]);
    expect(m2.hart.x[a2]).toBe(1);
  });

  test('a second SC fails (SC consumes the reservation)', () => {
    const m = exec([A.li(a0, ADDR), A.lr_w(a1, a0), A.sc_w(a2, a1, a0), A.sc_w(a3, a1, a0)]);
    expect(m.hart.x[a2]).toBe(0);
    expect(m.hart.x[a3]).toBe(1);
  });

  test('a trap between LR and SC breaks the reservation', () => {
    const m = machine(A.assemble([A.li(a0, ADDR), A.lr_w(a1, a0), A.ecall(), A.sc_w(a2, a1, a0), A.jal(0, 0)]));
    m.hart.onMachineTrap = (h, _c, _t, epc) => { h.pc = epc + 4; return true; };
    m.hart.run(5);
    expect(m.hart.x[a2]).toBe(1);
  });

  test('a host write or another hart running between LR and SC breaks the reservation', () => {
    const prog = A.assemble([A.li(a0, ADDR), A.lr_w(a1, a0), A.sc_w(a2, a1, a0), A.jal(0, 0)]);
    const m = machine(prog);
    m.hart.run(3);
    m.mem.write(ADDR + 8, 4, 1);
    m.hart.run(1);
    expect(m.hart.x[a2]).toBe(1);

    const m2 = machine(prog);
    m2.hart.run(3);
    const other = new Hart(m2.mem, 1);
    other.pc = RAM_BASE + 12;
    other.run(1);
    m2.hart.run(1);
    expect(m2.hart.x[a2]).toBe(1);

    const m4 = machine(prog);
    m4.hart.run(3);
    m4.mem.writeBytes(ADDR + PAGE_SIZE, new Uint8Array(PAGE_SIZE)); // a page copy, elsewhere
    m4.hart.run(1);
    expect(m4.hart.x[a2]).toBe(1);

    const m3 = machine(prog);
    m3.hart.run(3);
    m3.hart.run(1); // same hart resuming: still reserved
    expect(m3.hart.x[a2]).toBe(0);
  });

  test('an LR/SC increment loop converges', () => {
    const m = exec([A.li(a0, ADDR), A.addi(a3, 0, 10),
      A.lr_w(a1, a0), A.addi(a1, a1, 1), A.sc_w(a2, a1, a0), A.bne(a2, 0, -12), A.addi(a3, a3, -1), A.bne(a3, 0, -20)]);
    expect(m.mem.read(ADDR, 4)).toBe(10);
  });
});
