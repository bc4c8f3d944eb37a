/** Test fixtures: a flat lazily backed RAM FrameSource, a recording Bus, and a hart on them. */
import { BUS_FAULT, Bus, Frame, FrameSource, Hart, PAGE_SIZE, PhysMemory } from '@hvsim/riscv';

export const RAM_BASE = 0x8000_0000;
/** A device window on the test bus: 4 KiB of plain registers at this address. */
export const DEV_BASE = 0x1000_0000;

/** RAM pages backed on first write; reads of never-written pages see one shared zero frame. */
export class FlatSource implements FrameSource {
  readonly frames: Array<Frame | null>;
  readonly zero = new Uint8Array(PAGE_SIZE);
  calls = 0;
  /** Pages reported as read-only (e.g. a read-only grant). */
  readonly readOnly = new Set<number>();
  /** Pages reported as not RAM (go to the Bus). */
  readonly holes = new Set<number>();

  constructor(pages: number) {
    this.frames = new Array<Frame | null>(pages).fill(null);
  }

  frame(index: number, forWrite: boolean, out: { writable: boolean }): Frame | null {
    this.calls++;
    if (this.holes.has(index)) return null;
    let f = this.frames[index];
    if (f === null) {
      if (!forWrite || this.readOnly.has(index)) { out.writable = false; return this.zero; }
      f = this.frames[index] = new Uint8Array(PAGE_SIZE);
    }
    out.writable = !this.readOnly.has(index);
    return f;
  }
}

export class TestBus implements Bus {
  readonly regs = new Uint8Array(PAGE_SIZE);
  readonly writes: Array<[number, number, number]> = [];
  onWrite: ((addr: number, size: number, value: number) => void) | null = null;

  read(addr: number, size: 1 | 2 | 4): number {
    if (addr < DEV_BASE || addr + size > DEV_BASE + PAGE_SIZE) return BUS_FAULT;
    let v = 0;
    for (let k = 0; k < size; k++) v |= this.regs[addr - DEV_BASE + k] << (8 * k);
    return v >>> 0;
  }

  write(addr: number, size: 1 | 2 | 4, value: number): boolean {
    if (addr < DEV_BASE || addr + size > DEV_BASE + PAGE_SIZE) return false;
    for (let k = 0; k < size; k++) this.regs[addr - DEV_BASE + k] = value >>> (8 * k);
    this.writes.push([addr, size, value >>> 0]);
    this.onWrite?.(addr, size, value);
    return true;
  }
}

export interface Machine { hart: Hart; mem: PhysMemory; source: FlatSource; bus: TestBus }

/** A hart in M-mode at RAM_BASE with `program` loaded there. Unless `pmp` is false, PMP entry 0
 *  grants S and U everything, as firmware does before it runs S-mode code (pmp.test.ts sets its
 *  own entries). */
export function machine(program: Uint8Array = new Uint8Array(0), pages = 16, pmp = true): Machine {
  const source = new FlatSource(pages);
  const bus = new TestBus();
  const mem = new PhysMemory(RAM_BASE, pages, source, bus);
  if (!mem.writeBytes(RAM_BASE, program)) throw new Error('program does not fit');
  const hart = new Hart(mem, 0);
  hart.pc = RAM_BASE;
  if (pmp) {
    hart.writeCsr(0x3b0 /* pmpaddr0 */, 0xffff_ffff);
    hart.writeCsr(0x3a0 /* pmpcfg0 */, 0x1f /* NAPOT | X | W | R */);
  }
  return { hart, mem, source, bus };
}

/** Assembled `program` followed by a self-loop (also the trap vector); runs it and returns the machine. */
export function exec(program: ReadonlyArray<number | readonly number[]>, setup?: (m: Machine) => void, budget = 10_000): Machine {
  const words = [...program.flat(), 0x0000006f /* jal x0, 0 */];
  const bytes = new Uint8Array(words.length * 4);
  words.forEach((w, k) => new DataView(bytes.buffer).setUint32(k * 4, w >>> 0, true));
  const m = machine(bytes);
  // Traps land on the final self-loop unless the test installs its own vector.
  m.hart.writeCsr(0x305, RAM_BASE + (words.length - 1) * 4);
  setup?.(m);
  m.hart.run(budget);
  return m;
}

/** Address of the final self-loop of a program run with exec. */
export function endOf(program: ReadonlyArray<number | readonly number[]>): number {
  return RAM_BASE + program.flat().length * 4;
}
