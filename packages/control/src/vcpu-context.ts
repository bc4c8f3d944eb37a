/**
 * The saved vCPU context: what DomctlService.GetVcpuContext returns as `hart_state` and
 * SetVcpuContext takes back — a SavedVcpuContext protobuf message (types.proto), versioned
 * (SAVED_VCPU_CONTEXT_VERSION) — carried in save images and migration streams. It crosses
 * hosts and files, so whoever takes one in — the core's DomctlService, dom0 reading a save
 * image before it builds anything — checks every field by range here, in one place.
 *
 * Times are the guest's (its `time` CSR, SBI time and Xen system time, in ns): `timeNs` is the
 * guest's time when the context was taken, the timer deadlines are on the same clock, so a
 * host can continue the guest's time from there whatever its own clock says.
 *
 * Save images of format 2 carried the context as JSON (the core's HartState, field for field);
 * decodeJsonVcpuContext reads those.
 */
import type * as Abi from '@hvsim/abi';
import { pb } from './schema';

/** @hvsim/abi, loaded when a context is first checked: the CLI's client verbs load this
 *  package but never check a vCPU context, and loading the ABI's modules costs them ~15 ms. */
const abi = (): typeof Abi => require('@hvsim/abi') as typeof Abi;

/** The hart (RV32 registers, CSRs, PMP, LR reservation), as @hvsim/riscv's HartState. */
export interface SavedHartState {
  x: number[];
  pc: number;
  priv: number;
  instret: number;
  cycleOffset: number;
  csr: Record<(typeof CSR_NAMES)[number], number>;
  pmp: { cfg: number[]; addr: number[] };
  reservation: number | null;
  waiting: boolean;
}

export interface SavedVcpuContext {
  hart: SavedHartState;
  online: boolean;
  /** Guest time (ns) when the context was taken. */
  timeNs: number;
  /** Guest-time deadlines (ns), or null when unarmed. */
  singleshotDeadline: number | null;
  sbiTimerDeadline: number | null;
  /** Registered vcpu_info as (gfn, offset), or null for the legacy slot in shared_info. */
  vcpuInfo: { gfn: number; offset: number } | null;
  /** The domain's vm_assist bits (VMASST_TYPE_* as bit numbers). */
  vmAssist: number;
}

/** A hart_state that is not a valid saved vCPU context; the message names the field. */
export class VcpuContextError extends Error {}

const CSR_NAMES = [
  'mstatus', 'medeleg', 'mideleg', 'mie', 'mip', 'mtvec', 'stvec', 'mepc', 'sepc', 'mcause',
  'scause', 'mtval', 'stval', 'mscratch', 'sscratch', 'mcounteren', 'scounteren', 'satp',
] as const;
const NR_REGS = 32;
const PMP_ENTRIES = 16;
const PRIV_LEVELS = new Set([0, 1, 3]);
/** Guest frame numbers of a 32-bit physical address space. */
const MAX_GFN = 0xfffff;

/** The SavedVcpuContext version this hvsim writes and reads. */
export const SAVED_VCPU_CONTEXT_VERSION = 1;

/** The hart_state bytes of a context (a SavedVcpuContext message). */
export function encodeVcpuContext(ctx: SavedVcpuContext): Uint8Array {
  const h = ctx.hart;
  return pb.SavedVcpuContext.encode({
    version: SAVED_VCPU_CONTEXT_VERSION,
    hart: {
      x: h.x.map((r) => r >>> 0),
      pc: h.pc >>> 0,
      priv: h.priv,
      instret: h.instret,
      cycleOffset: h.cycleOffset,
      csr: Object.fromEntries(CSR_NAMES.map((name) => [name, h.csr[name] >>> 0])),
      pmpCfg: h.pmp.cfg,
      pmpAddr: h.pmp.addr.map((a) => a >>> 0),
      ...(h.reservation !== null ? { reservation: h.reservation >>> 0 } : {}),
      waiting: h.waiting,
    },
    online: ctx.online,
    timeNs: ctx.timeNs,
    ...(ctx.singleshotDeadline !== null ? { singleshotDeadlineNs: ctx.singleshotDeadline } : {}),
    ...(ctx.sbiTimerDeadline !== null ? { sbiTimerDeadlineNs: ctx.sbiTimerDeadline } : {}),
    ...(ctx.vcpuInfo !== null ? { vcpuInfo: ctx.vcpuInfo } : {}),
    vmAssist: ctx.vmAssist,
  }).finish();
}

