/**
 * C headers for guests, generated from this package so the guest SDK and the hypervisor can
 * never disagree. One header per Xen public header (hvsim/sched.h ↔ public/sched.h, ...) plus
 * hvsim's own (sbi.h, start_info.h, abi_version.h). Pure: returns file contents; the script
 * scripts/gen-headers.ts writes them to images/sdk/include.
 *
 * Structs carry explicit padding members and explicit 8-byte alignment on 64-bit members, so
 * their layout does not depend on the compiler's defaults; each header also asserts every
 * struct's size when compiled as C11.
 */
import * as abiVersion from './abi_version';
import * as blkif from './blkif';
import * as consoleIo from './console';
import * as errno from './errno';
import * as domctl from './domctl';
import * as eventChannel from './event_channel';
import * as grantTable from './grant_table';
import * as hvmParams from './hvm_params';
import type { CompositeType, FieldType, StructLayout } from './layout';
import { memberOffsets } from './layout';
import * as memory from './memory';
import * as netif from './netif';
import * as ring from './ring';
import * as sbi from './sbi';
import * as sched from './sched';
import * as startInfo from './start_info';
import * as vcpu from './vcpu';
import * as version from './version';
import * as xen from './xen';
import * as xenbus from './xenbus';
import * as xsWire from './xs_wire';

interface HeaderSpec {
  /** File name under include/hvsim/. */
  readonly file: string;
  readonly title: string;
  readonly includes: readonly string[];
  /** The module whose constants and layouts the header declares. */
  readonly module: Readonly<Record<string, unknown>>;
  /** Hand-written C that must precede the structs (typedefs, handle types, macros). */
  readonly prelude?: string;
  /** C emitted whichever headers are in use (before the HVSIM_XEN_HEADERS choice). */
  readonly common?: string;
  /**
   * Xen's own headers declaring the same (under /usr/include/xen): with HVSIM_XEN_HEADERS
   * defined the header includes those instead, so a guest compiles against Xen's headers as a
   * Xen/Arm guest does. Absent for hvsim's own headers.
   */
  readonly xen?: readonly string[];
}

/** hvsim's own layout helpers: its own headers use them with either set of Xen headers. */
const HVSIM_HELPERS = `#include <stdint.h>

#define __hvsim_align8 __attribute__((__aligned__(8)))

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define HVSIM_ASSERT_SIZE(type, size) _Static_assert(sizeof(type) == (size), "hvsim ABI: sizeof(" #type ")")
#else
#define HVSIM_ASSERT_SIZE(type, size)
#endif
`;

const XEN_PRELUDE = `/* Guest handles: a guest-physical pointer in a 64-bit, 8-aligned slot (upper half zero). */
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \\
    typedef union { type *p; uint64_t q; } __hvsim_align8 __guest_handle_64_ ## name
#define DEFINE_XEN_GUEST_HANDLE(name) __DEFINE_XEN_GUEST_HANDLE(name, name)
#define XEN_GUEST_HANDLE(name) __guest_handle_64_ ## name
#define set_xen_guest_handle(hnd, val) do { (hnd).q = 0; (hnd).p = (val); } while (0)

typedef uint64_t xen_pfn_t __hvsim_align8;
typedef uint64_t xen_ulong_t __hvsim_align8;
typedef uint16_t domid_t;

DEFINE_XEN_GUEST_HANDLE(xen_pfn_t);
`;

