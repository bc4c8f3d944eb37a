/*
 * cpubench's work as a user task under Sv32: this file is cpubench.c with a small kernel around
 * it. M-mode (start.S, then main below) gives S and U all of memory through PMP and builds the
 * page tables; the kernel (S-mode, on pages of its own that U cannot touch) turns translation on
 * and enters cpubench's main in U-mode. Everything is mapped at its physical address: the image
 * and the devices as user pages (cpubench prints and exits through the UART and the finisher
 * itself), the kernel's pages as supervisor pages. User pages start with A and D clear, so the
 * hart sets them as the task first touches each page.
 */
#define main user_main
#include "cpubench.c"
#undef main

#define RAM_BASE    0x80000000u
#define PAGE        4096u
#define MEGAPAGE    (1u << 22)
#define LEAVES      2u            /* second-level tables: the image spans < 8 MiB */

#define PTE_V 0x01u
#define PTE_R 0x02u
#define PTE_W 0x04u
#define PTE_X 0x08u
#define PTE_U 0x10u
#define PTE_A 0x40u
#define PTE_D 0x80u
#define PTE(pa, flags) ((((uint32_t)(pa)) >> 12 << 10) | (flags))

#define KERNEL __attribute__((section(".kernel.text")))
#define KERNEL_DATA __attribute__((aligned(4096), section(".kernel.bss")))

extern char __kernel_start[], __kernel_end[], __kernel_stack_top[], __stack_top[];

static uint32_t root[1024] KERNEL_DATA;
static uint32_t leaves[LEAVES][1024] KERNEL_DATA;

/* Where the kernel leaves for the user task: main's status goes to the finisher. */
static void user_entry(void) __attribute__((noreturn, used));
static void user_entry(void)
{
    board_exit(user_main());
}

/* S-mode, a0 = the satp value: translation on, then U-mode at user_entry on the user stack. */
KERNEL __attribute__((naked, noreturn)) static void kernel_entry(void)
{
    __asm__ volatile(
        "la    sp, __kernel_stack_top\n"
        "csrw  satp, a0\n"
        "sfence.vma\n"
        "la    t0, user_entry\n"
        "csrw  sepc, t0\n"
        "li    t0, 0x100\n" /* sstatus.SPP = U */
        "csrc  sstatus, t0\n"
        "la    sp, __stack_top\n"
        "sret\n");
}

static uint32_t leaf_pte(uint32_t pa)
{
    if (pa < (uint32_t)__kernel_start)
        return PTE(pa, PTE_V | PTE_R | PTE_W | PTE_X | PTE_U);
    if (pa < (uint32_t)__kernel_end)
        return PTE(pa, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D);
    return 0;
}

int main(void)
{
    if ((uint32_t)__kernel_end - RAM_BASE > LEAVES * MEGAPAGE) {
        board_puts("cpubench-sv32: image too large for its page tables\n");
        return 2;
    }
    /* The finisher (0x100000) and the UART (0x10000000): user megapages. */
    for (uint32_t i = 0; i < 1024; i++) {
        uint32_t va = i << 22;
        if (va == 0 || va == 0x10000000u)
            root[i] = PTE(va, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
        else if (va >= RAM_BASE && va < RAM_BASE + LEAVES * MEGAPAGE)
            root[i] = PTE((uint32_t)leaves[(va - RAM_BASE) >> 22], PTE_V);
        else
            root[i] = va & 1u; /* 0 (not a constant: keeps gcc from calling memset) */
    }
    for (uint32_t k = 0; k < LEAVES; k++)
        for (uint32_t j = 0; j < 1024; j++)
            leaves[k][j] = leaf_pte(RAM_BASE + k * MEGAPAGE + j * PAGE);

    /* S and U may access everything; S-mode starts at kernel_entry. */
    __asm__ volatile(
        "csrw  pmpaddr0, %0\n"
        "csrw  pmpcfg0, %1\n"
        "li    t0, 0x1800\n" /* mstatus.MPP = S */
        "csrc  mstatus, t0\n"
        "li    t0, 0x0800\n"
        "csrs  mstatus, t0\n"
        "csrw  mepc, %2\n"
        "mv    a0, %3\n"
        "mret\n"
        :
        : "r"(0xffffffffu), "r"(0x1fu), "r"(kernel_entry), "r"(0x80000000u | ((uint32_t)root >> 12))
        : "t0", "a0", "memory");
    __builtin_unreachable();
}
