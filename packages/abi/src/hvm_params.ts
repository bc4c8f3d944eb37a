/**
 * hvm_op (public/hvm/hvm_op.h) and the HVM parameters (public/hvm/params.h) the toolstack
 * sets so a guest can find its xenstore and console rings, as a Xen/Arm guest does with
 * HVMOP_get_param.
 */
import { defineStruct, T } from './layout';

export const HVMOP_set_param = 0;
export const HVMOP_get_param = 1;

export const HVM_PARAM_CALLBACK_IRQ = 0;
export const HVM_PARAM_STORE_PFN = 1;
export const HVM_PARAM_STORE_EVTCHN = 2;
export const HVM_PARAM_CONSOLE_PFN = 17;
export const HVM_PARAM_CONSOLE_EVTCHN = 18;
export const HVM_PARAM_MONITOR_RING_PFN = 28;
/** One past the largest parameter index. */
export const HVM_NR_PARAMS = 39;

export const XEN_HVM_PARAM = defineStruct('xen_hvm_param', 'HVMOP_set_param / HVMOP_get_param argument.', {
  domid: T.domid_t,
  pad: T.uint16_t,
  index: T.uint32_t,
  value: T.uint64_t,
});