/** Decodes and checks a hart_state (a SavedVcpuContext message). */
export function decodeVcpuContext(bytes: Uint8Array): SavedVcpuContext {
  let m: pb.SavedVcpuContext;
  try {
    m = pb.SavedVcpuContext.decode(bytes);
  } catch (err) {
    throw new VcpuContextError(`hart_state is not a SavedVcpuContext: ${(err as Error).message}`);
  }
  if (m.version !== SAVED_VCPU_CONTEXT_VERSION) {
    throw new VcpuContextError(`hart_state: version ${m.version} is not supported (this hvsim reads version ${SAVED_VCPU_CONTEXT_VERSION})`);
  }
  if (m.hart === null || m.hart === undefined) throw new VcpuContextError('hart_state: hart is missing');
  return {
    hart: checkSavedHart(m.hart),
    online: m.online,
    timeNs: time(m.timeNs, 'timeNs'),
    singleshotDeadline: present(m.singleshotDeadlineNs) ? time(m.singleshotDeadlineNs, 'singleshotDeadline') : null,
    sbiTimerDeadline: present(m.sbiTimerDeadlineNs) ? time(m.sbiTimerDeadlineNs, 'sbiTimerDeadline') : null,
    vcpuInfo: m.vcpuInfo === null || m.vcpuInfo === undefined ? null : vcpuInfoPlace(Number(m.vcpuInfo.gfn), m.vcpuInfo.offset),
    vmAssist: m.vmAssist >>> 0,
  };
}

function checkSavedHart(h: pb.ISavedHart): SavedHartState {
  const csrIn = h.csr ?? {};
  const csr = {} as SavedHartState['csr'];
  for (const name of CSR_NAMES) csr[name] = csrIn[name] ?? 0;
  return {
    x: list(h.x ?? [], 'hart.x', NR_REGS) as number[],
    pc: h.pc ?? 0,
    priv: privLevel(h.priv ?? 0),
    instret: int(Number(h.instret ?? 0), 'hart.instret', 0, Number.MAX_SAFE_INTEGER),
    cycleOffset: int(Number(h.cycleOffset ?? 0), 'hart.cycleOffset', -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    csr,
    pmp: {
      cfg: list(h.pmpCfg ?? [], 'hart.pmp.cfg', PMP_ENTRIES).map((v, i) => int(v, `hart.pmp.cfg[${i}]`, 0, 0xff)),
      addr: list(h.pmpAddr ?? [], 'hart.pmp.addr', PMP_ENTRIES) as number[],
    },
    reservation: present(h.reservation) ? h.reservation : null,
    waiting: h.waiting ?? false,
  };
}

function present<T>(v: T | null | undefined): v is T {
  return v !== null && v !== undefined;
}

/** Decodes and checks a hart_state of save format 2 (UTF-8 JSON of the same fields). */
export function decodeJsonVcpuContext(bytes: Uint8Array): SavedVcpuContext {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw new VcpuContextError(`hart_state is not JSON: ${(err as Error).message}`);
  }
  return checkVcpuContext(raw);
}

/** `raw` (format 2's JSON) as a SavedVcpuContext, or VcpuContextError naming the first field that is wrong. */
export function checkVcpuContext(raw: unknown): SavedVcpuContext {
  const o = record(raw, 'hart_state', ['hart', 'online', 'timeNs', 'singleshotDeadline', 'sbiTimerDeadline', 'vcpuInfo', 'vmAssist']);
  return {
    hart: checkHart(o.hart),
    online: bool(o.online, 'online'),
    timeNs: time(o.timeNs, 'timeNs'),
    singleshotDeadline: o.singleshotDeadline === null ? null : time(o.singleshotDeadline, 'singleshotDeadline'),
    sbiTimerDeadline: o.sbiTimerDeadline === null ? null : time(o.sbiTimerDeadline, 'sbiTimerDeadline'),
    vcpuInfo: o.vcpuInfo === null ? null : checkVcpuInfo(o.vcpuInfo),
    vmAssist: int(o.vmAssist, 'vmAssist', 0, 0xffff_ffff),
  };
}