/** Every generated header, in dependency order. */
export const HEADERS: readonly HeaderSpec[] = [
  {
    file: 'xen.h', title: "core types, hypercall numbers, shared_info (Xen's public/xen.h)", includes: [], module: xen,
    common: HVSIM_HELPERS, prelude: XEN_PRELUDE, xen: ['xen.h'],
  },
  { file: 'errno.h', title: "errno values returned negated by hypercalls (Xen's public/errno.h)", includes: [], module: errno, xen: ['errno.h'] },
  {
    file: 'event_channel.h', title: "event channels (Xen's public/event_channel.h)", includes: ['xen.h'], module: eventChannel,
    xen: ['event_channel.h'],
    prelude: 'typedef uint32_t evtchn_port_t;\nDEFINE_XEN_GUEST_HANDLE(evtchn_port_t);\n',
  },
  { file: 'sched.h', title: "sched_op (Xen's public/sched.h)", includes: ['xen.h', 'event_channel.h'], module: sched, xen: ['sched.h'] },
  {
    file: 'grant_table.h', title: "grant tables, v1 (Xen's public/grant_table.h)", includes: ['xen.h'], module: grantTable,
    xen: ['grant_table.h'],
    prelude: 'typedef uint32_t grant_ref_t;\ntypedef uint32_t grant_handle_t;\n',
  },
  {
    file: 'memory.h', title: "memory_op (Xen's public/memory.h)", includes: ['xen.h'], module: memory, xen: ['memory.h'],
    prelude: 'DEFINE_XEN_GUEST_HANDLE(xen_ulong_t);\nDEFINE_XEN_GUEST_HANDLE(int);\n',
  },
  {
    file: 'hvm_op.h', title: "hvm_op and HVM parameters (Xen's public/hvm/hvm_op.h, hvm/params.h)", includes: ['xen.h'],
    module: hvmParams, xen: ['hvm/hvm_op.h', 'hvm/params.h'],
  },
  { file: 'vcpu.h', title: "vcpu_op (Xen's public/vcpu.h)", includes: ['xen.h'], module: vcpu, xen: ['vcpu.h'] },
  {
    file: 'version.h', title: "xen_version and feature bits (Xen's public/version.h, features.h)", includes: ['xen.h'], module: version,
    xen: ['version.h', 'features.h'],
    prelude: 'typedef char xen_extraversion_t[16];\ntypedef char xen_capabilities_info_t[1024];\ntypedef char xen_changeset_info_t[64];\n',
  },
  {
    file: 'console.h', title: "PV console ring (Xen's public/io/console.h)", includes: ['xen.h'], module: consoleIo,
    xen: ['io/console.h'],
    prelude: 'typedef uint32_t XENCONS_RING_IDX;\n#define MASK_XENCONS_IDX(idx, ring) ((idx) & (sizeof(ring) - 1))\n',
  },
  {
    file: 'xs_wire.h', title: "xenstore wire protocol (Xen's public/io/xs_wire.h)", includes: ['xen.h'], module: xsWire,
    xen: ['io/xs_wire.h'],
    prelude: 'typedef uint32_t XENSTORE_RING_IDX;\n#define MASK_XENSTORE_IDX(idx) ((idx) & (XENSTORE_RING_SIZE - 1))\n',
  },
  { file: 'domctl.h', title: "domctl/sysctl interface versions (Xen's public/domctl.h, sysctl.h)", includes: [], module: domctl },
  {
    file: 'xenbus.h', title: "split-device states and ring protocols (Xen's public/io/xenbus.h, protocols.h)",
    includes: [], module: xenbus,
  },
  {
    file: 'ring.h', title: "shared request/response rings (Xen's public/io/ring.h)", includes: ['xen.h'], module: ring,
    prelude: 'typedef uint32_t RING_IDX;\n',
  },
  {
    file: 'blkif.h', title: "virtual block device requests and ring (Xen's public/io/blkif.h)",
    includes: ['xen.h', 'grant_table.h', 'ring.h'], module: blkif,
    prelude: 'typedef uint16_t blkif_vdev_t;\ntypedef uint64_t blkif_sector_t __hvsim_align8;\n',
  },
  {
    file: 'netif.h', title: "virtual network interface requests and rings (Xen's public/io/netif.h)",
    includes: ['xen.h', 'grant_table.h', 'ring.h'], module: netif,
  },
  { file: 'sbi.h', title: 'RISC-V SBI extensions, functions and errors served by hvsim', includes: [], module: sbi },
  { file: 'abi_version.h', title: 'hvsim ABI version and boot contract', includes: [], module: abiVersion },
  {
    file: 'start_info.h', title: "hvsim's start_info (Xen's PV start_info; Xen has none on Arm)",
    includes: ['xen.h'], module: startInfo,
  },
];

function isLayout(v: unknown): v is StructLayout {
  return typeof v === 'object' && v !== null && 'scalars' in v && 'f' in v;
}

/** Every struct layout of the ABI, in header order. */
export const STRUCT_LAYOUTS: readonly StructLayout[] = HEADERS.flatMap((h) => Object.values(h.module).filter(isLayout));

/** Constants are grouped by family (name prefix) and ordered by value inside one. */
function family(name: string): string {
  return name.replace(/^_+/, '').split('_')[0];
}

function cNumber(v: number): string {
  if (v < 0) return `(${v})`;
  if (v >= 0x80000000) return `0x${v.toString(16)}U`;
  return v > 0xffff ? `0x${v.toString(16)}` : String(v);
}

function constants(mod: Readonly<Record<string, unknown>>): string {
  const defs = Object.entries(mod)
    .filter((e): e is [string, number | string] => typeof e[1] === 'number' || typeof e[1] === 'string')
    .sort(([a, x], [b, y]) =>
      family(a).localeCompare(family(b)) || (typeof x === 'number' && typeof y === 'number' ? x - y : 0) || (a < b ? -1 : a > b ? 1 : 0));
  const lines: string[] = [];
  let last = '';
  for (const [name, value] of defs) {
    if (last !== '' && family(name) !== last) lines.push('');
    last = family(name);
    lines.push(`#define ${name} ${typeof value === 'number' ? cNumber(value) : JSON.stringify(value)}`);
  }
  return lines.join('\n');
}

function is64(t: FieldType): boolean {
  return t.tag === 'scalar' ? t.size === 8 : t.tag === 'array' && is64(t.elem);
}

