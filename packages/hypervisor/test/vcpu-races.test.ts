/**
 * Two vCPUs of one domain, on two pCPUs, racing each other. On the same event channel ports:
 * each loops allocating a port, binding an IPI, sending on and closing ports 1..4 — the other's
 * as much as its own. Every call must get a result (a port or an errno), the domain must keep
 * running, the port table must stay consistent (every open port valid, at most one VIRQ/IPI
 * binding per port) and, once the domain is destroyed, every frame must be free again.
 */
import {
  DOMID_SELF, EVTCHNOP_alloc_unbound, EVTCHNOP_bind_ipi, EVTCHNOP_close, EVTCHNOP_send, GNTTABOP_setup_table,
  GTF_permit_access, GTF_reading, VCPUOP_up, __HYPERVISOR_event_channel_op, __HYPERVISOR_grant_table_op, __HYPERVISOR_vcpu_op,
} from '@hvsim/abi';
import { HypervisorError } from '../src';
import { DATA, RAM, a0, a1, a2, addGuest, addi, bne, hypercall, jal, li, lw, machine, putU32, s2, s3, slli, sw, t0, t1, t2, u32 } from './guest';

/** vCPU `v`'s loop: its structs and its loop counter live at DATA + 0x100·v. */
function racer(v: number): Array<number | number[]> {
  const base = DATA + 0x100 * v;
  const call = (cmd: number, struct: number): number[] => [...li(a0, cmd), ...li(a1, struct), ...hypercall(__HYPERVISOR_event_channel_op)];
  const body: Array<number | number[]> = [
    // alloc_unbound { dom = SELF, remote_dom = SELF, port }
    ...li(t0, DOMID_SELF | (DOMID_SELF << 16)), ...li(s3, base), sw(t0, s3, 0),
    call(EVTCHNOP_alloc_unbound, base),
    // bind_ipi { vcpu = v, port }
    ...li(t0, v), sw(t0, s3, 0x10),
    call(EVTCHNOP_bind_ipi, base + 0x10),
  ];
  for (let port = 1; port <= 4; port++) {
    body.push(...li(t0, port), sw(t0, s3, 0x20), call(EVTCHNOP_send, base + 0x20), call(EVTCHNOP_close, base + 0x20));
  }
  // counter at base + 0x80
  body.push(...li(s3, base + 0x80), addi(s2, s2, 1), sw(s2, s3, 0));
  const length = body.reduce<number>((n, w) => n + (Array.isArray(w) ? w.length : 1), 0);
  // vCPU 0 first brings vCPU 1 up (the builder booted it; it waits for VCPUOP_up).
  const up = v === 0 ? [...li(a0, VCPUOP_up), ...li(a1, 1), ...li(a2, 0), ...hypercall(__HYPERVISOR_vcpu_op)] : [];
  return [...up, ...li(s2, 0), ...body, jal(0, -4 * length)];
}

test('two vCPUs allocating, binding, sending on and closing the same ports', () => {
  const hv = machine({ pcpus: 2 });
  const free = hv.physinfo().freePages;
  // vCPU 1's code sits 4 KiB after vCPU 0's.
  const code0 = racer(0).flat();
  const d = addGuest(hv, [...code0, ...Array(1024 - code0.length).fill(0x13), ...racer(1)], { vcpus: 2, run: false });
  hv.bootVcpu(d, 1, { entry: 0x8000_0000 + 4096, arg: 0 });
  hv.unpauseDomain(d);

  hv.runFor(10_000_000);
  const loops = [u32(hv, d, DATA + 0x80), u32(hv, d, DATA + 0x180)];
  expect(loops[0]).toBeGreaterThan(100);
  expect(loops[1]).toBeGreaterThan(100);
  expect(hv.getDomainInfo(d).flags.crashed).toBe(false);
  expect(hv.getVcpuInfo(d).map((v) => v.online)).toEqual([true, true]);
  const ports = hv.evtchnList(d);
  expect(new Set(ports.map((p) => p.port)).size).toBe(ports.length);
  for (const p of ports) expect(p.port).toBeGreaterThan(0);

  hv.destroyDomain(d);
  hv.runFor(1_000_000);
  expect(hv.physinfo().freePages).toBe(free);
});

