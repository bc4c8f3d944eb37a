/**
 * Trap entry and return, and interrupt selection, as the privileged spec (1.12) defines them.
 * Causes are unsigned numbers: interrupts carry CAUSE_INTERRUPT (bit 31).
 */
import type { Hart } from './hart';
import * as C from './constants';

/** Decreasing priority of interrupts destined for the same mode. */
const PRIORITY = [C.IRQ_M_EXT, C.IRQ_M_SOFT, C.IRQ_M_TIMER, C.IRQ_S_EXT, C.IRQ_S_SOFT, C.IRQ_S_TIMER];

function highest(mask: number): number {
  for (const code of PRIORITY) if ((mask >> code) & 1) return code;
  return -1;
}

/** Code of the interrupt the hart must take now, or -1. M-level interrupts (not delegated)
 *  are enabled below M or with MIE; delegated ones below S or in S with SIE, never in M. */
export function interruptToTake(h: Hart): number {
  const pending = h.mip & h.mie;
  if (pending === 0) return -1;
  const mEnabled = h.priv < C.PRIV_M || (h.mstatus & C.MSTATUS_MIE) !== 0;
  const m = mEnabled ? pending & ~h.mideleg : 0;
  if (m !== 0) return highest(m);
  const sEnabled = h.priv < C.PRIV_S || (h.priv === C.PRIV_S && (h.mstatus & C.MSTATUS_SIE) !== 0);
  const s = sEnabled ? pending & h.mideleg : 0;
  return s !== 0 ? highest(s) : -1;
}

/** Takes a trap: to S-mode when delegated, else to the host hook or M-mode. */
export function takeTrap(h: Hart, cause: number, tval: number, epc: number): void {
  cause >>>= 0;
  h.reservationValid = false;
  h.waiting = false;
  const interrupt = cause >= C.CAUSE_INTERRUPT;
  const code = cause & 0x7fff_ffff;
  const deleg = interrupt ? h.mideleg : h.medeleg;
  if (h.priv <= C.PRIV_S && code < 32 && ((deleg >>> code) & 1) !== 0) {
    enterSupervisor(h, cause, tval, epc);
  } else if (h.onMachineTrap === null || !h.onMachineTrap(h, cause, tval >>> 0, epc >>> 0)) {
    enterMachine(h, cause, tval, epc);
  }
  h.updateInterrupts();
  h.updateMemoryViews();
}

function vector(tvec: number, cause: number): number {
  const base = (tvec & ~3) >>> 0;
  return (tvec & 3) === 1 && cause >= C.CAUSE_INTERRUPT ? (base + 4 * (cause & 0x7fff_ffff)) >>> 0 : base;
}

export function enterMachine(h: Hart, cause: number, tval: number, epc: number): void {
  h.mepc = epc & ~3;
  h.mcause = cause | 0;
  h.mtval = tval | 0;
  let s = h.mstatus & ~(C.MSTATUS_MPIE | C.MSTATUS_MIE | C.MSTATUS_MPP);
  if (h.mstatus & C.MSTATUS_MIE) s |= C.MSTATUS_MPIE;
  h.mstatus = s | (h.priv << C.MSTATUS_MPP_SHIFT);
  h.priv = C.PRIV_M;
  h.pc = vector(h.mtvec, cause >>> 0);
}

export function enterSupervisor(h: Hart, cause: number, tval: number, epc: number): void {
  h.sepc = epc & ~3;
  h.scause = cause | 0;
  h.stval = tval | 0;
  let s = h.mstatus & ~(C.MSTATUS_SPIE | C.MSTATUS_SIE | C.MSTATUS_SPP);
  if (h.mstatus & C.MSTATUS_SIE) s |= C.MSTATUS_SPIE;
  if (h.priv !== C.PRIV_U) s |= C.MSTATUS_SPP;
  h.mstatus = s;
  h.priv = C.PRIV_S;
  h.pc = vector(h.stvec, cause >>> 0);
  h.reservationValid = false;
  h.waiting = false;
}

/** MRET: back to MPP with MIE = MPIE; MPP becomes U; leaving M clears MPRV. */
export function returnFromMachine(h: Hart): void {
  const mpp = (h.mstatus & C.MSTATUS_MPP) >>> C.MSTATUS_MPP_SHIFT;
  let s = h.mstatus & ~(C.MSTATUS_MIE | C.MSTATUS_MPP);
  if (h.mstatus & C.MSTATUS_MPIE) s |= C.MSTATUS_MIE;
  s |= C.MSTATUS_MPIE;
  if (mpp !== C.PRIV_M) s &= ~C.MSTATUS_MPRV;
  h.mstatus = s;
  h.priv = mpp;
  h.pc = (h.mepc & ~3) >>> 0;
  h.reservationValid = false;
  h.updateInterrupts();
  h.updateMemoryViews();
}

/** SRET: back to SPP with SIE = SPIE; SPP becomes U; MPRV cleared (the new mode is not M). */
export function returnFromSupervisor(h: Hart): void {
  const spp = (h.mstatus & C.MSTATUS_SPP) !== 0 ? C.PRIV_S : C.PRIV_U;
  let s = h.mstatus & ~(C.MSTATUS_SIE | C.MSTATUS_SPP | C.MSTATUS_MPRV);
  if (h.mstatus & C.MSTATUS_SPIE) s |= C.MSTATUS_SIE;
  s |= C.MSTATUS_SPIE;
  h.mstatus = s;
  h.priv = spp;
  h.pc = (h.sepc & ~3) >>> 0;
  h.reservationValid = false;
  h.updateInterrupts();
  h.updateMemoryViews();
}
