/**
 * VCPUOP_register_runstate_memory_area: the hypervisor keeps a copy of the vCPU's
 * vcpu_runstate_info in guest memory — written when registered, and on every switch-in.
 */
import {
  RUNSTATE_running, RUNSTATE_runnable, VCPU_RUNSTATE_INFO, VCPUOP_register_runstate_memory_area, XEN_EFAULT, __HYPERVISOR_vcpu_op,
} from '@hvsim/abi';
import { DATA, SPIN, addGuest, callsGuest, machine, putU32, result, u32 } from './guest';

const AREA = DATA + 0x100;
const F = VCPU_RUNSTATE_INFO.f;
const u64 = (hv: ReturnType<typeof machine>, d: number, gpa: number): number => u32(hv, d, gpa) + u32(hv, d, gpa + 4) * 2 ** 32;

test('the area is written at registration and each time the vCPU is switched in; 0 stops it', () => {
  const hv = machine({ pcpus: 1 });
  const op = (argGpa: number) => ({ nr: __HYPERVISOR_vcpu_op, args: [VCPUOP_register_runstate_memory_area, 0, argGpa] });
  const d = addGuest(hv, callsGuest([op(0x10), op(DATA)]), { run: false });
  putU32(hv, d, DATA, AREA, 0);
  addGuest(hv, SPIN); // competes for the one pCPU: d is switched out and in
  hv.unpauseDomain(d);
  hv.runFor(100_000_000);
  expect([result(hv, d, 0), result(hv, d, 1)]).toEqual([-XEN_EFAULT, 0]);
  expect(u32(hv, d, AREA + F.state.offset)).toBe(RUNSTATE_running);
  const firstEntry = u64(hv, d, AREA + F.state_entry_time.offset);
  hv.runFor(200_000_000);
  // Switched in again since: a later entry time, and time spent waiting for the pCPU.
  const entry = u64(hv, d, AREA + F.state_entry_time.offset);
  expect(entry).toBeGreaterThan(firstEntry);
  expect(u64(hv, d, AREA + F.time.offset + 8 * RUNSTATE_runnable)).toBeGreaterThan(0);
  const running = u64(hv, d, AREA + F.time.offset + 8 * RUNSTATE_running);
  expect(running).toBeGreaterThan(0);
  expect(running).toBeLessThanOrEqual(entry);

  // Registering 0 stops the updates.
  putU32(hv, d, DATA, 0, 0);
  const d2 = addGuest(hv, callsGuest([op(DATA)]), { run: false });
  putU32(hv, d2, DATA, 0, 0);
  hv.unpauseDomain(d2);
  hv.runFor(100_000_000);
  expect(result(hv, d2, 0)).toBe(0);
  expect(hv.readGuestMemory(d2, AREA, VCPU_RUNSTATE_INFO.size).every((b) => b === 0)).toBe(true);
});
