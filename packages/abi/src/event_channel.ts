/** event_channel_op sub-operations, channel states and argument layouts (public/event_channel.h). */
import { array, defineStruct, struct, T, union } from './layout';

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

export const EVTCHN_RESET = defineStruct('evtchn_reset', 'EVTCHNOP_reset: close every channel of dom (and leave the FIFO ABI).', {
  dom: T.domid_t,
});

/*
 * The FIFO-based ABI (Xen 4.4+): an event word per port in guest pages (the event array),
 * and per vCPU a control block with one queue head per priority and a READY bit per queue.
 */

/** Priorities: 0 is served first, 15 last; a newly bound port gets 7. */
export const EVTCHN_FIFO_PRIORITY_MAX = 0;
export const EVTCHN_FIFO_PRIORITY_DEFAULT = 7;
export const EVTCHN_FIFO_PRIORITY_MIN = 15;
export const EVTCHN_FIFO_MAX_QUEUES = EVTCHN_FIFO_PRIORITY_MIN + 1;

/** Bits of an event word (event_word_t, 32 bits). */
export const EVTCHN_FIFO_PENDING = 31;
export const EVTCHN_FIFO_MASKED = 30;
export const EVTCHN_FIFO_LINKED = 29;
export const EVTCHN_FIFO_BUSY = 28;
/** The low bits of an event word: the next port of its queue (0 = none). */
export const EVTCHN_FIFO_LINK_BITS = 17;
export const EVTCHN_FIFO_LINK_MASK = (1 << EVTCHN_FIFO_LINK_BITS) - 1;
export const EVTCHN_FIFO_NR_CHANNELS = 1 << EVTCHN_FIFO_LINK_BITS;

export const EVTCHN_INIT_CONTROL = defineStruct('evtchn_init_control', 'EVTCHNOP_init_control: place vcpu\'s FIFO control block at control_gfn:offset.', {
  control_gfn: T.uint64_t,
  offset: T.uint32_t,
  vcpu: T.uint32_t,
  link_bits: T.uint8_t,
  _pad: array(T.uint8_t, 7),
});

export const EVTCHN_EXPAND_ARRAY = defineStruct('evtchn_expand_array', 'EVTCHNOP_expand_array: add the page at array_gfn to the event array.', {
  array_gfn: T.uint64_t,
});

export const EVTCHN_SET_PRIORITY = defineStruct('evtchn_set_priority', 'EVTCHNOP_set_priority: the queue (0 first .. 15) a port is linked on.', {
  port: T.evtchn_port_t,
  priority: T.uint32_t,
});

export const EVTCHN_FIFO_CONTROL_BLOCK = defineStruct('evtchn_fifo_control_block', 'Per-vCPU FIFO control block: READY bit per queue, each queue\'s head port.', {
  ready: T.uint32_t,
  _rsvd: T.uint32_t,
  head: array(T.uint32_t, EVTCHN_FIFO_MAX_QUEUES),
});
