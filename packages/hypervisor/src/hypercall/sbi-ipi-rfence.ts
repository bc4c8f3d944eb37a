/**
 * SBI IPI and RFENCE for a domain's own harts (SBI 2.0 chapters 7 and 8). A hart mask names
 * vCPUs of the calling domain: bit i is vCPU hart_mask_base + i, and hart_mask_base = -1
 * names them all. A mask naming a vCPU the domain lacks is SBI_ERR_INVALID_PARAM and nothing
 * happens.
 *
 * The harts of a domain share one guest-physical memory and its TLB (DomainMemory.phys), so
 * the calling hart's sfence.vma covers the others'; fence.i needs nothing, since stores
 * invalidate decoded instructions exactly.
 */
import {
  SBI_ERR_INVALID_PARAM, SBI_ERR_NOT_SUPPORTED, SBI_EXT_IPI_SEND_IPI, SBI_EXT_RFENCE_REMOTE_FENCE_I,
  SBI_EXT_RFENCE_REMOTE_SFENCE_VMA, SBI_EXT_RFENCE_REMOTE_SFENCE_VMA_ASID, SBI_HART_MASK_BASE_ALL, SBI_SUCCESS,
} from '@hvsim/abi';
import { MIP_SSIP, PAGE_SIZE } from '@hvsim/riscv';
import type { Core } from '../core';
import { BlockKind, type Vcpu } from '../domain/vcpu';

/** Beyond this many pages a ranged sfence.vma flushes everything (as OpenSBI's tlb_range_flush_limit does). */
const RANGED_FLUSH_MAX_PAGES = 64;
const FULL_RANGE = 0xffffffff;

type Ret = (err: number, value?: number) => void;

/** The vCPUs a hart mask names, or null if it names one the domain lacks. */
function targets(v: Vcpu, mask: number, base: number): Vcpu[] | null {
  const vcpus = v.domain.vcpus;
  if (base === SBI_HART_MASK_BASE_ALL) return [...vcpus];
  const out: Vcpu[] = [];
  for (let bit = 0; bit < 32; bit++) {
    if ((mask & (1 << bit)) === 0) continue;
    const t = vcpus[base + bit];
    if (t === undefined) return null;
    out.push(t);
  }
  return out;
}

export function sbiIpi(core: Core, v: Vcpu, fid: number, mask: number, base: number, ret: Ret): void {
  if (fid !== SBI_EXT_IPI_SEND_IPI) return ret(SBI_ERR_NOT_SUPPORTED);
  const ts = targets(v, mask, base);
  if (ts === null) return ret(SBI_ERR_INVALID_PARAM);
  for (const t of ts) {
    if (t.hart === null) continue;
    t.hart.setPending(MIP_SSIP, true);
    if (t.block === BlockKind.Wfi && !t.hart.waiting) core.wake(t);
  }
  return ret(SBI_SUCCESS);
}

export function sbiRfence(v: Vcpu, fid: number, mask: number, base: number, start: number, size: number, ret: Ret): void {
  if (fid !== SBI_EXT_RFENCE_REMOTE_FENCE_I && fid !== SBI_EXT_RFENCE_REMOTE_SFENCE_VMA && fid !== SBI_EXT_RFENCE_REMOTE_SFENCE_VMA_ASID) {
    return ret(SBI_ERR_NOT_SUPPORTED); // the HFENCE calls need the H extension, which guests do not have
  }
  if (targets(v, mask, base) === null) return ret(SBI_ERR_INVALID_PARAM);
  if (fid === SBI_EXT_RFENCE_REMOTE_FENCE_I) return ret(SBI_SUCCESS);
  const phys = v.domain.mem.phys;
  const pages = Math.ceil(((start % PAGE_SIZE) + size) / PAGE_SIZE);
  // start = size = 0, or size = -1: the whole address space. (The ASID does not narrow it.)
  if ((start === 0 && size === 0) || size === FULL_RANGE || pages > RANGED_FLUSH_MAX_PAGES) {
    phys.fenceVma(-1);
  } else {
    const first = Math.floor(start / PAGE_SIZE);
    for (let i = 0; i < pages; i++) phys.fenceVma((first + i) & 0xfffff);
  }
  return ret(SBI_SUCCESS);
}
