import { writeSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { MAX_KERNEL_BYTES, readRegularFileSync, type FileError } from '@hvsim/files';
import { Board, disassemble, loadElf, type BoardStop, type TraceHook } from '@hvsim/riscv';

interface RunBareArgs {
  image: string;
  'max-instructions'?: number;
  trace: boolean;
}

/** Exit status when --max-instructions stops the image (as timeout(1) does). */
export const EXIT_INSTRUCTION_LIMIT = 124;
/** Instructions between two flushes of the console (fewer when tracing). */
const CHUNK = 1 << 20;
const TRACE_CHUNK = 1 << 10;
const FLUSH_AT = 4096;

/** Buffers bytes for a file descriptor and writes them out in one go. */
class Output {
  private buffer = new Uint8Array(FLUSH_AT * 2);
  private length = 0;

  constructor(private readonly fd: number) {}

  byte(b: number): void {
    if (this.length === this.buffer.length) this.flush();
    this.buffer[this.length++] = b;
    if (this.length >= FLUSH_AT && b === 0x0a) this.flush();
  }

  /** Appends ASCII text (trace lines, messages). */
  text(s: string): void {
    for (let i = 0; i < s.length; i++) {
      if (this.length === this.buffer.length) this.flush();
      this.buffer[this.length++] = s.charCodeAt(i);
    }
  }

  flush(): void {
    let done = 0;
    while (done < this.length) done += writeSync(this.fd, this.buffer, done, this.length - done);
    this.length = 0;
  }
}

/**
 * `hvsim run-bare IMAGE.elf`: runs a bare-metal RV32 image on the QEMU-virt-like board in
 * M-mode, the UART on stdout. Exit status: the finisher's code, or 0 for tohost = 1, or
 * the failed test's number for an odd tohost (clamped to 255).
 */
export const runBareCommand: CommandModule<object, RunBareArgs> = {
  command: 'run-bare <image>',
  describe: 'Run a bare-metal RV32 ELF on the QEMU-virt-like board (UART on stdout)',
  builder: (yargs) =>
    yargs
      .positional('image', { type: 'string', demandOption: true, describe: 'ELF32 RISC-V executable' })
      .option('max-instructions', { type: 'number', describe: 'stop with an error after this many instructions' })
      .option('trace', { type: 'boolean', default: false, describe: 'print every instruction (pc, encoding, disassembly) to stderr' })
      .check((argv) => {
        const max = argv['max-instructions'];
        if (max !== undefined && !(Number.isSafeInteger(max) && max > 0)) {
          throw new Error('--max-instructions must be a positive integer');
        }
        return true;
      }),
  handler: (argv) => {
    process.exitCode = runBare(argv);
  },
};

function runBare(argv: RunBareArgs): number {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFileSync(argv.image, MAX_KERNEL_BYTES);
  } catch (err) {
    // FileError's message names the file already.
    throw new Error((err as FileError).code === 'ENOENT' ? `${argv.image}: no such file` : (err as Error).message);
  }
  const stdout = new Output(1);
  const stderr = new Output(2);
  let board: Board;
  try {
    board = new Board(loadElf(bytes), { console: (b) => stdout.byte(b) });
  } catch (err) {
    throw new Error(`${argv.image}: ${(err as Error).message}`);
  }

  const trace: TraceHook | undefined = argv.trace
    ? (pc, insn) => stderr.text(`${hex(pc)}: ${insn > 0xffffffff ? '(fetch fault)' : `${hex(insn)}  ${disassemble(insn, pc)}`}\n`)
    : undefined;
  // The budget counts the board's steps, so a hart caught in a trap loop stops too.
  let left = argv['max-instructions'] ?? Infinity;
  let stop: BoardStop | null = null;
  while (stop === null && left > 0) {
    const chunk = Math.min(argv.trace ? TRACE_CHUNK : CHUNK, left);
    stop = board.run(chunk, trace);
    left -= chunk;
    stderr.flush();
    stdout.flush();
  }
  let status: number;
  if (stop === null) {
    stderr.text(`hvsim: stopped after ${board.instructions} instructions (--max-instructions) at ${where(board, board.hart.pc)}\n`);
    status = EXIT_INSTRUCTION_LIMIT;
  } else {
    status = report(stop, board, stderr);
  }
  stderr.flush();
  return status;
}

function report(stop: BoardStop, board: Board, stderr: Output): number {
  switch (stop.reason) {
    case 'finisher':
      return Math.min(stop.code, 255);
    case 'tohost':
      if (stop.code !== 0) stderr.text(`FAIL test ${stop.code}\n`);
      return Math.min(stop.code, 255);
    case 'idle':
      // WFI has retired: the hart waits at the instruction after it.
      stderr.text(`hvsim: the hart waits for an interrupt at ${where(board, board.hart.pc - 4)} and none can come: no timer is armed\n`);
      return stop.code;
  }
}

/** "pc 0x80000010 (addi a0, a0, 1)": where the hart is, for messages. */
function where(board: Board, pc: number): string {
  const insn = board.memory.read(pc, 4);
  return `pc 0x${hex(pc)}${insn > 0xffffffff ? '' : ` (${disassemble(insn, pc)})`}`;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
