/** Log-dirty mode (XEN_DOMCTL_shadow_op) and the migration page batch (readGuestPages). */
import {
  GTF_permit_access, VCPUOP_register_vcpu_info, XENMEM_decrease_reservation, XENMEM_populate_physmap, XENVER_extraversion,
  XEN_DOMCTL_SHADOW_OP_CLEAN, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY, XEN_DOMCTL_SHADOW_OP_OFF, XEN_DOMCTL_SHADOW_OP_PEEK,
  XEN_EINVAL, XEN_ESRCH, __HYPERVISOR_memory_op, __HYPERVISOR_vcpu_op, __HYPERVISOR_xen_version,
} from '@hvsim/abi';
import { GUEST_PAGE_ABSENT, GUEST_PAGE_RAM, GUEST_PAGE_ZERO, SHARED_INFO_GFN, type Hypervisor, type ShadowOpResult } from '@hvsim/hypervisor';
import {
  DATA, RAM, RESULTS, SPIN, a0, addGuest, addi, amoadd_w, callsGuest, errno, grantingGuest, jal, li, lr_w, machine, putU32, sb, sc_w, sh, sw, t0, t1, u32, zero,
} from './guest';

const PAGE = 4096;
const gfnOf = (gpa: number): number => Math.floor(gpa / PAGE);

/** The gfns whose bits are set, ascending. */
function dirtyGfns(r: ShadowOpResult): number[] {
  const out: number[] = [];
  for (let i = 0; i < r.pages; i++) if ((r.bitmap[i >> 3] >> (i & 7)) & 1) out.push(r.firstGfn + i);
  return out;
}

const clean = (hv: Hypervisor, d: number): ShadowOpResult => hv.shadowOp(d, XEN_DOMCTL_SHADOW_OP_CLEAN);
const peek = (hv: Hypervisor, d: number): ShadowOpResult => hv.shadowOp(d, XEN_DOMCTL_SHADOW_OP_PEEK);
const enable = (hv: Hypervisor, d: number): ShadowOpResult => hv.shadowOp(d, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY);

/** Every kind of guest store, each to a page of its own, forever: sw, sb, sh, amoadd.w, lr/sc,
 *  and a misaligned sw across the boundary of the last two pages. */
const STORE_PAGES = [DATA, DATA + 2 * PAGE, DATA + 5 * PAGE, DATA + 9 * PAGE, DATA + 12 * PAGE];
const SPLIT = DATA + 14 * PAGE - 2;
const WRITER = [
  ...li(t0, STORE_PAGES[0]), sw(a0, t0, 0),
  ...li(t0, STORE_PAGES[1]), sb(a0, t0, 5),
  ...li(t0, STORE_PAGES[2]), sh(a0, t0, 6),
  ...li(t0, STORE_PAGES[3]), amoadd_w(zero, a0, t0),
  ...li(t0, STORE_PAGES[4]), lr_w(t1, t0), sc_w(t1, a0, t0),
  ...li(t0, SPLIT), sw(a0, t0, 0),
  addi(a0, a0, 1),
];
const WRITER_LOOP = [...WRITER, jal(0, -4 * WRITER.flat().length)];
const WRITTEN = [...STORE_PAGES, SPLIT, SPLIT + 2].map(gfnOf);

