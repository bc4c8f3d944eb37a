#include <sdk/guest.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>

#define SIE_STIE (1u << 5)

static volatile unsigned ticks[8];

static inline uint64_t rdtime(void)
{
    uint32_t hi, lo, hi2;
    do {
        __asm__ __volatile__("rdtimeh %0" : "=r"(hi));
        __asm__ __volatile__("rdtime %0" : "=r"(lo));
        __asm__ __volatile__("rdtimeh %0" : "=r"(hi2));
    } while (hi != hi2);
    return ((uint64_t)hi << 32) | lo;
}

/* (delta << shift or >> -shift) * mul >> 32, as Xen's pvclock does; the
   product is done in 32-bit pieces so no 128-bit arithmetic is needed. */
static uint64_t scale_delta(uint64_t delta, uint32_t mul, int8_t shift)
{
    if (shift < 0)
        delta >>= -shift;
    else
        delta <<= shift;
    uint64_t lo = (uint64_t)(uint32_t)delta * mul;
    uint64_t hi = (uint64_t)(uint32_t)(delta >> 32) * mul;
    return hi + (lo >> 32);
}

uint64_t now_ns(void)
{
    volatile struct vcpu_time_info *t = &sdk_vcpu_info(sdk_vcpu_id())->time;
    uint32_t version;
    uint64_t ns;
    do {
        version = t->version;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        ns = t->system_time + scale_delta(rdtime() - t->tsc_timestamp, t->tsc_to_system_mul, t->tsc_shift);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
    } while ((version & 1) || version != t->version);
    return ns;
}

static void on_timer(evtchn_port_t port, void *data)
{
    (void)port;
    (void)data;
    ticks[sdk_vcpu_id() & 7]++;
}

void timer_init(void)
{
    evtchn_bind_virq(VIRQ_TIMER, sdk_vcpu_id(), on_timer, 0);
    local_irq_enable();
}

long timer_set(uint64_t deadline_ns)
{
    return HYPERVISOR_set_timer_op(deadline_ns);
}

void sleep_ns(uint64_t ns)
{
    uint64_t deadline = now_ns() + ns;
    timer_set(deadline);
    wait_event(now_ns() >= deadline);
}

unsigned timer_ticks(void)
{
    return ticks[sdk_vcpu_id() & 7];
}

void timer_interrupt(void)
{
    /* An SBI TIME timer fired: stop it (STIP is cleared by the next set_timer)
       by disabling the source until the kernel arms it again. */
    __asm__ __volatile__("csrc sie, %0" : : "r"(SIE_STIE));
    ticks[sdk_vcpu_id() & 7]++;
}
