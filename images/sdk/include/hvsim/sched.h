/* hvsim guest ABI 1.0: sched_op (Xen's public/sched.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_SCHED_H__
#define __HVSIM_SCHED_H__

#ifdef HVSIM_XEN_HEADERS
#include <xen/sched.h>
#else

#include "xen.h"
#include "event_channel.h"

#define SCHEDOP_yield 0
#define SCHEDOP_block 1
#define SCHEDOP_shutdown 2
#define SCHEDOP_poll 3
#define SCHEDOP_remote_shutdown 4
#define SCHEDOP_shutdown_code 5
#define SCHEDOP_watchdog 6
#define SCHEDOP_pin_override 7

#define SHUTDOWN_poweroff 0
#define SHUTDOWN_reboot 1
#define SHUTDOWN_suspend 2
#define SHUTDOWN_crash 3
#define SHUTDOWN_watchdog 4
#define SHUTDOWN_MAX 5
#define SHUTDOWN_soft_reset 5

/* SCHEDOP_poll argument: block until one of the ports is pending or the timeout. */
struct sched_poll {
    XEN_GUEST_HANDLE(evtchn_port_t) ports __hvsim_align8;
    unsigned int nr_ports;
    uint8_t _hvsim_pad0[4];
    uint64_t timeout __hvsim_align8;
};
typedef struct sched_poll sched_poll_t;
HVSIM_ASSERT_SIZE(struct sched_poll, 24);

/* SCHEDOP_remote_shutdown argument (privileged). */
struct sched_remote_shutdown {
    domid_t domain_id;
    uint8_t _hvsim_pad0[2];
    unsigned int reason;
};
typedef struct sched_remote_shutdown sched_remote_shutdown_t;
HVSIM_ASSERT_SIZE(struct sched_remote_shutdown, 8);

/* SCHEDOP_shutdown / SCHEDOP_shutdown_code argument. */
struct sched_shutdown {
    unsigned int reason;
};
typedef struct sched_shutdown sched_shutdown_t;
HVSIM_ASSERT_SIZE(struct sched_shutdown, 4);

/* SCHEDOP_watchdog argument: id 0 creates a watchdog; timeout 0 destroys one. */
struct sched_watchdog {
    uint32_t id;
    uint32_t timeout;
};
typedef struct sched_watchdog sched_watchdog_t;
HVSIM_ASSERT_SIZE(struct sched_watchdog, 8);

#endif /* HVSIM_XEN_HEADERS */

#endif /* __HVSIM_SCHED_H__ */