/** Declarator for a member: C type, name and array suffix. */
function declare(t: FieldType, name: string, indent: string): string {
  if (t.tag === 'array') return declare(t.elem, `${name}[${t.count}]`, indent);
  if (t.tag === 'scalar') return `${t.c} ${name}`;
  if (t.name !== null) return `${t.tag} ${t.name} ${name}`;
  return `${body(t, indent)} ${name}`;
}

/** `struct {` ... `}` with members, explicit padding and offsets in comments. */
function body(t: CompositeType, indent: string): string {
  const inner = indent + '    ';
  const lines = [`${t.tag} {`];
  let at = 0;
  let pads = 0;
  const pad = (to: number) => {
    if (to > at) lines.push(`${inner}uint8_t _hvsim_pad${pads++}[${to - at}];`);
  };
  for (const m of memberOffsets(t)) {
    if (t.tag === 'struct') pad(m.offset);
    lines.push(`${inner}${declare(m.type, m.name, inner)}${is64(m.type) ? ' __hvsim_align8' : ''};`);
    at = Math.max(at, m.offset + m.type.size);
  }
  if (t.tag === 'struct') pad(t.size);
  lines.push(`${indent}}`);
  return lines.join('\n');
}

function structDefinition(l: StructLayout): string {
  return [
    `/* ${l.doc} */`,
    `struct ${l.name} ${body(l, '').slice('struct '.length)};`,
    `typedef struct ${l.name} ${l.name}_t;`,
    `HVSIM_ASSERT_SIZE(struct ${l.name}, ${l.size});`,
  ].join('\n');
}

/** Layouts in an order where every named struct is defined before a struct embedding it. */
function definitionOrder(layouts: readonly StructLayout[]): StructLayout[] {
  const out: StructLayout[] = [];
  const visit = (l: StructLayout) => {
    if (out.includes(l)) return;
    const deps = (t: FieldType): void => {
      if (t.tag === 'array') deps(t.elem);
      else if (t.tag !== 'scalar') {
        const named = layouts.find((x) => x === t);
        if (named && named !== l) visit(named);
        for (const m of Object.values(t.members)) deps(m);
      }
    };
    for (const m of Object.values(l.members)) deps(m);
    out.push(l);
  };
  for (const l of [...layouts].sort((a, b) => (a.name < b.name ? -1 : 1))) visit(l);
  return out;
}

function header(h: HeaderSpec): string {
  const guard = `__HVSIM_${h.file.replace(/\W/g, '_').toUpperCase()}__`;
  const parts = [
    `/* hvsim guest ABI ${abiVersion.HVSIM_ABI_VERSION_MAJOR}.${abiVersion.HVSIM_ABI_VERSION_MINOR}: ${h.title}.\n` +
      ' * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */',
    `#ifndef ${guard}\n#define ${guard}`,
  ];
  const body: string[] = [];
  if (h.includes.length > 0) body.push(h.includes.map((i) => `#include "${i}"`).join('\n'));
  if (h.prelude !== undefined) body.push(h.prelude.trimEnd());
  const defs = constants(h.module);
  if (defs !== '') body.push(defs);
  for (const l of definitionOrder(Object.values(h.module).filter(isLayout))) body.push(structDefinition(l));
  if (h.common !== undefined) parts.push(h.common.trimEnd());
  if (h.xen === undefined) parts.push(...body);
  else {
    // Same names, numbers and layouts (test/abi checks them), so either set serves a guest.
    parts.push(`#ifdef HVSIM_XEN_HEADERS\n${h.xen.map((x) => `#include <xen/${x}>`).join('\n')}\n#else`);
    parts.push(...body);
    parts.push('#endif /* HVSIM_XEN_HEADERS */');
  }
  parts.push(`#endif /* ${guard} */`);
  return parts.join('\n\n') + '\n';
}

/** Every header: path relative to the SDK include directory ("hvsim/sched.h") → contents. */
export function generateHeaders(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of HEADERS) out[`hvsim/${h.file}`] = header(h);
  return out;
}

/**
 * C11 assertions that a compiler's view of `layouts` matches ours: size, alignment and the
 * offset of every member. `memberName` maps our dotted path to the compiler's (or null to skip
 * it), for checking the same layouts against Xen's own headers.
 */
export function layoutAssertions(
  layouts: readonly StructLayout[],
  memberName: (layout: StructLayout, path: string) => string | null = (_l, p) => p,
): string {
  const lines: string[] = [];
  for (const l of layouts) {
    const s = `struct ${l.name}`;
    lines.push(`_Static_assert(sizeof(${s}) == ${l.size}, "sizeof(${s})");`);
    lines.push(`_Static_assert(_Alignof(${s}) == ${l.align}, "_Alignof(${s})");`);
    for (const f of Object.values(l.f)) {
      const name = memberName(l, f.path);
      if (name === null) continue;
      lines.push(`_Static_assert(offsetof(${s}, ${name}) == ${f.offset}, "offsetof(${s}, ${name})");`);
      lines.push(`_Static_assert(sizeof(((${s} *)0)->${name}) == ${f.size}, "sizeof ${s}.${name}");`);
    }
  }
  return lines.join('\n') + '\n';
}