/**
 * Granting and ending the same grant at once: both vCPUs keep writing grant entry 2 (dom0 may
 * read a page) and clearing it again — as a guest that ends access without asking whether it is
 * mapped — each at its own pace, while dom0 maps and unmaps the grant between quanta. Each map succeeds or is refused
 * with a HypervisorError; a mapping shows the granted page; after unmap no GTF_reading is left
 * behind; destroying the granter frees every frame.
 */
test('two vCPUs granting and ending the same grant while dom0 maps it', () => {
  const hv = machine({ pcpus: 2 });
  const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
  const free = hv.physinfo().freePages;
  const shared = RAM + 0x2_0000;
  const table = DATA + 128; // where setup_table puts the grant frame's gfn
  const entry = (): number[] => [...li(s3, table), lw(t1, s3, 0), slli(t1, t1, 12)]; // t1 = the frame's address
  /** Grant (dom0 may read `shared`), wait, end (clear the flags), wait; the waits differ per vCPU. */
  const grantAndEnd = (wait: number): number[] => {
    const delay = [...li(s2, wait), addi(s2, s2, -1), bne(s2, 0, -4)];
    const loop = [sw(t2, t1, 20), sw(t0, t1, 16), ...delay, sw(0, t1, 16), ...delay];
    return [...entry(), ...li(t0, GTF_permit_access | (dom0 << 16)), ...li(t2, shared >>> 12), ...loop, jal(0, -4 * loop.length)];
  };
  const vcpu0 = [
    ...li(a0, GNTTABOP_setup_table), ...li(a1, DATA), ...li(a2, 1), ...hypercall(__HYPERVISOR_grant_table_op),
    ...li(a0, VCPUOP_up), ...li(a1, 1), ...li(a2, 0), ...hypercall(__HYPERVISOR_vcpu_op),
    ...grantAndEnd(37),
  ];
  const vcpu1 = grantAndEnd(53);
  const d = addGuest(hv, [...vcpu0, ...Array(1024 - vcpu0.length).fill(0x13), ...vcpu1], { vcpus: 2, run: false });
  putU32(hv, d, DATA, DOMID_SELF, 1, 0, 0, table, 0);
  hv.writeGuestMemory(d, shared, new TextEncoder().encode('granted!'));
  hv.bootVcpu(d, 1, { entry: RAM + 4096, arg: 0 });
  hv.unpauseDomain(d);
  hv.runFor(200_000);
  const frame = u32(hv, d, table) * 4096;
  expect(frame).toBeGreaterThan(0);

  const host = RAM + 0x10_0000; // an unpopulated gfn of dom0's
  let mapped = 0;
  let refused = 0;
  for (let i = 0; i < 400; i++) {
    hv.runFor(20_000 + (i % 7) * 3_000);
    let handle: number;
    try {
      handle = hv.mapGrant(dom0, d, 2, { hostAddr: host, readonly: true });
    } catch (err) {
      if (!(err instanceof HypervisorError)) throw err;
      refused++;
      continue;
    }
    mapped++;
    expect(new TextDecoder().decode(hv.readGuestMemory(dom0, host, 8))).toBe('granted!');
    hv.runFor(5_000);
    hv.unmapGrant(dom0, handle);
  }
  expect(mapped).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
  expect(hv.getDomainInfo(d).flags.crashed).toBe(false);
  // GTF_reading never outlives a map.
  hv.pauseDomain(d);
  expect(u32(hv, d, frame + 16) & GTF_reading).toBe(0);
  hv.destroyDomain(d);
  expect(hv.physinfo().freePages).toBe(free);
});
