#include <sdk/guest.h>
#include <sdk/evtchn.h>

#define SIE_SSIE (1u << 1)
#define SIE_STIE (1u << 5)
#define SIE_SEIE (1u << 9)
#define SSTATUS_SIE (1u << 1)
#define WORD_BITS 32

struct port_handler {
    evtchn_handler_t fn;
    void *data;
};

static struct port_handler handlers[SDK_MAX_PORTS];
/* vcpu_info of vCPUs 1.. (vCPU 0 uses the legacy slot in shared_info). */
static struct vcpu_info secondary_info[8] __attribute__((aligned(64)));

/* The 64-bit xen_ulong_t bitmaps are handled as pairs of 32-bit words
   (little-endian), so that RV32's word-sized AMOs can update them. */
static inline volatile uint32_t *pending_words(void)
{
    return (volatile uint32_t *)shared_info->evtchn_pending;
}

static inline volatile uint32_t *mask_words(void)
{
    return (volatile uint32_t *)shared_info->evtchn_mask;
}

struct vcpu_info *sdk_vcpu_info(unsigned id)
{
    return id == 0 ? &shared_info->vcpu_info[0] : &secondary_info[id - 1];
}

long evtchn_register_vcpu_info(unsigned id)
{
    uintptr_t addr = (uintptr_t)&secondary_info[id - 1];
    struct vcpu_register_vcpu_info info = {
        .mfn = addr >> 12,
        .offset = addr & 0xfff,
    };
    return HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, id, &info);
}

void evtchn_set_handler(evtchn_port_t port, evtchn_handler_t handler, void *data)
{
    if (port < SDK_MAX_PORTS) {
        handlers[port].fn = handler;
        handlers[port].data = data;
    }
}

static long bound(long rc, evtchn_port_t port, evtchn_handler_t handler, void *data)
{
    if (rc < 0)
        return rc;
    if (port >= SDK_MAX_PORTS)
        return -XEN_ENOSPC;
    evtchn_set_handler(port, handler, data);
    evtchn_unmask(port);
    return port;
}

long evtchn_bind_virq(uint32_t virq, uint32_t vcpu, evtchn_handler_t handler, void *data)
{
    struct evtchn_bind_virq op = { .virq = virq, .vcpu = vcpu };
    long rc = HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &op);
    return bound(rc, op.port, handler, data);
}

long evtchn_bind_ipi(uint32_t vcpu, evtchn_handler_t handler, void *data)
{
    struct evtchn_bind_ipi op = { .vcpu = vcpu };
    long rc = HYPERVISOR_event_channel_op(EVTCHNOP_bind_ipi, &op);
    return bound(rc, op.port, handler, data);
}

long evtchn_alloc_unbound(domid_t remote_dom, evtchn_handler_t handler, void *data)
{
    struct evtchn_alloc_unbound op = { .dom = DOMID_SELF, .remote_dom = remote_dom };
    long rc = HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &op);
    return bound(rc, op.port, handler, data);
}

long evtchn_bind_interdomain(domid_t remote_dom, evtchn_port_t remote_port,
                             evtchn_handler_t handler, void *data)
{
    struct evtchn_bind_interdomain op = { .remote_dom = remote_dom, .remote_port = remote_port };
    long rc = HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &op);
    return bound(rc, op.local_port, handler, data);
}

long evtchn_send(evtchn_port_t port)
{
    struct evtchn_send op = { .port = port };
    return HYPERVISOR_event_channel_op(EVTCHNOP_send, &op);
}

long evtchn_close(evtchn_port_t port)
{
    struct evtchn_close op = { .port = port };
    evtchn_set_handler(port, 0, 0);
    return HYPERVISOR_event_channel_op(EVTCHNOP_close, &op);
}

void evtchn_mask(evtchn_port_t port)
{
    __atomic_fetch_or(&mask_words()[port / WORD_BITS], 1u << (port % WORD_BITS), __ATOMIC_SEQ_CST);
}

/* As Xen's guests do: clear the mask, and if the port became pending meanwhile
   ask the hypervisor to redeliver it. */
void evtchn_unmask(evtchn_port_t port)
{
    __atomic_fetch_and(&mask_words()[port / WORD_BITS], ~(1u << (port % WORD_BITS)), __ATOMIC_SEQ_CST);
    if (evtchn_is_pending(port)) {
        struct evtchn_unmask op = { .port = port };
        HYPERVISOR_event_channel_op(EVTCHNOP_unmask, &op);
    }
}

int evtchn_is_pending(evtchn_port_t port)
{
    return (pending_words()[port / WORD_BITS] >> (port % WORD_BITS)) & 1;
}

void evtchn_clear(evtchn_port_t port)
{
    __atomic_fetch_and(&pending_words()[port / WORD_BITS], ~(1u << (port % WORD_BITS)), __ATOMIC_SEQ_CST);
}

static void run_port(evtchn_port_t port)
{
    evtchn_clear(port);
    if (port < SDK_MAX_PORTS && handlers[port].fn)
        handlers[port].fn(port, handlers[port].data);
}

/* Scan one 64-bit selector half: each set bit names a pending/mask word pair. */
static void scan(uint32_t sel, unsigned first_word)
{
    while (sel) {
        unsigned bit = (unsigned)__builtin_ctz(sel);
        sel &= sel - 1;
        unsigned word = first_word + bit;
        uint32_t ready = pending_words()[word] & ~mask_words()[word];
        while (ready) {
            unsigned b = (unsigned)__builtin_ctz(ready);
            ready &= ready - 1;
            run_port(word * WORD_BITS + b);
        }
    }
}

void evtchn_do_upcall(void)
{
    struct vcpu_info *vi = sdk_vcpu_info(sdk_vcpu_id());
    volatile uint32_t *sel = (volatile uint32_t *)&vi->evtchn_pending_sel;
    /* A software-interrupt upcall is acknowledged by clearing sip.SSIP. */
    __asm__ __volatile__("csrc sip, %0" : : "r"(SIE_SSIE));
    volatile uint8_t *upcall_pending = &vi->evtchn_upcall_pending;
    while (*upcall_pending) {
        /* Only the hypervisor sets it, and only between our instructions: a
           plain store is enough (RV32A has no byte-sized AMO). */
        *upcall_pending = 0;
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        /* Selector bit i covers 64-bit word i, i.e. 32-bit words 2i and 2i+1. */
        uint32_t lo = __atomic_exchange_n(&sel[0], 0, __ATOMIC_SEQ_CST);
        uint32_t hi = __atomic_exchange_n(&sel[1], 0, __ATOMIC_SEQ_CST);
        for (unsigned half = 0; half < 2; half++) {
            uint32_t s = half ? hi : lo;
            while (s) {
                unsigned i = (unsigned)__builtin_ctz(s) + half * 32;
                s &= s - 1;
                scan(3u, i * 2);
            }
        }
    }
}

void local_irq_enable(void)
{
    __asm__ __volatile__("csrs sie, %0" : : "r"(SIE_SEIE | SIE_STIE | SIE_SSIE));
    __asm__ __volatile__("csrs sstatus, %0" : : "r"(SSTATUS_SIE));
}

void local_irq_disable(void)
{
    __asm__ __volatile__("csrc sstatus, %0" : : "r"(SSTATUS_SIE));
}
