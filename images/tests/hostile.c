/* hostile: a guest that attacks the hypervisor, seeded and repeatable. Each round is
   one of: a random hypercall (any number 0..63, random sub-ops, arguments that are
   pointers into its own memory, past its end, into MMIO, misaligned, at the top of
   the address space, or plain random words), a random SBI call, a wild load or
   store, or a random instruction word. Faults it causes land in its own trap
   handler, which skips the instruction. The hypervisor must answer everything with
   an errno (or a trap to the guest) and nothing must reach another domain: an
   end-to-end test runs this beside victim domains and checks them.

   The command line may say "rounds=N seed=S" (default 100000 rounds, seed 1). Only
   calls that would end this domain's own run early are left out: shutdown, block,
   poll, watchdog, vCPU down, SBI SRST/HSM stop/legacy shutdown. */
#include <sdk/sbi.h>
#include <sdk/test.h>
#include <sdk/timer.h>

const char test_title[] = "hostile";

static uint32_t state = 1;

static uint32_t rnd(void)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

/* Faults land here while the attack runs: skip the faulting instruction (no C
   extension: every instruction is 4 bytes). Only t0 is touched, and the attacks
   declare it clobbered. Interrupts are off while this handler is installed. */
__asm__(".text\n"
        ".balign 4\n"
        "skip_trap:\n"
        "    csrr t0, sepc\n"
        "    addi t0, t0, 4\n"
        "    csrw sepc, t0\n"
        "    sret\n");
extern char skip_trap[];

static uint32_t ram_end;
/* RAM from here to its end is fair game for pointers (this kernel, its data and stack
   lie below): there the hypervisor may write what the calls return. The rings and
   start_info are up there too, so dom0 reads whatever the calls leave in them. */
static uint32_t scratch;
/* Words the calls' pointers often name (multicall lists, extents, grant ops), filled
   anew before each call; in the scratch area, since a call may write past them. */
#define BUFFER_WORDS 64
static uint32_t *buffer;
/* One random instruction, then a return; executed in place after a fence.i. */
static uint32_t code[2] __attribute__((aligned(8)));

/* A random word, kept off this kernel's own memory (a pointer there would let the
   hypervisor overwrite the code and counters of the attack itself). */
static uint32_t word(void)
{
    uint32_t w = rnd();
    return w >= HVSIM_GUEST_RAM_BASE && w < scratch ? w + (scratch - HVSIM_GUEST_RAM_BASE) : w;
}

static unsigned long pointer(void)
{
    switch (rnd() % 8) {
    case 0: return (unsigned long)buffer + (rnd() % (BUFFER_WORDS * 4));
    case 1: return scratch + rnd() % (ram_end - scratch);  /* its own RAM, above this kernel */
    case 2: return ram_end - (rnd() % 16);                 /* straddling the end */
    case 3: return ram_end + (rnd() % 0x10000);            /* past the end */
    case 4: return 0x02000000u + (rnd() % 0x10000);        /* CLINT */
    case 5: return 0x10000000u + (rnd() % 0x1000);         /* a UART */
    case 6: return 0xfffffff0u + (rnd() % 16);             /* top of the address space */
    default: return word();
    }
}

static unsigned long argument(void)
{
    switch (rnd() % 4) {
    case 0: return pointer();
    case 1: return rnd() % 16;                             /* a small sub-op or count */
    case 2: return (unsigned long)(int)(rnd() % 64) - 32;  /* near zero, negative too */
    default: return word();
    }
}

/* Would this call end our own run (shut down, block for ever, stop our vCPU)? */
static int ends_us(unsigned nr, unsigned long a0)
{
    switch (nr) {
    case __HYPERVISOR_sched_op_compat:
        return 1;
    case __HYPERVISOR_sched_op:
        return a0 == SCHEDOP_shutdown || a0 == SCHEDOP_block || a0 == SCHEDOP_poll ||
               a0 == SCHEDOP_watchdog || a0 == SCHEDOP_remote_shutdown;
    case __HYPERVISOR_vcpu_op:
        return a0 == VCPUOP_down;
    case __HYPERVISOR_memory_op:
        return a0 == XENMEM_decrease_reservation;          /* could take our own code */
    default:
        return 0;
    }
}

static unsigned long hypercalls, sbi_calls, wild_accesses, instructions;

static void random_hypercall(void)
{
    /* Console writes only with a small count, so the run does not drown its console. */
    static const unsigned common[] = {
        __HYPERVISOR_memory_op, __HYPERVISOR_multicall, __HYPERVISOR_set_timer_op, __HYPERVISOR_xen_version,
        __HYPERVISOR_grant_table_op, __HYPERVISOR_vcpu_op, __HYPERVISOR_sched_op, __HYPERVISOR_event_channel_op,
        __HYPERVISOR_domctl, __HYPERVISOR_sysctl,
    };
    unsigned nr = rnd() % 2 ? common[rnd() % (sizeof common / sizeof common[0])] : rnd() % 64;
    unsigned long a[5];
    for (int i = 0; i < 5; i++)
        a[i] = argument();
    if (nr == __HYPERVISOR_sched_op || nr == __HYPERVISOR_vcpu_op || nr == __HYPERVISOR_memory_op)
        a[0] = rnd() % 12;
    if (nr == __HYPERVISOR_console_io)
        a[1] = rnd() % 32;
    for (unsigned i = 0; i < BUFFER_WORDS; i++)
        buffer[i] = rnd() % 4 ? rnd() % 64 : word();
    if (ends_us(nr, a[0]))
        return;
    hypercalls++;
    _hypercall(nr, a[0], a[1], a[2], a[3], a[4]);
}

