/**
 * hvsim's ABI against Xen's: every constant hvsim shares with Xen must have the value Xen's
 * installed public headers give it (read with a real preprocessor pass at Xen's latest
 * interface version), and every struct layout must match Xen's 32-bit Arm layout — from the
 * reference JSON, and from a C compiler reading Xen's own headers where one is installed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as abiIndex from '@hvsim/abi';
import type { StructLayout } from '@hvsim/abi';
import * as cheader from '../../packages/abi/src/cheader';
import { CPreprocessor } from './c-preprocessor';

/** The ABI and its layout tables (the header generator's, not part of @hvsim/abi's index). */
const abi = { ...abiIndex, ...cheader };

const XEN_INCLUDE = process.env.HVSIM_XEN_INCLUDE ?? '/usr/include/xen';
const XEN_HEADERS = [
  'xen.h', 'errno.h', 'sched.h', 'event_channel.h', 'grant_table.h', 'memory.h', 'vcpu.h', 'version.h',
  'io/console.h', 'io/xs_wire.h', 'hvm/params.h', 'hvm/hvm_op.h',
  'io/ring.h', 'io/blkif.h', 'io/netif.h', 'io/xenbus.h', 'io/protocols.h', // split drivers: see the block at the end
];
/** The toolstack's headers: only their constants are compared (they declare no guest layout). */
const TOOLS_HEADERS = ['domctl.h', 'sysctl.h'];
/** Xen 4.17's public ABI (numbers and layouts) as read from Debian's libxen-dev: data, kept in the repo. */
const ABI_JSON = path.join(__dirname, 'reference', 'xen-4.17-public-abi.json');
const ARM32 = 'arm32 (clang --target=arm-linux-gnueabihf)';

const haveXen = fs.existsSync(path.join(XEN_INCLUDE, 'xen.h'));
const have = (cmd: string) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
const haveRiscvGcc = haveXen && have('riscv64-unknown-elf-gcc');
const haveClang = haveXen && have('clang');

