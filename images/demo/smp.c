/* smp: vCPU 0 brings the others up with VCPUOP_up; each says hello, then vCPU 0
   runs rounds of IPIs (EVTCHNOP_bind_ipi): it announces a round in memory and
   kicks every vCPU, each answers in memory and kicks vCPU 0 back. The IPIs only
   wake: event channels are bits, so several sends to one port may merge. */
#include <sdk/guest.h>
#include <sdk/evtchn.h>

#define MAX_VCPUS 8
#define ROUNDS 5

static long ipi_port[MAX_VCPUS];
static volatile unsigned ipis_taken[MAX_VCPUS];
static volatile unsigned online;
static volatile unsigned round_no;
static volatile unsigned answered[MAX_VCPUS];

static void on_ipi(evtchn_port_t port, void *data)
{
    (void)port;
    ipis_taken[(uintptr_t)data]++;
}

void secondary_main(unsigned id)
{
    local_irq_enable();
    printf("smp: vCPU %u up\n", id);
    __atomic_fetch_add(&online, 1, __ATOMIC_SEQ_CST);
    evtchn_send((evtchn_port_t)ipi_port[0]);
    for (unsigned round = 1; round <= ROUNDS; round++) {
        wait_event(round_no >= round);
        answered[id] = round;
        evtchn_send((evtchn_port_t)ipi_port[0]);
    }
}

static int all_answered(unsigned n, unsigned round)
{
    for (unsigned v = 1; v < n; v++)
        if (answered[v] < round)
            return 0;
    return 1;
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
    wait_event(online == n - 1);
    for (unsigned round = 1; round <= ROUNDS; round++) {
        round_no = round;
        for (unsigned v = 1; v < n; v++)
            evtchn_send((evtchn_port_t)ipi_port[v]);
        wait_event(all_answered(n, round));
    }
    unsigned taken = 0;
    for (unsigned v = 0; v < n; v++)
        taken += ipis_taken[v];
    printf("smp: %u vCPUs online, %u rounds of IPIs, %u IPI upcalls taken: OK\n", online + 1, ROUNDS, taken);
    return 0;
}
