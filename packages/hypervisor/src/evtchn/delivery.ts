/**
 * Event delivery, the same for both ABIs: the domain's port ops (two-level.ts, fifo.ts) mark
 * the port pending and tell whether its vCPU must look; then evtchn_upcall_pending is set in
 * that vCPU's vcpu_info and the supervisor external interrupt (SEIP) raised on its hart.
 *
 * SEIP is a level that mirrors `evtchn_upcall_pending && !evtchn_upcall_mask` of the vCPU's
 * vcpu_info. The guest clears those bytes with ordinary stores, so the hypervisor re-samples
 * them at every exit of the vCPU and, while SEIP is raised, at least every SEIP_SAMPLE_CYCLES
 * cycles; a guest that unmasks with an event pending gets its upcall at its next exit (as a
 * Xen PV guest forces one with a hypercall).
 */
import { EVTCHNSTAT_interdomain, EVTCHNSTAT_ipi, EVTCHNSTAT_unbound, EVTCHNSTAT_virq, HVSIM_VMASST_TYPE_upcall_mask } from '@hvsim/abi';
import { MIP_SEIP } from '@hvsim/riscv';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import { BlockKind, type Vcpu } from '../domain/vcpu';
import { VI_UPCALL_MASK, VI_UPCALL_PENDING } from './layout';
import { RAISED_NEW, RAISED_UPCALL } from './port-ops';

const UPCALL_MASK_ASSIST = (1 << HVSIM_VMASST_TYPE_upcall_mask) >>> 0;

/** Raises port's event in d and notifies its vCPU; what EVTCHNOP_send does at the far end. */
export function setPending(core: Core, d: Domain, port: number): void {
  const raised = d.evtchn.ops.setPending(core, d, port);
  // SCHEDOP_poll wakes on the pending bit, masked or not.
  if ((raised & RAISED_NEW) !== 0) {
    for (const v of d.vcpus) if (v.block === BlockKind.Poll && v.pollPorts.includes(port)) core.wake(v);
  }
  if ((raised & RAISED_UPCALL) !== 0) upcall(core, d, port);
}

/** The port's vCPU must look at its events: a host kernel hears of it, a guest gets an upcall. */
function upcall(core: Core, d: Domain, port: number): void {
  if (d.hostKernel) core.hostEventListener?.(d.domid, port);
  const v = d.vcpus[d.evtchn.notifyVcpu[port]];
  if (v !== undefined) markUpcall(core, v);
}

/** Sets evtchn_upcall_pending in v's vcpu_info (Xen's vcpu_mark_events_pending), then kicks v. */
function markUpcall(core: Core, v: Vcpu): void {
  if (v.vcpuInfoMfn < 0 || core.pool.owner[v.vcpuInfoMfn] !== v.domain.domid) return;
  core.pool.writable(v.vcpuInfoMfn)[v.vcpuInfoOffset + VI_UPCALL_PENDING] = 1;
  kick(core, v);
}

/** Makes v notice its pending upcall: SEIP on its hart, and a wake if it waits for events. */
function kick(core: Core, v: Vcpu): void {
  if (v.block === BlockKind.Events) core.wake(v);
  if (v.hart !== null) {
    sampleSeip(core, v);
    if (v.block === BlockKind.Wfi && !v.hart.waiting) core.wake(v);
  }
}

/** An HVM vCPU's device interrupt line (its PLIC context's output) changed level. */
export function setExternalIrq(core: Core, v: Vcpu, level: boolean): void {
  v.externalIrq = level;
  kick(core, v);
}

/**
 * Brings SEIP in line with v's external interrupt line and vcpu_info: upcall pending and —
 * only for a domain that opted in with HVSIM_VMASST_TYPE_upcall_mask — not masked. Arm's
 * pad0 means nothing to Xen, so a guest that did not opt in may leave anything there.
 */
export function sampleSeip(core: Core, v: Vcpu): void {
  if (v.hart === null) return;
  let level = v.externalIrq;
  if (v.vcpuInfoMfn >= 0 && core.pool.owner[v.vcpuInfoMfn] === v.domain.domid) {
    const vi = core.pool.readable(v.vcpuInfoMfn);
    level ||= vi[v.vcpuInfoOffset + VI_UPCALL_PENDING] !== 0
      && ((v.domain.vmAssist & UPCALL_MASK_ASSIST) === 0 || vi[v.vcpuInfoOffset + VI_UPCALL_MASK] === 0);
  }
  if (level !== v.seipRaised) {
    v.seipRaised = level;
    v.hart.setPending(MIP_SEIP, level);
  }
}

/** Fires a per-vCPU VIRQ (VIRQ_TIMER) if the guest bound it. */
export function sendVirq(core: Core, v: Vcpu, virq: number): void {
  const port = v.domain.evtchn.virqPort(v.id, virq);
  if (port !== 0) setPending(core, v.domain, port);
}

/** Fires a global VIRQ (VIRQ_DOM_EXC, VIRQ_CONSOLE): bound on vCPU 0 of the receiving domain. */
export function sendGlobalVirq(core: Core, d: Domain, virq: number): void {
  if (d.vcpus.length === 0 || !d.alive) return;
  sendVirq(core, d.vcpus[0], virq);
}

/** EVTCHNOP_send on d's port: returns 0 or -errno-free status (false = invalid port for send). */
export function sendOnPort(core: Core, d: Domain, port: number): boolean {
  const ec = d.evtchn;
  if (!ec.isValid(port)) return false;
  switch (ec.state[port]) {
    case EVTCHNSTAT_interdomain: {
      const peer = core.domain(ec.remoteDom[port]);
      if (peer !== undefined) setPending(core, peer, ec.remotePort[port]);
      return true;
    }
    case EVTCHNSTAT_ipi:
      setPending(core, d, port);
      return true;
    case EVTCHNSTAT_unbound:
      // Xen drops a notification on an unbound port silently.
      return true;
    case EVTCHNSTAT_virq:
    default:
      return false;
  }
}

/** EVTCHNOP_unmask: clears the mask and delivers an event that was held back by it. */
export function unmask(core: Core, d: Domain, port: number): void {
  if ((d.evtchn.ops.unmask(core, d, port) & RAISED_UPCALL) !== 0) upcall(core, d, port);
}

/**
 * For a host-kernel domain: its pending, unmasked ports in delivery order, taken as a kernel
 * would. A kernel's upcall handler clears evtchn_upcall_pending before it looks at its events,
 * whichever the ABI (Linux's xen_evtchn_do_upcall): an event raised after this sets it again.
 */
export function takePending(core: Core, d: Domain): number[] {
  for (const v of d.vcpus) {
    if (v.vcpuInfoMfn >= 0) core.pool.writable(v.vcpuInfoMfn)[v.vcpuInfoOffset + VI_UPCALL_PENDING] = 0;
  }
  return d.evtchn.ops.consume(core, d);
}
