/* hvsim guest ABI 1.0: event channels (Xen's public/event_channel.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_EVENT_CHANNEL_H__
#define __HVSIM_EVENT_CHANNEL_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/event_channel.h>
#else

#include "xen.h"

typedef uint32_t evtchn_port_t;
DEFINE_XEN_GUEST_HANDLE(evtchn_port_t);

#define EVTCHN_FIFO_PRIORITY_MAX 0
#define EVTCHN_FIFO_PRIORITY_DEFAULT 7
#define EVTCHN_FIFO_PRIORITY_MIN 15
#define EVTCHN_FIFO_MAX_QUEUES 16
#define EVTCHN_FIFO_LINK_BITS 17
#define EVTCHN_FIFO_BUSY 28
#define EVTCHN_FIFO_LINKED 29
#define EVTCHN_FIFO_MASKED 30
#define EVTCHN_FIFO_PENDING 31
#define EVTCHN_2L_NR_CHANNELS 4096
#define EVTCHN_FIFO_LINK_MASK 0x1ffff
#define EVTCHN_FIFO_NR_CHANNELS 0x20000

#define EVTCHNOP_bind_interdomain 0
#define EVTCHNOP_bind_virq 1
#define EVTCHNOP_bind_pirq 2
#define EVTCHNOP_close 3
#define EVTCHNOP_send 4
#define EVTCHNOP_status 5
#define EVTCHNOP_alloc_unbound 6
#define EVTCHNOP_bind_ipi 7
#define EVTCHNOP_bind_vcpu 8
#define EVTCHNOP_unmask 9
#define EVTCHNOP_reset 10
#define EVTCHNOP_init_control 11
#define EVTCHNOP_expand_array 12
#define EVTCHNOP_set_priority 13

#define EVTCHNSTAT_closed 0
#define EVTCHNSTAT_unbound 1
#define EVTCHNSTAT_interdomain 2
#define EVTCHNSTAT_pirq 3
#define EVTCHNSTAT_virq 4
#define EVTCHNSTAT_ipi 5

/* EVTCHNOP_alloc_unbound: a port in dom that remote_dom may bind to. */
struct evtchn_alloc_unbound {
    domid_t dom;
    domid_t remote_dom;
    evtchn_port_t port;
};
typedef struct evtchn_alloc_unbound evtchn_alloc_unbound_t;
HVSIM_ASSERT_SIZE(struct evtchn_alloc_unbound, 8);

/* EVTCHNOP_bind_interdomain: connect to an unbound remote port. */
struct evtchn_bind_interdomain {
    domid_t remote_dom;
    uint8_t _hvsim_pad0[2];
    evtchn_port_t remote_port;
    evtchn_port_t local_port;
};
typedef struct evtchn_bind_interdomain evtchn_bind_interdomain_t;
HVSIM_ASSERT_SIZE(struct evtchn_bind_interdomain, 12);

/* EVTCHNOP_bind_ipi: a port for notifying a vCPU of the same domain. */
struct evtchn_bind_ipi {
    uint32_t vcpu;
    evtchn_port_t port;
};
typedef struct evtchn_bind_ipi evtchn_bind_ipi_t;
HVSIM_ASSERT_SIZE(struct evtchn_bind_ipi, 8);

/* EVTCHNOP_bind_vcpu: which vCPU a port notifies. */
struct evtchn_bind_vcpu {
    evtchn_port_t port;
    uint32_t vcpu;
};
typedef struct evtchn_bind_vcpu evtchn_bind_vcpu_t;
HVSIM_ASSERT_SIZE(struct evtchn_bind_vcpu, 8);

/* EVTCHNOP_bind_virq: a port for a virtual IRQ on a vCPU. */
struct evtchn_bind_virq {
    uint32_t virq;
    uint32_t vcpu;
    evtchn_port_t port;
};
typedef struct evtchn_bind_virq evtchn_bind_virq_t;
HVSIM_ASSERT_SIZE(struct evtchn_bind_virq, 12);

/* EVTCHNOP_close argument. */
struct evtchn_close {
    evtchn_port_t port;
};
typedef struct evtchn_close evtchn_close_t;
HVSIM_ASSERT_SIZE(struct evtchn_close, 4);

/* EVTCHNOP_expand_array: add the page at array_gfn to the event array. */
struct evtchn_expand_array {
    uint64_t array_gfn __hvsim_align8;
};
typedef struct evtchn_expand_array evtchn_expand_array_t;
HVSIM_ASSERT_SIZE(struct evtchn_expand_array, 8);

/* Per-vCPU FIFO control block: READY bit per queue, each queue's head port. */
struct evtchn_fifo_control_block {
    uint32_t ready;
    uint32_t _rsvd;
    uint32_t head[16];
};
typedef struct evtchn_fifo_control_block evtchn_fifo_control_block_t;
HVSIM_ASSERT_SIZE(struct evtchn_fifo_control_block, 72);

/* EVTCHNOP_init_control: place vcpu's FIFO control block at control_gfn:offset. */
struct evtchn_init_control {
    uint64_t control_gfn __hvsim_align8;
    uint32_t offset;
    uint32_t vcpu;
    uint8_t link_bits;
    uint8_t _pad[7];
};
typedef struct evtchn_init_control evtchn_init_control_t;
HVSIM_ASSERT_SIZE(struct evtchn_init_control, 24);

/* EVTCHNOP_reset: close every channel of dom (and leave the FIFO ABI). */
struct evtchn_reset {
    domid_t dom;
};
typedef struct evtchn_reset evtchn_reset_t;
HVSIM_ASSERT_SIZE(struct evtchn_reset, 2);

/* EVTCHNOP_send argument. */
struct evtchn_send {
    evtchn_port_t port;
};
typedef struct evtchn_send evtchn_send_t;
HVSIM_ASSERT_SIZE(struct evtchn_send, 4);

/* EVTCHNOP_set_priority: the queue (0 first .. 15) a port is linked on. */
struct evtchn_set_priority {
    evtchn_port_t port;
    uint32_t priority;
};
typedef struct evtchn_set_priority evtchn_set_priority_t;
HVSIM_ASSERT_SIZE(struct evtchn_set_priority, 8);

/* EVTCHNOP_status: what a port is bound to. */
struct evtchn_status {
    domid_t dom;
    uint8_t _hvsim_pad0[2];
    evtchn_port_t port;
    uint32_t status;
    uint32_t vcpu;
    union {
        struct {
            domid_t dom;
        } unbound;
        struct {
            domid_t dom;
            uint8_t _hvsim_pad0[2];
            evtchn_port_t port;
        } interdomain;
        uint32_t pirq;
        uint32_t virq;
    } u;
};
typedef struct evtchn_status evtchn_status_t;
HVSIM_ASSERT_SIZE(struct evtchn_status, 24);

/* EVTCHNOP_unmask argument. */
struct evtchn_unmask {
    evtchn_port_t port;
};
typedef struct evtchn_unmask evtchn_unmask_t;
HVSIM_ASSERT_SIZE(struct evtchn_unmask, 4);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_EVENT_CHANNEL_H__ */
