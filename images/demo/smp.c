/* smp: vCPU 0 brings the others up with VCPUOP_up; each says hello, then the
   vCPUs ping-pong IPIs (EVTCHNOP_bind_ipi) and vCPU 0 reports the round trips. */
#include <sdk/guest.h>
#include <sdk/evtchn.h>

#define MAX_VCPUS 8
#define ROUNDS 5

static long ipi_port[MAX_VCPUS];
static volatile unsigned received[MAX_VCPUS];
static volatile unsigned online;

static void on_ipi(evtchn_port_t port, void *data)
{
    (void)port;
    __atomic_fetch_add(&received[(uintptr_t)data], 1, __ATOMIC_SEQ_CST);
}

/* Blocks until vCPU `me` has received `count` IPIs. */
static void wait_ipis(unsigned me, unsigned count)
{
    while (received[me] < count)
        HYPERVISOR_sched_op(SCHEDOP_block, 0);
}

void secondary_main(unsigned id)
{
    local_irq_enable();
    printf("smp: vCPU %u up\n", id);
    __atomic_fetch_add(&online, 1, __ATOMIC_SEQ_CST);
    evtchn_send((evtchn_port_t)ipi_port[0]);
    for (unsigned round = 1; round <= ROUNDS; round++) {
        wait_ipis(id, round);
        evtchn_send((evtchn_port_t)ipi_port[0]);
    }
}

int main(void)
{
    unsigned n = 0;
    while (n < MAX_VCPUS && HYPERVISOR_vcpu_op(VCPUOP_is_up, n, 0) >= 0)
        n++;
    for (unsigned v = 0; v < n; v++)
        ipi_port[v] = evtchn_bind_ipi(v, on_ipi, (void *)(uintptr_t)v);
    local_irq_enable();
    printf("smp: %u vCPUs, bringing %u up\n", n, n - 1);
    for (unsigned v = 1; v < n; v++) {
        long rc = HYPERVISOR_vcpu_op(VCPUOP_up, v, 0);
        if (rc < 0)
            printf("smp: VCPUOP_up(%u) failed: %ld\n", v, rc);
    }
    wait_ipis(0, n - 1);
    for (unsigned round = 1; round <= ROUNDS; round++) {
        for (unsigned v = 1; v < n; v++)
            evtchn_send((evtchn_port_t)ipi_port[v]);
        wait_ipis(0, (n - 1) * (round + 1));
    }
    printf("smp: %u vCPUs online, %u IPI round trips each: OK\n", online + 1, ROUNDS);
    return 0;
}
