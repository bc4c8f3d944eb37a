/** Each hypercall family and the SBI, driven from guest code. */
import {
  CONSOLEIO_write, EVTCHNOP_alloc_unbound, EVTCHNOP_bind_interdomain, EVTCHNOP_bind_ipi, EVTCHNOP_bind_virq,
  EVTCHNOP_status, GNTMAP_host_map,
  GNTMAP_readonly, GNTST_bad_copy_arg, GNTST_bad_domain, GNTST_bad_gntref, GNTST_okay, GNTST_general_error, GNTTABOP_copy, GNTTABOP_map_grant_ref, GNTTABOP_query_size,
  GNTTABOP_setup_table, GTF_permit_access, GTF_readonly, GTF_reading, HVSIM_XEN_VERSION,
  HVSIM_EXTRAVERSION, SBI_ERR_NOT_SUPPORTED, SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT, SBI_EXT_DBCN,
  SBI_EXT_DBCN_CONSOLE_WRITE, SBI_EXT_HSM, SBI_EXT_HSM_HART_GET_STATUS, SBI_EXT_HSM_HART_START, SBI_EXT_HVSIM_HYPERCALL,
  SBI_EXT_0_1_CONSOLE_PUTCHAR, SBI_HSM_STATE_STARTED, SBI_SUCCESS, SHARED_INFO, VCPUOP_get_runstate_info, VCPUOP_is_up,
  VCPUOP_up, VIRQ_TIMER, XEN_E2BIG, XEN_EEXIST, XEN_EINVAL, XEN_ENOENT, XENMEM_current_reservation, XENMEM_decrease_reservation,
  XENMEM_maximum_reservation, XENMEM_populate_physmap, XENVER_extraversion, XENVER_pagesize, XENVER_version,
  __HYPERVISOR_console_io, __HYPERVISOR_event_channel_op, __HYPERVISOR_grant_table_op, __HYPERVISOR_memory_op,
  __HYPERVISOR_multicall, __HYPERVISOR_set_timer_op, __HYPERVISOR_vcpu_op, __HYPERVISOR_xen_version,
} from '@hvsim/abi';
import { addGuest, assemble, callsGuest, SPIN, DATA, grantingGuest, machine, putU32, RAM, result, result1, u32 } from './guest';

const text = (b: Uint8Array): string => String.fromCharCode(...b);

test('xen_version, console_io and the SBI base/console', () => {
  const hv = machine();
  const d = addGuest(hv, callsGuest([
    { nr: __HYPERVISOR_xen_version, args: [XENVER_version, 0] },
    { nr: __HYPERVISOR_xen_version, args: [XENVER_pagesize, 0] },
    { nr: __HYPERVISOR_xen_version, args: [XENVER_extraversion, DATA] },
    { nr: __HYPERVISOR_console_io, args: [CONSOLEIO_write, 5, DATA + 64] },
    { sbi: [SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT], args: [SBI_EXT_HVSIM_HYPERCALL] },
    { sbi: [SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT], args: [0x12345678] },
    { sbi: [0x12345678, 0] },
    { sbi: [SBI_EXT_DBCN, SBI_EXT_DBCN_CONSOLE_WRITE], args: [3, DATA + 96, 0] },
    { sbi: [SBI_EXT_0_1_CONSOLE_PUTCHAR, 0], args: [0x21] },
  ]), { run: false });
  hv.writeGuestMemory(d, DATA + 64, new TextEncoder().encode('hello'));
  hv.writeGuestMemory(d, DATA + 96, new TextEncoder().encode('abc'));
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(result(hv, d, 0)).toBe(HVSIM_XEN_VERSION);
  expect(result(hv, d, 1)).toBe(4096);
  expect(result(hv, d, 2)).toBe(0);
  expect(text(hv.readGuestMemory(d, DATA, HVSIM_EXTRAVERSION.length))).toBe(HVSIM_EXTRAVERSION);
  expect(result(hv, d, 3)).toBe(0);
  expect([result(hv, d, 4), result1(hv, d, 4)]).toEqual([SBI_SUCCESS, 1]);
  expect([result(hv, d, 5), result1(hv, d, 5)]).toEqual([SBI_SUCCESS, 0]);
  expect(result(hv, d, 6)).toBe(SBI_ERR_NOT_SUPPORTED);
  expect([result(hv, d, 7), result1(hv, d, 7)]).toEqual([SBI_SUCCESS, 3]);
  expect(text(hv.drainConsole(d))).toBe('helloabc!');
  expect(hv.drainConsole(d)).toHaveLength(0);
  expect(hv.counters(d).hypercalls[__HYPERVISOR_xen_version]).toBe(3);
});

