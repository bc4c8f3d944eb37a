/**
 * vCPU contexts: how a guest hart is set up to run under the hypervisor, how a vCPU is
 * started (boot, VCPUOP_up after setVcpuContext, SBI HSM hart_start), and the full state
 * that save/restore/migrate carries.
 */
import {
  CSR_MCOUNTEREN, CSR_MEDELEG, CSR_MIDELEG, CSR_PMPADDR0, CSR_PMPCFG0, CSR_SATP, CSR_SSTATUS, MIP_SEIP, MIP_SSIP, MIP_STIP,
  MSTATUS_SIE, PMP_ENTRIES, REG_A0, REG_A1, PMP_NAPOT, PMP_R, PMP_W, PMP_X, PRIV_S, type Hart, type HartState,
} from '@hvsim/riscv';
import { XEN_EINVAL } from '@hvsim/abi';
import type { Core } from '../core';
import { HypervisorError } from '../errors';
import { sampleSeip } from '../evtchn/delivery';
import { VM_ASSIST_VALID } from './domain';
import { BlockKind, type Vcpu } from './vcpu';
import { restoreVcpuInfo } from './vcpu-info';
import { armSingleshot, setSbiTimer } from './vcpu-timers';

/** The supervisor interrupts are the guest's own; every exception comes to the hypervisor. */
export const GUEST_MIDELEG = MIP_SSIP | MIP_STIP | MIP_SEIP;
/** cycle, time, instret readable from S-mode (the guest decides for U-mode via scounteren). */
const GUEST_MCOUNTEREN = 7;
/** PMP entry 0 opens the whole physical address space to S and U, as OpenSBI does for its
 *  S-mode payload: the P2M is what confines a guest. The guest cannot change it (PMP CSRs are
 *  M-level, so its accesses trap as illegal instructions). */
const GUEST_PMPADDR0 = 0xffff_ffff;
const GUEST_PMPCFG0 = PMP_NAPOT | PMP_R | PMP_W | PMP_X;

/** What the hypervisor keeps per vCPU besides the hart, for save/restore. */
export interface VcpuContext {
  hart: HartState;
  online: boolean;
  /** The guest's time (ns) when the context was taken: a restore continues it from there. */
  timeNs: number;
  /** Guest-time deadlines (ns), or null when unarmed. */
  singleshotDeadline: number | null;
  sbiTimerDeadline: number | null;
  /** Registered vcpu_info as (gfn, offset), or null for the legacy slot in shared_info. */
  vcpuInfo: { gfn: number; offset: number } | null;
  /** The domain's vm_assist bits (the core keeps only those it supports). */
  vmAssist: number;
}

/** The hypervisor's hold on a fresh guest hart: delegation, counters, PMP, S-mode. */
export function configureGuestHart(h: Hart): void {
  h.writeCsr(CSR_MEDELEG, 0);
  h.writeCsr(CSR_MIDELEG, GUEST_MIDELEG);
  h.writeCsr(CSR_MCOUNTEREN, GUEST_MCOUNTEREN);
  h.writeCsr(CSR_PMPADDR0, GUEST_PMPADDR0);
  h.writeCsr(CSR_PMPCFG0, GUEST_PMPCFG0);
  h.priv = PRIV_S;
}

/**
 * Gives v a fresh S-mode context at `pc` with a0 = vCPU id and a1 = `arg`. `bringUp` puts it
 * online (SBI HSM hart_start); otherwise it keeps its up/down state, as Xen's setvcpucontext
 * does: vCPU 0 is up from creation, the others stay down until VCPUOP_up.
 */
export function startVcpu(core: Core, v: Vcpu, pc: number, arg: number, bringUp: boolean): void {
  const h = v.hart;
  if (h !== null) {
    h.x.fill(0);
    h.x[REG_A0] = v.id;
    h.x[REG_A1] = arg | 0;
    h.pc = pc >>> 0;
    h.priv = PRIV_S;
    h.writeCsr(CSR_SATP, 0);
    h.writeCsr(CSR_SSTATUS, h.readCsr(CSR_SSTATUS) & ~MSTATUS_SIE);
    h.waiting = false;
  }
  v.initialised = true;
  if (bringUp || v.id === 0) v.online = true;
  core.updateRunnable(v);
}

/** Makes sure a restored hart state keeps the hypervisor's delegation, counter and PMP
 *  settings (whatever PMP state the saved context carries, or none). */
export function sanitizeHartState(s: HartState): HartState {
  const cfg = new Array<number>(PMP_ENTRIES).fill(0);
  const addr = new Array<number>(PMP_ENTRIES).fill(0);
  cfg[0] = GUEST_PMPCFG0;
  addr[0] = GUEST_PMPADDR0;
  return {
    ...s,
    priv: s.priv === 3 ? PRIV_S : s.priv,
    csr: {
      ...s.csr, medeleg: 0, mideleg: GUEST_MIDELEG, mcounteren: GUEST_MCOUNTEREN,
      mip: s.csr.mip & GUEST_MIDELEG, mie: s.csr.mie & GUEST_MIDELEG,
    },
    pmp: { cfg, addr },
    x: s.x.slice(),
  };
}

/** v's context as save/restore/migrate carries it; times are the guest's. */
export function saveVcpuContext(core: Core, v: Vcpu, hart: Hart): VcpuContext {
  const offset = v.domain.timeOffsetNs;
  return {
    hart: hart.saveState(),
    online: v.online,
    timeNs: core.now + offset,
    singleshotDeadline: v.singleshot.armed ? v.singleshot.deadline + offset : null,
    sbiTimerDeadline: v.sbiTimer.armed ? v.sbiTimer.deadline + offset : null,
    vcpuInfo: v.vcpuInfoRegistered ? { gfn: v.vcpuInfoGfn, offset: v.vcpuInfoOffset } : null,
    vmAssist: v.domain.vmAssist,
  };
}

/** Puts a saved context back on v (HypervisorError EINVAL for one the hart or the domain's
 *  memory cannot take). */
export function loadVcpuContext(core: Core, v: Vcpu, hart: Hart, ctx: VcpuContext): void {
  const state = sanitizeHartState(ctx.hart);
  try {
    hart.loadState(state);
  } catch (e) {
    throw new HypervisorError(XEN_EINVAL, `bad vCPU context: ${(e as Error).message}`);
  }
  // vm_assist is the domain's; each vCPU context carries it, as x86 PV's vcpu_guest_context does.
  v.domain.vmAssist = (ctx.vmAssist & VM_ASSIST_VALID) >>> 0;
  if (ctx.vcpuInfo && restoreVcpuInfo(v, ctx.vcpuInfo.gfn, ctx.vcpuInfo.offset) < 0) {
    throw new HypervisorError(XEN_EINVAL, 'vcpuInfo names no RAM page of the domain');
  }
  // The guest's time goes on from where the context left it, whatever this machine's clock
  // says; deadlines are guest times, so they keep their distance from it.
  v.domain.timeOffsetNs = ctx.timeNs - core.now;
  if (ctx.singleshotDeadline !== null) armSingleshot(core, v, ctx.singleshotDeadline);
  else v.singleshot.cancel();
  if (ctx.sbiTimerDeadline !== null) setSbiTimer(core, v, ctx.sbiTimerDeadline);
  v.initialised = true;
  v.online = ctx.online;
  v.block = state.waiting ? BlockKind.Wfi : BlockKind.None;
  v.seipRaised = (state.csr.mip & MIP_SEIP) !== 0;
  sampleSeip(core, v);
  core.updateRunnable(v, core.now);
}
