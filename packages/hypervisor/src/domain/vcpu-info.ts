/**
 * Where a vCPU's vcpu_info lives: the legacy slot in shared_info from creation, or a place in
 * the domain's own RAM the guest registered (VCPUOP_register_vcpu_info) or a restored vCPU
 * context names. The hypercall and the restore both come here.
 */
import { VCPU_INFO, XEN_EINVAL } from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import type { Core } from '../core';
import { writeVcpuTimeInfo } from './vcpu-time';
import type { Vcpu } from './vcpu';

/** The machine frame under gfn:offset if a vcpu_info may be placed there (8-byte aligned,
 *  within the page, in the domain's own writable RAM), ready for the hypervisor to write;
 *  else -EINVAL. */
function vcpuInfoFrame(v: Vcpu, gfn: number, offset: number): number {
  if (offset + VCPU_INFO.size > PAGE_SIZE || offset % 8 !== 0) return -XEN_EINVAL;
  const mfn = v.domain.mem.hypervisorWritableFrame(gfn);
  return mfn < 0 ? -XEN_EINVAL : mfn;
}

/** VCPUOP_register_vcpu_info: moves v's vcpu_info to gfn:offset (once; Xen refuses a second
 *  move), carrying the current contents over as Xen does. 0 or -errno. */
export function registerVcpuInfo(core: Core, v: Vcpu, gfn: number, offset: number): number {
  if (v.vcpuInfoRegistered) return -XEN_EINVAL;
  const mfn = vcpuInfoFrame(v, gfn, offset);
  if (mfn < 0) return mfn;
  const page = core.pool.writable(mfn);
  if (v.vcpuInfoMfn >= 0) {
    const old = core.pool.readable(v.vcpuInfoMfn);
    page.set(old.subarray(v.vcpuInfoOffset, v.vcpuInfoOffset + VCPU_INFO.size), offset);
  } else {
    page.fill(0, offset, offset + VCPU_INFO.size);
    writeVcpuTimeInfo(page, offset);
  }
  place(v, mfn, gfn, offset);
  return 0;
}

/** A restored context's vcpu_info: its contents came back with the domain's memory. 0 or -errno. */
export function restoreVcpuInfo(v: Vcpu, gfn: number, offset: number): number {
  const mfn = vcpuInfoFrame(v, gfn, offset);
  if (mfn < 0) return mfn;
  place(v, mfn, gfn, offset);
  return 0;
}

function place(v: Vcpu, mfn: number, gfn: number, offset: number): void {
  v.vcpuInfoMfn = mfn;
  v.vcpuInfoGfn = gfn;
  v.vcpuInfoOffset = offset;
  v.vcpuInfoRegistered = true;
}
