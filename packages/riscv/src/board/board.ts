import type { ElfImage } from '../elf';
import { Hart } from '../hart';
import { PhysMemory } from '../memory';
import { Clint } from './clint';
import { SifiveTestFinisher, type FinisherRequest } from './finisher';
import { Htif } from './htif';
import { MmioBus } from './mmio';
import { LazyRam } from './ram';
import { Ns16550, type ByteSink } from './uart';

/** The board's physical map, as on QEMU's `virt` machine. */
export const RAM_BASE = 0x8000_0000;
export const RAM_SIZE = 128 << 20;
export const UART_BASE = 0x1000_0000;
export const FINISHER_BASE = 0x10_0000;
export const CLINT_BASE = 0x200_0000;
/** The hart runs at 1 GHz, one instruction a cycle: each instruction is 1 ns of virtual time. */
export const NS_PER_INSTRUCTION = 1;
/** Most instructions run between two looks at HTIF and the devices. */
const SLICE = 1 << 18;

/** A bad image or configuration for the board; the message is one line. */
export class BoardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoardError';
  }
}

/** Why the board stopped. `code` is the exit status the guest asked for (0 = success). */
export type BoardStop =
  | { reason: 'finisher'; code: number }
  /** tohost: code 0 = pass, else the number of the failed test. */
  | { reason: 'tohost'; code: number }
  /** WFI with no interrupt that could ever wake the hart. */
  | { reason: 'idle'; code: 1 };

export interface BoardOptions {
  /** Receives the UART's (and HTIF console's) output, byte by byte. */
  console: ByteSink;
  /** RAM size in bytes, a multiple of 4 KiB (default 128 MiB). */
  ramSize?: number;
}

/** Called before each instruction when tracing: its pc and its 32-bit encoding. */
export type TraceHook = (pc: number, insn: number) => void;

/**
 * The bare board: one hart in M-mode, lazily backed RAM, ns16550 UART, SiFive test finisher,
 * CLINT and (when the image has a `tohost` symbol) HTIF. Virtual time advances with the
 * instructions retired and jumps to the next timer deadline when the hart waits in WFI.
 * The image starts at its entry with a0 = hart id 0 and a1 = 0 (no device tree).
 */
export class Board {
  hart!: Hart;
  memory!: PhysMemory;
  /** Instructions retired since power-on (across resets). */
  instructions = 0;
  /** Virtual time since power-on, in nanoseconds. */
  nowNs = 0;
  private clint!: Clint;
  private htif: Htif | null = null;
  private stop: BoardStop | null = null;
  private resetRequested = false;
  private readonly ramSize: number;
  /** Where the current slice began, so devices read the time mid-slice. */
  private sliceStartNs = 0;
  private sliceStartInstret = 0;
  private sliceBudget = 0;

  constructor(private readonly image: ElfImage, private readonly options: BoardOptions) {
    this.ramSize = options.ramSize ?? RAM_SIZE;
    if (this.ramSize <= 0 || this.ramSize % 4096 !== 0 || RAM_BASE + this.ramSize > 0x1_0000_0000) {
      throw new BoardError(`RAM size ${this.ramSize} is not a positive multiple of 4 KiB that fits above 0x80000000`);
    }
    checkImage(image, this.ramSize);
    this.powerOn();
  }

