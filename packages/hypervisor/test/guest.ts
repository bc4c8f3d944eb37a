/**
 * Test guests: tiny RV32 instruction sequences (encoded with the hart's test assembler) and
 * helpers to build a domain around one, as dom0's domain builder would.
 */
import { GNTTABOP_setup_table, SBI_EXT_HVSIM_HYPERCALL, __HYPERVISOR_grant_table_op } from '@hvsim/abi';
import { Hypervisor, HypervisorError, type MachineConfig } from '@hvsim/hypervisor';
import { CSR_SIE, CSR_SSTATUS, CSR_STVEC, MIP_SEIP } from '@hvsim/riscv';
import { a0, a6, a7, addi, assemble, csrrs, csrrsi, csrw, ecall, jal, li, lw, sb, sret, sw, t0, t1, t2 } from '../../riscv/test/asm';

export * from '../../riscv/test/asm';

export const RAM = 0x8000_0000;
/** Where test guests keep data: 64 KiB into RAM. */
export const DATA = RAM + 0x1_0000;

/** `li a7, hvsim EID; li a6, nr; ecall` — arguments must already be in a0–a4. */
export function hypercall(nr: number): number[] {
  return [...li(a7, SBI_EXT_HVSIM_HYPERCALL), ...li(a6, nr), ecall()];
}

/** An SBI call: a7 = eid, a6 = fid, ecall. */
export function sbi(eid: number, fid: number): number[] {
  return [...li(a7, eid), ...li(a6, fid), ecall()];
}

export interface GuestOptions {
  memoryKb?: number;
  maxMemKb?: number;
  privileged?: boolean;
  vcpus?: number;
  type?: 'pv' | 'hvm';
  domid?: number;
  /** Start unpaused (default true). */
  run?: boolean;
  /** a1 at boot. */
  arg?: number;
  /** The highest event-channel port it may allocate (default: the ABI's). */
  maxEvtchnPort?: number;
}

/** Creates a domain, loads `code` at the start of its RAM, boots vCPU 0 there. */
export function addGuest(hv: Hypervisor, code: Array<number | number[]>, opts: GuestOptions = {}): number {
  const domid = hv.createDomain({
    domid: opts.domid,
    memoryKb: opts.memoryKb ?? 256,
    maxMemKb: opts.maxMemKb,
    privileged: opts.privileged,
    maxVcpus: opts.vcpus,
    type: opts.type,
    maxEvtchnPort: opts.maxEvtchnPort,
  });
  hv.writeGuestMemory(domid, RAM, assemble(code));
  hv.bootVcpu(domid, 0, { entry: RAM, arg: opts.arg ?? 0 });
  if (opts.run ?? true) hv.unpauseDomain(domid);
  return domid;
}

export function machine(cfg: MachineConfig = {}): Hypervisor {
  return new Hypervisor({ memoryBytes: 64 * 1024 * 1024, ...cfg });
}

export function u32(hv: Hypervisor, domid: number, gpa: number): number {
  const b = hv.readGuestMemory(domid, gpa, 4);
  return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
}

export function i32(hv: Hypervisor, domid: number, gpa: number): number {
  return u32(hv, domid, gpa) | 0;
}

export function putU32(hv: Hypervisor, domid: number, gpa: number, ...values: number[]): void {
  const b = new Uint8Array(values.length * 4);
  const v = new DataView(b.buffer);
  values.forEach((x, i) => v.setUint32(i * 4, x >>> 0, true));
  hv.writeGuestMemory(domid, gpa, b);
}

/** A loop that never ends (CPU-bound): `j .` preceded by some work. */
export const SPIN: number[] = [0x0000006f];

/** One call for `callsGuest`: hypercall `nr` (or SBI eid/fid) with a0..a4. */
export interface Call {
  nr?: number;
  sbi?: [number, number];
  args?: number[];
}

/** Where callsGuest stores the a0 (and a1) result of call i. */
export const RESULTS = RAM + 0x8000;
export const result = (hv: Hypervisor, domid: number, i: number): number => i32(hv, domid, RESULTS + 8 * i);
export const result1 = (hv: Hypervisor, domid: number, i: number): number => i32(hv, domid, RESULTS + 8 * i + 4);

/** A guest that makes `calls` in order, storing a0/a1 of each at RESULTS + 8i, then spins. */
export function callsGuest(calls: Call[]): Array<number | number[]> {
  const code: Array<number | number[]> = [];
  calls.forEach((c, i) => {
    const args = c.args ?? [];
    for (let k = 0; k < 5; k++) code.push(li(10 + k, args[k] ?? 0));
    code.push(c.sbi ? sbi(c.sbi[0], c.sbi[1]) : hypercall(c.nr as number));
    code.push(li(5, RESULTS + 8 * i), sw(10, 5, 0), sw(11, 5, 4));
  });
  code.push(SPIN);
  return code;
}

/** A guest that has set up one grant-table frame (and then spins): its domid and the gfn at
 *  which it sees the frame, where a test writes grant entries. */
export function grantingGuest(hv: Hypervisor): { domid: number; frameGfn: number } {
  const domid = addGuest(hv, callsGuest([{ nr: __HYPERVISOR_grant_table_op, args: [GNTTABOP_setup_table, DATA, 1] }]), { run: false });
  putU32(hv, domid, DATA, 0x7ff0, 1, 0, 0, DATA + 128, 0);
  hv.unpauseDomain(domid);
  hv.runFor(500_000);
  return { domid, frameGfn: u32(hv, domid, DATA + 128) };
}

/** The Xen errno f() threw as a HypervisorError (0 when it returned). */
export function errno(f: () => unknown): number {
  try {
    f();
  } catch (e) {
    if (e instanceof HypervisorError) return e.errno;
    throw e;
  }
  return 0;
}

/** Where upcallCounter's guest has shared_info (the test shows it there) and its trap handler. */
export const UPCALL_SHARED = RAM + 0x2000;
const UPCALL_HANDLER = RAM + 0x400;

/**
 * A guest that runs `prelude`, then loops with SEIE and SIE on; its trap handler counts
 * entries at DATA, clears evtchn_upcall_pending of vCPU 0 (the ack) and returns. The test
 * shows shared_info at UPCALL_SHARED.
 */
export function upcallCounter(prelude: number[] = []): Array<number | number[]> {
  const main = [
    ...prelude,
    ...li(t0, UPCALL_HANDLER), csrw(CSR_STVEC, t0),
    ...li(t0, MIP_SEIP), csrrs(0, CSR_SIE, t0),
    csrrsi(0, CSR_SSTATUS, 2),
    addi(a0, a0, 1), jal(0, -4),
  ];
  const handler = [
    ...li(t1, DATA), lw(t2, t1, 0), addi(t2, t2, 1), sw(t2, t1, 0),
    ...li(t1, UPCALL_SHARED), sb(0, t1, 0),
    sret(),
  ];
  return [...main, ...new Array<number>((UPCALL_HANDLER - RAM) / 4 - main.flat().length).fill(0), ...handler];
}
