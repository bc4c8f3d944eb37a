/**
 * The CSR file: which CSRs exist, who may access them, and their WARL rules.
 * State lives in plain number fields of the Hart; this module interprets CSR numbers.
 */
import type { Hart } from './hart';
import * as C from './constants';

/** csrRead's answer for a CSR this hart does not implement (→ illegal instruction). */
export const CSR_ABSENT = -1;

const TWO32 = 0x1_0000_0000;

/** misa: MXL=1 (RV32), extensions A, I, M, S, U. Read-only here. */
export const MISA = (0x4000_0000 | (1 << 0) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20)) >>> 0;

const MSTATUS_WRITABLE = C.MSTATUS_SIE | C.MSTATUS_MIE | C.MSTATUS_SPIE | C.MSTATUS_MPIE | C.MSTATUS_SPP |
  C.MSTATUS_MPP | C.MSTATUS_MPRV | C.MSTATUS_SUM | C.MSTATUS_MXR | C.MSTATUS_TVM | C.MSTATUS_TW | C.MSTATUS_TSR;
/** The mstatus bits that sstatus shows. */
export const SSTATUS_MASK = C.MSTATUS_SIE | C.MSTATUS_SPIE | C.MSTATUS_SPP | C.MSTATUS_SUM | C.MSTATUS_MXR;
/** Interrupts that exist: SSI, MSI, STI, MTI, SEI, MEI. */
export const MIE_MASK = C.MIP_SSIP | C.MIP_MSIP | C.MIP_STIP | C.MIP_MTIP | C.MIP_SEIP | C.MIP_MEIP;
/** mip bits M-mode software may write; MSIP/MTIP/MEIP come from devices via setPending. */
const MIP_WRITABLE = C.MIP_SSIP | C.MIP_STIP | C.MIP_SEIP;
/** Only supervisor interrupts can be delegated (M-level bits of mideleg are read-only 0). */
const MIDELEG_WRITABLE = C.MIP_SSIP | C.MIP_STIP | C.MIP_SEIP;
/** Every exception but ecall-from-M (and the reserved codes 10, 14) can be delegated. */
const MEDELEG_WRITABLE = 0xb3ff;

const lo32 = (v: number): number => (v % TWO32) >>> 0;
const hi32 = (v: number): number => Math.floor(v / TWO32) >>> 0;
const withLo = (v: number, lo: number): number => hi32(v) * TWO32 + (lo >>> 0);
const withHi = (v: number, hi: number): number => (hi >>> 0) * TWO32 + lo32(v);

/** Whether the current privilege may access `csr` (write = the instruction writes it). */
export function csrAllowed(h: Hart, csr: number, write: boolean): boolean {
  if (h.priv < ((csr >> 8) & 3)) return false;
  if (write && csr >>> 10 === 3) return false;
  if (csr === C.CSR_SATP && h.priv === C.PRIV_S && (h.mstatus & C.MSTATUS_TVM) !== 0) return false;
  if ((csr >= C.CSR_CYCLE && csr <= C.CSR_HPMCOUNTER31) || (csr >= C.CSR_CYCLEH && csr <= C.CSR_HPMCOUNTER31H)) {
    const bit = 1 << (csr & 31);
    if (h.priv < C.PRIV_M && (h.mcounteren & bit) === 0) return false;
    if (h.priv === C.PRIV_U && (h.scounteren & bit) === 0) return false;
  }
  return true;
}

