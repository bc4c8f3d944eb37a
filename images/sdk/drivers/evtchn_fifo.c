/* The FIFO event-channel ABI, the guest's side: the consumer follows Xen's
   public/event_channel.h and what Linux's drivers/xen/events/events_fifo.c
   does with it (an event word per port, queue heads in the control block, the
   guest keeping its own copy of each head while it walks a queue). */
#include <sdk/guest.h>
#include <sdk/evtchn_fifo.h>

#define WORDS_PER_PAGE 1024
#define PENDING (1u << EVTCHN_FIFO_PENDING)
#define MASKED  (1u << EVTCHN_FIFO_MASKED)
#define LINKED  (1u << EVTCHN_FIFO_LINKED)
#define BUSY    (1u << EVTCHN_FIFO_BUSY)

static uint32_t array[SDK_FIFO_ARRAY_PAGES][WORDS_PER_PAGE] __attribute__((aligned(4096)));
static uint8_t control_page[4096] __attribute__((aligned(4096)));
static unsigned pages;
/* The head of each queue as this consumer walks it (0: read the control block's). */
static uint32_t local_head[EVTCHN_FIFO_MAX_QUEUES];

struct port_handler {
    evtchn_handler_t fn;
    void *data;
};
static struct port_handler handlers[SDK_FIFO_MAX_PORTS];

static unsigned long gfn_of(const void *p)
{
    return (uintptr_t)p >> 12;
}

volatile struct evtchn_fifo_control_block *evtchn_fifo_control(void)
{
    return (volatile struct evtchn_fifo_control_block *)control_page;
}

unsigned evtchn_fifo_ports(void)
{
    return pages * WORDS_PER_PAGE;
}

volatile uint32_t *evtchn_fifo_word(evtchn_port_t port)
{
    return port < evtchn_fifo_ports() ? &array[port / WORDS_PER_PAGE][port % WORDS_PER_PAGE] : 0;
}

long evtchn_fifo_expand(void)
{
    if (pages == SDK_FIFO_ARRAY_PAGES)
        return -XEN_ENOSPC;
    /* A new page starts with every port masked: a port is unmasked once bound. */
    for (unsigned i = 0; i < WORDS_PER_PAGE; i++)
        array[pages][i] = MASKED;
    struct evtchn_expand_array op = { .array_gfn = gfn_of(array[pages]) };
    long rc = HYPERVISOR_event_channel_op(EVTCHNOP_expand_array, &op);
    if (rc == 0)
        pages++;
    return rc;
}

long evtchn_fifo_init(void)
{
    memset(control_page, 0, sizeof control_page);
    struct evtchn_init_control op = { .control_gfn = gfn_of(control_page), .offset = 0, .vcpu = 0 };
    long rc = HYPERVISOR_event_channel_op(EVTCHNOP_init_control, &op);
    if (rc < 0)
        return rc;
    if (op.link_bits != EVTCHN_FIFO_LINK_BITS)
        return -XEN_EINVAL;
    return evtchn_fifo_expand();
}

void evtchn_fifo_set_handler(evtchn_port_t port, evtchn_handler_t handler, void *data)
{
    if (port < SDK_FIFO_MAX_PORTS) {
        handlers[port].fn = handler;
        handlers[port].data = data;
    }
}

long evtchn_fifo_set_priority(evtchn_port_t port, uint32_t priority)
{
    struct evtchn_set_priority op = { .port = port, .priority = priority };
    return HYPERVISOR_event_channel_op(EVTCHNOP_set_priority, &op);
}

int evtchn_fifo_is_pending(evtchn_port_t port)
{
    volatile uint32_t *w = evtchn_fifo_word(port);
    return w != 0 && (*w & PENDING) != 0;
}

int evtchn_fifo_is_masked(evtchn_port_t port)
{
    volatile uint32_t *w = evtchn_fifo_word(port);
    return w == 0 || (*w & MASKED) != 0;
}

void evtchn_fifo_mask(evtchn_port_t port)
{
    volatile uint32_t *w = evtchn_fifo_word(port);
    if (w != 0)
        __atomic_fetch_or(w, MASKED, __ATOMIC_SEQ_CST);
}

long evtchn_fifo_unmask(evtchn_port_t port)
{
    volatile uint32_t *w = evtchn_fifo_word(port);
    if (w == 0)
        return -XEN_EINVAL;
    uint32_t old = __atomic_fetch_and(w, ~MASKED, __ATOMIC_SEQ_CST);
    if ((old & PENDING) == 0)
        return 0;
    struct evtchn_unmask op = { .port = port };
    return HYPERVISOR_event_channel_op(EVTCHNOP_unmask, &op);
}

/* Unlinks a word (clears LINKED and LINK) unless the hypervisor holds it BUSY;
   returns the LINK it had: the next port of the queue, 0 for none. */
static uint32_t clear_linked(volatile uint32_t *word)
{
    uint32_t w = *word;
    for (;;) {
        uint32_t want = (w & ~BUSY) & ~(LINKED | EVTCHN_FIFO_LINK_MASK);
        if (__atomic_compare_exchange_n(word, &w, want, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return w & EVTCHN_FIFO_LINK_MASK;
        w &= ~BUSY;
    }
}

/* Takes the head of queue q; clears q's bit in *ready when q is now empty. */
static unsigned consume_one(unsigned q, uint32_t *ready)
{
    uint32_t port = local_head[q];
    if (port == 0)
        port = evtchn_fifo_control()->head[q] & EVTCHN_FIFO_LINK_MASK;
    volatile uint32_t *w = evtchn_fifo_word(port);
    if (w == 0) {
        *ready &= ~(1u << q);
        local_head[q] = 0;
        return 0;
    }
    uint32_t next = clear_linked(w);
    if (next == 0)
        *ready &= ~(1u << q);
    local_head[q] = next;
    uint32_t v = *w;
    if ((v & (PENDING | MASKED)) != PENDING)
        return 0;
    __atomic_fetch_and(w, ~PENDING, __ATOMIC_SEQ_CST);
    if (port < SDK_FIFO_MAX_PORTS && handlers[port].fn)
        handlers[port].fn(port, handlers[port].data);
    return 1;
}

unsigned evtchn_fifo_do_upcall(void)
{
    volatile struct evtchn_fifo_control_block *cb = evtchn_fifo_control();
    sdk_vcpu_info(0)->evtchn_upcall_pending = 0;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    unsigned ran = 0;
    uint32_t ready = __atomic_exchange_n(&cb->ready, 0, __ATOMIC_SEQ_CST);
    while (ready) {
        unsigned q = (unsigned)__builtin_ctz(ready);
        ran += consume_one(q, &ready);
        ready |= __atomic_exchange_n(&cb->ready, 0, __ATOMIC_SEQ_CST);
    }
    return ran;
}

void evtchn_fifo_wait_change(volatile unsigned *counter, unsigned seen)
{
    while (*counter == seen)
        if (evtchn_fifo_do_upcall() == 0)
            HYPERVISOR_sched_op(SCHEDOP_block, 0);
}
