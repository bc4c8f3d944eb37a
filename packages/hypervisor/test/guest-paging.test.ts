/**
 * Guests with Sv32 on: the guest's page tables live in its guest-physical memory and map
 * guest-virtual → guest-physical; the P2M maps that to machine frames. The hart's walk reads the
 * tables through the P2M, page faults go to the guest's handler, and a P2M change (here a page
 * given back with decrease_reservation) drops the translations cached from it.
 */
import { CAUSE_LOAD_ACCESS, CAUSE_LOAD_PAGE_FAULT, CSR_SATP, CSR_SCAUSE, CSR_SEPC, CSR_STVAL, CSR_STVEC } from '@hvsim/riscv';
import { DOMID_SELF, SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_SFENCE_VMA, XENMEM_decrease_reservation, __HYPERVISOR_memory_op } from '@hvsim/abi';
import {
  a0, a1, a2, a3, add, addGuest, addi, assemble, csrr, csrw, DATA, hypercall, li, lw, machine, putU32, RAM, sbi, sfence_vma, sret, SPIN, sw, t0, t1, u32,
} from './guest';

const ROOT = RAM + 0x4000;
const TABLE = RAM + 0x5000;
const FRAME = RAM + 0x9000;
const VA = 0x0040_0000;
const HANDLER = RAM + 0x200;
const LOG = DATA + 0x400;
const V = 0x01, R = 0x02, W = 0x04, X = 0x08, A = 0x40, D = 0x80;

/** Logs scause and stval at LOG (count first), skips the faulting instruction. */
const handler = [
  ...li(t0, LOG), lw(t1, t0, 0), addi(t1, t1, 8), sw(t1, t0, 0), add(t1, t0, t1),
  csrr(a0, CSR_SCAUSE), sw(a0, t1, -4), csrr(a0, CSR_STVAL), sw(a0, t1, 0),
  csrr(a0, CSR_SEPC), addi(a0, a0, 4), csrw(CSR_SEPC, a0), sret(),
];

/** Page tables in guest memory: RAM identity-mapped by a megapage, VA → FRAME by a 4 KiB page. */
function pageTables(hv: ReturnType<typeof machine>, d: number): void {
  putU32(hv, d, ROOT + (RAM >>> 22) * 4, ((RAM >>> 12) << 10) | V | R | W | X | A | D);
  putU32(hv, d, ROOT + (VA >>> 22) * 4, ((TABLE >>> 12) << 10) | V);
  putU32(hv, d, TABLE + ((VA >>> 12) & 0x3ff) * 4, ((FRAME >>> 12) << 10) | V | R | W | A | D);
}

test('a guest turns Sv32 on: its page tables are read from guest-physical memory, stores land in the mapped frame, faults reach its handler', () => {
  const hv = machine();
  const d = addGuest(hv, [
    ...li(t0, HANDLER), csrw(CSR_STVEC, t0),
    ...li(t0, 0x8000_0000 | (ROOT >>> 12)), csrw(CSR_SATP, t0), sfence_vma(0, 0),
    ...li(t1, VA + 8), ...li(a1, 0x1234), sw(a1, t1, 0), lw(a2, t1, 0), ...li(t0, DATA), sw(a2, t0, 0),
    ...li(t1, VA + 0x1000 + 4), lw(a2, t1, 0), // not mapped: a page fault for the guest
    SPIN,
  ], { run: false });
  hv.writeGuestMemory(d, HANDLER, assemble(handler));
  pageTables(hv, d);
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(u32(hv, d, FRAME + 8)).toBe(0x1234);
  expect(u32(hv, d, DATA)).toBe(0x1234);
  expect([u32(hv, d, LOG), u32(hv, d, LOG + 4), u32(hv, d, LOG + 8)]).toEqual([8, CAUSE_LOAD_PAGE_FAULT, VA + 0x1004]);
  expect(hv.getDomainInfo(d).flags.crashed).toBe(false);
});

test('a frame the P2M no longer maps is not reached through a translation cached before', () => {
  const hv = machine();
  const list = DATA + 0x100, reservation = DATA + 0x140;
  const d = addGuest(hv, [
    ...li(t0, HANDLER), csrw(CSR_STVEC, t0),
    ...li(t0, 0x8000_0000 | (ROOT >>> 12)), csrw(CSR_SATP, t0), sfence_vma(0, 0),
    ...li(t1, VA), ...li(a1, 0x5678), sw(a1, t1, 0), lw(a2, t1, 0), // cached: VA → FRAME
    ...li(a0, XENMEM_decrease_reservation), ...li(a1, reservation), ...hypercall(__HYPERVISOR_memory_op),
    ...li(t0, DATA), sw(a0, t0, 0),
    ...li(t1, VA), lw(a2, t1, 0), // FRAME has no machine frame any more: an access fault
    SPIN,
  ], { run: false });
  hv.writeGuestMemory(d, HANDLER, assemble(handler));
  pageTables(hv, d);
  putU32(hv, d, list, FRAME >>> 12, 0);
  putU32(hv, d, reservation, list, 0, 1, 0, 0, 0, DOMID_SELF, 0);
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(u32(hv, d, DATA)).toBe(1); // one page given back
  expect([u32(hv, d, LOG), u32(hv, d, LOG + 4), u32(hv, d, LOG + 8)]).toEqual([8, CAUSE_LOAD_ACCESS, VA]);
});

test('SBI RFENCE remote_sfence_vma drops the translation the guest changed; without it the old one stays cached', () => {
  const hv = machine();
  const FRAME2 = FRAME + 0x1000;
  const pte = TABLE + ((VA >>> 12) & 0x3ff) * 4;
  const d = addGuest(hv, [
    ...li(t0, 0x8000_0000 | (ROOT >>> 12)), csrw(CSR_SATP, t0), sfence_vma(0, 0),
    ...li(t1, VA), lw(a2, t1, 0), ...li(t0, DATA), sw(a2, t0, 0), // cached: VA → FRAME
    ...li(t0, pte), ...li(a1, ((FRAME2 >>> 12) << 10) | V | R | W | A | D), sw(a1, t0, 0), // remap VA → FRAME2
    ...li(t1, VA), lw(a2, t1, 0), ...li(t0, DATA + 4), sw(a2, t0, 0), // still FRAME: nothing flushed
    ...li(a0, 1), ...li(a1, 0), ...li(a2, VA), ...li(a3, 0x1000), ...sbi(SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_SFENCE_VMA),
    ...li(t0, DATA + 8), sw(a0, t0, 0),
    ...li(t1, VA), lw(a2, t1, 0), ...li(t0, DATA + 12), sw(a2, t0, 0), // FRAME2 now
    SPIN,
  ], { run: false });
  pageTables(hv, d);
  putU32(hv, d, FRAME, 0x1111);
  putU32(hv, d, FRAME2, 0x2222);
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect([0, 4, 8, 12].map((o) => u32(hv, d, DATA + o))).toEqual([0x1111, 0x1111, 0, 0x2222]);
});
