/**
 * Moving a domain to the FIFO ABI and growing its event array: EVTCHNOP_init_control and
 * EVTCHNOP_expand_array with Xen's checks and errors, and the same for a host-kernel domain
 * (dom0), whose kernel is host code and gets its pages from the hypervisor instead.
 */
import {
  EVTCHN_FIFO_CONTROL_BLOCK, EVTCHN_FIFO_MAX_QUEUES, EVTCHN_FIFO_PRIORITY_DEFAULT, XEN_EINVAL, XEN_ENOENT, XEN_ENOSPC, XEN_EOPNOTSUPP,
} from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import { setPending } from './delivery';
import { FIFO, FifoState, MAX_EVENT_ARRAY_PAGES } from './fifo';
import { SI_PENDING, testBit } from './layout';

/**
 * The FIFO state of d, switching d to FIFO on first use: every open port gets the default
 * priority, and one pending under the two-level ABI stays pending (raised once its event word
 * exists). Xen's header allows losing those; keeping them loses nothing a guest can tell.
 */
function switchToFifo(core: Core, d: Domain): FifoState {
  const ec = d.evtchn;
  if (ec.fifo !== null) return ec.fifo;
  const f = new FifoState(d.vcpus.length, ec.capacity);
  const si = core.pool.readable(d.sharedInfoMfn);
  for (const port of ec.openPorts()) {
    f.priority[port] = EVTCHN_FIFO_PRIORITY_DEFAULT;
    f.lastQueue[port] = ec.notifyVcpu[port] * EVTCHN_FIFO_MAX_QUEUES + EVTCHN_FIFO_PRIORITY_DEFAULT;
    if (testBit(si, SI_PENDING, port)) f.heldPending[port] = 1;
  }
  ec.useFifo(FIFO, f);
  return f;
}

/** EVTCHNOP_init_control: vCPU `vcpu`'s control block at gfn:offset; returns 0 or -errno. */
export function initControl(core: Core, d: Domain, gfn: number, offset: number, vcpu: number): number {
  if (vcpu >= d.vcpus.length) return -XEN_ENOENT;
  // 8-aligned and inside the page.
  if (offset % 8 !== 0 || offset > PAGE_SIZE - EVTCHN_FIFO_CONTROL_BLOCK.size) return -XEN_EINVAL;
  if (d.evtchn.fifo !== null && d.evtchn.fifo.controlMfn[vcpu] >= 0) return -XEN_EINVAL;
  const mfn = d.mem.hypervisorWritableFrame(gfn);
  if (mfn < 0) return -XEN_EINVAL;
  const f = switchToFifo(core, d);
  f.controlMfn[vcpu] = mfn;
  f.controlOffset[vcpu] = offset;
  f.controlGfn[vcpu] = gfn;
  return 0;
}

/** EVTCHNOP_expand_array: the page at gfn becomes the next 1,024 event words. */
export function expandArray(core: Core, d: Domain, gfn: number): number {
  const f = d.evtchn.fifo;
  if (f === null) return -XEN_EOPNOTSUPP;
  if (f.arrayMfns.length >= MAX_EVENT_ARRAY_PAGES) return -XEN_ENOSPC;
  const mfn = d.mem.hypervisorWritableFrame(gfn);
  if (mfn < 0) return -XEN_EINVAL;
  addArrayPage(core, d, f, mfn, gfn);
  return 0;
}

function addArrayPage(core: Core, d: Domain, f: FifoState, mfn: number, gfn: number): void {
  const first = f.words;
  f.arrayMfns.push(mfn);
  f.arrayGfns.push(gfn);
  // Events raised while their word did not exist yet are raised now.
  const end = Math.min(f.words, d.evtchn.capacity);
  for (let port = first; port < end; port++) {
    if (f.heldPending[port] === 0) continue;
    f.heldPending[port] = 0;
    if (d.evtchn.isValid(port)) setPending(core, d, port);
  }
}

/**
 * A host-kernel domain (dom0) moves to FIFO as its kernel would at boot, with hypervisor
 * frames (owned by the domain, freed with it) for its control block and event array; its
 * array grows with its ports (growHostArray).
 */
export function hostKernelUseFifo(core: Core, d: Domain): void {
  if (d.evtchn.fifo !== null) return;
  const f = switchToFifo(core, d);
  f.hostFrames = true;
  f.controlMfn[0] = core.pool.alloc(d.domid);
  f.controlOffset[0] = 0;
  // Its first event-array page now, as a kernel expands the array once at boot: the domain's
  // footprint then changes only past 1,023 ports.
  growHostArray(core, d, Math.max(d.evtchn.capacity, 2));
}

/** Adds hypervisor frames to a host kernel's event array until port `below - 1` has a word. */
export function growHostArray(core: Core, d: Domain, below: number): void {
  const f = d.evtchn.fifo;
  if (f === null || !f.hostFrames) return;
  while (f.words < below && f.arrayMfns.length < MAX_EVENT_ARRAY_PAGES) addArrayPage(core, d, f, core.pool.alloc(d.domid), -1);
}

/** Returns a host kernel's FIFO frames to the pool (domain destruction). */
export function releaseFifo(core: Core, d: Domain): void {
  const f = d.evtchn.fifo;
  if (f === null || !f.hostFrames) return;
  for (const mfn of f.arrayMfns) core.pool.free(mfn);
  for (const mfn of f.controlMfn) if (mfn >= 0) core.pool.free(mfn);
  f.arrayMfns.length = 0;
  f.controlMfn.fill(-1);
}
