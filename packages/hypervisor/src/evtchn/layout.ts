/**
 * Where event state sits in the pages a domain shares with the hypervisor: the two-level
 * ABI's pending/mask bitmaps in shared_info, and each vCPU's upcall bytes and selector word in
 * its vcpu_info. Both ABIs raise the upcall through evtchn_upcall_pending.
 */
import { SHARED_INFO, VCPU_INFO } from '@hvsim/abi';

export const SI_PENDING = SHARED_INFO.f.evtchn_pending.offset;
export const SI_MASK = SHARED_INFO.f.evtchn_mask.offset;
export const VI_UPCALL_PENDING = VCPU_INFO.f.evtchn_upcall_pending.offset;
export const VI_UPCALL_MASK = VCPU_INFO.f.evtchn_upcall_mask.offset;
export const VI_PENDING_SEL = VCPU_INFO.f.evtchn_pending_sel.offset;
export const VCPU_INFO_SIZE = VCPU_INFO.size;

/** Bit operations on little-endian bitmaps in a page (bit p = byte p>>3, bit p&7). */
export function testBit(page: Uint8Array, base: number, bit: number): boolean {
  return (page[base + (bit >>> 3)] & (1 << (bit & 7))) !== 0;
}

/** Sets the bit; returns whether it was already set (test_and_set_bit). */
export function setBit(page: Uint8Array, base: number, bit: number): boolean {
  const i = base + (bit >>> 3);
  const m = 1 << (bit & 7);
  const was = (page[i] & m) !== 0;
  page[i] |= m;
  return was;
}

export function clearBit(page: Uint8Array, base: number, bit: number): void {
  page[base + (bit >>> 3)] &= ~(1 << (bit & 7));
}
