/**
 * vm_assist(cmd, type): Xen/Arm's answers — runstate_update_flag is the one Xen type Arm
 * accepts (hvsim keeps no runstate area for it to affect, so enabling it changes nothing);
 * any other type is -EINVAL, an unknown command for a valid type -ENOSYS. hvsim adds one
 * type of its own, HVSIM_VMASST_TYPE_upcall_mask: the opt-in to vcpu_info's upcall mask.
 */
import {
  HVSIM_VMASST_TYPE_upcall_mask, VMASST_CMD_disable, VMASST_CMD_enable, VMASST_TYPE_runstate_update_flag,
  XEN_EINVAL, XEN_ENOSYS,
} from '@hvsim/abi';
import type { Core } from '../core';
import type { Vcpu } from '../domain/vcpu';
import { sampleSeip } from '../evtchn/delivery';

/** Types a domain may enable, as a bit mask (Xen's arch_vm_assist_valid_mask). */
export const VM_ASSIST_VALID = (1 << VMASST_TYPE_runstate_update_flag) | (1 << HVSIM_VMASST_TYPE_upcall_mask);

export function vmAssist(core: Core, v: Vcpu, cmd: number, type: number): number {
  const d = v.domain;
  if (type >= 32 || ((VM_ASSIST_VALID >>> type) & 1) === 0) return -XEN_EINVAL;
  switch (cmd) {
    case VMASST_CMD_enable:
      d.vmAssist = (d.vmAssist | (1 << type)) >>> 0;
      break;
    case VMASST_CMD_disable:
      d.vmAssist = (d.vmAssist & ~(1 << type)) >>> 0;
      break;
    default:
      return -XEN_ENOSYS;
  }
  // The mask byte starts or stops counting for every vCPU of the domain.
  for (const x of d.vcpus) sampleSeip(core, x);
  return 0;
}