/** Value of `csr` as an unsigned 32-bit number, or CSR_ABSENT. No privilege checks. */
export function csrRead(h: Hart, csr: number): number {
  switch (csr) {
    case C.CSR_SSTATUS: return (h.mstatus & SSTATUS_MASK) >>> 0;
    case C.CSR_SIE: return (h.mie & h.mideleg) >>> 0;
    case C.CSR_STVEC: return h.stvec >>> 0;
    case C.CSR_SCOUNTEREN: return h.scounteren >>> 0;
    case C.CSR_SENVCFG: return 0;
    case C.CSR_SSCRATCH: return h.sscratch >>> 0;
    case C.CSR_SEPC: return h.sepc >>> 0;
    case C.CSR_SCAUSE: return h.scause >>> 0;
    case C.CSR_STVAL: return h.stval >>> 0;
    case C.CSR_SIP: return (h.mip & h.mideleg) >>> 0;
    case C.CSR_SATP: return h.satp >>> 0;
    case C.CSR_MSTATUS: return h.mstatus >>> 0;
    case C.CSR_MISA: return MISA;
    case C.CSR_MEDELEG: return h.medeleg >>> 0;
    case C.CSR_MIDELEG: return h.mideleg >>> 0;
    case C.CSR_MIE: return h.mie >>> 0;
    case C.CSR_MTVEC: return h.mtvec >>> 0;
    case C.CSR_MCOUNTEREN: return h.mcounteren >>> 0;
    case C.CSR_MENVCFG: case C.CSR_MENVCFGH: case C.CSR_MSTATUSH: case C.CSR_MCOUNTINHIBIT: return 0;
    case C.CSR_MSCRATCH: return h.mscratch >>> 0;
    case C.CSR_MEPC: return h.mepc >>> 0;
    case C.CSR_MCAUSE: return h.mcause >>> 0;
    case C.CSR_MTVAL: return h.mtval >>> 0;
    case C.CSR_MIP: return h.mip >>> 0;
    case C.CSR_CYCLE: case C.CSR_MCYCLE: return lo32(h.instret + h.cycleOffset);
    case C.CSR_CYCLEH: case C.CSR_MCYCLEH: return hi32(h.instret + h.cycleOffset);
    case C.CSR_INSTRET: case C.CSR_MINSTRET: return lo32(h.instret);
    case C.CSR_INSTRETH: case C.CSR_MINSTRETH: return hi32(h.instret);
    case C.CSR_TIME: return lo32(h.timeSource());
    case C.CSR_TIMEH: return hi32(h.timeSource());
    case C.CSR_MVENDORID: case C.CSR_MARCHID: case C.CSR_MIMPID: case C.CSR_MCONFIGPTR: return 0;
    case C.CSR_MHARTID: return h.hartId >>> 0;
    case CSR_TSELECT: case CSR_TDATA1: case CSR_TDATA2: case CSR_TDATA3: return 0;
  }
  // PMP: entries past the 16 implemented ones read as zero (Pmp decides).
  if (csr >= C.CSR_PMPCFG0 && csr <= C.CSR_PMPCFG15) return h.pmp.readCfg(csr - C.CSR_PMPCFG0);
  if (csr >= C.CSR_PMPADDR0 && csr <= C.CSR_PMPADDR63) return h.pmp.readAddr(csr - C.CSR_PMPADDR0);
  // Hard-wired zero: hpm counters and events.
  if ((csr >= C.CSR_MHPMCOUNTER3 && csr <= C.CSR_MHPMCOUNTER31) || (csr >= C.CSR_MHPMCOUNTER3H && csr <= C.CSR_MHPMCOUNTER31H) ||
      (csr >= C.CSR_HPMCOUNTER3 && csr <= C.CSR_HPMCOUNTER31) || (csr >= C.CSR_HPMCOUNTER3H && csr <= C.CSR_HPMCOUNTER31H) ||
      (csr >= C.CSR_MHPMEVENT3 && csr <= C.CSR_MHPMEVENT31)) return 0;
  return CSR_ABSENT;
}

/** Debug trigger CSRs: present but with no triggers (tselect/tdata* read 0), which lets
 *  software probe for triggers without taking an illegal-instruction trap. */
const CSR_TSELECT = 0x7a0;
const CSR_TDATA1 = 0x7a1;
const CSR_TDATA2 = 0x7a2;
const CSR_TDATA3 = 0x7a3;