test('memory_op: populate, decrease, reservations and the max_pages limit', () => {
  const hv = machine();
  const list = DATA + 256;
  const d = addGuest(hv, callsGuest([
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_populate_physmap, DATA] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_current_reservation, DATA + 64] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_populate_physmap, DATA + 96] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_decrease_reservation, DATA + 160] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_maximum_reservation, DATA + 64] },
    { nr: __HYPERVISOR_memory_op, args: [XENMEM_current_reservation, DATA + 64] },
  ]), { memoryKb: 256, maxMemKb: 264, run: false });
  const gfn = (RAM >>> 12) + 0x100; // beyond the initial 64 pages
  putU32(hv, d, list, gfn, 0, gfn + 1, 0, gfn + 2, 0);
  putU32(hv, d, DATA, list, 0, 2, 0, 0, 0, 0x7ff0, 0);          // populate 2: fits max (66 pages)
  putU32(hv, d, DATA + 64, 0x7ff0);
  putU32(hv, d, DATA + 96, list + 16, 0, 1, 0, 0, 0, 0x7ff0, 0);  // one more: over max → 0 done
  putU32(hv, d, DATA + 160, list, 0, 1, 0, 0, 0, 0x7ff0, 0);      // give one back
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect([0, 1, 2, 3, 4, 5].map((i) => result(hv, d, i))).toEqual([2, 66, 0, 1, 66, 65]);
  expect(hv.getDomainInfo(d).totPages).toBe(65);
  expect(() => hv.readGuestMemory(d, gfn * 4096, 4)).toThrow(/not RAM/);
  expect(hv.readGuestMemory(d, (gfn + 1) * 4096, 4)).toEqual(new Uint8Array(4));
});

test('event channels between two domains: alloc, bind, send, status, close', () => {
  const hv = machine();
  const SHARED = RAM + 0x3_0000;
  const b = addGuest(hv, callsGuest([]), { run: false });
  const a = addGuest(hv, callsGuest([
    { nr: __HYPERVISOR_event_channel_op, args: [EVTCHNOP_alloc_unbound, DATA] },
  ]), { run: false });
  putU32(hv, a, DATA, 0x7ff0 | (b << 16), 0);
  hv.setSharedInfo(b, SHARED);
  hv.unpauseDomain(a);
  hv.runFor(500_000);
  expect(result(hv, a, 0)).toBe(0);
  const aPort = u32(hv, a, DATA + 4);
  expect(aPort).toBeGreaterThan(0);
  // b binds to it, sends, asks the status, sends to a closed port.
  const calls = [
    { nr: __HYPERVISOR_event_channel_op, args: [EVTCHNOP_bind_interdomain, DATA] },
    { nr: __HYPERVISOR_event_channel_op, args: [EVTCHNOP_status, DATA + 32] },
    { nr: __HYPERVISOR_event_channel_op, args: [EVTCHNOP_bind_virq, DATA + 64] },
    { nr: __HYPERVISOR_event_channel_op, args: [EVTCHNOP_bind_virq, DATA + 64] },
    { nr: __HYPERVISOR_event_channel_op, args: [EVTCHNOP_bind_ipi, DATA + 96] },
  ];
  const b2 = addGuest(hv, callsGuest(calls), { run: false });
  putU32(hv, a, DATA, 0x7ff0 | (b2 << 16), 0);
  hv.destroyDomain(b);
  // a offers a new port to b2.
  const offered = hv.evtchnAllocUnbound(a, b2);
  putU32(hv, b2, DATA, a, offered, 0);
  putU32(hv, b2, DATA + 64, VIRQ_TIMER, 0, 0);
  putU32(hv, b2, DATA + 96, 5, 0);
  hv.unpauseDomain(b2);
  hv.runFor(500_000);
  expect(result(hv, b2, 0)).toBe(0);
  const bPort = u32(hv, b2, DATA + 8);
  putU32(hv, b2, DATA + 32, 0x7ff0, bPort);
  expect(result(hv, b2, 2)).toBe(0);
  expect(result(hv, b2, 3)).toBe(-XEN_EEXIST);
  expect(result(hv, b2, 4)).toBe(-XEN_ENOENT);
  // From the host side: a sends on its end → pending bit on b2's port.
  hv.setSharedInfo(b2, SHARED);
  hv.evtchnSend(a, offered);
  const pend = hv.readGuestMemory(b2, SHARED + SHARED_INFO.f.evtchn_pending.offset, 8);
  expect((pend[bPort >> 3] >> (bPort & 7)) & 1).toBe(1);
  expect(hv.readGuestMemory(b2, SHARED, 1)[0]).toBe(1); // evtchn_upcall_pending of vCPU 0
  hv.evtchnClose(a, offered);
  expect(() => hv.evtchnSend(a, offered)).toThrow(/cannot send/);
});

