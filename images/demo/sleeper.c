/* sleeper: wakes on a 10 ms one-shot timer (set_timer_op + VIRQ_TIMER),
   blocks in between, and reports how late each wake-up was. */
#include <sdk/guest.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>

#define PERIOD_NS 10000000ull

int main(void)
{
    timer_init();
    uint64_t next = now_ns() + PERIOD_NS, worst = 0;
    for (unsigned tick = 1;; tick++) {
        timer_set(next);
        wait_event(now_ns() >= next);
        uint64_t late = now_ns() - next;
        if (late > worst)
            worst = late;
        if (tick <= 3 || tick % 10 == 0)
            printf("sleeper: tick %u at %llu ms, late %llu us (worst %llu us)\n", tick,
                   (unsigned long long)(next / 1000000), (unsigned long long)(late / 1000),
                   (unsigned long long)(worst / 1000));
        next += PERIOD_NS;
    }
}