/** Writes `csr` (which must exist) applying its WARL rules. No privilege checks. */
export function csrWrite(h: Hart, csr: number, value: number): void {
  const v = value | 0;
  switch (csr) {
    case C.CSR_SSTATUS: h.mstatus = (h.mstatus & ~SSTATUS_MASK) | (v & SSTATUS_MASK); h.updateMemoryViews(); break;
    case C.CSR_SIE: h.mie = (h.mie & ~h.mideleg) | (v & h.mideleg & MIE_MASK); break;
    case C.CSR_STVEC: h.stvec = legalTvec(v, h.stvec); break;
    case C.CSR_SCOUNTEREN: h.scounteren = v; break;
    case C.CSR_SSCRATCH: h.sscratch = v; break;
    case C.CSR_SEPC: h.sepc = v & ~3; break;
    case C.CSR_SCAUSE: h.scause = v; break;
    case C.CSR_STVAL: h.stval = v; break;
    case C.CSR_SIP: { const m = C.MIP_SSIP & h.mideleg; h.mip = (h.mip & ~m) | (v & m); break; }
    // Bare or Sv32 (every field writable); loads, stores and fetches translate anew at once.
    case C.CSR_SATP: h.satp = v; h.updateMemoryViews(); break;
    case C.CSR_MSTATUS: {
      let next = (h.mstatus & ~MSTATUS_WRITABLE) | (v & MSTATUS_WRITABLE);
      if ((next & C.MSTATUS_MPP) === 2 << C.MSTATUS_MPP_SHIFT) next = (next & ~C.MSTATUS_MPP) | (h.mstatus & C.MSTATUS_MPP);
      h.mstatus = next;
      h.updateMemoryViews(); // MPRV/MPP choose the privilege of loads and stores; SUM/MXR what they may do
      break;
    }
    case C.CSR_MEDELEG: h.medeleg = v & MEDELEG_WRITABLE; break;
    case C.CSR_MIDELEG: h.mideleg = v & MIDELEG_WRITABLE; break;
    case C.CSR_MIE: h.mie = v & MIE_MASK; break;
    case C.CSR_MTVEC: h.mtvec = legalTvec(v, h.mtvec); break;
    case C.CSR_MCOUNTEREN: h.mcounteren = v; break;
    case C.CSR_MSCRATCH: h.mscratch = v; break;
    case C.CSR_MEPC: h.mepc = v & ~3; break;
    case C.CSR_MCAUSE: h.mcause = v; break;
    case C.CSR_MTVAL: h.mtval = v; break;
    case C.CSR_MIP: h.mip = (h.mip & ~MIP_WRITABLE) | (v & MIP_WRITABLE); break;
    case C.CSR_MCYCLE: h.cycleOffset = withLo(h.instret + h.cycleOffset, v) - h.instret; break;
    case C.CSR_MCYCLEH: h.cycleOffset = withHi(h.instret + h.cycleOffset, v) - h.instret; break;
    case C.CSR_MINSTRET: h.instret = withLo(h.instret, v); break;
    case C.CSR_MINSTRETH: h.instret = withHi(h.instret, v); break;
    default:
      if (csr >= C.CSR_PMPCFG0 && csr <= C.CSR_PMPCFG15) h.pmp.writeCfg(csr - C.CSR_PMPCFG0, v);
      else if (csr >= C.CSR_PMPADDR0 && csr <= C.CSR_PMPADDR63) h.pmp.writeAddr(csr - C.CSR_PMPADDR0, v);
      else break; // read-only or hard-wired fields: the write has no effect
      h.updateMemoryViews();
      break;
  }
  h.updateInterrupts();
}

/** mtvec/stvec: MODE 0 (direct) or 1 (vectored); the reserved modes keep the old mode. */
function legalTvec(v: number, old: number): number {
  const mode = v & 3;
  return (v & ~3) | (mode < 2 ? mode : old & 3);
}
