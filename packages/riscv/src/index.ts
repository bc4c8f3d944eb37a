/** @hvsim/riscv: the RV32IMA_Zicsr_Zifencei hart, guest-physical memory, ELF loader,
 *  disassembler and the bare board. */
export * from './constants';
export { PhysMemory } from './memory';
export type { Bus, Frame, FrameSource } from './memory';
export { Hart } from './hart';
export type { HartState } from './hart';
export * from './elf';
export * from './disasm';
export * from './board';
