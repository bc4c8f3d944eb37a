/**
 * Where Xen 4.17's behaviour is not visible from inside a guest: what a domU's console_io
 * writes, the code a shutdown with an unknown reason reports, that vcpu_info's pad0 masks
 * nothing until the guest opts in, where add_to_physmap puts shared_info and grant frames,
 * that vm_assist travels with the vCPU context, and grant mappings between two domUs.
 */
import {
  CONSOLEIO_write, XEN_EBUSY, XEN_EINVAL, XEN_ENOENT, XEN_ENOSPC, GNTMAP_host_map, GNTST_okay, GNTTAB_MAP_GRANT_REF, GNTTAB_UNMAP_GRANT_REF, GNTTABOP_map_grant_ref, GNTTABOP_unmap_grant_ref, GTF_permit_access, readI16,
  GNTTABOP_setup_table, HVM_PARAM_STORE_PFN, HVMOP_get_param, HVSIM_VMASST_TYPE_upcall_mask,
  SCHEDOP_block, SCHEDOP_shutdown, SCHEDOP_shutdown_code, SCHEDOP_watchdog, SHUTDOWN_watchdog, VMASST_CMD_enable, XENMAPSPACE_grant_table, XENMAPSPACE_shared_info,
  XENMEM_add_to_physmap, XENMEM_current_reservation, XENMEM_maximum_gpfn, XENMEM_populate_physmap, XENMEM_remove_from_physmap, __HYPERVISOR_console_io, __HYPERVISOR_grant_table_op,
  __HYPERVISOR_hvm_op, __HYPERVISOR_memory_op, __HYPERVISOR_sched_op, __HYPERVISOR_vm_assist,
} from '@hvsim/abi';
import {
  DATA, RAM, UPCALL_SHARED, a0, addGuest, callsGuest, hypercall, jal, li, machine, putU32, result, sb, t0, t1, u32,
  upcallCounter, wfi, type Call,
} from './guest';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('console_io', () => {
  test.each([[false], [true]])(
    'privileged %s: a domU writes only printable bytes, tabs and newlines; the control domain all', (privileged) => {
      const hv = machine();
      const text = bytes(0x61, 0x01, 0x62, 0x1b, 0x5b, 0x30, 0x6d, 0x09, 0x63, 0x0d, 0x0a, 0x7f, 0xe9);
      const d = addGuest(hv, callsGuest([{ nr: __HYPERVISOR_console_io, args: [CONSOLEIO_write, text.length, DATA] }]),
        { run: false, privileged });
      hv.writeGuestMemory(d, DATA, text);
      hv.unpauseDomain(d);
      hv.runFor(1_000_000);
      expect(result(hv, d, 0)).toBe(0);
      const out = [...hv.drainConsole(d)];
      expect(out).toEqual(privileged ? [...text] : [0x61, 0x62, 0x5b, 0x30, 0x6d, 0x09, 0x63, 0x0a, 0xe9]);
    });
});

describe('SCHEDOP_shutdown', () => {
  test('an unknown reason shuts the domain down with that code', () => {
    const hv = machine();
    const d = addGuest(hv, callsGuest([{ nr: __HYPERVISOR_sched_op, args: [SCHEDOP_shutdown, DATA] }]), { run: false });
    putU32(hv, d, DATA, 77);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect(hv.getDomainInfo(d).shutdownReason).toBe(77);
  });

  test('the first SCHEDOP_shutdown_code (as a u8) is what any later shutdown reports', () => {
    const hv = machine();
    const d = addGuest(hv, callsGuest([
      { nr: __HYPERVISOR_sched_op, args: [SCHEDOP_shutdown_code, DATA] },
      { nr: __HYPERVISOR_sched_op, args: [SCHEDOP_shutdown_code, DATA + 4] },
      { nr: __HYPERVISOR_sched_op, args: [SCHEDOP_shutdown, DATA + 8] },
    ]), { run: false });
    putU32(hv, d, DATA, 0x105, 3, 0);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect([result(hv, d, 0), result(hv, d, 1)]).toEqual([0, 0]);
    expect(hv.getDomainInfo(d).shutdownReason).toBe(5);
  });
});

