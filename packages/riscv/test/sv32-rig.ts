/**
 * A machine for Sv32 tests: page tables the test builds from the host, code placed at physical
 * pages and run at virtual addresses in S- or U-mode, traps to a self-loop in M-mode (which
 * translates nothing), so that mcause/mtval/mepc tell what faulted.
 */
import * as A from './asm';
import { Machine, RAM_BASE, machine } from './machine';
import * as C from '@hvsim/riscv';

export const PTE_V = 0x01, PTE_R = 0x02, PTE_W = 0x04, PTE_X = 0x08, PTE_U = 0x10, PTE_G = 0x20, PTE_A = 0x40, PTE_D = 0x80;
export const RWX = PTE_R | PTE_W | PTE_X;
/** Leaf flags most tests want: valid, accessed and dirty already (no A/D update). */
export const LEAF = PTE_V | PTE_A | PTE_D;

export const PAGES = 64;
/** M-mode trap vector: a self-loop. */
export const TRAP = RAM_BASE;
/** Root page table, then a pool of second-level tables. */
export const ROOT = RAM_BASE + 0x1000;
const TABLES = RAM_BASE + 0x2000;
const TABLES_END = RAM_BASE + 0x8000;
/** Physical pages free for tests' code and data. */
export const FREE = RAM_BASE + 0x8000;
/** The satp value selecting Sv32 with ROOT (ASID 0). */
export const SATP = 0x8000_0000 | (ROOT >>> 12);

export class Sv32Rig {
  readonly m: Machine;
  private nextTable = TABLES;

  constructor() {
    this.m = machine(A.assemble([A.jal(0, 0)]), PAGES);
    this.m.hart.writeCsr(C.CSR_MTVEC, TRAP);
    // Every page reads as written: zero the page tables explicitly.
    this.m.mem.writeBytes(ROOT, new Uint8Array(TABLES_END - ROOT));
  }

  get hart(): C.Hart { return this.m.hart; }

  /** The PTE slot of `va` at `level` (1: root, 0: second level, made if absent). */
  pteAddr(va: number, level: 0 | 1): number {
    const l1 = ROOT + (va >>> 22) * 4;
    if (level === 1) return l1;
    let e = this.m.mem.read(l1, 4);
    if ((e & PTE_V) === 0) {
      if (this.nextTable >= TABLES_END) throw new Error('out of page tables');
      e = ((this.nextTable >>> 12) << 10) | PTE_V;
      this.nextTable += 0x1000;
      this.m.mem.write(l1, 4, e);
    }
    return ((e >>> 10) << 12) + ((va >>> 12) & 0x3ff) * 4;
  }

  /** Maps the 4 KiB page of `va` to physical `pa` with `flags`. */
  map(va: number, pa: number, flags: number): this {
    this.m.mem.write(this.pteAddr(va, 0), 4, ((pa >>> 12) << 10) | flags);
    return this;
  }

  /** A root-level leaf: the 4 MiB megapage of `va` to `pa` (its PPN[0] is not checked here). */
  mapMega(va: number, pa: number, flags: number): this {
    this.m.mem.write(this.pteAddr(va, 1), 4, ((pa >>> 12) << 10) | flags);
    return this;
  }

  pte(va: number, level: 0 | 1 = 0): number {
    return this.m.mem.read(this.pteAddr(va, level), 4);
  }

  /** Writes `program` at physical `pa`. */
  load(pa: number, program: Array<number | number[]>): this {
    this.m.mem.writeBytes(pa, A.assemble(program));
    return this;
  }

  /** Translation on (SATP unless given), privilege `priv`, pc at `va`. */
  enter(priv: number, va: number, satp = SATP): this {
    const h = this.m.hart;
    h.writeCsr(C.CSR_SATP, satp);
    h.priv = priv;
    h.pc = va >>> 0;
    h.updateMemoryViews();
    h.updateInterrupts();
    return this;
  }

  run(budget = 1000): this {
    this.m.hart.run(budget);
    return this;
  }

  /** Where the hart ended up: M-mode's trap (cause, tval, epc) or still running (pc). */
  get trap(): { cause: number; tval: number; epc: number } | null {
    const h = this.m.hart;
    if (h.priv !== C.PRIV_M || h.pc !== TRAP) return null;
    return { cause: h.readCsr(C.CSR_MCAUSE), tval: h.readCsr(C.CSR_MTVAL), epc: h.readCsr(C.CSR_MEPC) };
  }
}

export function fault(cause: number, tval: number, epc: number): { cause: number; tval: number; epc: number } {
  return { cause, tval: tval >>> 0, epc: epc >>> 0 };
}
