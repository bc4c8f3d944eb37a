/**
 * Creating and destroying domains. Creation reserves everything up front — the domain's
 * initial RAM (no overcommit: the pool must cover it, or ENOMEM), its shared_info frame,
 * its vCPUs — and leaves it paused, as Xen does, for the builder to load and unpause.
 * Destruction revokes grant mappings of its frames, drops its own, closes its event
 * channels (peers see them unbound) and returns every frame to the pool, scrubbed.
 */
import { DOMID_FIRST_RESERVED, XEN_EEXIST, XEN_EINVAL, XEN_ENOMEM } from '@hvsim/abi';
import { Hart, MIP_STIP } from '@hvsim/riscv';
import { RAM_BASE_GFN, RAM_LIMIT_GFN } from '../constants';
import type { Core } from '../core';
import { EventChannels, MAX_EVTCHN_PORT_UNBOUNDED } from '../evtchn/event-channels';
import { closePort } from '../evtchn/bind';
import { releaseFifo } from '../evtchn/fifo-setup';
import { Timer } from '../machine/event-queue';
import { DomainMemory, NO_DEVICES } from '../memory/domain-memory';
import { GrantTable, freeTable, releaseAllMappings, revokeMappingsOf } from '../memory/grant-table';
import { makeTrapHandler } from '../traps';
import { HypervisorError } from '../errors';
import { Domain, DomainState, type DomainType } from './domain';
import { hvmBus } from './hvm-bus';
import { BlockKind, Vcpu } from './vcpu';
import { configureGuestHart } from './vcpu-context';
import { sampleSeip, sendVirq } from '../evtchn/delivery';
import { VIRQ_TIMER } from '@hvsim/abi';
import { writeVcpuTimeInfo } from './vcpu-time';
import { stopWatchdogs } from './watchdog';

export interface CreateDomainConfig {
  /** Wanted domid; default: the lowest free one from 1. */
  domid?: number;
  /** Initial RAM in KiB (populated at creation from gfn 0x80000 up). */
  memoryKb: number;
  /** Maximum RAM in KiB (ballooning limit; default = memoryKb). */
  maxMemKb?: number;
  maxVcpus?: number;
  privileged?: boolean;
  type?: DomainType;
  /** A domain whose kernel is host TypeScript (dom0): its vCPUs run host work, not a hart. */
  hostKernel?: boolean;
  /** xen_domain_handle_t (16 bytes; default zeros). */
  handle?: Uint8Array;
  /** XSM security reference (default 0). */
  ssidref?: number;
  /**
   * The highest event-channel port the domain may allocate (xen_domctl_createdomain's
   * max_evtchn_port, inclusive; libxl passes xl's max_event_channels). Default: no bound but
   * the ABI's, as Xen gives dom0. A value past every ABI's ports means the same.
   */
  maxEvtchnPort?: number;
}

const MAX_VCPUS = 32;

const trapHandlers = new WeakMap<Core, ReturnType<typeof makeTrapHandler>>();

function trapHandler(core: Core): ReturnType<typeof makeTrapHandler> {
  let h = trapHandlers.get(core);
  if (h === undefined) {
    h = makeTrapHandler(core);
    trapHandlers.set(core, h);
  }
  return h;
}

export function createDomain(core: Core, cfg: CreateDomainConfig): Domain {
  const domid = cfg.domid ?? lowestFreeDomid(core);
  if (!Number.isInteger(domid) || domid < 0 || domid >= DOMID_FIRST_RESERVED) {
    throw new HypervisorError(XEN_EINVAL, `domid ${domid} is not a valid domain id (0..${DOMID_FIRST_RESERVED - 1})`);
  }
  if (core.domains.has(domid)) throw new HypervisorError(XEN_EEXIST, `domain ${domid} already exists`);
  const pages = kbToPages(cfg.memoryKb, 'memoryKb');
  const maxPages = cfg.maxMemKb === undefined ? pages : kbToPages(cfg.maxMemKb, 'maxMemKb');
  if (maxPages < pages) throw new HypervisorError(XEN_EINVAL, `maxMemKb ${cfg.maxMemKb} is below memoryKb ${cfg.memoryKb}`);
  if (maxPages > RAM_LIMIT_GFN - RAM_BASE_GFN) throw new HypervisorError(XEN_EINVAL, `maxMemKb ${cfg.maxMemKb ?? cfg.memoryKb} exceeds the guest RAM window`);
  const nv = cfg.maxVcpus ?? 1;
  if (!Number.isInteger(nv) || nv < 1 || nv > MAX_VCPUS) throw new HypervisorError(XEN_EINVAL, `maxVcpus must be 1..${MAX_VCPUS}, got ${nv}`);
  const type = cfg.type ?? 'pv';
  if (type !== 'pv' && type !== 'hvm') throw new HypervisorError(XEN_EINVAL, `type must be pv or hvm, got ${String(type)}`);
  if (cfg.handle !== undefined && cfg.handle.length !== 16) throw new HypervisorError(XEN_EINVAL, `handle must be 16 bytes, got ${cfg.handle.length}`);
  const ssidref = cfg.ssidref ?? 0;
  if (!Number.isInteger(ssidref) || ssidref < 0 || ssidref > 0xffff_ffff) throw new HypervisorError(XEN_EINVAL, `ssidref must be a 32-bit unsigned integer, got ${ssidref}`);
  const maxEvtchnPort = cfg.maxEvtchnPort ?? MAX_EVTCHN_PORT_UNBOUNDED;
  if (!Number.isInteger(maxEvtchnPort) || maxEvtchnPort < 0 || maxEvtchnPort > 0xffff_ffff) {
    throw new HypervisorError(XEN_EINVAL, `maxEvtchnPort must be a 32-bit unsigned integer, got ${maxEvtchnPort}`);
  }
  // RAM plus the shared_info frame, all or nothing.
  if (core.pool.freeFrames < pages + 1) {
    throw new HypervisorError(XEN_ENOMEM, `not enough machine memory: domain needs ${pages + 1} frames, ${core.pool.freeFrames} free`);
  }

  let dom: Domain | null = null;
  const bus = type === 'hvm' ? hvmBus(core, () => dom as Domain) : NO_DEVICES;
  const mem = new DomainMemory(core.pool, domid, maxPages, bus);
  const d = new Domain(domid, cfg.privileged ?? false, type, cfg.hostKernel ?? false, mem, new EventChannels(nv, Math.min(maxEvtchnPort, MAX_EVTCHN_PORT_UNBOUNDED)), new GrantTable(), core.now);
  dom = d;
  if (cfg.handle !== undefined) d.handle.set(cfg.handle);
  d.ssidref = ssidref;
  d.consoleOut.onUnread = () => {
    core.consoleOutputPending = true;
  };
  mem.populateInitial(RAM_BASE_GFN, pages);
  d.sharedInfoMfn = core.pool.alloc(domid);
  d.pauseCount = 1;
  core.addDomain(d);
  for (let i = 0; i < nv; i++) d.vcpus.push(makeVcpu(core, d, i));
  core.emitState({ time: core.now, domid, kind: 'created' });
  return d;
}

