/* The FIFO event-channel ABI (Xen 4.4+), the guest's side: a control block per
   vCPU and event-array pages in the guest's own memory, events taken from
   per-priority queues in the order they were raised. A driver (link
   sdk/drivers/evtchn_fifo.c): once evtchn_fifo_init() succeeded, the two-level
   helpers of <sdk/evtchn.h> for pending/mask state no longer apply (binding,
   sending and closing still do), and evtchn_fifo_do_upcall() takes the events. */
#ifndef SDK_EVTCHN_FIFO_H
#define SDK_EVTCHN_FIFO_H

#include <stdint.h>
#include <hvsim/event_channel.h>
#include <sdk/evtchn.h>

/* Event-array pages the driver can give (1,024 ports each). */
#define SDK_FIFO_ARRAY_PAGES 2
#define SDK_FIFO_MAX_PORTS (SDK_FIFO_ARRAY_PAGES * 1024)

/* EVTCHNOP_init_control for vCPU 0 and the first event-array page (every
   port masked). 0 or -XEN_E*; on failure the domain stays two-level. */
long evtchn_fifo_init(void);
/* EVTCHNOP_expand_array with the next page: 0, -XEN_ENOSPC when the driver has
   none left, or the hypercall's error. */
long evtchn_fifo_expand(void);
/* Ports with an event word. */
unsigned evtchn_fifo_ports(void);
/* The event word of a port (NULL past the array). */
volatile uint32_t *evtchn_fifo_word(evtchn_port_t port);
/* The running vCPU's control block. */
volatile struct evtchn_fifo_control_block *evtchn_fifo_control(void);

void evtchn_fifo_set_handler(evtchn_port_t port, evtchn_handler_t handler, void *data);
long evtchn_fifo_set_priority(evtchn_port_t port, uint32_t priority);
void evtchn_fifo_mask(evtchn_port_t port);
/* As Linux: clears MASKED; if the port is pending, EVTCHNOP_unmask links it. */
long evtchn_fifo_unmask(evtchn_port_t port);
int evtchn_fifo_is_pending(evtchn_port_t port);
int evtchn_fifo_is_masked(evtchn_port_t port);

/* Takes every event on the READY queues, highest priority (0) first and each
   queue in order, running the handler of each pending, unmasked one; returns
   how many ran. Call it from the upcall, or poll with interrupts off. */
unsigned evtchn_fifo_do_upcall(void);
/* With interrupts off: takes events as they come, blocked in between, until a
   handler has moved *counter on from `seen` (a wake-up the kernel waits for). */
void evtchn_fifo_wait_change(volatile unsigned *counter, unsigned seen);

#endif