  /**
   * Runs up to `budget` instructions (stopping early if the guest ends the run). Returns
   * why the board stopped, or null when the budget ran out first.
   */
  run(budget: number, trace?: TraceHook): BoardStop | null {
    let left = budget;
    while (left > 0 && this.stop === null) {
      const hart = this.hart;
      if (hart.waiting) {
        if (!this.skipIdleTime()) this.stop = { reason: 'idle', code: 1 };
        continue;
      }
      let slice = Math.min(left, trace ? 1 : SLICE);
      const deadline = this.clint.deadlineNs();
      if (deadline > this.nowNs) slice = Math.min(slice, Math.ceil((deadline - this.nowNs) / NS_PER_INSTRUCTION));
      if (trace) trace(hart.pc, this.memory.read(hart.pc, 4));

      this.sliceStartNs = this.nowNs;
      this.sliceStartInstret = hart.instret;
      this.sliceBudget = slice;
      hart.stopRequested = false;
      const retired = hart.run(slice);
      this.instructions += retired;
      this.nowNs += retired * NS_PER_INSTRUCTION;
      left -= Math.max(retired, 1); // run() may return 0 (stopped before its first step): still progress
      this.sliceBudget = 0;

      this.clint.update();
      if (this.htif !== null && this.stop === null) {
        const code = this.htif.poll();
        if (code !== null) this.stop = { reason: 'tohost', code };
      }
      if (this.resetRequested) this.powerOn();
    }
    return this.stop;
  }

  /** Virtual time as devices see it, including the instructions of the slice in progress. */
  private currentNs(): number {
    if (this.sliceBudget === 0) return this.nowNs;
    const done = Math.min(Math.max(this.hart.instret - this.sliceStartInstret, 0), this.sliceBudget);
    return this.sliceStartNs + done * NS_PER_INSTRUCTION;
  }

  /** The hart waits in WFI: jump to the timer deadline. False if nothing can ever wake it. */
  private skipIdleTime(): boolean {
    const deadline = this.clint.deadlineNs();
    if (deadline === Infinity || deadline <= this.nowNs) return false;
    this.nowNs = deadline;
    this.clint.update();
    return !this.hart.waiting;
  }

  /** Builds the machine afresh (power-on and the finisher's reset) and loads the image. */
  private powerOn(): void {
    this.resetRequested = false;
    const ram = new LazyRam(this.ramSize / 4096);
    const bus = new MmioBus();
    const memory = new PhysMemory(RAM_BASE, ram.pages, ram, bus);
    const hart = new Hart(memory, 0);
    const clint = new Clint({
      nowNs: () => this.currentNs(),
      setPending: (mask, on) => hart.setPending(mask, on),
      deadlineChanged: () => { hart.stopRequested = true; },
    });
    bus.map(UART_BASE, Ns16550.SIZE, new Ns16550(this.options.console));
    bus.map(FINISHER_BASE, SifiveTestFinisher.SIZE, new SifiveTestFinisher((r) => this.finish(r)));
    bus.map(CLINT_BASE, Clint.SIZE, clint);

    for (const segment of this.image.segments) {
      if (!memory.writeBytes(segment.paddr, segment.data)) {
        throw new BoardError(`cannot load segment at 0x${hex(segment.paddr)} into RAM`);
      }
    }
    hart.pc = this.image.entry;
    hart.x[10] = 0; // a0: hart id
    hart.x[11] = 0; // a1: no device tree
    hart.timeSource = () => clint.mtime();

    const tohost = this.image.symbols.get('tohost');
    this.htif = tohost === undefined
      ? null
      : new Htif(memory, tohost, this.image.symbols.get('fromhost'), this.options.console);
    this.hart = hart;
    this.memory = memory;
    this.clint = clint;
  }

  private finish(request: FinisherRequest): void {
    if (request.kind === 'reset') this.resetRequested = true;
    else if (this.stop === null) this.stop = { reason: 'finisher', code: request.code };
    this.hart.stopRequested = true;
  }
}

/** Every loadable segment and the entry point must lie in RAM. */
function checkImage(image: ElfImage, ramSize: number): void {
  const end = RAM_BASE + ramSize;
  const ram = `RAM [0x${hex(RAM_BASE)}, 0x${hex(end)})`;
  for (const s of image.segments) {
    if (s.memsz === 0) continue;
    if (s.paddr < RAM_BASE || s.paddr + s.memsz > end) {
      throw new BoardError(`segment at 0x${hex(s.paddr)} (${s.memsz} bytes) lies outside ${ram}`);
    }
  }
  if (image.entry < RAM_BASE || image.entry >= end) {
    throw new BoardError(`entry point 0x${hex(image.entry)} lies outside ${ram}`);
  }
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