describe('log-dirty mode', () => {
  test('CLEAN returns exactly the pages the guest stored to (sw, sb, sh, AMO, SC, misaligned), round after round', () => {
    const hv = machine();
    const d = addGuest(hv, WRITER_LOOP);
    hv.runFor(200_000);
    enable(hv, d);
    for (let round = 0; round < 3; round++) {
      hv.runFor(1_000_000);
      const r = clean(hv, d);
      expect(dirtyGfns(r)).toEqual(WRITTEN);
      // Each page faults once per round: after that its stores run on the TLB.
      expect([r.faultCount, r.dirtyCount]).toEqual([WRITTEN.length, WRITTEN.length]);
      expect(r.firstGfn).toBe(RAM / PAGE);
      // The bitmap goes up to the last dirty page only.
      expect(r.pages).toBe(WRITTEN[WRITTEN.length - 1] - RAM / PAGE + 1);
      expect(r.bitmap.length).toBe(Math.ceil(r.pages / 8));
    }
    // PEEK right after CLEAN: nothing dirty yet, and PEEK itself resets nothing.
    expect(dirtyGfns(peek(hv, d))).toEqual([]);
    hv.runFor(100_000);
    expect(dirtyGfns(peek(hv, d))).toEqual(WRITTEN);
    expect(dirtyGfns(peek(hv, d))).toEqual(WRITTEN);
    expect(dirtyGfns(clean(hv, d))).toEqual(WRITTEN);
  });

  test('the guest cannot tell: the same instructions retire and the same bytes land with log-dirty on or off', () => {
    const runs = [false, true].map((logging) => {
      const hv = machine({ seed: 3 });
      const d = addGuest(hv, WRITER_LOOP);
      if (logging) enable(hv, d);
      for (let round = 0; round < 5; round++) {
        hv.runFor(300_000);
        if (logging) clean(hv, d);
      }
      return { instructions: hv.counters(d).instructions, memory: Buffer.from(hv.readGuestMemory(d, RAM, 64 * PAGE)) };
    });
    expect(runs[1].instructions).toBe(runs[0].instructions);
    expect(runs[1].memory.equals(runs[0].memory)).toBe(true);
  });

  test('a page written once is dirty in one round only; the stores themselves land', () => {
    const hv = machine();
    const d = addGuest(hv, [...li(t0, DATA + 3 * PAGE), ...li(a0, 0x1234), sw(a0, t0, 8), SPIN], { run: false });
    enable(hv, d);
    hv.unpauseDomain(d);
    hv.runFor(500_000);
    expect(dirtyGfns(clean(hv, d))).toEqual([gfnOf(DATA + 3 * PAGE)]);
    expect(u32(hv, d, DATA + 3 * PAGE + 8)).toBe(0x1234);
    hv.runFor(500_000);
    expect(dirtyGfns(clean(hv, d))).toEqual([]);
  });

  test('off, the bitmap stays clear; OFF stops logging; Xen\'s answers to odd requests', () => {
    const hv = machine();
    const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
    const d = addGuest(hv, WRITER_LOOP);
    hv.runFor(500_000);
    // CLEAN / PEEK while off: success, all clear (Xen copies an empty bitmap); OFF while off: nothing.
    expect(dirtyGfns(clean(hv, d))).toEqual([]);
    expect(peek(hv, d)).toMatchObject({ faultCount: 0, dirtyCount: 0, pages: 0 });
    expect(hv.shadowOp(d, XEN_DOMCTL_SHADOW_OP_OFF)).toMatchObject({ pages: 0 });
    expect(enable(hv, d)).toMatchObject({ pages: 0 });
    expect(errno(() => enable(hv, d))).toBe(XEN_EINVAL);
    hv.runFor(500_000);
    hv.shadowOp(d, XEN_DOMCTL_SHADOW_OP_OFF);
    hv.runFor(500_000);
    expect(dirtyGfns(clean(hv, d))).toEqual([]);
    expect(errno(() => hv.shadowOp(d, 99))).toBe(XEN_EINVAL);
    expect(errno(() => hv.shadowOp(d, 32))).toBe(XEN_EINVAL); // XEN_DOMCTL_SHADOW_OP_ENABLE: not served
    expect(errno(() => enable(hv, dom0))).toBe(XEN_EINVAL); // a paging op on dom0 itself
    expect(errno(() => enable(hv, 4242))).toBe(XEN_ESRCH);
    // Enabled again later: a fresh bitmap.
    enable(hv, d);
    hv.runFor(500_000);
    expect(dirtyGfns(clean(hv, d))).toEqual(WRITTEN);
  });

  test('writes the hypervisor makes for the guest mark pages, without counting as guest faults', () => {
    const hv = machine();
    const d = addGuest(hv, callsGuest([{ nr: __HYPERVISOR_xen_version, args: [XENVER_extraversion, DATA + 3 * PAGE] }]), { run: false });
    enable(hv, d);
    hv.writeGuestMemory(d, DATA + 6 * PAGE - 4, new Uint8Array(8)); // WriteGuestMemory across two pages
    let r = clean(hv, d);
    expect(dirtyGfns(r)).toEqual([gfnOf(DATA + 5 * PAGE), gfnOf(DATA + 6 * PAGE)]);
    expect([r.faultCount, r.dirtyCount]).toEqual([0, 2]);
    hv.unpauseDomain(d);
    hv.runFor(500_000);
    // copy_to_guest of the hypercall, then the guest's own store of the result.
    r = clean(hv, d);
    expect(dirtyGfns(r)).toEqual([gfnOf(RESULTS), gfnOf(DATA + 3 * PAGE)]);
    expect([r.faultCount, r.dirtyCount]).toEqual([1, 2]);
  });

  test('ballooning marks the pages given back and the pages populated', () => {
    const hv = machine();
    const out = RAM + 40 * PAGE;
    const added = RAM + 70 * PAGE; // above the 64 pages of boot memory
    const d = addGuest(hv, callsGuest([
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_decrease_reservation, DATA] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_populate_physmap, DATA + 64] },
    ]), { memoryKb: 256, maxMemKb: 512, run: false });
    putU32(hv, d, DATA + 512, gfnOf(out), 0);
    putU32(hv, d, DATA + 520, gfnOf(added), 0);
    putU32(hv, d, DATA, DATA + 512, 0, 1, 0, 0, 0, 0x7ff0, 0);
    putU32(hv, d, DATA + 64, DATA + 520, 0, 1, 0, 0, 0, 0x7ff0, 0);
    enable(hv, d);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect([u32(hv, d, RESULTS), u32(hv, d, RESULTS + 8)]).toEqual([1, 1]);
    const dirty = dirtyGfns(clean(hv, d));
    expect(dirty).toContain(gfnOf(out));
    expect(dirty).toContain(gfnOf(added));
    expect(hv.readGuestPages(d, [gfnOf(out), gfnOf(added)]).kinds).toEqual(Uint8Array.from([GUEST_PAGE_ABSENT, GUEST_PAGE_ZERO]));
  });

  test('grant copies into a guest mark its page; a page another domain maps writable stays dirty until unmapped', () => {
    const hv = machine();
    const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
    const { domid: granter, frameGfn } = grantingGuest(hv);
    const copied = RAM + 0x2_0000, mapped = RAM + 0x3_0000;
    putU32(hv, granter, frameGfn * PAGE + 16, GTF_permit_access | (dom0 << 16), copied >>> 12); // ref 2
    putU32(hv, granter, frameGfn * PAGE + 24, GTF_permit_access | (dom0 << 16), mapped >>> 12); // ref 3
    enable(hv, granter);
    const seg = { domid: granter, ref: 2, offset: 16, length: 4 };
    expect(hv.grantCopy(dom0, [seg], new Uint8Array(4), false)).toEqual([0]);
    expect(dirtyGfns(clean(hv, granter))).toEqual([]); // reading marks nothing
    expect(hv.grantCopy(dom0, [seg], Uint8Array.from([1, 2, 3, 4]), true)).toEqual([0]);
    expect(dirtyGfns(clean(hv, granter))).toEqual([gfnOf(copied)]);

    const handle = hv.mapGrant(dom0, granter, 3, { hostAddr: RAM + 0x10_0000 });
    hv.writeGuestMemory(dom0, RAM + 0x10_0000, Uint8Array.from([9])); // through dom0's own P2M
    expect(dirtyGfns(clean(hv, granter))).toEqual([gfnOf(mapped)]);
    expect(dirtyGfns(clean(hv, granter))).toEqual([gfnOf(mapped)]);
    hv.unmapGrant(dom0, handle);
    expect(dirtyGfns(clean(hv, granter))).toEqual([gfnOf(mapped)]);
    expect(dirtyGfns(clean(hv, granter))).toEqual([]);
  });
  test('a registered vcpu_info page (written by event delivery, behind the P2M) is dirty at every CLEAN', () => {
    const hv = machine();
    const info = DATA + 7 * PAGE;
    const d = addGuest(hv, callsGuest([{ nr: __HYPERVISOR_vcpu_op, args: [VCPUOP_register_vcpu_info, 0, DATA] }]), { run: false });
    putU32(hv, d, DATA, gfnOf(info), 0, 64, 0);
    hv.unpauseDomain(d);
    hv.runFor(500_000);
    expect(u32(hv, d, RESULTS)).toBe(0);
    enable(hv, d);
    for (let round = 0; round < 2; round++) {
      hv.runFor(500_000);
      expect(dirtyGfns(clean(hv, d))).toEqual([gfnOf(info)]);
    }
  });
});

