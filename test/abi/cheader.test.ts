/**
 * The committed guest headers are exactly what the generator writes, and a RISC-V C compiler
 * sees in them the layouts and constant values packages/abi declares.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateHeaders, HEADERS, layoutAssertions, STRUCT_LAYOUTS } from '../../packages/abi/src/cheader';

const INCLUDE_DIR = path.resolve(__dirname, '..', '..', 'images', 'sdk', 'include');
const GCC = 'riscv64-unknown-elf-gcc';
const haveGcc = spawnSync(GCC, ['--version'], { stdio: 'ignore' }).status === 0;
// eslint-disable-next-line no-console
if (!haveGcc) console.warn(`SKIPPED compiling the generated headers: ${GCC} not installed`);

function compile(source: string, extra: string[] = []): { status: number | null; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-sdk-'));
  try {
    const file = path.join(dir, 'check.c');
    fs.writeFileSync(file, source);
    const r = spawnSync(GCC, [
      '-march=rv32ima_zicsr', '-mabi=ilp32', '-ffreestanding', '-std=c11', '-Wall', '-Wextra', '-Wpedantic', '-Werror',
      '-fsyntax-only', `-I${INCLUDE_DIR}`, ...extra, file,
    ], { encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const includeAll = HEADERS.map((h) => `#include "hvsim/${h.file}"`).join('\n');

/** _Static_assert for every numeric constant a header defines. */
function constantAssertions(): string {
  const lines: string[] = [];
  for (const h of HEADERS) {
    for (const [name, value] of Object.entries(h.module)) {
      if (typeof value !== 'number') continue;
      lines.push(`_Static_assert((long long)(${name}) == ${value}LL, "${name}");`);
    }
  }
  return lines.join('\n');
}

describe('generated C headers', () => {
  test('committed headers match the generator (run scripts/gen-headers.ts)', () => {
    const generated = generateHeaders();
    for (const [name, contents] of Object.entries(generated)) {
      const file = path.join(INCLUDE_DIR, name);
      expect([name, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(missing)']).toEqual([name, contents]);
    }
    const committed = fs.readdirSync(path.join(INCLUDE_DIR, 'hvsim')).map((f) => `hvsim/${f}`).sort();
    expect(committed).toEqual(Object.keys(generated).sort());
  });

  test('every layout is declared in some header, with explicit padding where C would pad', () => {
    const all = Object.values(generateHeaders()).join('\n');
    for (const l of STRUCT_LAYOUTS) expect(all).toContain(`struct ${l.name} {`);
    expect(all).toMatch(/struct evtchn_bind_interdomain \{\n\s+domid_t remote_dom;\n\s+uint8_t _hvsim_pad0\[2\];/);
    expect(all).toContain('uint64_t timeout __hvsim_align8;');
  });

  (haveGcc ? test : test.skip)('rv32 ilp32 gcc sees our sizes, alignments, offsets and constant values', () => {
    const source = `#include <stddef.h>\n${includeAll}\n${layoutAssertions(STRUCT_LAYOUTS)}${constantAssertions()}\n`;
    expect(source.match(/_Static_assert/g)?.length).toBeGreaterThan(700);
    const r = compile(source);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  (haveGcc ? test : test.skip)('each header compiles on its own', () => {
    for (const h of HEADERS) {
      const r = compile(`#include "hvsim/${h.file}"\ntypedef int translation_unit_not_empty;\n`);
      expect([h.file, r.stderr]).toEqual([h.file, '']);
    }
  });

  (haveGcc ? test : test.skip)('a wrong value is caught', () => {
    const r = compile(`${includeAll}\n_Static_assert(__HYPERVISOR_sched_op == 28, "sched_op");\n`);
    expect(r.status).not.toBe(0);
  });
});