describe('the upcall mask in vcpu_info (Arm pad0)', () => {
  /** Writes 1 to byte 1 of vCPU 0's vcpu_info and, if `optIn`, opts in to the mask. */
  const guest = (optIn: boolean): Array<number | number[]> => upcallCounter([
    ...li(t0, UPCALL_SHARED), ...li(t1, 1), sb(t1, t0, 1),
    ...(optIn ? [...li(a0, VMASST_CMD_enable), ...li(11, HVSIM_VMASST_TYPE_upcall_mask), ...hypercall(__HYPERVISOR_vm_assist)] : []),
  ]);

  test.each([[false, 1], [true, 0]])('opted in %s: upcalls taken %d', (optIn, taken) => {
    const hv = machine({ pcpus: 1 });
    const d = addGuest(hv, guest(optIn), { run: false });
    hv.setSharedInfo(d, UPCALL_SHARED);
    const peer = addGuest(hv, [wfi(), jal(0, -4)]);
    const port = hv.evtchnAllocUnbound(d, peer);
    const peerPort = hv.evtchnBindInterdomain(peer, d, port);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    hv.evtchnSend(peer, peerPort);
    hv.runFor(10_000_000);
    expect(u32(hv, d, DATA)).toBe(taken);
    // The choice is the domain's and travels with its vCPU context (save/restore).
    expect(hv.getVcpuContext(d, 0).vmAssist).toBe(optIn ? (1 << HVSIM_VMASST_TYPE_upcall_mask) >>> 0 : 0);
  });
});

describe('add_to_physmap, maximum_gpfn, HVM params', () => {
  test('shared_info and a grant frame move to the gfns the guest picks; RAM there stays the domain\'s', () => {
    const hv = machine();
    const SI = RAM + 0x3_0000;
    const GT = RAM + 0x3_1000;
    const calls: Call[] = [
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_add_to_physmap, DATA] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_add_to_physmap, DATA + 32] },
      { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_setup_table, DATA + 64, 1] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_maximum_gpfn, DATA + 96] },
      { nr: __HYPERVISOR_hvm_op, args: [HVMOP_get_param, DATA + 128] },
    ];
    const d = addGuest(hv, callsGuest(calls), { run: false });
    hv.setSharedInfo(d, RAM + 0x3_f000);
    hv.setHvmParam(d, HVM_PARAM_STORE_PFN, 0x8003e);
    const before = hv.getDomainInfo(d).totPages;
    // xen_add_to_physmap {domid, size, space, idx (64), gpfn (64)}
    putU32(hv, d, DATA, 0x7ff0, XENMAPSPACE_shared_info, 0, 0, SI >>> 12, 0);
    putU32(hv, d, DATA + 32, 0x7ff0, XENMAPSPACE_grant_table, 0, 0, GT >>> 12, 0);
    // gnttab_setup_table {dom, nr_frames, status, frame_list}
    putU32(hv, d, DATA + 64, 0x7ff0, 1, 0, 0, DATA + 256, 0);
    putU32(hv, d, DATA + 96, 0x7ff0);
    putU32(hv, d, DATA + 128, 0x7ff0, HVM_PARAM_STORE_PFN, 0, 0);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect(calls.map((_, i) => result(hv, d, i))).toEqual([0, 0, 0, expect.any(Number), 0]);
    expect(u32(hv, d, DATA + 256)).toBe(GT >>> 12);
    // Two RAM pages gave way to the hypervisor's pages but stay allocated to the domain, as on
    // Xen/Arm (its P2M drops only the mapping): tot_pages is what it was.
    expect(hv.getDomainInfo(d).totPages).toBe(before);
    expect(() => hv.readGuestMemory(d, RAM + 0x3_f000, 4)).toThrow(/not RAM/);
    expect(result(hv, d, 3)).toBeGreaterThanOrEqual(GT >>> 12);
    expect(u32(hv, d, DATA + 136)).toBe(0x8003e);
  });
});

