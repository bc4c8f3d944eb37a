/**
 * The two-level ABI (Xen's event_2l.c): a pending and a mask bit per port in shared_info, and
 * in each vCPU's vcpu_info a selector bit per 64-port word that has something pending. The
 * guest reads and clears them with ordinary loads, stores and AMOs.
 */
import { EVTCHN_2L_NR_CHANNELS, XEN_ENOSYS } from '@hvsim/abi';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { SI_MASK, SI_PENDING, VI_PENDING_SEL, clearBit, setBit, testBit } from './layout';
import { RAISED_NEW, RAISED_UPCALL, type EvtchnPortOps } from './port-ops';

/** Ports per selector bit: one xen_ulong_t of pending bits. */
const PORTS_PER_WORD_SHIFT = 6;

function sharedInfo(core: Core, d: Domain): Uint8Array {
  return core.pool.writable(d.sharedInfoMfn);
}

/** Sets selector bit `word` in v's vcpu_info (when the guest's vcpu_info is still its own). */
function select(core: Core, v: Vcpu | undefined, word: number): void {
  if (v === undefined || v.vcpuInfoMfn < 0 || core.pool.owner[v.vcpuInfoMfn] !== v.domain.domid) return;
  setBit(core.pool.writable(v.vcpuInfoMfn), v.vcpuInfoOffset + VI_PENDING_SEL, word);
}

function raise(core: Core, d: Domain, port: number): number {
  select(core, d.vcpus[d.evtchn.notifyVcpu[port]], port >>> PORTS_PER_WORD_SHIFT);
  return RAISED_UPCALL;
}

export const TWO_LEVEL: EvtchnPortOps = {
  name: '2-level',
  maxPorts: EVTCHN_2L_NR_CHANNELS,
  init(): void {
    // Nothing: a port's bits are whatever the guest left in shared_info.
  },
  setPending(core, d, port) {
    const si = sharedInfo(core, d);
    if (setBit(si, SI_PENDING, port)) return 0;
    return testBit(si, SI_MASK, port) ? RAISED_NEW : RAISED_NEW | raise(core, d, port);
  },
  clearPending(core, d, port) {
    clearBit(sharedInfo(core, d), SI_PENDING, port);
  },
  unmask(core, d, port) {
    const si = sharedInfo(core, d);
    clearBit(si, SI_MASK, port);
    return testBit(si, SI_PENDING, port) ? raise(core, d, port) : 0;
  },
  isPending(core, d, port) {
    return testBit(sharedInfo(core, d), SI_PENDING, port);
  },
  isMasked(core, d, port) {
    return testBit(sharedInfo(core, d), SI_MASK, port);
  },
  isBusy() {
    return false;
  },
  setPriority() {
    return -XEN_ENOSYS;
  },
  consume(core, d) {
    const si = sharedInfo(core, d);
    const out: number[] = [];
    const cap = d.evtchn.capacity;
    for (let p = 1; p < cap; p++) {
      if (testBit(si, SI_PENDING, p) && !testBit(si, SI_MASK, p)) {
        clearBit(si, SI_PENDING, p);
        out.push(p);
      }
    }
    for (const v of d.vcpus) {
      if (v.vcpuInfoMfn >= 0) core.pool.writable(v.vcpuInfoMfn).fill(0, v.vcpuInfoOffset + VI_PENDING_SEL, v.vcpuInfoOffset + VI_PENDING_SEL + 8);
    }
    return out;
  },
};