test('grant tables: setup, query, a read-only map by a privileged guest, copy', () => {
  const hv = machine();
  const granter = addGuest(hv, callsGuest([
    { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_setup_table, DATA, 1] },
    { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_query_size, DATA + 64, 1] },
  ]), { run: false });
  putU32(hv, granter, DATA, 0x7ff0, 1, 0, 0, DATA + 128, 0);
  putU32(hv, granter, DATA + 64, 0x7ff0, 0, 0, 0);
  hv.unpauseDomain(granter);
  hv.runFor(500_000);
  expect(result(hv, granter, 0)).toBe(0);
  const frameGfn = u32(hv, granter, DATA + 128);
  expect(u32(hv, granter, DATA + 64 + 4)).toBe(1);
  // Grant entry 2: page RAM+0x20000 to the mapper, read-only; entry 3 the same, writable, to someone else.
  const shared = RAM + 0x2_0000;
  hv.writeGuestMemory(granter, shared, new TextEncoder().encode('granted!'));
  const mapperId = granter + 1;
  putU32(hv, granter, frameGfn * 4096 + 16, (GTF_permit_access | GTF_readonly) | (mapperId << 16), shared >>> 12);
  putU32(hv, granter, frameGfn * 4096 + 24, GTF_permit_access | (mapperId << 16), shared >>> 12);
  const host = RAM + 0x10_0000; // an unpopulated gfn of the mapper
  const mapper = addGuest(hv, callsGuest([
    { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_map_grant_ref, DATA, 1] },        // rw map of a ro grant
    { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_map_grant_ref, DATA + 32, 1] },   // ro map
    { nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_copy, DATA + 64, 1] },            // copy into granter via ref 3
  ]), { privileged: true, memoryKb: 512, run: false, domid: mapperId });
  putU32(hv, mapper, DATA, host, 0, GNTMAP_host_map, 2, granter, 0, 0, 0);
  putU32(hv, mapper, DATA + 32, host, 0, GNTMAP_host_map | GNTMAP_readonly, 2, granter, 0, 0, 0);
  // gnttab_copy: source = own gmfn DATA page, offset 0xf0; dest = ref 3 of granter offset 8; len 4; flags dest_gref.
  putU32(hv, mapper, DATA + 64, DATA >>> 12, 0, 0x7ff0 | (0xf0 << 16), 0, 3, 0, granter | (8 << 16), 0, 4 | (2 << 16), 0);
  hv.writeGuestMemory(mapper, DATA + 0xf0, new TextEncoder().encode('COPY'));
  hv.unpauseDomain(mapper);
  hv.runFor(1_000_000);
  const status = (o: number) => (u32(hv, mapper, DATA + o + 16) >>> 16) << 16 >> 16;
  expect(status(0)).toBe(GNTST_general_error); // as Xen: write-pin of a r/o grant
  expect(status(32)).toBe(GNTST_okay);
  expect(text(hv.readGuestMemory(mapper, host, 8))).toBe('granted!');
  expect(() => hv.writeGuestMemory(mapper, host, new Uint8Array(1))).toThrow(/not writable/);
  const gflags = u32(hv, granter, frameGfn * 4096 + 16) & 0xffff;
  expect(gflags & GTF_reading).toBe(GTF_reading);
  expect((u32(hv, mapper, DATA + 64 + 36) << 16) >> 16).toBe(GNTST_okay);
  expect(text(hv.readGuestMemory(granter, shared, 12))).toBe('granted!COPY');
  // Unmapping (here through the control surface) removes the page and the granter's GTF_reading.
  hv.unmapGrant(mapper, u32(hv, mapper, DATA + 32 + 20));
  expect(() => hv.readGuestMemory(mapper, host, 8)).toThrow(/not RAM/);
  expect(u32(hv, granter, frameGfn * 4096 + 16) & GTF_reading).toBe(0);
});