describe('SCHEDOP_watchdog', () => {
  /** A guest making `calls` then blocking for good; its results and shutdown reason after 3 s. */
  function watchdogGuest(calls: Call[], args: number[][]): { results: number[]; reason: number | null } {
    const hv = machine({ pcpus: 1 });
    const d = addGuest(hv, callsGuest([...calls, { nr: __HYPERVISOR_sched_op, args: [SCHEDOP_block, 0] }]), { run: false });
    args.forEach((a, i) => putU32(hv, d, DATA + 16 * i, ...a));
    hv.unpauseDomain(d);
    hv.runFor(3_000_000_000);
    return { results: calls.map((_, i) => result(hv, d, i)), reason: hv.getDomainInfo(d).shutdownReason };
  }
  const watchdog = (i: number): Call => ({ nr: __HYPERVISOR_sched_op, args: [SCHEDOP_watchdog, DATA + 16 * i] });

  test('an armed one that is never petted shuts the domain down with SHUTDOWN_watchdog', () => {
    expect(watchdogGuest([watchdog(0)], [[0, 1]])).toEqual({ results: [1], reason: SHUTDOWN_watchdog });
  });

  test('two per domain (-ENOSPC), a bad or free id -EINVAL; one stopped, or re-armed further out, does not fire', () => {
    // xen's sched_watchdog {id, timeout (s)}
    const args = [[0, 1], [0, 1], [0, 1], [3, 1], [1, 0], [1, 0], [2, 10]];
    expect(watchdogGuest(args.map((_, i) => watchdog(i)), args)).toEqual({ results: [1, 2, -XEN_ENOSPC, -XEN_EINVAL, 0, -XEN_EINVAL, 0], reason: null });
  });
});

test('maximum_gpfn never goes down: the highest gfn ever mapped, as Xen/Arm\'s max_mapped_gfn', () => {
  const hv = machine();
  const TOP = (RAM >>> 12) + 0x3f; // the last page of 256 KiB, where shared_info is shown
  const calls: Call[] = [
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_maximum_gpfn, DATA] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_remove_from_physmap, DATA + 32] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_maximum_gpfn, DATA] },
  ];
  const d = addGuest(hv, callsGuest(calls), { run: false });
  hv.setSharedInfo(d, TOP * 4096);
  putU32(hv, d, DATA, 0x7ff0);
  putU32(hv, d, DATA + 32, 0x7ff0, 0, TOP, 0); // xen_remove_from_physmap {domid, gpfn (64, at 8)}
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(calls.map((_, i) => result(hv, d, i))).toEqual([TOP, 0, TOP]);
});

describe('RAM displaced by add_to_physmap and remove_from_physmap (Xen/Arm keeps it allocated)', () => {
  const PAGE = RAM + 0x2_0000;

  test('remove_from_physmap of RAM: the gfn is empty, tot_pages and current_reservation unchanged, freed at destroy', () => {
    const hv = machine();
    const initial = hv.physinfo().freePages;
    const calls: Call[] = [
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_current_reservation, DATA] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_remove_from_physmap, DATA + 32] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_remove_from_physmap, DATA + 32] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_current_reservation, DATA] },
    ];
    const d = addGuest(hv, callsGuest(calls), { run: false });
    hv.writeGuestMemory(d, PAGE, Uint8Array.from([0x5a]));
    const before = hv.getDomainInfo(d).totPages;
    const free = hv.physinfo().freePages;
    putU32(hv, d, DATA, 0x7ff0);
    putU32(hv, d, DATA + 32, 0x7ff0, 0, PAGE >>> 12, 0);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect(calls.map((_, i) => result(hv, d, i))).toEqual([before, 0, -XEN_ENOENT, before]);
    expect(() => hv.readGuestMemory(d, PAGE, 1)).toThrow(/not RAM/);
    expect(hv.getDomainInfo(d).totPages).toBe(before);
    expect(hv.physinfo().freePages).toBe(free);
    hv.destroyDomain(d);
    expect(hv.physinfo().freePages).toBe(initial);
  });

  test('a displaced page counts against max_pages: populate_physmap cannot refill the gfn past it', () => {
    const hv = machine();
    const calls: Call[] = [
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_remove_from_physmap, DATA + 32] },
      { nr: __HYPERVISOR_memory_op, args: [XENMEM_populate_physmap, DATA + 64] },
    ];
    const d = addGuest(hv, callsGuest(calls), { run: false });
    const tot = hv.getDomainInfo(d).totPages;
    hv.setMaxMem(d, tot * 4);
    putU32(hv, d, DATA + 32, 0x7ff0, 0, PAGE >>> 12, 0);
    // xen_memory_reservation {extent_start, nr_extents, extent_order, mem_flags, domid}
    putU32(hv, d, DATA + 512, PAGE >>> 12, 0);
    putU32(hv, d, DATA + 64, DATA + 512, 0, 1, 0, 0, 0, 0x7ff0, 0);
    hv.unpauseDomain(d);
    hv.runFor(1_000_000);
    expect(calls.map((_, i) => result(hv, d, i))).toEqual([0, 0]);
    expect(hv.getDomainInfo(d).totPages).toBe(tot);
  });
});

