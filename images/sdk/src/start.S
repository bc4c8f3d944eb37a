	.file "start.S"
#include <hvsim/abi_version.h>

/* The ABI version the kernel was built against, as an ELF note (like Xen's
   XEN_ELFNOTE_* notes): the domain builder refuses a kernel that needs a newer
   minor than the hypervisor offers. A build may pin another version. */
#ifndef SDK_ABI_VERSION
#define SDK_ABI_VERSION HVSIM_ABI_VERSION
#endif
    .section .note.hvsim, "a", @note
    .balign 4
    .word   6                       /* namesz: "hvsim\0" */
    .word   4                       /* descsz */
    .word   HVSIM_ELFNOTE_ABI_VERSION
    .asciz  "hvsim"
    .balign 4
    .word   SDK_ABI_VERSION
    .balign 4

/* Entry of every vCPU: a0 = vCPU id, a1 = guest-physical address of start_info.
   vCPU 0 runs sdk_main; vCPUs brought up later with VCPUOP_up enter here too and
   run sdk_secondary. Each vCPU gets its own stack. .bss is not cleared: the
   domain builder hands over RAM zeroed beyond what it loads, as Xen's ELF loader
   zero-fills p_memsz beyond p_filesz. */
    .section .text.start, "ax"
    .globl _start
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      sp, __stack_top
    li      t0, 16384               /* SDK_STACK_SIZE in guest.ld */
    mul     t0, t0, a0
    sub     sp, sp, t0
    la      t0, sdk_trap_entry
    csrw    stvec, t0
    bnez    a0, 2f
    call    sdk_main
    j       sdk_halt

2:  call    sdk_secondary
    j       sdk_halt

/* Trap entry: save the registers a C handler may clobber, call sdk_trap with the
   frame, restore, sret. The guest runs in S-mode only, so the stack is always ours. */
    .text
    .globl sdk_trap_entry
    .balign 4
sdk_trap_entry:
    addi    sp, sp, -80
    sw      ra, 0(sp)
    sw      t0, 4(sp)
    sw      t1, 8(sp)
    sw      t2, 12(sp)
    sw      a0, 16(sp)
    sw      a1, 20(sp)
    sw      a2, 24(sp)
    sw      a3, 28(sp)
    sw      a4, 32(sp)
    sw      a5, 36(sp)
    sw      a6, 40(sp)
    sw      a7, 44(sp)
    sw      t3, 48(sp)
    sw      t4, 52(sp)
    sw      t5, 56(sp)
    sw      t6, 60(sp)
    csrr    t0, sepc
    sw      t0, 64(sp)
    csrr    a1, scause
    csrr    a2, stval
    mv      a0, sp
    call    sdk_trap
    lw      t0, 64(sp)
    csrw    sepc, t0
    lw      ra, 0(sp)
    lw      t0, 4(sp)
    lw      t1, 8(sp)
    lw      t2, 12(sp)
    lw      a0, 16(sp)
    lw      a1, 20(sp)
    lw      a2, 24(sp)
    lw      a3, 28(sp)
    lw      a4, 32(sp)
    lw      a5, 36(sp)
    lw      a6, 40(sp)
    lw      a7, 44(sp)
    lw      t3, 48(sp)
    lw      t4, 52(sp)
    lw      t5, 56(sp)
    lw      t6, 60(sp)
    addi    sp, sp, 80
    sret
