/* hvmboot: an HVM guest that boots as a RISC-V kernel does. The SDK's entry
   keeps a0 (the hart id, sdk_vcpu_id()) and a1 (here the guest-physical address
   of the flattened device tree the domain builder made; start_info for PV
   guests). It walks the tree for the RAM, command line, ISA, UART and PLIC,
   prints them on the UART, enables the UART's receive interrupt through the
   PLIC, takes it as a supervisor external interrupt, echoes the line typed at
   the console, and powers off with SBI SRST. */
#include <sdk/guest.h>
#include <sdk/uart.h>

#define FDT_MAGIC 0xd00dfeedu
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE 2
#define FDT_PROP 3
#define FDT_NOP 4
#define FDT_END 9

#define PLIC_ENABLE(ctx) (0x2000u + 0x80u * (ctx))
#define PLIC_THRESHOLD(ctx) (0x200000u + 0x1000u * (ctx))
#define PLIC_CLAIM(ctx) (PLIC_THRESHOLD(ctx) + 4)
#define SIE_SEIE (1u << 9)
#define SSTATUS_SIE (1u << 1)

/* What the walk finds. */
static struct {
    uint32_t mem_base, mem_size, cpus, uart, uart_irq, plic;
    const char *bootargs, *isa, *mmu;
} dt;

static volatile uint8_t *uart;
static char line[128];
static volatile unsigned line_len, line_done, irqs;

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* One property of the node `node` (its name) under `parent`. */
static void property(const char *parent, const char *node, const char *name, const uint8_t *v, uint32_t len)
{
    if (starts_with(node, "memory@") && !strcmp(name, "reg") && len == 8) {
        dt.mem_base = be32(v);
        dt.mem_size = be32(v + 4);
    } else if (!strcmp(node, "chosen") && !strcmp(name, "bootargs")) {
        dt.bootargs = (const char *)v;
    } else if (!strcmp(parent, "cpus") && starts_with(node, "cpu@")) {
        if (!strcmp(name, "riscv,isa")) dt.isa = (const char *)v;
        if (!strcmp(name, "mmu-type")) dt.mmu = (const char *)v;
        if (!strcmp(name, "device_type")) dt.cpus++;
    } else if (starts_with(node, "serial@")) {
        if (!strcmp(name, "reg") && len >= 4) dt.uart = be32(v);
        if (!strcmp(name, "interrupts") && len == 4) dt.uart_irq = be32(v);
    } else if (starts_with(node, "interrupt-controller@") && !strcmp(name, "reg") && len >= 4) {
        dt.plic = be32(v);
    }
}

/* Walks the structure block; returns 0, or -1 for a blob it cannot read. */
static int walk(const uint8_t *fdt)
{
    if (be32(fdt) != FDT_MAGIC)
        return -1;
    const uint8_t *p = fdt + be32(fdt + 8);
    const char *strings = (const char *)fdt + be32(fdt + 12);
    const char *path[8] = { "" };
    int depth = -1;
    for (;;) {
        uint32_t token = be32(p);
        p += 4;
        switch (token) {
        case FDT_BEGIN_NODE: {
            const char *name = (const char *)p;
            if (++depth >= 8)
                return -1;
            path[depth] = name;
            p += (strlen(name) + 4) & ~3u;
            break;
        }
        case FDT_END_NODE:
            depth--;
            break;
        case FDT_PROP: {
            uint32_t len = be32(p), nameoff = be32(p + 4);
            if (depth >= 1) /* properties of / are not needed */
                property(path[depth - 1], path[depth], strings + nameoff, p + 8, len);
            p += 8 + ((len + 3) & ~3u);
            break;
        }
        case FDT_NOP:
            break;
        case FDT_END:
            return 0;
        default:
            return -1;
        }
    }
}

/* printf to the UART (the SDK's printf goes to the PV console). */
#define say(...)                                   \
    do {                                           \
        char say_buf_[256];                        \
        snprintf(say_buf_, sizeof say_buf_, __VA_ARGS__); \
        uart_puts(uart, say_buf_);                       \
    } while (0)

static volatile uint32_t *plic_reg(uint32_t offset)
{
    return (volatile uint32_t *)(uintptr_t)(dt.plic + offset);
}

/* Supervisor external interrupt: claim from the PLIC, drain the UART, complete. */
__attribute__((interrupt("supervisor"))) static void on_trap(void)
{
    uint32_t ctx = 2 * sdk_vcpu_id() + 1;
    uint32_t source = *plic_reg(PLIC_CLAIM(ctx));
    if (source == dt.uart_irq) {
        irqs++;
        while (uart[NS16550_LSR] & NS16550_LSR_DR) {
            char c = (char)uart[NS16550_RBR];
            if (c == '\r' || c == '\n')
                line_done = 1;
            else if (line_len < sizeof line - 1 && !line_done)
                line[line_len++] = c;
        }
    }
    if (source != 0)
        *plic_reg(PLIC_CLAIM(ctx)) = source;
}

int main(void)
{
    const uint8_t *fdt = (const uint8_t *)start_info; /* a1 at entry */
    uart = (volatile uint8_t *)0x10000000u; /* until the tree says otherwise */
    if (walk(fdt) != 0 || dt.uart == 0 || dt.plic == 0) {
        say("hvmboot: a1 = %p is no device tree I can read\n", fdt);
        return 1;
    }
    uart = (volatile uint8_t *)(uintptr_t)dt.uart;
    say("hvmboot: hart %u, device tree at %p\n", sdk_vcpu_id(), fdt);
    say("hvmboot: memory %u MiB at 0x%x\n", (unsigned)(dt.mem_size >> 20), (unsigned)dt.mem_base);
    say("hvmboot: %u cpu(s), isa %s, mmu %s\n", (unsigned)dt.cpus, dt.isa, dt.mmu);
    say("hvmboot: bootargs \"%s\"\n", dt.bootargs ? dt.bootargs : "");
    say("hvmboot: uart 0x%x irq %u, plic 0x%x\n", (unsigned)dt.uart, (unsigned)dt.uart_irq, (unsigned)dt.plic);

    uint32_t ctx = 2 * sdk_vcpu_id() + 1;
    *plic_reg(4 * dt.uart_irq) = 1;
    *plic_reg(PLIC_ENABLE(ctx)) = 1u << dt.uart_irq;
    *plic_reg(PLIC_THRESHOLD(ctx)) = 0;
    uart[NS16550_IER] = NS16550_IER_ERBFI;
    __asm__ __volatile__("csrw stvec, %0" : : "r"(on_trap));
    __asm__ __volatile__("csrs sie, %0" : : "r"(SIE_SEIE));
    __asm__ __volatile__("csrs sstatus, %0" : : "r"(SSTATUS_SIE));
    say("hvmboot: type a line\n");
    while (!line_done)
        __asm__ __volatile__("wfi");
    line[line_len] = 0;
    say("hvmboot: got \"%s\" in %u interrupt(s) from PLIC source %u\n", line, irqs, (unsigned)dt.uart_irq);
    sbi_ecall(SBI_EXT_SRST, SBI_EXT_SRST_RESET, SBI_SRST_RESET_TYPE_SHUTDOWN, SBI_SRST_RESET_REASON_NONE, 0);
    say("hvmboot: SRST returned, which it must not\n");
    return 1;
}