test('destroying a granter revokes the mappings others hold of its grants, and gives back every frame', () => {
  const hv = machine();
  const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
  const free = hv.physinfo().freePages;
  const { domid: granter, frameGfn } = grantingGuest(hv);
  const shared = RAM + 0x2_0000;
  hv.writeGuestMemory(granter, shared, new TextEncoder().encode('granted!'));
  putU32(hv, granter, frameGfn * 4096 + 16, GTF_permit_access | (dom0 << 16), shared >>> 12);
  const host = RAM + 0x10_0000;
  hv.mapGrant(dom0, granter, 2, { hostAddr: host });
  const bystander = addGuest(hv, [SPIN]);
  hv.runFor(500_000);
  hv.destroyDomain(bystander);
  expect(text(hv.readGuestMemory(dom0, host, 8))).toBe('granted!');
  hv.destroyDomain(granter);
  expect(() => hv.readGuestMemory(dom0, host, 8)).toThrow(/not RAM/);
  expect(hv.physinfo().freePages).toBe(free);
  // dom0's grant-mapping slot is free again: a new granter's grant maps at the same place.
  const again = grantingGuest(hv);
  putU32(hv, again.domid, again.frameGfn * 4096 + 16, GTF_permit_access | (dom0 << 16), shared >>> 12);
  expect(hv.mapGrant(dom0, again.domid, 2, { hostAddr: host })).toBe(0);
});

