/* The PV console ring driver. out[] (2 KiB) and in[] (1 KiB) are rings with
   free-running 32-bit indices, masked by the ring's size. Producer: copy the
   data, fence, move the index. Consumer: read the index, fence, copy, fence,
   move its index. Each side notifies the other over the console's event
   channel after moving an index.

   The port stays masked and waits use SCHEDOP_poll (clear the pending bit,
   check the ring, then poll), as in xenstore.c: no upcall races us for the
   pending bit, and waiting works with interrupts off. A poll also ends after a
   short timeout so that a waiter whose wake-up another vCPU cleared (a reader
   and a writer share the port) rechecks the ring. */
#include <sdk/guest.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>
#include <sdk/console_ring.h>

#define SSTATUS_SIE (1u << 1)
#define OUT_SIZE ((uint32_t)sizeof(((struct xencons_interface *)0)->out))
#define IN_SIZE ((uint32_t)sizeof(((struct xencons_interface *)0)->in))
#define RECHECK_NS 1000000ull

static volatile struct xencons_interface *cons;
static evtchn_port_t cons_port;
static int probed, connected;
/* vCPU id + 1 of the vCPU writing out[], 0 when free. */
static uint32_t writer;

static inline void barrier_full(void)
{
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
}

static void probe(void)
{
    if (probed)
        return;
    probed = 1;
    uint64_t mfn = start_info->console.domU.mfn;
    if (mfn == 0 || (mfn >> 20) != 0)
        return;
    cons = (volatile struct xencons_interface *)(uintptr_t)(mfn << 12);
    cons_port = start_info->console.domU.evtchn;
    evtchn_mask(cons_port);
    struct evtchn_status st = { .dom = DOMID_SELF, .port = cons_port };
    connected = HYPERVISOR_event_channel_op(EVTCHNOP_status, &st) == 0 &&
                st.status == EVTCHNSTAT_interdomain;
}

int console_ring_connected(void)
{
    probe();
    return connected;
}

evtchn_port_t console_ring_port(void)
{
    probe();
    return cons_port;
}

static void wait_for_backend(void)
{
    evtchn_port_t port = cons_port;
    struct sched_poll poll = { .nr_ports = 1, .timeout = now_ns() + RECHECK_NS };
    set_xen_guest_handle(poll.ports, &port);
    HYPERVISOR_sched_op(SCHEDOP_poll, &poll);
}

/* Interrupts off while a vCPU holds out[]: a handler that prints must not spin
   on a lock its own vCPU holds. Returns the previous sstatus.SIE. */
static uint32_t irq_save(void)
{
    uint32_t old;
    __asm__ __volatile__("csrrc %0, sstatus, %1" : "=r"(old) : "r"(SSTATUS_SIE) : "memory");
    return old & SSTATUS_SIE;
}

static void irq_restore(uint32_t sie)
{
    if (sie)
        __asm__ __volatile__("csrs sstatus, %0" : : "r"(SSTATUS_SIE) : "memory");
}

static long lock_writer(void)
{
    uint32_t me = sdk_vcpu_id() + 1;
    for (;;) {
        uint32_t expected = 0;
        if (__atomic_compare_exchange_n(&writer, &expected, me, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return 0;
        if (expected == me)
            return -XEN_EDEADLK; /* a trap on this vCPU interrupted a write */
        HYPERVISOR_sched_op(SCHEDOP_yield, 0);
    }
}

static long put_out(const char *s, size_t n)
{
    size_t done = 0;
    while (done < n) {
        XENCONS_RING_IDX c = cons->out_cons, p = cons->out_prod;
        barrier_full();
        uint32_t used = p - c;
        if (used > OUT_SIZE)
            return -XEN_EIO;
        if (used == OUT_SIZE) {
            /* Full: clear before the recheck so that the backend's next
               notification is not lost, then sleep until it makes room. */
            evtchn_clear(cons_port);
            if (cons->out_cons == c) {
                evtchn_send(cons_port);
                wait_for_backend();
            }
            continue;
        }
        uint32_t off = MASK_XENCONS_IDX(p, cons->out);
        uint32_t k = OUT_SIZE - used;
        if (k > OUT_SIZE - off)
            k = OUT_SIZE - off;
        if (k > n - done)
            k = (uint32_t)(n - done);
        memcpy((char *)cons->out + off, s + done, k);
        barrier_full();
        cons->out_prod = p + k;
        done += k;
    }
    return (long)n;
}

long console_ring_write(const char *s, size_t n)
{
    if (!console_ring_connected())
        return -XEN_ENOTCONN;
    uint32_t sie = irq_save();
    long rc = lock_writer();
    if (rc == 0) {
        rc = put_out(s, n);
        evtchn_send(cons_port);
        __atomic_store_n(&writer, 0, __ATOMIC_RELEASE);
    }
    irq_restore(sie);
    return rc;
}

long console_ring_read(char *buf, size_t len)
{
    if (!console_ring_connected())
        return -XEN_ENOTCONN;
    XENCONS_RING_IDX c = cons->in_cons, p = cons->in_prod;
    barrier_full();
    uint32_t avail = p - c;
    if (avail > IN_SIZE)
        return -XEN_EIO;
    uint32_t n = avail < len ? avail : (uint32_t)len;
    for (uint32_t i = 0; i < n; i++)
        buf[i] = cons->in[MASK_XENCONS_IDX(c + i, cons->in)];
    if (n == 0)
        return 0;
    barrier_full();
    cons->in_cons = c + n;
    evtchn_send(cons_port); /* the backend may hold more input for the room just freed */
    return (long)n;
}

long console_ring_read_wait(char *buf, size_t len)
{
    if (len == 0 || !console_ring_connected())
        return console_ring_read(buf, len);
    for (;;) {
        evtchn_clear(cons_port);
        long n = console_ring_read(buf, len);
        if (n != 0)
            return n;
        wait_for_backend();
    }
}
