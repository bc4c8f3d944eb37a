/** `hvsim run-bare` end to end: the compiled CLI (run `npx tsc -b` first) on real and built images. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sw, t0, t1, wfi } from '../../packages/riscv/test/asm';
import { writeElf } from '../../packages/riscv/test/elf-writer';
import { Program } from '../../packages/riscv/test/program';

const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'packages/cli/dist/main.js');
const HELLO = join(ROOT, 'images/bare/hello.elf');
const RAM = 0x80000000;

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'hvsim-run-bare-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hvsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [MAIN, 'run-bare', ...args], { encoding: 'latin1', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function program(name: string, p: Program, symbols?: Record<string, number>): string {
  return file(name, writeElf(RAM, [{ addr: RAM, data: p.build(RAM) }], symbols));
}

/** An image that stores `value` to tohost (at RAM + 0x1000) forever. */
function tohostImage(name: string, value: number): string {
  const tohost = RAM + 0x1000;
  const p = new Program().li(t0, tohost).li(t1, value).label('spin').emit(sw(t1, t0, 0)).jump(0, 'spin');
  return program(name, p, { tohost });
}

function patched(name: string, at: number, bytes: number[]): string {
  const image = new Uint8Array(readFileSync(HELLO));
  image.set(bytes, at);
  return file(name, image);
}

describe('hvsim run-bare', () => {
  it('prints the UART on stdout and exits 0 through the finisher', () => {
    expect(hvsim(HELLO)).toEqual({ status: 0, stdout: "Hello from hvsim's bare board!\n", stderr: '' });
  });

  it("exits with the finisher's code", () => {
    expect(hvsim(program('exit7.elf', new Program().finish(7))).status).toBe(7);
  });

  it('exits 0 for tohost = 1 and with the test number (and a FAIL line) for an odd tohost', () => {
    expect(hvsim(tohostImage('pass.elf', 1))).toMatchObject({ status: 0, stderr: '' });
    expect(hvsim(tohostImage('fail.elf', (5 << 1) | 1))).toMatchObject({ status: 5, stderr: 'FAIL test 5\n' });
    expect(hvsim(tohostImage('fail300.elf', (300 << 1) | 1))).toMatchObject({ status: 255, stderr: 'FAIL test 300\n' });
  });

  it('stops a runaway image at --max-instructions with a message and a non-zero exit', () => {
    const r = hvsim('--max-instructions', '1000', join(ROOT, 'images/bare/cpubench.elf'));
    expect(r.status).toBe(124);
    expect(r.stderr).toMatch(/^hvsim: stopped after 1000 instructions \(--max-instructions\) at pc 0x8[0-9a-f]{7} \([a-z]+[ .a-z0-9,()x-]*\)\n$/);
  });

  it('reports a hart waiting for an interrupt that cannot come', () => {
    const r = hvsim(program('wfi.elf', new Program().emit(wfi())));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/waits for an interrupt at pc 0x80000000 \(wfi\) and none can come: no timer is armed/);
  });

  it('traces every instruction on stderr: pc, encoding, disassembly', () => {
    const r = hvsim('--trace', HELLO);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("Hello from hvsim's bare board!\n");
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^80000000: [0-9a-f]{8}  auipc gp, 0x/);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.every((l) => /^[0-9a-f]{8}: [0-9a-f]{8}  \S/.test(l))).toBe(true);
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(dir, 'missing.elf'), /missing\.elf: no such file$/],
    ['a file that is not ELF', () => file('text.elf', Buffer.from('hello\n')), /text\.elf: not an ELF file/],
    ['a 64-bit ELF', () => patched('rv64.elf', 4, [2]), /rv64\.elf: not a 32-bit ELF/],
    ['an ELF for another machine', () => patched('x86.elf', 18, [3, 0]), /x86\.elf: not a RISC-V ELF/],
    ['segments outside RAM', () => file('low.elf', writeElf(0x1000, [{ addr: 0x1000, data: new Program().finish().build(0x1000) }])),
      /low\.elf: segment at 0x00001000 \(\d+ bytes\) lies outside RAM/],
  ];
  it.each(bad)('refuses %s with one line and a non-zero exit', (_what, make, message) => {
    const r = hvsim(make());
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^hvsim: .*\n$/);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});


