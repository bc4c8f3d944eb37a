/**
 * `npm run bench -- core [--json]`: the hypervisor core's costs, measured on tiny guests.
 *  - null_hypercall_ns: wall ns per xen_version(XENVER_version) from a guest loop (the loop's
 *    three other instructions included);
 *  - mips_by_domains: aggregate guest MIPS with 1, 10, 100, 1000 and 10,000 runnable
 *    single-vCPU domains on 2 pCPUs;
 *  - host_bytes_per_idle_domain: host heap + ArrayBuffer bytes per idle 16 MiB domain beyond
 *    the guest pages it touched (measured in a child `node --expose-gc`);
 *  - sleepers_10000: a whole host in one process (the embedding API: core, dom0 on the FIFO
 *    event-channel ABI, xenstored, console backends) with 10,000 live domUs of
 *    images/demo/sleeper.cfg: how many are live, host bytes per domain (dom0's share
 *    included) beyond the guest pages they touched, and wall ms per virtual ms while they run.
 * Targets: null hypercall < 200 ns; MIPS at 1000 domains ≥ 80 % of one domain's; < 64 KiB;
 * 10,000 sleepers live.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { HVSIM_GUEST_RAM_BASE, SBI_EXT_HVSIM_HYPERCALL, XENVER_version, __HYPERVISOR_xen_version } from '@hvsim/abi';
import type { BenchResult } from './index';

const RAM = HVSIM_GUEST_RAM_BASE;

// Minimal RV32 encodings for the guest loops.
const addi = (rd: number, rs1: number, imm: number): number => (((imm & 0xfff) << 20) | (rs1 << 15) | (rd << 7) | 0x13) >>> 0;
const lui = (rd: number, imm20: number): number => (((imm20 & 0xfffff) << 12) | (rd << 7) | 0x37) >>> 0;
const jal = (rd: number, off: number): number =>
  ((((off >> 20) & 1) << 31) | (((off >> 1) & 0x3ff) << 21) | (((off >> 11) & 1) << 20) | (((off >> 12) & 0xff) << 12) | (rd << 7) | 0x6f) >>> 0;
const ECALL = 0x73;
const WFI = 0x10500073;
function li(rd: number, v: number): number[] {
  const lo = (v << 20) >> 20;
  return [lui(rd, ((v - lo) >>> 12) & 0xfffff), addi(rd, rd, lo)];
}
function bytes(words: number[]): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const dv = new DataView(out.buffer);
  words.forEach((w, i) => dv.setUint32(i * 4, w, true));
  return out;
}

/** loop: a0 = XENVER_version; a6 = xen_version; ecall; j loop. */
const HYPERCALL_LOOP = bytes([...li(17, SBI_EXT_HVSIM_HYPERCALL), addi(10, 0, XENVER_version), addi(16, 0, __HYPERVISOR_xen_version), ECALL, jal(0, -12)]);
/** A CPU-bound loop of ALU work. */
const SPIN_LOOP = bytes([addi(5, 5, 1), addi(6, 6, 3), addi(7, 7, 5), addi(28, 28, 7), jal(0, -16)]);
/** wfi; j . — an idle guest. */
const IDLE_LOOP = bytes([WFI, jal(0, -4)]);

/**
 * Each measurement runs in a fresh `node --expose-gc` child (compiled packages), so one's
 * garbage and JIT state do not tilt the next; the best of `rounds` runs is kept.
 */
const CHILD = `
const { Hypervisor } = require('@hvsim/hypervisor');
const [mode, arg, hypercallHex, spinHex, idleHex, sleeperCfg] = process.argv.slice(1);
const RAM = ${RAM};
const code = (hex) => new Uint8Array(Buffer.from(hex, 'hex'));
function boot(hv, bytes, memoryKb) {
  const d = hv.createDomain({ memoryKb });
  hv.writeGuestMemory(d, RAM, bytes);
  hv.bootVcpu(d, 0, { entry: RAM, arg: 0 });
  hv.unpauseDomain(d);
  return d;
}
const now = () => Number(process.hrtime.bigint());
let out;
if (mode === 'null') {
  const hv = new Hypervisor({ pcpus: 1 });
  const d = boot(hv, code(hypercallHex), 64);
  const calls = () => hv.counters(d).hypercalls[${__HYPERVISOR_xen_version}] || 0;
  hv.runFor(5e6);
  const c0 = calls(), t0 = now();
  hv.runFor(100e6);
  out = (now() - t0) / (calls() - c0);
} else if (mode === 'mips') {
  const hv = new Hypervisor({ pcpus: 2 });
  const ids = [];
  for (let i = 0; i < +arg; i++) ids.push(boot(hv, code(spinHex), 64));
  hv.runFor(20e6);
  const count = () => ids.reduce((n, d) => n + hv.counters(d).instructions, 0);
  const c0 = count(), t0 = now();
  hv.runFor(400e6);
  out = (count() - c0) / ((now() - t0) / 1e9) / 1e6;
} else if (mode === 'sleepers') {
  out = sleepers(+arg);
} else {
  const N = 200;
  const hv = new Hypervisor({ pcpus: 2 });
  const used = () => { global.gc(); global.gc(); const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
  hv.runFor(1e6);
  const base = used();
  const backed0 = hv.physinfo().backedPages;
  for (let i = 0; i < N; i++) boot(hv, code(idleHex), 16 * 1024);
  hv.runFor(50e6);
  const after = used();
  const touched = (hv.physinfo().backedPages - backed0) * 4096;
  out = { perDomain: (after - base - touched) / N, touchedPerDomain: touched / N };
  hv.listDomains();
}
function used() { global.gc(); global.gc(); const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; }
async function sleepers(n) {
  const { Host } = require('@hvsim/cli');
  const os = require('node:os'), fs = require('node:fs'), path = require('node:path');
  const datastore = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bench-'));
  // 4 MiB each, reserved at creation (no overcommit): the machine holds them all.
  const host = await Host.boot({ pcpus: 2, memoryMb: 4 * n + 1024, datastore });
  try {
    await host.run('1ms');
    const base = used(), backed0 = host.backedPages();
    const t0 = now();
    for (let i = 0; i < n; i++) await host.create(sleeperCfg, { overrides: ['name="s' + i + '"'] });
    const createMs = (now() - t0) / 1e6;
    await host.run('20ms');
    const t1 = now();
    await host.run('50ms');
    const wallPerVirtualMs = (now() - t1) / 1e6 / 50;
    const live = (await host.list()).filter((d) => d.domid !== 0 && d.state.slice(2) === '----').length;
    const touched = (host.backedPages() - backed0) * 4096;
    const perDomain = (used() - base - touched) / n;
    return { n, live, createMs, wallPerVirtualMs, perDomain, touchedPerDomain: touched / n };
  } finally {
    await host.halt();
    fs.rmSync(datastore, { recursive: true, force: true });
  }
}
Promise.resolve(out).then((v) => process.stdout.write(JSON.stringify(v)));
`;

