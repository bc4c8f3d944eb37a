/**
 * VCPUOP_register_runstate_memory_area: a copy of the vCPU's vcpu_runstate_info the guest
 * reads without a hypercall (steal time). As on Xen/Arm, the hypervisor writes it when the
 * area is registered and each time the vCPU is switched in; the guest names it with a
 * guest-physical address, as every hvsim hypercall handle (0 stops the updates).
 *
 * XEN_RUNSTATE_UPDATE (VMASST_TYPE_runstate_update_flag) marks an update in progress; hvsim
 * writes the area between guest instructions, so no guest ever sees one in progress and the
 * bit is never set.
 */
import { VCPU_RUNSTATE_INFO, writeU32, writeU64 } from '@hvsim/abi';
import type { Vcpu } from './vcpu';

const F = VCPU_RUNSTATE_INFO.f;
/** One buffer for every update: the switch path allocates nothing. */
const info = new Uint8Array(VCPU_RUNSTATE_INFO.size);

/** v's vcpu_runstate_info at `now` into dst[0, VCPU_RUNSTATE_INFO.size). */
export function writeRunstateInfo(dst: Uint8Array, v: Vcpu, now: number): void {
  dst.fill(0, 0, VCPU_RUNSTATE_INFO.size);
  writeU32(dst, F.state.offset, v.runstate);
  writeU64(dst, F.state_entry_time.offset, v.runstateEntry + v.domain.timeOffsetNs);
  for (let i = 0; i < 4; i++) writeU64(dst, F.time.offset + 8 * i, v.runstateTimeOf(i, now));
}

/** VCPUOP_register_runstate_memory_area for v: the area at `gpa` (0: none), written at once. */
export function registerRunstateArea(v: Vcpu, gpa: number, now: number): number {
  v.runstateArea = gpa;
  updateRunstateArea(v, now);
  return 0;
}

/** Writes v's runstate at `now` to its registered area; a write that faults is dropped, as in Xen. */
export function updateRunstateArea(v: Vcpu, now: number): void {
  if (v.runstateArea === 0) return;
  writeRunstateInfo(info, v, now);
  v.domain.mem.writeFrom(v.runstateArea, info);
}
