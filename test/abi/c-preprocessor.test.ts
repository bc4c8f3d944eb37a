import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CPreprocessor } from './c-preprocessor';

function unit(files: Record<string, string>, predefined: Record<string, string> = {}): CPreprocessor {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-cpp-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const pp = new CPreprocessor(predefined);
    pp.include(path.join(dir, 'main.h'));
    return pp;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the test suite\'s C preprocessor', () => {
  test('evaluates macros as a 32-bit Arm compiler does', () => {
    const c = unit({
      'main.h': `#include "inc.h"
#define mk_uint(x) __mk(x)
#define __mk(x) x ## U
#define ID mk_uint(0x7FF0) /* comment */
#define MASK ((uint32_t)~0 << 16)
#define NEG (-13)
#define SHIFT (1U<<31)
#define NARROW ((domid_t)0x17FF0U)
#define LONGLONG (1ULL << 40)
#define SZ (sizeof(xen_ulong_t) * 8)
#define MULTI (1 + \\
  2 * 3)
#define CHAIN (BASE + 2)
`,
      'inc.h': '#define BASE 40\n',
    }).integerConstants();
    expect(c.get('ID')).toBe(0x7ff0n);
    expect(c.get('MASK')).toBe(0xffff0000n);
    expect(c.get('NEG')).toBe(-13n);
    expect(c.get('SHIFT')).toBe(0x80000000n);
    expect(c.get('NARROW')).toBe(0x7ff0n);
    expect(c.get('LONGLONG')).toBe(1n << 40n);
    expect(c.get('SZ')).toBe(64n);
    expect(c.get('MULTI')).toBe(7n);
    expect(c.get('CHAIN')).toBe(42n);
  });

  test('follows #if / #ifdef / #elif / #else on the interface version', () => {
    const src = {
      'main.h': `#define LATEST 0x00040e00
#if VERSION < 0x00030101
#define OP 6
#elif VERSION >= 0x00040000 && defined(FEATURE)
#define OP 29
#else
#define OP 1
#endif
#ifndef FEATURE
#define NO_FEATURE 1
#endif
enum e { A, B = A + 5, C, D = 0xffff };
`,
    };
    expect(unit(src, { VERSION: '0' }).integerConstants().get('OP')).toBe(6n);
    expect(unit(src, { VERSION: 'LATEST', FEATURE: '1' }).integerConstants().get('OP')).toBe(29n);
    const plain = unit(src, { VERSION: 'LATEST' }).integerConstants();
    expect(plain.get('OP')).toBe(1n);
    expect(plain.get('NO_FEATURE')).toBe(1n);
    expect([plain.get('A'), plain.get('B'), plain.get('C'), plain.get('D')]).toEqual([0n, 5n, 6n, 0xffffn]);
  });

  test('expands function-like macros inside text, with # and ##', () => {
    const pp = unit({
      'main.h': `#define E(name, value) X_##name = value,
#define S(x) { x, #x }
enum errs {
E(EPERM, 1)
E(ENOENT, 2)
};
static const int t[] = S(EINVAL);
`,
    });
    const c = pp.integerConstants();
    expect(c.get('X_EPERM')).toBe(1n);
    expect(c.get('X_ENOENT')).toBe(2n);
    expect(pp.expandedText()).toContain('"EINVAL"');
  });

  (fs.existsSync('/usr/include/xen/xen.h') ? test : test.skip)('reads Xen\'s compat hypercall numbers at an old interface version', () => {
    const pp = new CPreprocessor({ __arm__: '1', __XEN_INTERFACE_VERSION__: '0x00030100' });
    pp.include('/usr/include/xen/xen.h');
    const c = pp.integerConstants();
    expect(c.get('__HYPERVISOR_sched_op')).toBe(6n);
    expect(c.get('__HYPERVISOR_event_channel_op')).toBe(16n);
  });
});