function skipNotice(what: string, why: string): void {
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED ${what}: ${why}`);
}
if (!haveXen) skipNotice('Xen header compatibility', `${XEN_INCLUDE}/xen.h not found (install libxen-dev, or set HVSIM_XEN_INCLUDE)`);
if (haveXen && !haveRiscvGcc) skipNotice('compiling Xen headers with riscv64-unknown-elf-gcc', 'compiler not installed');
if (haveXen && !haveClang) skipNotice('compiling Xen headers with clang --target=arm-linux-gnueabihf', 'clang not installed');

/** Exported numeric constants that are hvsim's own, not Xen's. */
const isHvsimOwn = (name: string) => /^(HVSIM_|SBI_)/.test(name) || name === 'BAD_GUEST_HANDLE';

/** Xen families hvsim exports completely: every Xen constant matching must exist in hvsim. */
const COMPLETE_FAMILIES = [
  /^__HYPERVISOR_/, /^SCHEDOP_/, /^SHUTDOWN_/, /^EVTCHNOP_/, /^EVTCHNSTAT_/, /^GNTTABOP_/, /^GNTST_/,
  /^_?GNTMAP_/, /^_?GTF_/, /^_?GNTCOPY_/, /^VCPUOP_/, /^_?VCPU_SSHOTTMR_/, /^RUNSTATE_/, /^XENVER_/, /^XENFEAT_/,
  /^VIRQ_/, /^DOMID_/, /^XEN_E[A-Z0-9]+$/, /^XS_/, /^XENSTORE_/, /^CONSOLEIO_/, /^SIF_/,
];

/**
 * Names Xen defines only for PV guests (XEN_HAVE_PV_GUEST_ENTRY, x86), which hvsim's own
 * start_info reuses: checked against Xen's headers read as a PV guest would.
 */
const PV_ENTRY_NAMES = new Set(['MAX_GUEST_CMDLINE']);

/** Where hvsim names a member differently from Xen's Arm headers (see VCPU_INFO). */
const ARM_MEMBER_NAMES: Record<string, Record<string, string>> = {
  vcpu_info: { evtchn_upcall_mask: 'pad0' },
};
const armName = (l: StructLayout, p: string) => ARM_MEMBER_NAMES[l.name]?.[p] ?? p;

const hvsimNumbers = Object.entries(abi).filter((e): e is [string, number] => typeof e[1] === 'number');
const hvsimStrings = Object.entries(abi).filter((e): e is [string, string] => typeof e[1] === 'string');
/** Layouts that are Xen's (start_info is hvsim's own: Xen has none on Arm). */
const xenLayouts = abi.STRUCT_LAYOUTS.filter((l) => l.name !== 'start_info');

(haveXen ? describe : describe.skip)(`constants against Xen's headers in ${XEN_INCLUDE}`, () => {
  let pp: CPreprocessor;
  let xenInts: Map<string, bigint>;
  let pvInts: Map<string, bigint>;

  const read = (extra: Record<string, string>) => {
    const unit = new CPreprocessor({
      __arm__: '1',
      __GNUC__: '12',
      __STDC_VERSION__: '201112L',
      __XEN_INTERFACE_VERSION__: '__XEN_LATEST_INTERFACE_VERSION__',
      EINVAL: '22', // as if <errno.h> came first, so xs_wire.h declares xsd_errors[]
      __XEN_TOOLS__: '1', // domctl.h and sysctl.h are the toolstack's
      ...extra,
    });
    for (const h of [...XEN_HEADERS, ...TOOLS_HEADERS]) unit.include(path.join(XEN_INCLUDE, h));
    return unit;
  };

  beforeAll(() => {
    pp = read({});
    xenInts = pp.integerConstants();
    pvInts = read({ XEN_HAVE_PV_GUEST_ENTRY: '1' }).integerConstants();
  });

  test('the headers were read at the latest interface version, as an Arm guest', () => {
    expect(xenInts.get('__XEN_INTERFACE_VERSION__')).toBe(xenInts.get('__XEN_LATEST_INTERFACE_VERSION__'));
    expect(xenInts.get('__XEN_LATEST_INTERFACE_VERSION__')).toBeGreaterThanOrEqual(0x00040e00n);
    expect(xenInts.get('XEN_LEGACY_MAX_VCPUS')).toBe(1n); // arch-arm.h, not x86's 32
  });

  test('every numeric constant hvsim shares with Xen has Xen\'s value', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const [name, value] of hvsimNumbers) {
      if (isHvsimOwn(name)) continue;
      const xenValue = PV_ENTRY_NAMES.has(name) ? pvInts.get(name) : xenInts.get(name);
      if (xenValue === undefined) mismatches.push(`${name}: not defined by Xen's headers`);
      else if (BigInt(value) !== xenValue) mismatches.push(`${name}: hvsim ${value}, Xen ${xenValue}`);
      compared++;
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(300);
  });

  test('string constants hvsim shares with Xen have Xen\'s value', () => {
    const xenStrings = pp.stringConstants();
    const shared = hvsimStrings.filter(([name]) => !isHvsimOwn(name));
    for (const [name, value] of shared) expect([name, xenStrings.get(name)]).toEqual([name, value]);
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });

  test('hvsim exports every constant of the Xen families it claims', () => {
    const exported = new Set(hvsimNumbers.map(([n]) => n));
    const missing = [...xenInts.keys()].filter((n) => COMPLETE_FAMILIES.some((re) => re.test(n)) && !exported.has(n));
    expect(missing).toEqual([]);
  });

  test('name tables agree with the constants', () => {
    for (const [num, name] of Object.entries(abi.HYPERCALL_NAMES)) expect(xenInts.get(`__HYPERVISOR_${name}`)).toBe(BigInt(num));
    for (const [num, name] of Object.entries(abi.XEN_ERRNO_NAMES)) expect(xenInts.get(`XEN_${name}`)).toBe(BigInt(num));
    for (const [num, name] of Object.entries(abi.XS_TYPE_NAMES)) expect(xenInts.get(name)).toBe(BigInt(num));
    for (const [num, name] of Object.entries(abi.SHUTDOWN_REASON_NAMES)) expect(xenInts.get(`SHUTDOWN_${name}`)).toBe(BigInt(num));
  });

  test('xsd_errors lists Xen\'s errors in Xen\'s order with Xen\'s errno values', () => {
    const names = [...pp.expandedText().matchAll(/\{\s*[^{},]+,\s*"(\w+)"\s*\}/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(16);
    expect(abi.xsd_errors.map((e) => e.errstring)).toEqual(names);
    for (const e of abi.xsd_errors) expect(BigInt(e.errnum)).toBe(xenInts.get(`XEN_${e.errstring}`));
  });
});

