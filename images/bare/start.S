/* Entry of a bare-board image: M-mode, hart 0. Sets up gp, sp and a trap vector, clears
 * .bss, runs main and powers off with its return value as the exit status. */
  .file "start.S"
  .section .text.start, "ax"
  .globl _start
_start:
  .option push
  .option norelax
  la    gp, __global_pointer$
  .option pop
  la    sp, __stack_top
  la    t0, trap_entry
  csrw  mtvec, t0

  la    t0, __bss_start
  la    t1, __bss_end
1:
  bgeu  t0, t1, 2f
  sw    zero, 0(t0)
  addi  t0, t0, 4
  j     1b
2:
  call  main
  call  board_exit
3:
  j     3b

/* Any trap is a bug in a bare image: report it and stop with status 3. */
  .text
  .balign 4
trap_entry:
  csrr  a0, mcause
  csrr  a1, mepc
  csrr  a2, mtval
  la    sp, __stack_top
  call  board_trap
4:
  j     4b
