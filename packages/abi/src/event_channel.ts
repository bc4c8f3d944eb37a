/** event_channel_op sub-operations, channel states and argument layouts (public/event_channel.h). */
import { defineStruct, struct, T, union } from './layout';

export const EVTCHNOP_bind_interdomain = 0;
export const EVTCHNOP_bind_virq = 1;
export const EVTCHNOP_bind_pirq = 2;
export const EVTCHNOP_close = 3;
export const EVTCHNOP_send = 4;
export const EVTCHNOP_status = 5;
export const EVTCHNOP_alloc_unbound = 6;
export const EVTCHNOP_bind_ipi = 7;
export const EVTCHNOP_bind_vcpu = 8;
export const EVTCHNOP_unmask = 9;
export const EVTCHNOP_reset = 10;
export const EVTCHNOP_init_control = 11;
export const EVTCHNOP_expand_array = 12;
export const EVTCHNOP_set_priority = 13;

export const EVTCHNSTAT_closed = 0;
export const EVTCHNSTAT_unbound = 1;
export const EVTCHNSTAT_interdomain = 2;
export const EVTCHNSTAT_pirq = 3;
export const EVTCHNSTAT_virq = 4;
export const EVTCHNSTAT_ipi = 5;

/**
 * Ports of the two-level ABI: sizeof(xen_ulong_t) * sizeof(xen_ulong_t) * 64 with Arm's
 * 64-bit xen_ulong_t — 64 selector bits, each covering one 64-bit word of pending bits.
 */
export const EVTCHN_2L_NR_CHANNELS = 8 * 8 * 64;

export const EVTCHN_ALLOC_UNBOUND = defineStruct('evtchn_alloc_unbound', 'EVTCHNOP_alloc_unbound: a port in dom that remote_dom may bind to.', {
  dom: T.domid_t,
  remote_dom: T.domid_t,
  port: T.evtchn_port_t,
});

export const EVTCHN_BIND_INTERDOMAIN = defineStruct('evtchn_bind_interdomain', 'EVTCHNOP_bind_interdomain: connect to an unbound remote port.', {
  remote_dom: T.domid_t,
  remote_port: T.evtchn_port_t,
  local_port: T.evtchn_port_t,
});

export const EVTCHN_BIND_VIRQ = defineStruct('evtchn_bind_virq', 'EVTCHNOP_bind_virq: a port for a virtual IRQ on a vCPU.', {
  virq: T.uint32_t,
  vcpu: T.uint32_t,
  port: T.evtchn_port_t,
});

export const EVTCHN_BIND_IPI = defineStruct('evtchn_bind_ipi', 'EVTCHNOP_bind_ipi: a port for notifying a vCPU of the same domain.', {
  vcpu: T.uint32_t,
  port: T.evtchn_port_t,
});

export const EVTCHN_CLOSE = defineStruct('evtchn_close', 'EVTCHNOP_close argument.', {
  port: T.evtchn_port_t,
});

export const EVTCHN_SEND = defineStruct('evtchn_send', 'EVTCHNOP_send argument.', {
  port: T.evtchn_port_t,
});

export const EVTCHN_STATUS = defineStruct('evtchn_status', 'EVTCHNOP_status: what a port is bound to.', {
  dom: T.domid_t,
  port: T.evtchn_port_t,
  status: T.uint32_t,
  vcpu: T.uint32_t,
  u: union({
    unbound: struct({ dom: T.domid_t }),
    interdomain: struct({ dom: T.domid_t, port: T.evtchn_port_t }),
    pirq: T.uint32_t,
    virq: T.uint32_t,
  }),
});

export const EVTCHN_BIND_VCPU = defineStruct('evtchn_bind_vcpu', 'EVTCHNOP_bind_vcpu: which vCPU a port notifies.', {
  port: T.evtchn_port_t,
  vcpu: T.uint32_t,
});

export const EVTCHN_UNMASK = defineStruct('evtchn_unmask', 'EVTCHNOP_unmask argument.', {
  port: T.evtchn_port_t,
});