test('add_to_physmap refuses a gfn outside the window (-EINVAL) or holding another hypervisor page (-EBUSY)', () => {
  const hv = machine();
  const GRANT0 = 0xfffe0; // grant frame 0's window slot
  const calls: Call[] = [
    { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_setup_table, DATA + 96, 1] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_add_to_physmap, DATA] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_add_to_physmap, DATA + 32] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_add_to_physmap, DATA + 64] },
  ];
  const d = addGuest(hv, callsGuest(calls), { run: false });
  hv.setSharedInfo(d, RAM + 0x3_f000);
  putU32(hv, d, DATA + 96, 0x7ff0, 1, 0, 0, DATA + 256, 0);
  putU32(hv, d, DATA, 0x7ff0, XENMAPSPACE_shared_info, 0, 0, 0x1, 0);          // below the window
  putU32(hv, d, DATA + 32, 0x7ff0, XENMAPSPACE_shared_info, 0, 0, GRANT0, 0);  // on grant frame 0
  putU32(hv, d, DATA + 64, 0x7ff0, XENMAPSPACE_grant_table, 0, 0, 0x8003f, 0); // on shared_info
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(calls.map((_, i) => result(hv, d, i))).toEqual([0, -XEN_EINVAL, -XEN_EBUSY, -XEN_EBUSY]);
  // Nothing moved.
  expect(hv.getDomainInfo(d).sharedInfoGfn).toBe(0x8003f);
  expect(u32(hv, d, DATA + 256)).toBe(GRANT0);
});

test('the toolstack\'s HVM params: hostile indexes and values are refused, the rest read back', () => {
  const hv = machine();
  const d = addGuest(hv, callsGuest([]), { run: false });
  expect(hv.getHvmParam(d, HVM_PARAM_STORE_PFN)).toBe(0);
  hv.setHvmParam(d, HVM_PARAM_STORE_PFN, 0x8003e);
  expect(hv.getHvmParam(d, HVM_PARAM_STORE_PFN)).toBe(0x8003e);
  for (const index of [-1, 39, 1.5, NaN]) expect(() => hv.setHvmParam(d, index, 1)).toThrow(/no HVM param/);
  for (const value of [-1, 2 ** 53, NaN]) expect(() => hv.setHvmParam(d, 1, value)).toThrow(/not an unsigned integer/);
  expect(() => hv.getHvmParam(d, 39)).toThrow(/no HVM param/);
  expect(() => hv.getHvmParam(999, 1)).toThrow(/no domain/);
});