function makeVcpu(core: Core, d: Domain, id: number): Vcpu {
  let self: Vcpu | null = null;
  const singleshot = new Timer(core.events, () => sendVirq(core, self as Vcpu, VIRQ_TIMER));
  const sbiTimer = new Timer(core.events, () => {
    const v = self as Vcpu;
    v.hart?.setPending(MIP_STIP, true);
    if (v.block === BlockKind.Wfi && v.hart !== null && !v.hart.waiting) core.wake(v);
  });
  const pollTimer = new Timer(core.events, () => core.wake(self as Vcpu));
  const v = new Vcpu(d, id, d.hostKernel ? null : (vcpu) => makeGuestHart(core, vcpu), singleshot, sbiTimer, pollTimer);
  self = v;
  if (d.hostKernel) {
    // A host-kernel vCPU is up from the start and waits for work.
    v.initialised = true;
    v.online = true;
    v.block = BlockKind.NoWork;
  }
  if (id === 0) {
    // vCPU 0's vcpu_info is the legacy slot at the start of shared_info.
    v.vcpuInfoMfn = d.sharedInfoMfn;
    v.vcpuInfoOffset = 0;
    writeVcpuTimeInfo(core.pool.writable(d.sharedInfoMfn), 0);
  }
  core.sched.addVcpu(v, core.now);
  core.updateRunnable(v, core.now);
  return v;
}

/** A guest vCPU's hart, under the hypervisor's hold (made when the vCPU is first used). */
function makeGuestHart(core: Core, v: Vcpu): Hart {
  const hart = new Hart(v.domain.mem.phys, v.id);
  hart.onMachineTrap = trapHandler(core);
  // SEIP follows vcpu_info, which the guest changes with plain stores: look again before
  // trapping, or an upcall that returned would be re-entered until the next sample.
  hart.onInterruptPending = () => sampleSeip(core, v);
  const d = v.domain;
  hart.timeSource = () => core.vcpuNow() + d.timeOffsetNs;
  configureGuestHart(hart);
  return hart;
}

export function destroyDomain(core: Core, d: Domain): void {
  const now = core.vcpuNow();
  d.state = DomainState.Dying;
  for (const v of d.vcpus) {
    v.singleshot.cancel();
    v.sbiTimer.cancel();
    v.pollTimer.cancel();
    core.updateRunnable(v, now);
    core.sched.removeVcpu(v);
  }
  stopWatchdogs(d);
  const lookup = (id: number) => core.domain(id);
  revokeMappingsOf(core.pool, d, lookup);
  releaseAllMappings(core.pool, d, lookup);
  for (const port of d.evtchn.openPorts()) closePort(core, d, port);
  releaseFifo(core, d);
  freeTable(core.pool, d);
  if (d.sharedInfoGfn >= 0) d.mem.unmapSpecial(d.sharedInfoGfn);
  core.pool.free(d.sharedInfoMfn);
  d.mem.releaseAll();
  core.removeDomain(d);
  core.emitState({ time: now, domid: d.domid, kind: 'destroyed' });
}

function kbToPages(kb: number, what: string): number {
  if (!Number.isInteger(kb) || kb < 4 || kb % 4 !== 0) throw new HypervisorError(XEN_EINVAL, `${what} must be a positive multiple of 4 KiB, got ${kb}`);
  return kb / 4;
}

function lowestFreeDomid(core: Core): number {
  let id = 1;
  while (core.domains.has(id)) id++;
  return id;
}

