/* The C side of startup and traps: remembers start_info, runs main, routes
   interrupts to the event channel and timer code, and turns any exception the
   kernel did not expect into a crash report and SHUTDOWN_crash. */
#include <sdk/guest.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>

#define SCAUSE_INTERRUPT 0x80000000u
#define IRQ_S_SOFT 1
#define IRQ_S_TIMER 5
#define IRQ_S_EXT 9

struct start_info *start_info;
struct shared_info *shared_info;

unsigned sdk_vcpu_id(void)
{
    unsigned id;
    /* sscratch is free for the SDK's use: it holds the vCPU id. */
    __asm__ __volatile__("csrr %0, sscratch" : "=r"(id));
    return id;
}

__attribute__((weak)) void secondary_main(unsigned vcpu_id)
{
    (void)vcpu_id;
}

void sdk_shutdown(unsigned reason)
{
    struct sched_shutdown arg = { .reason = reason };
    for (;;)
        HYPERVISOR_sched_op(SCHEDOP_shutdown, &arg);
}

void sdk_halt(void)
{
    /* Only reached if a vCPU returns without shutting down: park it. */
    for (;;)
        __asm__ __volatile__("wfi");
}

void sdk_main(unsigned vcpu_id, struct start_info *si)
{
    __asm__ __volatile__("csrw sscratch, %0" : : "r"(vcpu_id));
    start_info = si;
    shared_info = (struct shared_info *)(uintptr_t)si->shared_info;
    int rc = main();
    sdk_shutdown(rc == 0 ? SHUTDOWN_poweroff : SHUTDOWN_crash);
}

void sdk_secondary(unsigned vcpu_id, struct start_info *si)
{
    (void)si;
    __asm__ __volatile__("csrw sscratch, %0" : : "r"(vcpu_id));
    evtchn_register_vcpu_info(vcpu_id);
    secondary_main(vcpu_id);
    HYPERVISOR_vcpu_op(VCPUOP_down, vcpu_id, 0);
    sdk_halt();
}

struct trap_frame {
    uint32_t ra, t0, t1, t2, a0, a1, a2, a3, a4, a5, a6, a7, t3, t4, t5, t6, sepc;
};

void sdk_trap(struct trap_frame *f, uint32_t scause, uint32_t stval)
{
    if (scause & SCAUSE_INTERRUPT) {
        switch (scause & ~SCAUSE_INTERRUPT) {
        case IRQ_S_EXT:
        case IRQ_S_SOFT:
            evtchn_do_upcall();
            return;
        case IRQ_S_TIMER:
            timer_interrupt();
            return;
        }
    }
    printf("sdk: unexpected trap scause=0x%x sepc=0x%x stval=0x%x on vCPU %u\n",
           (unsigned)scause, (unsigned)f->sepc, (unsigned)stval, sdk_vcpu_id());
    sdk_shutdown(SHUTDOWN_crash);
}
