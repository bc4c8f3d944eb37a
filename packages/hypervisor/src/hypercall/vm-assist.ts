/**
 * vm_assist(cmd, type): Xen/Arm's answers — runstate_update_flag is the one Xen type Arm
 * accepts (hvsim keeps no runstate area for it to affect, so enabling it changes nothing);
 * any other type is -EINVAL, an unknown command for a valid type -ENOSYS. hvsim adds one
 * type of its own, HVSIM_VMASST_TYPE_upcall_mask: the opt-in to vcpu_info's upcall mask.
 */
import { VMASST_CMD_disable, VMASST_CMD_enable, XEN_EINVAL, XEN_ENOSYS } from '@hvsim/abi';
import type { Core } from '../core';
import { VM_ASSIST_VALID } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { sampleSeip } from '../evtchn/delivery';

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