describe('readGuestPages', () => {
  test('kinds and bytes of a batch: written RAM, never-written RAM, holes and special pages', () => {
    const hv = machine();
    const d = addGuest(hv, [SPIN], { run: false });
    hv.writeGuestMemory(d, DATA + PAGE, Uint8Array.from([7, 8, 9]));
    const shared = SHARED_INFO_GFN;
    hv.setSharedInfo(d, shared * PAGE);
    const gfns = [gfnOf(DATA + PAGE), gfnOf(DATA + 30 * PAGE), gfnOf(RAM) + 64, shared, 5, gfnOf(RAM)];
    const r = hv.readGuestPages(d, gfns);
    expect([...r.kinds]).toEqual([GUEST_PAGE_RAM, GUEST_PAGE_ZERO, GUEST_PAGE_ABSENT, GUEST_PAGE_ABSENT, GUEST_PAGE_ABSENT, GUEST_PAGE_RAM]);
    expect(r.data.length).toBe(2 * PAGE);
    expect([...r.data.subarray(0, 4)]).toEqual([7, 8, 9, 0]);
    expect(Buffer.from(r.data.subarray(PAGE)).equals(Buffer.from(hv.readGuestMemory(d, RAM, PAGE)))).toBe(true);
    expect(errno(() => hv.readGuestPages(d, [1.5]))).toBe(XEN_EINVAL);
    expect(errno(() => hv.readGuestPages(d, [0x100000]))).toBe(XEN_EINVAL);
    expect(errno(() => hv.readGuestPages(d, new Array<number>(16385).fill(gfnOf(RAM))))).toBe(XEN_EINVAL);
    expect(errno(() => hv.readGuestPages(99, [gfnOf(RAM)]))).toBe(XEN_ESRCH);
  });

  test('reading pages leaves the dirty bitmap alone', () => {
    const hv = machine();
    const d = addGuest(hv, [SPIN], { run: false });
    enable(hv, d);
    hv.readGuestPages(d, [gfnOf(RAM), gfnOf(DATA)]);
    hv.readGuestMemory(d, DATA, 64);
    expect(dirtyGfns(clean(hv, d))).toEqual([]);
  });
});