function checkHart(raw: unknown): SavedHartState {
  const h = record(raw, 'hart', ['x', 'pc', 'priv', 'instret', 'cycleOffset', 'csr', 'pmp', 'reservation', 'waiting']);
  const csrIn = record(h.csr, 'hart.csr', CSR_NAMES);
  const csr = {} as SavedHartState['csr'];
  for (const name of CSR_NAMES) csr[name] = word(csrIn[name], `hart.csr.${name}`);
  const pmp = record(h.pmp, 'hart.pmp', ['cfg', 'addr']);
  const priv = privLevel(int(h.priv, 'hart.priv', 0, 3));
  return {
    x: list(h.x, 'hart.x', NR_REGS).map((v, i) => word(v, `hart.x[${i}]`)),
    pc: int(h.pc, 'hart.pc', 0, 0xffff_ffff),
    priv,
    instret: int(h.instret, 'hart.instret', 0, Number.MAX_SAFE_INTEGER),
    cycleOffset: int(h.cycleOffset, 'hart.cycleOffset', -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    csr,
    pmp: {
      cfg: list(pmp.cfg, 'hart.pmp.cfg', PMP_ENTRIES).map((v, i) => int(v, `hart.pmp.cfg[${i}]`, 0, 0xff)),
      addr: list(pmp.addr, 'hart.pmp.addr', PMP_ENTRIES).map((v, i) => word(v, `hart.pmp.addr[${i}]`)),
    },
    reservation: h.reservation === null ? null : int(h.reservation, 'hart.reservation', 0, 0xffff_ffff),
    waiting: bool(h.waiting, 'hart.waiting'),
  };
}

function checkVcpuInfo(raw: unknown): { gfn: number; offset: number } {
  const o = record(raw, 'vcpuInfo', ['gfn', 'offset']);
  return vcpuInfoPlace(o.gfn, o.offset);
}

/** vcpu_info (8-byte aligned) must lie within its page. */
function vcpuInfoPlace(rawGfn: unknown, rawOffset: unknown): { gfn: number; offset: number } {
  const gfn = int(rawGfn, 'vcpuInfo.gfn', 0, MAX_GFN);
  const { HVSIM_PAGE_SIZE, VCPU_INFO } = abi();
  const offset = int(rawOffset, 'vcpuInfo.offset', 0, HVSIM_PAGE_SIZE - VCPU_INFO.size);
  if (offset % 8 !== 0) throw new VcpuContextError(`vcpuInfo.offset: ${offset} is not 8-byte aligned`);
  return { gfn, offset };
}

function privLevel(priv: number): number {
  if (!PRIV_LEVELS.has(priv)) throw new VcpuContextError(`hart.priv: ${priv} is not a privilege level (0, 1 or 3)`);
  return priv;
}

/** An object with exactly the keys `keys`. */
function record<K extends string>(v: unknown, what: string, keys: readonly K[]): Record<K, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new VcpuContextError(`${what}: not an object`);
  const o = v as Record<string, unknown>;
  for (const k of keys) if (!Object.prototype.hasOwnProperty.call(o, k)) throw new VcpuContextError(`${what}: ${k} is missing`);
  for (const k of Object.keys(o)) if (!(keys as readonly string[]).includes(k)) throw new VcpuContextError(`${what}: unknown field ${k}`);
  return o as Record<K, unknown>;
}

function list(v: unknown, what: string, length: number): unknown[] {
  if (!Array.isArray(v) || v.length !== length) throw new VcpuContextError(`${what}: not a list of ${length}`);
  return v;
}

function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw new VcpuContextError(`${what}: not true or false`);
  return v;
}

function int(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new VcpuContextError(`${what}: ${JSON.stringify(v) ?? String(v)} is not an integer in ${min}..${max}`);
  return v;
}

/** A 32-bit register as a signed or unsigned integer (the core saves either form). */
function word(v: unknown, what: string): number {
  return int(v, what, -0x8000_0000, 0xffff_ffff);
}

/** Nanoseconds of guest time. */
function time(v: unknown, what: string): number {
  return int(v, what, 0, Number.MAX_SAFE_INTEGER);
}
