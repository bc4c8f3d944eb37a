/* Time and timers: system time from vcpu_time_info (Xen's pvclock formula over
   the `time` CSR), one-shot timers through set_timer_op and VIRQ_TIMER. */
#ifndef SDK_TIMER_H
#define SDK_TIMER_H

#include <stdint.h>

/* Nanoseconds of system time (since the domain's boot clock). */
uint64_t now_ns(void);
/* Binds VIRQ_TIMER on the running vCPU and enables its interrupts. */
void timer_init(void);
/* Arms the one-shot timer at an absolute system time (0 cancels it). */
long timer_set(uint64_t deadline_ns);
/* Blocks the vCPU (SCHEDOP_block) until `ns` have passed. */
void sleep_ns(uint64_t ns);
/* How many VIRQ_TIMER events the running vCPU has taken. */
unsigned timer_ticks(void);

/* Called from the trap handler on the supervisor timer interrupt (SBI TIME). */
void timer_interrupt(void);

#endif
