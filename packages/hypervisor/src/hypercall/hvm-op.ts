/**
 * hvm_op: HVMOP_set_param / HVMOP_get_param, as Xen/Arm serves them. A guest reads where its
 * xenstore and console rings are (HVM_PARAM_STORE_PFN, STORE_EVTCHN, CONSOLE_PFN,
 * CONSOLE_EVTCHN, CALLBACK_IRQ); only the toolstack sets them (the domain itself gets
 * -EPERM), and MONITOR_RING_PFN is the toolstack's alone. Any other index is -EINVAL. Other
 * hvm_op sub-ops are -ENOSYS.
 */
import {
  HVM_PARAM_CALLBACK_IRQ, HVM_PARAM_CONSOLE_EVTCHN, HVM_PARAM_CONSOLE_PFN, HVM_PARAM_MONITOR_RING_PFN,
  HVM_PARAM_STORE_EVTCHN, HVM_PARAM_STORE_PFN, HVMOP_get_param, HVMOP_set_param, XEN_EFAULT, XEN_EINVAL, XEN_ENOSYS,
  XEN_EPERM, XEN_HVM_PARAM, readU16, readU32, readU64, writeU64,
} from '@hvsim/abi';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { targetDomain } from './guest';

/** Parameters a domain may read about itself (Xen/Arm's hvm_allow_get_param). */
const GUEST_READABLE = new Set([
  HVM_PARAM_CALLBACK_IRQ, HVM_PARAM_STORE_PFN, HVM_PARAM_STORE_EVTCHN, HVM_PARAM_CONSOLE_PFN, HVM_PARAM_CONSOLE_EVTCHN,
]);

export function hvmOp(core: Core, v: Vcpu, op: number, arg: number): number {
  if (op !== HVMOP_set_param && op !== HVMOP_get_param) return -XEN_ENOSYS;
  const caller = v.domain;
  const m = caller.mem;
  const f = XEN_HVM_PARAM.f;
  if (!m.copyFromGuest(arg, XEN_HVM_PARAM.size)) return -XEN_EFAULT;
  const d = targetDomain(core, caller, readU16(m.scratch, f.domid.offset));
  if (typeof d === 'number') return d;
  const index = readU32(m.scratch, f.index.offset);
  if (op === HVMOP_set_param) {
    const rc = mayAccess(caller, d, index, true);
    if (rc < 0) return rc;
    d.setHvmParam(index, readU64(m.scratch, f.value.offset));
    return 0;
  }
  const rc = mayAccess(caller, d, index, false);
  if (rc < 0) return rc;
  writeU64(m.scratch, f.value.offset, d.hvmParam(index));
  return m.copyToGuest(arg, XEN_HVM_PARAM.size) ? 0 : -XEN_EFAULT;
}

/** Xen/Arm's hvm_allow_set_param / hvm_allow_get_param: 0 or -errno. */
function mayAccess(caller: Domain, d: Domain, index: number, set: boolean): number {
  const own = caller === d;
  if (GUEST_READABLE.has(index)) return set && own ? -XEN_EPERM : 0;
  if (index === HVM_PARAM_MONITOR_RING_PFN) return own ? -XEN_EPERM : 0;
  return -XEN_EINVAL;
}