interface AbiJson {
  layouts: Record<string, Record<string, number>>;
  xsd_errors_order: string[];
  arch_differences: Record<string, Record<string, number>>;
  [table: string]: unknown;
}

describe(`layouts against ${path.relative(process.cwd(), ABI_JSON)}`, () => {
  const ref = JSON.parse(fs.readFileSync(ABI_JSON, 'utf8')) as AbiJson;
  const arm32 = ref.layouts[ARM32];

  test('every arm32 struct, member offset and size matches', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [key, expected] of Object.entries(arm32)) {
      const parts = key.split('|');
      if (!parts[0].startsWith('struct ')) continue;
      const layout = abi.STRUCT_LAYOUTS.find((l) => l.name === parts[0].slice('struct '.length));
      // Arm's arch_vcpu_info and arch_shared_info are empty: hvsim leaves them out.
      if (!layout && arm32[`${parts[0]}|sizeof`] === 0) continue;
      if (!layout) { problems.push(`${parts[0]}: hvsim has no layout`); continue; }
      checked++;
      if (parts[1] === 'sizeof') { if (layout.size !== expected) problems.push(`${key}: hvsim ${layout.size}`); continue; }
      if (parts[1] === 'alignof') { if (layout.align !== expected) problems.push(`${key}: hvsim ${layout.align}`); continue; }
      const [, member, what] = parts;
      const element = /^(.*)\[1\]$/.exec(member); // second array element: checks the stride
      const ours = Object.values(layout.f).find((f) => armName(layout, f.path) === (element ? element[1] : member));
      if (!ours) {
        // ...and so the zero-sized members of those types.
        if (!(what === 'size' && expected === 0) && !(what === 'off' && arm32[`${parts[0]}|${member}|size`] === 0)) {
          problems.push(`${key}: hvsim has no such member`);
        }
        continue;
      }
      const stride = element && ours.type.tag === 'array' ? ours.type.elem.size : 0;
      const actual = what === 'off' ? ours.offset + stride : stride || ours.size;
      if (actual !== expected) problems.push(`${key}: hvsim ${actual}, Xen ${expected}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(230);
  });

  test('the ABI\'s typedefs have Arm\'s sizes (64-bit xen_ulong_t, xen_pfn_t, handles)', () => {
    const types: Record<string, { size: number; align: number }> = {
      xen_ulong_t: abi.T.xen_ulong_t, xen_pfn_t: abi.T.xen_pfn_t, domid_t: abi.T.domid_t,
      evtchn_port_t: abi.T.evtchn_port_t, grant_ref_t: abi.T.grant_ref_t, grant_handle_t: abi.T.grant_handle_t,
      'XEN_GUEST_HANDLE(xen_pfn_t)': abi.handle('xen_pfn_t'),
    };
    for (const [name, t] of Object.entries(types)) {
      expect([name, t.size, t.align]).toEqual([name, arm32[`${name}|sizeof`], arm32[`${name}|alignof`]]);
    }
  });

  test('every Xen struct hvsim lays out is in the reference, and constants agree with it', () => {
    const inRef = new Set(Object.keys(arm32).map((k) => k.split('|')[0]));
    const notInRef = xenLayouts.filter((l) => !inRef.has(`struct ${l.name}`)).map((l) => l.name);
    // These are checked by compiling Xen's headers instead (see below).
    expect(notInRef.sort()).toEqual([
      'blkif_request', 'blkif_request_discard', 'blkif_request_indirect', 'blkif_request_segment', 'blkif_response',
      'blkif_sring', 'evtchn_bind_ipi', 'evtchn_bind_vcpu', 'evtchn_expand_array', 'evtchn_fifo_control_block',
      'evtchn_init_control', 'evtchn_reset', 'evtchn_set_priority', 'evtchn_unmask', 'gnttab_copy', 'gnttab_copy_ptr', 'gnttab_get_version',
      'gnttab_query_size', 'gnttab_set_version', 'multicall_entry', 'netif_extra_info', 'netif_rx_request', 'netif_rx_response',
      'netif_rx_sring', 'netif_tx_request', 'netif_tx_response', 'netif_tx_sring', 'sched_remote_shutdown', 'sched_watchdog', 'vcpu_register_runstate_memory_area', 'vcpu_register_vcpu_info',
      'vcpu_runstate_info', 'xen_add_to_physmap', 'xen_add_to_physmap_batch', 'xen_compile_info', 'xen_feature_info',
      'xen_hvm_param', 'xen_memory_domain', 'xen_remove_from_physmap',
    ]);
    let compared = 0;
    const exported = new Map(hvsimNumbers);
    for (const [table, entries] of Object.entries(ref)) {
      if (typeof entries !== 'object' || entries === null || Array.isArray(entries) || table === 'layouts' || table === 'arch_differences') continue;
      for (const [name, value] of Object.entries(entries as Record<string, number>)) {
        if (!exported.has(name)) continue;
        expect([name, exported.get(name)]).toEqual([name, value]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(300);
    expect(abi.xsd_errors.map((e) => e.errstring)).toEqual(ref.xsd_errors_order);
    expect(abi.XEN_LEGACY_MAX_VCPUS).toBe(ref.arch_differences.XEN_LEGACY_MAX_VCPUS.arm32);
    expect(abi.EVTCHN_2L_NR_CHANNELS).toBe(ref.arch_differences.EVTCHN_2L_NR_CHANNELS.arm32);
  });
});

/** C source including Xen's headers, asserting every hvsim layout's size, alignment and offsets. */
function xenLayoutCheckSource(): string {
  return [
    '#include <stdint.h>',
    '#include <stddef.h>',
    '#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__',
    ...XEN_HEADERS.map((h) => `#include "${path.join(XEN_INCLUDE, h)}"`),
    abi.layoutAssertions(xenLayouts, armName),
  ].join('\n');
}

function compile(compiler: string, args: string[], source: string): { status: number | null; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-abi-'));
  try {
    const file = path.join(dir, 'check.c');
    fs.writeFileSync(file, source);
    const r = spawnSync(compiler, [...args, '-ffreestanding', '-std=gnu11', '-fsyntax-only', file], { encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('layouts against Xen\'s headers, compiled', () => {
  test('the generated check asserts every member of every Xen layout', () => {
    const source = abi.layoutAssertions(xenLayouts, armName);
    const members = xenLayouts.reduce((n, l) => n + Object.keys(l.f).length, 0);
    expect(source.match(/_Static_assert\(offsetof/g)?.length).toBe(members);
    expect(members).toBeGreaterThanOrEqual(140);
  });

  // RV32 ilp32 with Arm's types (-D__arm__): the ABI hvsim guests are compiled for.
  (haveRiscvGcc ? test : test.skip)('riscv64-unknown-elf-gcc -mabi=ilp32 -D__arm__ agrees', () => {
    const r = compile('riscv64-unknown-elf-gcc', ['-march=rv32ima_zicsr', '-mabi=ilp32', '-D__arm__'], xenLayoutCheckSource());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  (haveClang ? test : test.skip)('clang --target=arm-linux-gnueabihf agrees', () => {
    const r = compile('clang', ['--target=arm-linux-gnueabihf'], xenLayoutCheckSource());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  (haveRiscvGcc ? test : test.skip)('a wrong layout is caught by the compiled check', () => {
    const wrong = xenLayoutCheckSource().replace('offsetof(struct sched_poll, timeout) == 16', 'offsetof(struct sched_poll, timeout) == 12');
    expect(wrong).not.toBe(xenLayoutCheckSource());
    const r = compile('riscv64-unknown-elf-gcc', ['-march=rv32ima_zicsr', '-mabi=ilp32', '-D__arm__'], wrong);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('offsetof(struct sched_poll, timeout)');
  });
});

// ---- Split drivers (io/ring.h, io/blkif.h, io/xenbus.h, io/protocols.h) ----------------------------
// The numbers above already cover these headers' constants and layouts; this block checks what is
// particular to them: whole families present, and the ring size Xen's own macro computes.

(haveXen ? describe : describe.skip)('split-driver protocols against Xen\'s io/ headers', () => {
  let xenInts: Map<string, bigint>;
  beforeAll(() => {
    const unit = new CPreprocessor({ __arm__: '1', __GNUC__: '12', __STDC_VERSION__: '201112L' });
    for (const h of ['io/blkif.h', 'io/netif.h', 'io/xenbus.h', 'io/protocols.h']) unit.include(path.join(XEN_INCLUDE, h));
    xenInts = unit.integerConstants();
  });

  test('hvsim exports every BLKIF_*, VDISK_* and XenbusState* constant', () => {
    const exported = new Set(hvsimNumbers.map(([n]) => n));
    const family = [...xenInts.keys()].filter((n) => /^(BLKIF_|VDISK_|XenbusState)/.test(n));
    expect(family.length).toBeGreaterThanOrEqual(22);
    expect(family.filter((n) => !exported.has(n))).toEqual([]);
  });

  test('hvsim exports every NETTXF_*, NETRXF_*, NETIF_RSP_* and XEN_NETIF_EXTRA_* constant', () => {
    const exported = new Set(hvsimNumbers.map(([n]) => n));
    const family = [...xenInts.keys()].filter((n) => /^(_?NETTXF_|_?NETRXF_|NETIF_RSP_|_?XEN_NETIF_EXTRA_)/.test(n));
    expect(family.length).toBeGreaterThanOrEqual(30);
    expect(family.filter((n) => !exported.has(n))).toEqual([]);
  });

  test('the protocol string for Arm guests is Xen\'s', () => {
    expect(abi.XEN_IO_PROTO_ABI_ARM).toBe('arm-abi');
  });

  test('ring sizes round down to a power of two', () => {
    expect(abi.roundDownPow2(36)).toBe(32);
    expect(abi.roundDownPow2(32)).toBe(32);
    expect(abi.roundDownPow2(1)).toBe(1);
    expect(abi.roundDownPow2(0)).toBe(0);
    expect(abi.ringEntries(64, 112)).toBe(32);
    expect(abi.ringEntries(64, 16)).toBe(128);
    expect(abi.HVSIM_BLKIF_RING_SIZE).toBe(32);
    expect(abi.HVSIM_NETIF_TX_RING_SIZE).toBe(256);
    expect(abi.HVSIM_NETIF_RX_RING_SIZE).toBe(256);
  });

  (haveRiscvGcc ? test : test.skip)('Xen\'s __CONST_RING_SIZE(blkif, 4096) is HVSIM_BLKIF_RING_SIZE', () => {
    const source = [
      '#include <stdint.h>', '#include <stddef.h>',
      `#include "${path.join(XEN_INCLUDE, 'io/blkif.h')}"`,
      `_Static_assert(__CONST_RING_SIZE(blkif, ${abi.HVSIM_RING_PAGE_BYTES}) == ${abi.HVSIM_BLKIF_RING_SIZE}, "blkif ring size");`,
      `_Static_assert(offsetof(struct blkif_sring, ring) == ${abi.HVSIM_BLKIF_RING_OFFSET}, "ring offset");`,
      `_Static_assert(sizeof(union blkif_sring_entry) == ${abi.HVSIM_BLKIF_RING_ENTRY_BYTES}, "entry size");`,
    ].join('\n');
    const r = compile('riscv64-unknown-elf-gcc', ['-march=rv32ima_zicsr', '-mabi=ilp32', '-D__arm__'], source);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  (haveRiscvGcc ? test : test.skip)('Xen\'s __CONST_RING_SIZE(netif_tx/netif_rx, 4096) are HVSIM_NETIF_TX/RX_RING_SIZE', () => {
    const source = [
      '#include <stdint.h>', '#include <stddef.h>',
      `#include "${path.join(XEN_INCLUDE, 'io/netif.h')}"`,
      `_Static_assert(__CONST_RING_SIZE(netif_tx, ${abi.HVSIM_RING_PAGE_BYTES}) == ${abi.HVSIM_NETIF_TX_RING_SIZE}, "tx ring size");`,
      `_Static_assert(__CONST_RING_SIZE(netif_rx, ${abi.HVSIM_RING_PAGE_BYTES}) == ${abi.HVSIM_NETIF_RX_RING_SIZE}, "rx ring size");`,
      `_Static_assert(offsetof(struct netif_tx_sring, ring) == ${abi.HVSIM_NETIF_RING_OFFSET}, "ring offset");`,
      `_Static_assert(sizeof(union netif_tx_sring_entry) == ${abi.HVSIM_NETIF_TX_RING_ENTRY_BYTES}, "tx entry size");`,
      `_Static_assert(sizeof(union netif_rx_sring_entry) == ${abi.HVSIM_NETIF_RX_RING_ENTRY_BYTES}, "rx entry size");`,
    ].join('\n');
    const r = compile('riscv64-unknown-elf-gcc', ['-march=rv32ima_zicsr', '-mabi=ilp32', '-D__arm__'], source);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
