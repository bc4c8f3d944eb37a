/**
 * Two vCPUs of one domain, on two pCPUs, racing each other on the same event channel ports:
 * each loops allocating a port, binding an IPI, sending on and closing ports 1..4 — the other's
 * as much as its own. Every call must get a result (a port or an errno), the domain must keep
 * running, the port table must stay consistent (every open port valid, at most one VIRQ/IPI
 * binding per port) and, once the domain is destroyed, every frame must be free again.
 */
import {
  DOMID_SELF, EVTCHNOP_alloc_unbound, EVTCHNOP_bind_ipi, EVTCHNOP_close, EVTCHNOP_send, VCPUOP_up,
  __HYPERVISOR_event_channel_op, __HYPERVISOR_vcpu_op,
} from '@hvsim/abi';
import { DATA, a0, a1, a2, addGuest, addi, hypercall, jal, li, machine, s2, s3, sw, t0, u32 } from './guest';

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