static void random_sbi(void)
{
    static const unsigned long eids[] = {
        0x10, SBI_EXT_TIME, SBI_EXT_HSM, SBI_EXT_DBCN, SBI_EXT_HVSIM_HYPERCALL, 0x735049 /* IPI */,
        0x52464e43 /* RFENCE */, 1, 2, 3, 4, 5, 6, 7,
    };
    unsigned long eid = rnd() % 4 ? eids[rnd() % (sizeof eids / sizeof eids[0])] : rnd();
    unsigned long fid = rnd() % 8;
    if (eid == SBI_EXT_HSM && fid != SBI_EXT_HSM_HART_GET_STATUS)
        return; /* stop and suspend would end the run; start is a vCPU's business */
    if (eid == SBI_EXT_0_1_SET_TIMER || eid == SBI_EXT_TIME)
        return; /* a timer interrupt would arrive while interrupts are off: harmless, but pointless */
    sbi_calls++;
    sbi_ecall(eid, fid, argument(), rnd() % 64, argument());
}

static void wild_access(void)
{
    unsigned long p = pointer();
    wild_accesses++;
    if (rnd() % 2) {
        unsigned long v;
        __asm__ __volatile__("lw %0, 0(%1)" : "=r"(v) : "r"(p) : "t0", "memory");
        (void)v;
    } else if (p < HVSIM_GUEST_RAM_BASE || p >= ram_end) {
        /* Stores only outside our own RAM: inside it they would corrupt this kernel. */
        __asm__ __volatile__("sw %0, 0(%1)" : : "r"(rnd()), "r"(p) : "t0", "memory");
    }
}

static void random_instruction(void)
{
    uint32_t insn = rnd();
    unsigned opcode = insn & 0x7f;
    /* Leave out what would jump away or store into this kernel: branches, jumps,
       stores and AMOs; system instructions stay (CSR reads and writes, wfi, ecall
       with whatever registers hold, sret). */
    if (opcode == 0x63 || opcode == 0x6f || opcode == 0x67 || opcode == 0x23 || opcode == 0x2f)
        return;
    /* sret, mret and CSR writes to stvec/sstatus/satp would take control away. */
    if (opcode == 0x73)
        return;
    /* Results go to a scratch register, never ra, sp, gp, tp, s0 or s1. */
    unsigned rd = (insn >> 7) & 31;
    if (rd == 1 || rd == 2 || rd == 3 || rd == 4 || rd == 8 || rd == 9)
        insn = (insn & ~(31u << 7)) | (5u << 7);
    instructions++;
    code[0] = insn;
    code[1] = 0x00008067; /* ret */
    __asm__ __volatile__(".word 0x0000100f\n" /* fence.i (Zifencei; the assembler here lacks it) */
                         "jalr ra, 0(%0)"
                         : : "r"(code) : "ra", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a0", "a1", "a2", "a3", "a4",
                           "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "memory");
}

static unsigned long number_after(const char *line, const char *key, unsigned long fallback)
{
    for (const char *p = line; *p; p++) {
        const char *k = key, *q = p;
        while (*k && *q == *k) k++, q++;
        if (*k)
            continue;
        unsigned long n = 0;
        int digits = 0;
        while (*q >= '0' && *q <= '9')
            n = n * 10 + (unsigned long)(*q++ - '0'), digits++;
        return digits ? n : fallback;
    }
    return fallback;
}

void test_main(void)
{
    const char *cmdline = (const char *)start_info->cmd_line;
    unsigned long rounds = number_after(cmdline, "rounds=", 100000);
    state = (uint32_t)number_after(cmdline, "seed=", 1) | 1;
    ram_end = HVSIM_GUEST_RAM_BASE + start_info->nr_pages * HVSIM_PAGE_SIZE;
    scratch = HVSIM_GUEST_RAM_BASE + (ram_end - HVSIM_GUEST_RAM_BASE) / 2;
    buffer = (uint32_t *)scratch;
    printf("rounds %lu seed %u\n", rounds, (unsigned)state);

    unsigned long saved_stvec;
    __asm__ __volatile__("csrci sstatus, 2" ::: "memory"); /* SIE off: our handler only skips */
    __asm__ __volatile__("csrrw %0, stvec, %1" : "=r"(saved_stvec) : "r"(skip_trap) : "memory");
    for (unsigned long i = 0; i < rounds; i++) {
        switch (rnd() % 8) {
        case 0: random_sbi(); break;
        case 1: wild_access(); break;
        case 2: random_instruction(); break;
        default: random_hypercall(); break;
        }
    }
    __asm__ __volatile__("csrw stvec, %0" : : "r"(saved_stvec) : "memory");
    __asm__ __volatile__("csrsi sstatus, 2" ::: "memory");
    /* Let dom0 drain the console the attack flooded, so the totals are not dropped with it. */
    uint64_t until = now_ns() + 20000000ull;
    while (now_ns() < until)
        HYPERVISOR_sched_op(SCHEDOP_yield, 0);
    printf("\nhypercalls %lu sbi %lu wild %lu instructions %lu\n", hypercalls, sbi_calls, wild_accesses, instructions);
    test_checks++;
}
