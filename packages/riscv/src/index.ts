/** @hvsim/riscv: the RV32IMA_Zicsr_Zifencei hart, guest-physical memory, ELF loader,
 *  disassembler and the bare board. */
export * from './constants';
export { PhysMemory } from './memory';
export { spareStack } from './spare-stack';
export type { Bus, Frame, FrameSource } from './memory';
export { Hart } from './hart';
export { PMP_A, PMP_ENTRIES, PMP_G, PMP_L, PMP_NA4, PMP_NAPOT, PMP_OFF, PMP_R, PMP_TOR, PMP_W, PMP_X } from './pmp';
export type { HartState } from './hart';
export * from './elf';
export * from './disasm';
export * from './board';