test('vcpu_op, set_timer_op, multicall and SBI HSM', () => {
  const hv = machine();
  const entry2 = RAM + 0x4000;
  const d = addGuest(hv, callsGuest([
    { nr: __HYPERVISOR_vcpu_op, args: [VCPUOP_is_up, 0, 0] },
    { nr: __HYPERVISOR_vcpu_op, args: [VCPUOP_is_up, 1, 0] },
    { nr: __HYPERVISOR_vcpu_op, args: [VCPUOP_is_up, 7, 0] },
    { nr: __HYPERVISOR_vcpu_op, args: [VCPUOP_up, 1, 0] },
    { sbi: [SBI_EXT_HSM, SBI_EXT_HSM_HART_START], args: [1, entry2, 0x1234] },
    { sbi: [SBI_EXT_HSM, SBI_EXT_HSM_HART_GET_STATUS], args: [1] },
    { nr: __HYPERVISOR_vcpu_op, args: [VCPUOP_get_runstate_info, 0, DATA] },
    { nr: __HYPERVISOR_multicall, args: [DATA + 128, 2] },
    { nr: __HYPERVISOR_set_timer_op, args: [0, 0] },
  ]), { vcpus: 2, run: false });
  hv.writeGuestMemory(d, entry2, assemble([SPIN]));
  // multicall: xen_version(version), vcpu_op(is_up, 1)
  putU32(hv, d, DATA + 128, __HYPERVISOR_xen_version, 0, 0, 0, XENVER_version, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  putU32(hv, d, DATA + 192, __HYPERVISOR_vcpu_op, 0, 0, 0, VCPUOP_is_up, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect([0, 1, 2, 3].map((i) => result(hv, d, i))).toEqual([1, 0, -XEN_ENOENT, -XEN_EINVAL]);
  expect(result(hv, d, 4)).toBe(SBI_SUCCESS);
  expect([result(hv, d, 5), result1(hv, d, 5)]).toEqual([SBI_SUCCESS, SBI_HSM_STATE_STARTED]);
  expect(result(hv, d, 6)).toBe(0);
  expect(u32(hv, d, DATA)).toBe(0); // RUNSTATE_running
  expect(result(hv, d, 7)).toBe(0);
  expect(u32(hv, d, DATA + 128 + 8)).toBe(HVSIM_XEN_VERSION);
  expect(u32(hv, d, DATA + 192 + 8)).toBe(1);
  expect(hv.getVcpuInfo(d)[1].online).toBe(true);
  expect(hv.getVcpuContext(d, 1).hart.x[11]).toBe(0x1234);
});

/** dom0 and a guest granting it two pages: ref 2 read-write ('granted!'), ref 3 read-only ('readonly'). */
function grantsToDom0(): { hv: ReturnType<typeof machine>; dom0: number; granter: number; frameGfn: number; rw: number; ro: number } {
  const hv = machine();
  const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
  const { domid: granter, frameGfn } = grantingGuest(hv);
  const rw = RAM + 0x2_0000, ro = RAM + 0x3_0000;
  hv.writeGuestMemory(granter, rw, new TextEncoder().encode('granted!'));
  hv.writeGuestMemory(granter, ro, new TextEncoder().encode('readonly'));
  putU32(hv, granter, frameGfn * 4096 + 16, GTF_permit_access | (dom0 << 16), rw >>> 12); // ref 2: rw to dom0
  putU32(hv, granter, frameGfn * 4096 + 24, GTF_permit_access | GTF_readonly | (dom0 << 16), ro >>> 12); // ref 3: ro
  return { hv, dom0, granter, frameGfn, rw, ro };
}

test('grant copy for a host-kernel backend: reads and writes granted bytes, GTF_readonly enforced, GNTST_* per segment', () => {
  const { hv, dom0, granter, frameGfn, rw, ro } = grantsToDom0();
  putU32(hv, granter, frameGfn * 4096 + 32, GTF_permit_access | (7 << 16), rw >>> 12); // ref 4: to domain 7
  const seg = (ref: number, offset: number, length: number, domid = granter) => ({ domid, ref, offset, length });

  const out = new Uint8Array(16);
  expect(hv.grantCopy(dom0, [seg(2, 0, 8), seg(3, 0, 8)], out, false)).toEqual([GNTST_okay, GNTST_okay]);
  expect(text(out)).toBe('granted!readonly');

  const data = new TextEncoder().encode('WXYZ');
  expect(hv.grantCopy(dom0, [seg(2, 4, 2), seg(3, 0, 2)], data, true)).toEqual([GNTST_okay, GNTST_general_error]);
  expect(text(hv.readGuestMemory(granter, rw, 8))).toBe('granWXd!');
  expect(text(hv.readGuestMemory(granter, ro, 8))).toBe('readonly'); // the read-only grant is untouched

  const one = new Uint8Array(8);
  expect(hv.grantCopy(dom0, [seg(4, 0, 8)], one, false)).toEqual([GNTST_general_error]); // not granted to dom0
  expect(hv.grantCopy(dom0, [seg(99999, 0, 8)], one, false)).toEqual([GNTST_bad_gntref]);
  expect(hv.grantCopy(dom0, [seg(2, 4090, 8)], one, false)).toEqual([GNTST_bad_copy_arg]); // past the page
  expect(hv.grantCopy(dom0, [seg(2, 0, 8, 4242)], one, false)).toEqual([GNTST_bad_domain]);
  expect(hv.grantCopy(dom0, [seg(2, 0, 8, dom0)], one, false)).toEqual([GNTST_bad_domain]);
  expect(hv.grantCopy(dom0, [seg(2, 0, 16)], one, false)).toEqual([GNTST_bad_copy_arg]); // buffer shorter than the segment
  expect(one).toEqual(new Uint8Array(8)); // failed segments move nothing
});

test('a packed grant copy batch: ops both ways in order, a GNTST_* each, failed reads as zeros; malformed batches refused before any copy', () => {
  const { hv, dom0, granter, rw, ro } = grantsToDom0();
  const ops = (...list: Array<[number, number, number, number, number]>): Uint8Array => {
    const v = new DataView(new ArrayBuffer(list.length * 20));
    list.forEach((op, i) => op.forEach((x, k) => v.setUint32(i * 20 + k * 4, x, true)));
    return new Uint8Array(v.buffer);
  };
  const TO = 1, FROM = 0;

  // Into rw, then out of it (the read sees the write before it), into ro (refused), out of an unknown ref.
  const r = hv.grantCopyBatch(dom0, ops([TO, granter, 2, 0, 4], [FROM, granter, 2, 0, 8], [TO, granter, 3, 0, 2], [FROM, granter, 99999, 0, 4], [FROM, granter, 3, 4, 4]),
    new TextEncoder().encode('GRANxy'));
  expect([...r.status]).toEqual([GNTST_okay, GNTST_okay, GNTST_general_error, GNTST_bad_gntref, GNTST_okay]);
  expect(text(r.data)).toBe('GRANted!\0\0\0\0only');
  expect(text(hv.readGuestMemory(granter, ro, 8))).toBe('readonly');
  // The same reads into a caller's buffer full of old bytes: the answer is its start, a failed read zeros in it.
  const into = new Uint8Array(64).fill(0x7e);
  const again = hv.grantCopyBatch(dom0, ops([FROM, granter, 2, 0, 8], [FROM, granter, 99999, 0, 4], [FROM, granter, 3, 4, 4]), new Uint8Array(0), into);
  expect(text(again.data)).toBe('GRANted!\0\0\0\0only');
  expect(again.data.buffer).toBe(into.buffer);
  // A buffer too small for the reads is not used.
  expect(text(hv.grantCopyBatch(dom0, ops([FROM, granter, 2, 0, 8]), new Uint8Array(0), new Uint8Array(4)).data)).toBe('GRANted!');
  expect(hv.grantCopyBatch(dom0, ops([FROM, granter, 2, 4090, 8], [FROM, 4242, 2, 0, 1], [FROM, dom0, 2, 0, 1]), new Uint8Array(0)).status)
    .toEqual(Int8Array.from([GNTST_bad_copy_arg, GNTST_bad_domain, GNTST_bad_domain]));

  // Malformed: nothing is copied, the call fails with Xen's errno.
  const refused = (o: Uint8Array, data: Uint8Array): number => {
    try {
      hv.grantCopyBatch(dom0, o, data);
    } catch (err) {
      return (err as { errno: number }).errno;
    }
    return 0;
  };
  expect(refused(new Uint8Array(19), new Uint8Array(0))).toBe(XEN_EINVAL); // not whole ops
  expect(refused(ops(...Array.from({ length: 257 }, (): [number, number, number, number, number] => [FROM, granter, 2, 0, 1])), new Uint8Array(0))).toBe(XEN_E2BIG);
  expect(refused(ops([FROM, granter, 2, 0, 4097]), new Uint8Array(0))).toBe(XEN_EINVAL); // longer than a page
  expect(refused(ops([TO, granter, 2, 0, 4]), new TextEncoder().encode('ZZZ'))).toBe(XEN_EINVAL); // data short of the ops
  expect(refused(ops([TO, granter, 2, 0, 4], [TO, granter, 2, 4, 4]), new TextEncoder().encode('QQQQ'))).toBe(XEN_EINVAL);
  expect(text(hv.readGuestMemory(granter, rw, 8))).toBe('GRANted!');
});
