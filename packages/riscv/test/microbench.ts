/**
 * Hart micro-benchmark (not a unit test): `npx tsc -b packages/riscv && npx ts-node
 * --transpile-only packages/riscv/test/microbench.ts`. Runs hand-assembled CRC32 and
 * insertion-sort loops on the compiled hart and prints MIPS.
 */
import * as A from './asm';
import { machine, RAM_BASE } from './machine';

const DATA = RAM_BASE + 0x4000;

/** Bitwise CRC32 over 4 KiB at DATA, forever. */
const crc32 = A.assemble([
  /* 0x00 */ A.li(A.a0, DATA), A.li(A.a1, 4096), A.li(A.a2, -1), A.li(A.a4, 0xedb88320 | 0),
  /* 0x20 outer */ A.lbu(A.a3, A.a0, 0), A.xor(A.a2, A.a2, A.a3), A.addi(A.t0, A.zero, 8),
  /* 0x2c inner */ A.andi(A.t1, A.a2, 1), A.srli(A.a2, A.a2, 1), A.beq(A.t1, A.zero, 8), A.xor(A.a2, A.a2, A.a4),
  /* 0x3c */ A.addi(A.t0, A.t0, -1), A.bne(A.t0, A.zero, -20),
  /* 0x44 */ A.addi(A.a0, A.a0, 1), A.addi(A.a1, A.a1, -1), A.bne(A.a1, A.zero, -44),
  /* 0x50 */ A.sw(A.a2, A.a0, 0), A.jal(A.zero, -0x54),
]);

/** Insertion sort of 512 words (reversed each round so there is work), forever. */
const sort = A.assemble([
  /* 0x00 */ A.li(A.s0, DATA), A.addi(A.s1, A.zero, 512),
  // fill descending: a[k] = 512 - k  (xor-scrambled)
  /* 0x0c */ A.addi(A.t0, A.zero, 0), A.add(A.t1, A.s0, A.zero),
  /* 0x14 */ A.sub(A.t2, A.s1, A.t0), A.xori(A.t2, A.t2, 0x55), A.sw(A.t2, A.t1, 0), A.addi(A.t1, A.t1, 4), A.addi(A.t0, A.t0, 1), A.blt(A.t0, A.s1, -20),
  // for i = 1..n-1: key = a[i]; j = i-1; while j >= 0 && a[j] > key: a[j+1] = a[j]; j--; a[j+1] = key
  /* 0x2c */ A.addi(A.t0, A.zero, 1),
  /* 0x30 */ A.slli(A.t1, A.t0, 2), A.add(A.t1, A.t1, A.s0), A.lw(A.a0, A.t1, 0), A.addi(A.t2, A.t1, -4),
  /* 0x40 */ A.bltu(A.t2, A.s0, 20), A.lw(A.a1, A.t2, 0), A.bge(A.a0, A.a1, 12), A.sw(A.a1, A.t2, 4), A.addi(A.t2, A.t2, -4), // j loop body
  /* 0x54 */ A.jal(A.zero, -20),
  /* 0x58 */ A.sw(A.a0, A.t2, 4), A.addi(A.t0, A.t0, 1), A.blt(A.t0, A.s1, -48),
  /* 0x64 */ A.jal(A.zero, -0x64),
]);

function bench(name: string, program: Uint8Array): void {
  const { hart } = machine(program, 32);
  hart.run(2_000_000); // warm up
  let n = 0;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let dt = 0;
  while (dt < 1.5) {
    n += hart.run(5_000_000);
    dt = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  // CPU time, because the machine is shared: wall time includes other processes' slices.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (hart.priv !== 3 || hart.readCsr(0x342) !== 0) throw new Error(`${name}: trapped (mcause ${hart.readCsr(0x342)})`);
  console.log(`${name}: ${(n / cpuSeconds / 1e6).toFixed(1)} MIPS per CPU second, ${(n / dt / 1e6).toFixed(1)} wall (${n} instructions)`);
}

bench('crc32', crc32);
bench('sort', sort);
