import { VCPU_INFO, VCPU_TIME_INFO, XEN_PVCLOCK_TSC_STABLE_BIT, writeU32, writeU64, writeU8 } from '@hvsim/abi';

const TIME = VCPU_INFO.f.time.offset;
const F = VCPU_TIME_INFO.f;

/**
 * Fills the vcpu_time_info of a vcpu_info at `offset` in `page`. The `time` CSR already counts
 * virtual nanoseconds (timebase 1 GHz), so system time is the CSR itself: tsc_timestamp and
 * system_time are 0 and the scale is exactly one — Xen's pvclock formula is
 * ((delta << shift) * mul) >> 32, and 2^31 << 1 is 2^32. The values never change, so the
 * version stays even (no update in progress) and guests using Xen's seqlock read them as is.
 */
export function writeVcpuTimeInfo(page: Uint8Array, offset: number): void {
  const t = offset + TIME;
  writeU32(page, t + F.version.offset, 2);
  writeU64(page, t + F.tsc_timestamp.offset, 0);
  writeU64(page, t + F.system_time.offset, 0);
  writeU32(page, t + F.tsc_to_system_mul.offset, 0x8000_0000);
  writeU8(page, t + F.tsc_shift.offset, 1);
  writeU8(page, t + F.flags.offset, XEN_PVCLOCK_TSC_STABLE_BIT);
}
