import { SHUTDOWN_poweroff, XENVER_version, HVSIM_XEN_VERSION, __HYPERVISOR_sched_op, __HYPERVISOR_xen_version, SCHEDOP_shutdown } from '@hvsim/abi';
import { a0, a1, addGuest, DATA, hypercall, li, machine, putU32, sw, t0, u32 } from './guest';

test('a guest makes a hypercall and shuts itself down', () => {
  const hv = machine();
  const code = [
    ...li(a0, XENVER_version), ...li(a1, 0), ...hypercall(__HYPERVISOR_xen_version),
    ...li(t0, DATA), sw(a0, t0, 0),
    ...li(a0, SCHEDOP_shutdown), ...li(a1, DATA + 16), ...hypercall(__HYPERVISOR_sched_op),
    0x0000006f,
  ];
  const d = addGuest(hv, code, { run: false });
  putU32(hv, d, DATA + 16, SHUTDOWN_poweroff);
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(u32(hv, d, DATA)).toBe(HVSIM_XEN_VERSION);
  const info = hv.getDomainInfo(d);
  expect(info.flags.shutdown).toBe(true);
  expect(info.shutdownReason).toBe(SHUTDOWN_poweroff);
});
