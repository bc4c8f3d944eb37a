/* Event channels: binding, sending, masking, and the upcall that runs the
   handler of every pending port (two-level ABI, ports indexed in shared_info). */
#ifndef SDK_EVTCHN_H
#define SDK_EVTCHN_H

#include <stdint.h>
#include <hvsim/event_channel.h>
#include <sdk/hypercall.h>

#define SDK_MAX_PORTS 1024

typedef void (*evtchn_handler_t)(evtchn_port_t port, void *data);

/* Each returns the local port (>= 0) or -XEN_E*. */
long evtchn_bind_virq(uint32_t virq, uint32_t vcpu, evtchn_handler_t handler, void *data);
long evtchn_bind_ipi(uint32_t vcpu, evtchn_handler_t handler, void *data);
long evtchn_alloc_unbound(domid_t remote_dom, evtchn_handler_t handler, void *data);
long evtchn_bind_interdomain(domid_t remote_dom, evtchn_port_t remote_port,
                             evtchn_handler_t handler, void *data);
/* Attach a handler to a port the guest got some other way (e.g. start_info). */
void evtchn_set_handler(evtchn_port_t port, evtchn_handler_t handler, void *data);
long evtchn_send(evtchn_port_t port);
long evtchn_close(evtchn_port_t port);
void evtchn_mask(evtchn_port_t port);
void evtchn_unmask(evtchn_port_t port);
int evtchn_is_pending(evtchn_port_t port);
void evtchn_clear(evtchn_port_t port);

/* The vcpu_info of vCPU `id`: shared_info's for vCPU 0, registered ones for the rest. */
struct vcpu_info *sdk_vcpu_info(unsigned id);
/* Registers vCPU `id`'s vcpu_info with VCPUOP_register_vcpu_info (id > 0). */
long evtchn_register_vcpu_info(unsigned id);

/* Runs from the trap handler on the supervisor external interrupt. */
void evtchn_do_upcall(void);

/* Supervisor interrupt enable for the running vCPU (sstatus.SIE, sie.SEIE/STIE/SSIE). */
void local_irq_enable(void);
void local_irq_disable(void);

/* Blocks the vCPU until `cond` holds, without losing a wake-up: the condition is
   tested with interrupts off, so an event that arrives after the test leaves
   evtchn_upcall_pending set and SCHEDOP_block returns at once, as in Xen.
   Event channels are bits, not counters: state lives in memory, events only wake. */
#define wait_event(cond)                                  \
    do {                                                  \
        for (;;) {                                        \
            local_irq_disable();                          \
            if (cond)                                     \
                break;                                    \
            HYPERVISOR_sched_op(SCHEDOP_block, 0);        \
            local_irq_enable();                           \
        }                                                 \
        local_irq_enable();                               \
    } while (0)

#endif