const SLEEPER_CFG = path.resolve(__dirname, '..', '..', 'images', 'demo', 'sleeper.cfg');

function child<T>(mode: string, arg = ''): T {
  const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '-e', CHILD, mode, arg, hex(HYPERCALL_LOOP), hex(SPIN_LOOP), hex(IDLE_LOOP), SLEEPER_CFG], {
    encoding: 'utf8',
    cwd: __dirname,
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${mode} measurement failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Live domUs of the sleepers measurement (dom0's FIFO ports make more than ~2,040 possible). */
const SLEEPERS = 10_000;

interface Sleepers {
  n: number;
  live: number;
  createMs: number;
  wallPerVirtualMs: number;
  perDomain: number;
  touchedPerDomain: number;
}

function best(rounds: number, f: () => number, better: (a: number, b: number) => boolean): number {
  let b = f();
  for (let i = 1; i < rounds; i++) {
    const x = f();
    if (better(x, b)) b = x;
  }
  return b;
}

export async function run(_args: string[]): Promise<BenchResult> {
  const rounds = 2;
  const nullNs = best(rounds, () => child<number>('null'), (a, b) => a < b);
  const byDomains: Record<string, number> = {};
  for (const n of [1, 10, 100, 1000]) byDomains[String(n)] = best(rounds, () => child<number>('mips', String(n)), (a, b) => a > b);
  byDomains['10000'] = child<number>('mips', '10000'); // one round: it is the slow one
  const mem = child<{ perDomain: number; touchedPerDomain: number }>('mem');
  const sleepers = child<Sleepers>('sleepers', String(SLEEPERS));
  const ratio = byDomains['1000'] / byDomains['1'];
  const ratio10k = byDomains['10000'] / byDomains['1'];
  const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
  return {
    table: [
      { metric: 'null hypercall (wall ns)', value: round(nullNs), target: '< 200' },
      ...Object.entries(byDomains).map(([n, v]) => ({ metric: `MIPS, ${n} domain(s) on 2 pCPUs`, value: round(v), target: n === '1000' ? '≥ 80% of 1 domain' : '' })),
      { metric: 'MIPS ratio 1000 : 1', value: round(ratio, 3), target: '≥ 0.8' },
      { metric: 'MIPS ratio 10000 : 1', value: round(ratio10k, 3), target: '' },
      { metric: 'host bytes per idle 16 MiB domain', value: Math.round(mem.perDomain), target: '< 65536' },
      { metric: 'touched guest bytes per idle domain', value: Math.round(mem.touchedPerDomain), target: '' },
      { metric: `live sleepers of ${SLEEPERS} in one host`, value: sleepers.live, target: `${SLEEPERS}` },
      { metric: 'host bytes per live sleeper (dom0 included)', value: Math.round(sleepers.perDomain), target: '' },
      { metric: 'touched guest bytes per sleeper', value: Math.round(sleepers.touchedPerDomain), target: '' },
      { metric: `wall ms per virtual ms, ${SLEEPERS} sleepers`, value: round(sleepers.wallPerVirtualMs, 2), target: '' },
      { metric: `wall ms per create, ${SLEEPERS} sleepers`, value: round(sleepers.createMs / SLEEPERS, 2), target: '' },
    ],
    json: {
      null_hypercall_ns: round(nullNs),
      mips_by_domains: Object.fromEntries(Object.entries(byDomains).map(([k, v]) => [k, round(v)])),
      mips_ratio_1000_to_1: round(ratio, 3),
      host_bytes_per_idle_domain: Math.round(mem.perDomain),
      touched_guest_bytes_per_idle_domain: Math.round(mem.touchedPerDomain),
      mips_ratio_10000_to_1: round(ratio10k, 3),
      sleepers_10000: {
        live: sleepers.live,
        host_bytes_per_domain: Math.round(sleepers.perDomain),
        touched_guest_bytes_per_domain: Math.round(sleepers.touchedPerDomain),
        wall_ms_per_virtual_ms: round(sleepers.wallPerVirtualMs, 2),
        create_ms_per_domain: round(sleepers.createMs / SLEEPERS, 2),
      },
    },
  };
}
