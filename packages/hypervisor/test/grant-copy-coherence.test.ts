/**
 * Grant copies into a running guest's RAM (a backend's reads from disk): the guest's harts see
 * the bytes at once, whatever they cached of the page — decoded or compiled code, a TLB
 * translation of the never-written page's zero frame — and log-dirty mode sees the page.
 */
import { GNTTABOP_setup_table, GTF_permit_access, XEN_DOMCTL_SHADOW_OP_CLEAN, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY, __HYPERVISOR_grant_table_op } from '@hvsim/abi';
import type { Hypervisor } from '@hvsim/hypervisor';
import { DATA, RAM, a0, a1, addGuest, addi, assemble, callsGuest, jal, jalr, li, lw, machine, putU32, ra, sw, t0, t1, u32, zero } from './guest';

const PAGE = 4096;
/** A function the guest calls in a loop; the backend rewrites it. */
const FN = RAM + 0x2_0000;
/** A page the guest reads in a loop, never written before the backend's copy. */
const READ = RAM + 0x3_0000;
/** Where the guest stores what the function returned and what it read. */
const OUT = DATA + 0x200;
const FN_REF = 2, READ_REF = 3;

/** Sets up a grant table, then forever: a0 = FN(); OUT[0] = a0; OUT[1] = *READ. */
function caller(): Array<number | number[]> {
  const setup = callsGuest([{ nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_setup_table, DATA, 1] }]).slice(0, -1);
  const loop = [li(t0, FN), jalr(ra, t0, 0), li(t1, OUT), sw(a0, t1, 0), li(t0, READ), lw(a1, t0, 0), sw(a1, t1, 4)];
  return [...setup, ...loop, jal(zero, -4 * loop.flat().length)];
}

/** `li a0, value; ret`, padded to a whole page (so the copy takes the page-copy path). */
function fnPage(value: number): Uint8Array {
  const page = new Uint8Array(PAGE);
  page.set(assemble([addi(a0, zero, value), jalr(zero, ra, 0)]));
  return page;
}

/** One packed op of a whole page into granter's `ref`. */
function pageInto(granter: number, ref: number): Uint8Array {
  const v = new DataView(new ArrayBuffer(20));
  [1, granter, ref, 0, PAGE].forEach((x, k) => v.setUint32(k * 4, x, true));
  return new Uint8Array(v.buffer);
}

function running(): { hv: Hypervisor; dom0: number; d: number } {
  const hv = machine();
  const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
  const d = addGuest(hv, caller(), { run: false });
  putU32(hv, d, DATA, 0x7ff0, 1, 0, 0, DATA + 128, 0); // setup_table's argument
  hv.writeGuestMemory(d, FN, fnPage(1));
  hv.unpauseDomain(d);
  hv.runFor(2_000_000); // long enough for the loop to be compiled
  const frameGfn = u32(hv, d, DATA + 128);
  putU32(hv, d, frameGfn * PAGE + 8 * FN_REF, GTF_permit_access | (dom0 << 16), FN / PAGE);
  putU32(hv, d, frameGfn * PAGE + 8 * READ_REF, GTF_permit_access | (dom0 << 16), READ / PAGE);
  return { hv, dom0, d };
}

describe('grant copies into a running guest', () => {
  test('the guest runs the code a grant copy wrote and reads the bytes it wrote to a page it had only read', () => {
    const { hv, dom0, d } = running();
    expect([u32(hv, d, OUT), u32(hv, d, OUT + 4)]).toEqual([1, 0]);
    expect([...hv.grantCopyBatch(dom0, pageInto(d, FN_REF), fnPage(2)).status]).toEqual([0]);
    expect([...hv.grantCopyBatch(dom0, pageInto(d, READ_REF), new Uint8Array(PAGE).fill(7)).status]).toEqual([0]);
    hv.runFor(200_000);
    expect([u32(hv, d, OUT), u32(hv, d, OUT + 4)]).toEqual([2, 0x0707_0707]);
  });

  test('log-dirty mode: the pages a grant copy wrote are dirty, and not counted as the guest\'s faults', () => {
    const { hv, dom0, d } = running();
    hv.shadowOp(d, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY);
    hv.runFor(200_000); // the guest's stores to OUT fault once
    expect([...hv.grantCopyBatch(dom0, pageInto(d, FN_REF), fnPage(3)).status]).toEqual([0]);
    expect([...hv.grantCopyBatch(dom0, pageInto(d, READ_REF), new Uint8Array(PAGE).fill(9)).status]).toEqual([0]);
    hv.runFor(200_000);
    const r = hv.shadowOp(d, XEN_DOMCTL_SHADOW_OP_CLEAN);
    const dirty: number[] = [];
    for (let i = 0; i < r.pages; i++) if ((r.bitmap[i >> 3] >> (i & 7)) & 1) dirty.push((r.firstGfn + i) * PAGE);
    expect(dirty).toEqual([DATA, FN, READ]);
    expect(r.faultCount).toBe(1);
    expect([u32(hv, d, OUT), u32(hv, d, OUT + 4)]).toEqual([3, 0x0909_0909]);
  });
});
