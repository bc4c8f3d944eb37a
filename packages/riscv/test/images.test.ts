import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Board } from '../src/board';
import { loadElf } from '../src/elf';

const IMAGES = join(__dirname, '../../../images/bare');

function runImage(name: string, budget: number): { stop: ReturnType<Board['run']>; output: string; instructions: number; board: Board } {
  const bytes: number[] = [];
  const board = new Board(loadElf(readFileSync(join(IMAGES, name))), { console: (b) => bytes.push(b) });
  const stop = board.run(budget);
  return { stop, output: Buffer.from(bytes).toString('latin1'), instructions: board.instructions, board };
}

/** The Sv32 leaf PTE of `va` under the hart's satp (a two-level walk done here). */
function leafPte(board: Board, va: number): number {
  const root = (board.hart.satp & 0x3fffff) * 4096;
  const l1 = board.memory.read(root + (va >>> 22) * 4, 4);
  return board.memory.read((l1 >>> 10) * 4096 + ((va >>> 12) & 0x3ff) * 4, 4);
}

/** cpubench's sums, recomputed here from its description (see images/bare/cpubench.c). */
function cpubenchSums(): Record<string, number> {
  const WORDS = 1 << 20, SORT_WORDS = 3 << 17;
  const words = new Uint32Array(WORDS);
  let x = 0x2545f491;
  for (let i = 0; i < WORDS; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    words[i] = x;
  }
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (0xedb88320 ^ (c >>> 1)) >>> 0 : c >>> 1;
    table[n] = c;
  }
  const crc32 = (bytes: Uint8Array): number => {
    let c = 0xffffffff;
    for (const b of bytes) c = (table[(c ^ b) & 0xff] ^ (c >>> 8)) >>> 0;
    return (c ^ 0xffffffff) >>> 0;
  };
  const bytes = new Uint8Array(words.buffer); // little-endian, as on RV32
  const crc = crc32(bytes);
  let a = 1, b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const adler = ((b << 16) | a) >>> 0;
  words.subarray(0, SORT_WORDS).sort();
  const sorted = crc32(bytes.subarray(0, SORT_WORDS * 4));
  const checksum = (crc ^ (((adler << 7) | (adler >>> 25)) >>> 0) ^ sorted) >>> 0;
  return { crc32: crc, adler32: adler, 'sorted-crc32': sorted, checksum };
}

describe('committed bare images', () => {
  it('hello greets on the UART and exits 0 through the finisher', () => {
    const { stop, output } = runImage('hello.elf', 1_000_000);
    expect(stop).toEqual({ reason: 'finisher', code: 0 });
    expect(output).toBe("Hello from hvsim's bare board!\n");
  });

  it('cpubench prints the sums this test computes on its own, and exits 0', () => {
    const { stop, output, instructions } = runImage('cpubench.elf', 2_000_000_000);
    expect(stop).toEqual({ reason: 'finisher', code: 0 });
    const expected = cpubenchSums();
    const lines = Object.entries(expected).map(([name, v]) => `cpubench: ${name} 0x${v.toString(16).padStart(8, '0')}\n`);
    expect(output).toBe(lines.join('') + 'cpubench: done\n');
    expect(instructions).toBeGreaterThan(200_000_000);
  }, 60_000);

  it('cpubench-sv32 does the same work as a U-mode task under Sv32, the hart setting A and D', () => {
    const elf = loadElf(readFileSync(join(IMAGES, 'cpubench-sv32.elf')));
    const { stop, output, board } = runImage('cpubench-sv32.elf', 2_000_000_000);
    expect(stop).toEqual({ reason: 'finisher', code: 0 });
    const sums = cpubenchSums();
    expect(output).toContain(`cpubench: checksum 0x${sums.checksum.toString(16).padStart(8, '0')}\ncpubench: done\n`);
    // It powered off from U-mode with translation on.
    expect(board.hart.priv).toBe(0);
    expect(board.hart.satp >>> 31).toBe(1);
    const V = 0x01, R = 0x02, W = 0x04, X = 0x08, U = 0x10, A = 0x40, D = 0x80;
    const sym = (name: string): number => elf.symbols.get(name) as number;
    // Code was read (A) and never written (no D); the data written has both; the kernel's own
    // pages are supervisor pages it mapped with A and D already set.
    expect(leafPte(board, sym('main')) & 0xff).toBe(V | R | W | X | U | A);
    expect(leafPte(board, sym('__bss_start') + 0x10_0000) & 0xff).toBe(V | R | W | X | U | A | D);
    expect(leafPte(board, sym('__kernel_start')) & 0xff).toBe(V | R | W | X | A | D);
  }, 60_000);
});