describe('GNTTABOP_map_grant_ref by a domU', () => {
  const GRANTED = RAM + 0x2_0000;
  const HOLE = RAM + 0x10_0000; // beyond a 256 KiB domain's RAM: an unpopulated gfn

  /** granter grants GRANTED to grantee as ref 1 (writable); grantee maps it at `host` (and
   *  with `unmap` unmaps it again, handle 0). */
  function pair(host = HOLE, unmap = false): { hv: ReturnType<typeof machine>; granter: number; grantee: number; initial: number; tot: number } {
    const hv = machine();
    const initial = hv.physinfo().freePages;
    const granter = addGuest(hv, callsGuest([{ nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_setup_table, DATA, 1] }]), { run: false });
    const grantee = addGuest(hv, callsGuest([
      { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_map_grant_ref, DATA, 1] },
      ...(unmap ? [{ nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_unmap_grant_ref, DATA + 64, 1] }] : []),
    ]), { run: false });
    const tot = hv.getDomainInfo(grantee).totPages;
    putU32(hv, granter, DATA, 0x7ff0, 1, 0, 0, DATA + 128, 0);
    hv.unpauseDomain(granter);
    hv.runFor(500_000);
    const frame = u32(hv, granter, DATA + 128);
    // grant_entry_v1 {flags, domid, frame}
    hv.writeGuestMemory(granter, frame * 4096 + 8, Uint8Array.from([GTF_permit_access, 0, grantee, 0, ...le32(GRANTED >>> 12)]));
    hv.writeGuestMemory(granter, GRANTED, Uint8Array.from([0xab]));
    // gnttab_map_grant_ref {host_addr (64), flags, ref, dom, status}
    putU32(hv, grantee, DATA, host, 0, GNTMAP_host_map, 1, granter, 0, 0, 0);
    // gnttab_unmap_grant_ref {host_addr (64), dev_bus_addr (64), handle, status}
    putU32(hv, grantee, DATA + 64, host, 0, 0, 0, 0, 0);
    hv.unpauseDomain(grantee);
    hv.runFor(500_000);
    return { hv, granter, grantee, initial, tot };
  }
  const le32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];

  test('maps the grant into the grantee\'s own guest-physical space', () => {
    const { hv, granter, grantee } = pair();
    expect(result(hv, grantee, 0)).toBe(0);
    expect(readI16(hv.readGuestMemory(grantee, DATA + GNTTAB_MAP_GRANT_REF.f.status.offset, 2), 0)).toBe(GNTST_okay);
    expect(hv.readGuestMemory(grantee, HOLE, 1)[0]).toBe(0xab);
    hv.writeGuestMemory(grantee, HOLE + 1, Uint8Array.from([0xcd]));
    expect(hv.readGuestMemory(granter, GRANTED + 1, 1)[0]).toBe(0xcd);
  });

  const OWN_RAM = RAM + 0x3_0000; // a populated gfn of the grantee's

  test('over the grantee\'s own RAM, as Xen/Arm: the RAM page is displaced (still in tot_pages)', () => {
    const { hv, granter, grantee, tot } = pair(OWN_RAM);
    expect(result(hv, grantee, 0)).toBe(0);
    expect(readI16(hv.readGuestMemory(grantee, DATA + GNTTAB_MAP_GRANT_REF.f.status.offset, 2), 0)).toBe(GNTST_okay);
    expect(hv.readGuestMemory(grantee, OWN_RAM, 1)[0]).toBe(0xab);
    expect(hv.getDomainInfo(grantee).totPages).toBe(tot);
    hv.writeGuestMemory(grantee, OWN_RAM + 1, Uint8Array.from([0xcd]));
    expect(hv.readGuestMemory(granter, GRANTED + 1, 1)[0]).toBe(0xcd);
  });

  test.each([['a hole', HOLE], ['own RAM', OWN_RAM]])('unmapping what was mapped over %s leaves the gfn empty; destroy frees every frame', (_, host) => {
    const { hv, granter, grantee, initial, tot } = pair(host, true);
    expect([result(hv, grantee, 0), result(hv, grantee, 1)]).toEqual([0, 0]);
    expect(readI16(hv.readGuestMemory(grantee, DATA + 64 + GNTTAB_UNMAP_GRANT_REF.f.status.offset, 2), 0)).toBe(GNTST_okay);
    expect(() => hv.readGuestMemory(grantee, host, 1)).toThrow(/not RAM/);
    expect(hv.getDomainInfo(grantee).totPages).toBe(tot);
    hv.destroyDomain(grantee);
    hv.destroyDomain(granter);
    expect(hv.physinfo().freePages).toBe(initial);
  });

  test.each([['granter'], ['grantee']])('destroying the %s ends the mapping', (which) => {
    const { hv, granter, grantee, initial } = pair();
    hv.destroyDomain(which === 'granter' ? granter : grantee);
    if (which === 'granter') expect(() => hv.readGuestMemory(grantee, HOLE, 1)).toThrow(/not RAM/);
    hv.destroyDomain(which === 'granter' ? grantee : granter);
    // Every frame, the mapped one included, is back in the pool.
    expect(hv.physinfo().freePages).toBe(initial);
  });
});
