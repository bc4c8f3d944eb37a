/**
 * The hypervisor as its embedder (the boot loader, tests) holds it: a machine (MachineConfig)
 * behind its privileged control surface — Xen's domctl/sysctl as typed methods. The
 * protobuf domctl/sysctl service (packages/control, served in the boot loader) sits in front
 * of it; dom0 reaches the core only through that service. Every method validates its input
 * and throws HypervisorError (errno + one-line reason) on refusal; nothing a caller passes
 * can corrupt the core.
 *
 * Commands that change the simulation are applied between quanta (the caller is never
 * inside a quantum), hashed into the trace with their virtual time, so a run can be replayed
 * and compared, and the most recent are kept in a bounded log (commandLog). Pacing against
 * wall time is the embedder's (the daemon's TimeDriver): the core only runs to a virtual time.
 *
 * API summary
 *  domains     createDomain(cfg) → domid · destroyDomain · pauseDomain · unpauseDomain ·
 *              shutdownDomain(domid, reason) · getDomainInfo · listDomains · setMaxMem ·
 *              setMemoryTarget (the domain's handle, ssidref and balloon target are kept here)
 *  vCPUs       getVcpuInfo · setVcpuAffinity(domid, vcpu, cpus[]) · bootVcpu(domid, vcpu,
 *              {entry, arg}) · getVcpuContext · setVcpuContext (full hart state, save/restore)
 *  scheduler   schedCreditGet · schedCreditSet({weight?, cap?})
 *  memory      writeGuestMemory · readGuestMemory · setSharedInfo(domid, gpa) · setHvmParam ·
 *              getHvmParam · shadowOp(domid, XEN_DOMCTL_SHADOW_OP_*) (log-dirty) ·
 *              readGuestPages(domid, gfns) (a migration's page batch) ·
 *              mapGrant / unmapGrant (a privileged host-kernel domain maps a guest's grant)
 *  events      evtchnAllocUnbound · evtchnBindInterdomain · evtchnBindVirq · evtchnSend ·
 *              evtchnClose · evtchnList / evtchnRestore, evtchnFifoState / evtchnRestoreFifo
 *              (save/restore) · evtchnAbi ·
 *              evtchnUseFifo / takeEvents(domid) (host-kernel domains) · onHostEvent(cb)
 *  console     readConsole(domid, index, max) (history by byte index) · drainConsole(domid)
 *              (what is new) · domainsWithNewConsoleOutput() · consoleInput(domid, bytes)
 *  devices     setMmioHandler(domid, handler) — HVM device models (synchronous callback)
 *  dom0 work   addHostWork(domid, ns) — host-kernel vCPU work competing through the scheduler
 *  feed        takeDomainEvents() · onDomainEvent(cb) (VIRQ_DOM_EXC goes to privileged guests)
 *  machine     physinfo · now · runFor(ns) · runUntil(t) · nextEventTime · hasWork · counters ·
 *              traceHash · commandLog
 */
import {
  HVM_NR_PARAMS, HVSIM_ABI_VERSION, NR_VIRQS, SHUTDOWN_MAX, SHUTDOWN_REASON_NAMES, VIRQ_CONSOLE, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY,
  XEN_DOMCTL_SHADOW_OP_PEEK, XEN_EBUSY,
  XEN_EFAULT, XEN_EINVAL, XEN_ENOENT, XEN_EPERM, XEN_ESRCH, RUNSTATE_blocked, RUNSTATE_running,
} from '@hvsim/abi';
import { PAGE_SIZE, type Hart } from '@hvsim/riscv';
import { CommandLog, type CommandRecord } from './command-log';
import { RAM_BASE_GFN, RAM_LIMIT_GFN, SHARED_INFO_GFN } from './constants';
import { Core, type DomainStateEvent, type MachineConfig } from './core';
import { DomainState, type Domain, type DomainType, type MmioHandler } from './domain/domain';
import { createDomain, destroyDomain, type CreateDomainConfig } from './domain/lifecycle';
import { BlockKind, type Vcpu } from './domain/vcpu';
import { loadVcpuContext, saveVcpuContext, startVcpu, type VcpuContext } from './domain/vcpu-context';
import { sampleSeip, sendGlobalVirq, sendOnPort, setExternalIrq, takePending } from './evtchn/delivery';
import { allocUnbound, bindInterdomain, bindVirq, closePort } from './evtchn/bind';
import { hostKernelUseFifo } from './evtchn/fifo-setup';
import { restoreFifo, saveFifo, type FifoSnapshot } from './evtchn/fifo-state';
import { portBindings, restorePortBinding, type PortBinding } from './evtchn/port-state';
import { HypervisorError } from './errors';
import { GNTMAP_host_map, GNTMAP_readonly, GNTST_bad_copy_arg, GNTST_bad_domain, GNTST_okay } from '@hvsim/abi';
import { grantCopyHost, mapGrant, unmapGrant } from './memory/grant-table';
import { grantCopyBatch, grantCopyShape, type GrantCopyResult } from './memory/grant-copy-batch';
import { restoreGrantTable, saveGrantTable, type GrantTableState } from './memory/grant-table-state';
import { GUEST_PAGE_RAM } from './memory/domain-memory';
import { P2M_NONE, P2M_SPECIAL } from './memory/p2m';
import { shadowOp, type ShadowOpResult } from './memory/shadow-op';
import { placeSharedInfo } from './memory/physmap';
import { TraceKind, type TraceRecord } from './trace';

export type { CreateDomainConfig, DomainStateEvent, DomainType, MachineConfig, MmioHandler, ShadowOpResult, VcpuContext };

/** Pages per readGuestPages call: 64 MiB, as readGuestMemory. */
export const READ_GUEST_PAGES_MAX = 16384;
/** A page batch: per gfn asked for its GUEST_PAGE_* kind, and the bytes of its RAM pages. */
export interface GuestPages {
  kinds: Uint8Array;
  /** The GUEST_PAGE_RAM pages' bytes, 4096 each, in the order asked. */
  data: Uint8Array;
}

export interface DomainInfo {
  domid: number;
  privileged: boolean;
  type: DomainType;
  hostKernel: boolean;
  /** xl's state letters: r running, b blocked, p paused, s shutdown, c crashed, d dying. */
  flags: { running: boolean; blocked: boolean; paused: boolean; shutdown: boolean; crashed: boolean; dying: boolean };
  /** SHUTDOWN_* reason once shut down or crashed, else null. */
  shutdownReason: number | null;
  shutdownReasonName: string | null;
  crashCause: string | null;
  totPages: number;
  maxPages: number;
  /** Where the domain sees shared_info (the toolstack's choice, or the guest's through
   *  XENMEM_add_to_physmap), or -1 when it is not shown. */
  sharedInfoGfn: number;
  maxVcpus: number;
  onlineVcpus: number;
  cpuTimeNs: number;
  /** xen_domain_handle_t (the UUID the toolstack gave). */
  handle: Uint8Array;
  ssidref: number;
  /** Balloon target in pages (0: none set). */
  targetPages: number;
  weight: number;
  cap: number;
}

/** A byte range of a page `domid` granted (grant `ref`), for grantCopy. */
export interface GrantSegment {
  domid: number;
  ref: number;
  offset: number;
  length: number;
}

export interface VcpuInfo {
  vcpu: number;
  online: boolean;
  running: boolean;
  blocked: boolean;
  /** pCPU it runs on or is queued for. */
  cpu: number;
  /** Hard affinity. */
  affinity: number[];
  /** pCPUs it has ever run on. */
  ranOn: number[];
  cpuTimeNs: number;
  /** ns in RUNSTATE_running, runnable, blocked, offline. */
  runstateNs: [number, number, number, number];
}

export interface PhysInfo {
  nrCpus: number;
  cpuKhz: number;
  totalPages: number;
  freePages: number;
  /** Frames whose bytes exist in host memory (lazily backed). */
  backedPages: number;
  quantumNs: number;
  scheduler: string;
  seed: number;
  abiVersion: number;
  nowNs: number;
  /** Per pCPU: ns busy and idle so far. */
  cpuBusyNs: number[];
  cpuIdleNs: number[];
}

export interface DomainCountersSnapshot {
  instructions: number;
  exits: Record<string, number>;
  hypercalls: Record<number, number>;
}

export class Hypervisor {
  private readonly core: Core;
  private readonly commands = new CommandLog();

  constructor(cfg: MachineConfig = {}) {
    this.core = new Core(cfg);
  }

  // ---- domains ------------------------------------------------------------------------------

  /**
   * Creates a paused domain with its initial RAM populated; returns its domid. With
   * `showSharedInfo` its shared_info appears where the core places it for a toolstack-built
   * domain (SHARED_INFO_GFN, just below the grant-table window: no RAM frame spent).
   */
  createDomain(cfg: CreateDomainConfig & { showSharedInfo?: boolean }): number {
    const { showSharedInfo, handle, ssidref, ...config } = cfg;
    // The handle and ssidref name the domain for its toolstack and change nothing the machine
    // does, so the command (and the trace) is what it was before the core kept them.
    this.log('createDomain', [config]);
    const domid = createDomain(this.core, { ...config, ...(handle !== undefined ? { handle } : {}), ...(ssidref !== undefined ? { ssidref } : {}) }).domid;
    if (showSharedInfo === true) {
      try {
        this.setSharedInfo(domid, SHARED_INFO_GFN * PAGE_SIZE);
      } catch (err) {
        this.destroyDomain(domid);
        throw err;
      }
    }
    return domid;
  }

  destroyDomain(domid: number): void {
    this.log('destroyDomain', [domid]);
    destroyDomain(this.core, this.dom(domid));
  }

  /** Pauses (nesting counted: every pause needs its unpause). */
  pauseDomain(domid: number): void {
    const d = this.live(domid);
    this.log('pauseDomain', [domid]);
    this.core.pause(d);
    this.core.emitState({ time: this.core.now, domid, kind: 'paused' });
  }

  unpauseDomain(domid: number): void {
    const d = this.live(domid);
    if (d.pauseCount === 0) throw new HypervisorError(XEN_EINVAL, `domain ${domid} is not paused`);
    this.log('unpauseDomain', [domid]);
    this.core.unpause(d);
    if (d.pauseCount === 0) this.core.emitState({ time: this.core.now, domid, kind: 'unpaused' });
  }

  /** Remote shutdown with a SHUTDOWN_* reason (SCHEDOP_remote_shutdown). */
  shutdownDomain(domid: number, reason: number): void {
    const d = this.live(domid);
    if (!Number.isInteger(reason) || reason < 0 || reason > SHUTDOWN_MAX) throw new HypervisorError(XEN_EINVAL, `bad shutdown reason ${reason}`);
    this.log('shutdownDomain', [domid, reason]);
    this.core.shutdown(d, reason);
  }

  getDomainInfo(domid: number): DomainInfo {
    return this.info(this.dom(domid));
  }

  listDomains(): DomainInfo[] {
    return [...this.core.domains.keys()].sort((a, b) => a - b).map((id) => this.info(this.dom(id)));
  }

  /** Sets the ballooning limit (a domain may already hold more; it just cannot grow). */
  setMaxMem(domid: number, maxKb: number): void {
    const d = this.dom(domid);
    if (!Number.isInteger(maxKb) || maxKb < 0 || maxKb % 4 !== 0) throw new HypervisorError(XEN_EINVAL, `maxKb must be a multiple of 4, got ${maxKb}`);
    if (maxKb / 4 > RAM_LIMIT_GFN - RAM_BASE_GFN) throw new HypervisorError(XEN_EINVAL, `maxKb ${maxKb} exceeds the guest RAM window`);
    this.log('setMaxMem', [domid, maxKb]);
    d.mem.maxPages = maxKb / 4;
  }

  /** The balloon target (the toolstack's wish for the domain's size; at most its maximum). */
  setMemoryTarget(domid: number, targetKb: number): void {
    const d = this.dom(domid);
    const pages = targetKb / (PAGE_SIZE / 1024);
    if (!Number.isInteger(pages) || pages < 0) throw new HypervisorError(XEN_EINVAL, `target ${targetKb} KiB is not a whole number of pages`);
    if (pages > d.mem.maxPages) throw new HypervisorError(XEN_EINVAL, `target ${targetKb} KiB is above the domain's maximum (${d.mem.maxPages * 4} KiB)`);
    d.targetPages = pages;
  }

  // ---- vCPUs --------------------------------------------------------------------------------

  getVcpuInfo(domid: number): VcpuInfo[] {
    const d = this.dom(domid);
    const now = this.core.now;
    return d.vcpus.map((v) => {
      const t = v.runstateTimes(now);
      return {
        vcpu: v.id,
        online: v.online,
        running: v.runstate === RUNSTATE_running,
        blocked: v.runstate === RUNSTATE_blocked,
        cpu: v.processor,
        affinity: maskToCpus(v.affinity, this.core.pcpus.length),
        ranOn: maskToCpus(v.ranOn, this.core.pcpus.length),
        cpuTimeNs: t[RUNSTATE_running],
        runstateNs: t,
      };
    });
  }

  /** Hard affinity: the vCPU runs only on these pCPUs. */
  setVcpuAffinity(domid: number, vcpu: number, cpus: number[]): void {
    const v = this.vcpu(domid, vcpu);
    let mask = 0;
    for (const c of cpus) {
      if (!Number.isInteger(c) || c < 0 || c >= this.core.pcpus.length) throw new HypervisorError(XEN_EINVAL, `no pCPU ${c} (machine has ${this.core.pcpus.length})`);
      mask |= 1 << c;
    }
    if (mask === 0) throw new HypervisorError(XEN_EINVAL, 'affinity must name at least one pCPU');
    this.log('setVcpuAffinity', [domid, vcpu, cpus]);
    this.core.sched.setAffinity(v, mask, this.core.now);
  }

  /**
   * The domain builder's start: vCPU at `entry` in S-mode, a0 = vCPU id, a1 = `arg` (start_info
   * gpa). vCPU 0 runs once the domain is unpaused; the others wait for VCPUOP_up.
   */
  bootVcpu(domid: number, vcpu: number, start: { entry: number; arg: number }): void {
    const v = this.vcpu(domid, vcpu);
    if (v.hart === null) throw new HypervisorError(XEN_EINVAL, `domain ${domid} has a host kernel; its vCPUs run no guest code`);
    if (!isU32(start.entry) || !isU32(start.arg)) throw new HypervisorError(XEN_EINVAL, 'entry and arg must be 32-bit unsigned');
    this.log('bootVcpu', [domid, vcpu, start]);
    startVcpu(this.core, v, start.entry, start.arg, false);
  }

  getVcpuContext(domid: number, vcpu: number): VcpuContext {
    const v = this.vcpu(domid, vcpu);
    return saveVcpuContext(this.core, v, this.hartOf(v));
  }

  /** Restores a context saved by getVcpuContext (save/restore/migrate). */
  setVcpuContext(domid: number, vcpu: number, ctx: VcpuContext): void {
    const v = this.vcpu(domid, vcpu);
    const hart = this.hartOf(v);
    this.log('setVcpuContext', [domid, vcpu]);
    loadVcpuContext(this.core, v, hart, ctx);
  }

  // ---- scheduler ----------------------------------------------------------------------------

  schedCreditGet(domid: number): { weight: number; cap: number } {
    return this.core.sched.getParams(this.dom(domid));
  }

  schedCreditSet(domid: number, params: { weight?: number; cap?: number }): void {
    const d = this.dom(domid);
    this.log('schedCreditSet', [domid, params]);
    try {
      this.core.sched.setParams(d, params, this.core.now);
    } catch (e) {
      throw new HypervisorError(XEN_EINVAL, (e as Error).message);
    }
  }

  // ---- memory -------------------------------------------------------------------------------

  /** Privileged foreign write (the domain builder): -EFAULT unless every byte is the domain's RAM. */
  writeGuestMemory(domid: number, gpa: number, bytes: Uint8Array): void {
    const d = this.dom(domid);
    if (!isU32(gpa) || !d.mem.writeFrom(gpa, bytes)) {
      throw new HypervisorError(XEN_EFAULT, `domain ${domid}: [0x${hex(gpa)}, +${bytes.length}) is not writable RAM of the domain`);
    }
    this.log('writeGuestMemory', [domid, gpa, bytes.length]);
  }

  readGuestMemory(domid: number, gpa: number, length: number): Uint8Array {
    const d = this.dom(domid);
    if (!Number.isInteger(length) || length < 0 || length > 64 * 1024 * 1024) throw new HypervisorError(XEN_EINVAL, `bad length ${length}`);
    const out = isU32(gpa) ? d.mem.read(gpa, length) : null;
    if (out === null) throw new HypervisorError(XEN_EFAULT, `domain ${domid}: [0x${hex(gpa)}, +${length}) is not RAM of the domain`);
    return out;
  }

  /**
   * XEN_DOMCTL_shadow_op's log-dirty sub-ops (XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY, CLEAN, PEEK,
   * OFF) on a guest domain, as Xen answers them: ESRCH for no domain; EINVAL for a host-kernel
   * domain (dom0 itself: Xen refuses a paging op on the caller's own domain), an unknown op, or
   * ENABLE while enabled; OFF while off does nothing; CLEAN / PEEK while off find nothing
   * dirty; a dying domain is left alone (success, nothing returned), as Xen ignores it.
   */
  shadowOp(domid: number, op: number): ShadowOpResult {
    const d = this.dom(domid);
    if (d.hostKernel) throw new HypervisorError(XEN_EINVAL, `domain ${domid} runs no guest memory to log (a paging op on dom0)`);
    if (d.state === DomainState.Dying) return { bitmap: new Uint8Array(0), firstGfn: RAM_BASE_GFN, pages: 0, faultCount: 0, dirtyCount: 0 };
    if (op !== XEN_DOMCTL_SHADOW_OP_PEEK) this.log('shadowOp', [domid, op]);
    const r = shadowOp(this.core, d, op);
    if (typeof r === 'number') throw new HypervisorError(-r, op === XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY ? `domain ${domid} is already in log-dirty mode` : `bad shadow op ${op}`);
    return r;
  }

  /**
   * A migration's page batch (Xen's toolstack maps foreign pages in batches): per absolute gfn
   * its GUEST_PAGE_* kind, and the bytes of the pages that are RAM with contents, in order.
   * Reads change nothing (the dirty bitmap included).
   */
  readGuestPages(domid: number, gfns: readonly number[]): GuestPages {
    const d = this.dom(domid);
    if (gfns.length > READ_GUEST_PAGES_MAX) throw new HypervisorError(XEN_EINVAL, `at most ${READ_GUEST_PAGES_MAX} pages per read, asked for ${gfns.length}`);
    const kinds = new Uint8Array(gfns.length);
    let ram = 0;
    for (let i = 0; i < gfns.length; i++) {
      const gfn = gfns[i];
      if (!Number.isInteger(gfn) || gfn < 0 || gfn > 0xfffff) throw new HypervisorError(XEN_EINVAL, `gfn ${gfn} is not a 32-bit guest frame number`);
      kinds[i] = d.mem.pageKind(gfn);
      if (kinds[i] === GUEST_PAGE_RAM) ram++;
    }
    const data = new Uint8Array(ram * PAGE_SIZE);
    let at = 0;
    for (let i = 0; i < gfns.length; i++) {
      if (kinds[i] !== GUEST_PAGE_RAM) continue;
      d.mem.copyPage(gfns[i], data, at);
      at += PAGE_SIZE;
    }
    return { kinds, data };
  }

  /**
   * Shows the domain's shared_info page at `gpa` (the builder announces it in start_info);
   * the RAM frame there, if any, stays the domain's, unreachable, as XENMEM_add_to_physmap does.
   */
  setSharedInfo(domid: number, gpa: number): void {
    const d = this.dom(domid);
    const gfn = gpa / PAGE_SIZE;
    if (!Number.isInteger(gfn) || gfn < RAM_BASE_GFN || gfn >= RAM_LIMIT_GFN) {
      throw new HypervisorError(XEN_EINVAL, `shared_info address 0x${hex(gpa)} is not a page in the RAM window`);
    }
    this.log('setSharedInfo', [domid, gpa]);
    if (placeSharedInfo(this.core.pool, d, gfn) < 0) throw new HypervisorError(XEN_EBUSY, `gfn 0x${hex(gfn)} is in use`);
  }

  /** HVMOP_set_param on behalf of the toolstack (the guest reads it with HVMOP_get_param). */
  setHvmParam(domid: number, index: number, value: number): void {
    const d = this.dom(domid);
    checkHvmParam(index);
    if (!Number.isSafeInteger(value) || value < 0) throw new HypervisorError(XEN_EINVAL, `HVM param value ${value} is not an unsigned integer`);
    this.log('setHvmParam', [domid, index, value]);
    d.setHvmParam(index, value);
  }

  getHvmParam(domid: number, index: number): number {
    const d = this.dom(domid);
    checkHvmParam(index);
    return d.hvmParam(index);
  }

  /** A privileged domain maps granter's grant `ref` at its own `hostAddr`; returns the handle. */
  mapGrant(mapperDomid: number, granterDomid: number, ref: number, opts: { hostAddr: number; readonly?: boolean }): number {
    const mapper = this.live(mapperDomid);
    if (!mapper.privileged) throw new HypervisorError(XEN_EPERM, `domain ${mapperDomid} is not privileged`);
    this.log('mapGrant', [mapperDomid, granterDomid, ref, opts]);
    const r = mapGrant(this.core.pool, mapper, this.core.domain(granterDomid), ref,
      GNTMAP_host_map | (opts.readonly ? GNTMAP_readonly : 0), opts.hostAddr);
    if (r.status !== GNTST_okay) throw new HypervisorError(XEN_EINVAL, `grant map failed with status ${r.status}`);
    return r.handle;
  }

  unmapGrant(mapperDomid: number, handle: number): void {
    const mapper = this.dom(mapperDomid);
    this.log('unmapGrant', [mapperDomid, handle]);
    const st = unmapGrant(this.core.pool, mapper, handle, 0, (id) => this.core.domain(id));
    if (st !== GNTST_okay) throw new HypervisorError(XEN_EINVAL, `grant unmap failed with status ${st}`);
  }

  /**
   * GNTTABOP_copy for a host-kernel domain's backend (dom0 has no guest memory): per segment,
   * copies between `caller`'s buffer and a page another domain granted to `caller`. Returns a
   * GNTST_* per segment; reads fill `data` at each segment's place in the concatenation.
   */
  grantCopy(callerDomid: number, segments: readonly GrantSegment[], data: Uint8Array, toGuest: boolean): number[] {
    const caller = this.live(callerDomid);
    if (toGuest) this.log('grantCopyToGuest', [callerDomid, segments.length, data.length]);
    const status: number[] = [];
    let at = 0;
    for (const s of segments) {
      const buf = data.subarray(at, at + s.length);
      at += s.length;
      const granter = this.core.domain(s.domid);
      if (buf.length !== s.length) status.push(GNTST_bad_copy_arg);
      else if (granter === undefined || granter === caller || granter.state === DomainState.Dying) status.push(GNTST_bad_domain);
      else status.push(grantCopyHost(this.core.pool, granter, caller.domid, s.ref, s.offset, buf, toGuest));
    }
    return status;
  }

  /** Packed grant copies in both directions, in order; the bytes out of guests in `into` when
   *  it is large enough (memory/grant-copy-batch.ts). */
  grantCopyBatch(callerDomid: number, ops: Uint8Array, toData: Uint8Array, into?: Uint8Array): GrantCopyResult {
    const caller = this.live(callerDomid);
    const shape = grantCopyShape(ops, toData);
    if (shape.toGuestOps > 0) this.log('grantCopyBatch', [callerDomid, shape.ops, shape.toGuestBytes]);
    return grantCopyBatch(this.core.pool, (domid) => this.core.domain(domid), caller, ops, toData, shape, into);
  }

  /** The domain's grant table, for a save image: frames' entries and where the guest sees them. */
  getGrantTable(domid: number): GrantTableState {
    return saveGrantTable(this.core.pool, this.dom(domid));
  }

  /** Gives a domain being restored (no grant table yet) its saved grant table. */
  setGrantTable(domid: number, state: GrantTableState): void {
    const d = this.live(domid);
    this.log('setGrantTable', [domid, state.frames.length]);
    restoreGrantTable(this.core.pool, d, state);
  }

  // ---- event channels -------------------------------------------------------------------------

  /** A port in `domid` that `remoteDomid` may bind (the builder's console/xenstore channels). */
  evtchnAllocUnbound(domid: number, remoteDomid: number): number {
    const d = this.live(domid);
    if (!Number.isInteger(remoteDomid) || remoteDomid < 0 || remoteDomid > 0xffff) throw new HypervisorError(XEN_EINVAL, `bad remote domid ${remoteDomid}`);
    this.log('evtchnAllocUnbound', [domid, remoteDomid]);
    return this.errno(allocUnbound(this.core, d, domid, remoteDomid), 'alloc_unbound');
  }

  /** Binds a new port of `domid` to remoteDomid's unbound port. */
  evtchnBindInterdomain(domid: number, remoteDomid: number, remotePort: number): number {
    const d = this.live(domid);
    this.log('evtchnBindInterdomain', [domid, remoteDomid, remotePort]);
    return this.errno(bindInterdomain(this.core, d, remoteDomid, remotePort), 'bind_interdomain');
  }

  /** Binds a VIRQ on vCPU 0 of a host-kernel domain (e.g. VIRQ_DOM_EXC for dom0). */
  evtchnBindVirq(domid: number, virq: number): number {
    const d = this.live(domid);
    if (!Number.isInteger(virq) || virq < 0 || virq >= NR_VIRQS) throw new HypervisorError(XEN_EINVAL, `bad VIRQ ${virq}`);
    const bound = d.evtchn.virqPort(0, virq);
    if (bound !== 0) return bound;
    this.log('evtchnBindVirq', [domid, virq]);
    return this.errno(bindVirq(this.core, d, virq, 0), 'bind_virq');
  }

  evtchnSend(domid: number, port: number): void {
    const d = this.live(domid);
    this.log('evtchnSend', [domid, port]);
    if (!sendOnPort(this.core, d, port)) throw new HypervisorError(XEN_EINVAL, `domain ${domid} cannot send on port ${port}`);
  }

  evtchnClose(domid: number, port: number): void {
    const d = this.dom(domid);
    this.log('evtchnClose', [domid, port]);
    this.errno(closePort(this.core, d, port), 'close');
  }

  /** The domain's event channel bindings, for save/migrate (FIFO state: evtchnFifoState). */
  evtchnList(domid: number): PortBinding[] {
    return portBindings(this.live(domid));
  }

  /** What the hypervisor alone knows of a domain's FIFO event state (save/migrate); null on two-level. */
  evtchnFifoState(domid: number): FifoSnapshot | null {
    return saveFifo(this.live(domid));
  }

  /** Moves a domain being restored to FIFO with its saved state: before its ports are restored. */
  evtchnRestoreFifo(domid: number, state: FifoSnapshot): void {
    const d = this.live(domid);
    this.log('evtchnRestoreFifo', [domid, state.arrayGfns.length]);
    restoreFifo(d, state);
  }

  /** Puts a saved binding back at its port number (restore). */
  evtchnRestore(domid: number, binding: PortBinding): void {
    const d = this.live(domid);
    this.log('evtchnRestore', [domid, binding]);
    restorePortBinding(d, binding);
  }

  /**
   * Moves a host-kernel domain (dom0) to the FIFO event-channel ABI, as its kernel would at
   * boot with EVTCHNOP_init_control: 2^17 ports instead of 4,096, so its two ports per domU
   * (console, xenstore) do not cap the host at ~2,040 domUs. Guests choose with the hypercall.
   */
  evtchnUseFifo(domid: number): void {
    const d = this.live(domid);
    if (!d.hostKernel) throw new HypervisorError(XEN_EINVAL, `domain ${domid} runs guest code; it chooses with EVTCHNOP_init_control`);
    this.log('evtchnUseFifo', [domid]);
    hostKernelUseFifo(this.core, d);
  }

  /** The event-channel ABI a domain uses. */
  evtchnAbi(domid: number): '2-level' | 'fifo' {
    return this.dom(domid).evtchn.ops.name;
  }

  /** Pending ports of a host-kernel domain (dom0), cleared as they are returned. */
  takeEvents(domid: number): number[] {
    const d = this.dom(domid);
    if (!d.hostKernel) throw new HypervisorError(XEN_EINVAL, `domain ${domid} runs guest code; its events go to its vCPUs`);
    return takePending(this.core, d);
  }

  /** Called (synchronously, inside the simulation step) when a host-kernel domain gets an event. */
  onHostEvent(fn: ((domid: number, port: number) => void) | null): void {
    this.core.hostEventListener = fn;
  }

  // ---- console and devices ------------------------------------------------------------------

  /** console_io / SBI console output of a domain since the last drain. */
  drainConsole(domid: number): Uint8Array {
    return this.dom(domid).consoleOut.takeNew();
  }

  /** Up to maxBytes of a domain's console history from byte `index`; bytes before the oldest
   *  kept one are reported as lost. */
  readConsole(domid: number, index: number, maxBytes: number): { data: Uint8Array; nextIndex: number; lostBytes: number } {
    const d = this.dom(domid);
    if (!Number.isSafeInteger(index) || index < 0) throw new HypervisorError(XEN_EINVAL, `bad console index ${index}`);
    if (!Number.isInteger(maxBytes) || maxBytes < 0) throw new HypervisorError(XEN_EINVAL, `bad console read size ${maxBytes}`);
    return d.consoleOut.read(index, maxBytes);
  }

  /** Domains whose console printed since the last call (or drainConsole), each reported once.
   *  Cheap when none did. */
  domainsWithNewConsoleOutput(): number[] {
    if (!this.core.consoleOutputPending) return [];
    this.core.consoleOutputPending = false;
    const out: number[] = [];
    for (const d of this.core.domains.values()) {
      if (!d.consoleOut.hasNew) continue;
      d.consoleOut.markTaken();
      out.push(d.domid);
    }
    return out;
  }

  /** Input for a domain's hypervisor console (SBI getchar / DBCN read; CONSOLEIO_read for dom0). */
  consoleInput(domid: number, bytes: Uint8Array): void {
    const d = this.live(domid);
    this.log('consoleInput', [domid, bytes.length]);
    d.consoleIn.pushAll(bytes);
    if (d.privileged) sendGlobalVirq(this.core, d, VIRQ_CONSOLE);
  }

  /** The external interrupt line of an HVM domain's vCPU, as its PLIC (in dom0's device
   *  models) drives it: with pending event upcalls it makes the vCPU's SEIP. */
  setExternalIrq(domid: number, vcpu: number, level: boolean): void {
    const v = this.vcpu(domid, vcpu);
    if (v.domain.type !== 'hvm') throw new HypervisorError(XEN_EINVAL, `domain ${domid} is not HVM`);
    if (v.externalIrq === level) return;
    this.log('setExternalIrq', [domid, vcpu, level ? 1 : 0]);
    setExternalIrq(this.core, v, level);
  }

  /** Device models of an HVM domain (its ns16550 UART and PLIC); null removes them. */
  setMmioHandler(domid: number, handler: MmioHandler | null): void {
    const d = this.dom(domid);
    if (d.type !== 'hvm') throw new HypervisorError(XEN_EINVAL, `domain ${domid} is not HVM`);
    d.mmioHandler = handler;
  }

  // ---- dom0 ---------------------------------------------------------------------------------

  /** Charges `ns` of work to a host-kernel domain's vCPU 0; it competes for a pCPU to run it. */
  addHostWork(domid: number, ns: number): void {
    const d = this.live(domid);
    if (!d.hostKernel) throw new HypervisorError(XEN_EINVAL, `domain ${domid} has no host kernel`);
    if (!Number.isInteger(ns) || ns < 0) throw new HypervisorError(XEN_EINVAL, `bad work amount ${ns}`);
    if (ns === 0) return;
    this.log('addHostWork', [domid, ns]);
    const v = d.vcpus[0];
    v.hostWork += ns;
    if (v.block === BlockKind.NoWork) this.core.wake(v, this.core.now);
  }

  /** Host work still queued on a host-kernel domain (ns). */
  hostWorkPending(domid: number): number {
    return this.dom(domid).vcpus.reduce((n, v) => n + v.hostWork, 0);
  }

  // ---- feed, machine, run control -----------------------------------------------------------

  takeDomainEvents(): DomainStateEvent[] {
    return this.core.takeStateEvents();
  }

  onDomainEvent(fn: ((e: DomainStateEvent) => void) | null): void {
    this.core.onStateChange(fn);
  }

  physinfo(): PhysInfo {
    const c = this.core;
    return {
      nrCpus: c.pcpus.length,
      cpuKhz: Math.round(c.freqHz / 1000),
      totalPages: c.pool.totalFrames,
      freePages: c.pool.freeFrames,
      backedPages: c.pool.backedFrames,
      quantumNs: c.quantumNs,
      scheduler: c.sched.name,
      seed: c.seed,
      abiVersion: HVSIM_ABI_VERSION,
      nowNs: c.now,
      cpuBusyNs: c.pcpus.map((p) => p.busyNs),
      cpuIdleNs: c.pcpus.map((p) => p.idleNs),
    };
  }

  now(): number {
    return this.core.now;
  }

  /** Virtual time of the next timer or tick (Infinity: none): with no work, a driver may jump there. */
  nextEventTime(): number {
    return this.core.events.peekTime();
  }

  /** Whether any vCPU is runnable or running. */
  hasWork(): boolean {
    return this.core.sched.hasWork();
  }

  runFor(ns: number): void {
    if (!Number.isInteger(ns) || ns < 0) throw new HypervisorError(XEN_EINVAL, `runFor needs a whole number of ns, got ${ns}`);
    this.core.runUntil(this.core.now + ns);
  }

  /** Runs to virtual time `t`; `stopEarly`, asked between quanta, may end the run sooner. */
  runUntil(t: number, stopEarly?: () => boolean): void {
    if (!Number.isInteger(t)) throw new HypervisorError(XEN_EINVAL, `runUntil needs a whole ns time, got ${t}`);
    this.core.runUntil(t, stopEarly);
  }

  counters(domid: number): DomainCountersSnapshot {
    return this.dom(domid).counters.snapshot();
  }

  traceHash(): string {
    return this.core.trace.hash();
  }

  traceRecords(): { records: TraceRecord[]; dropped: number } {
    return this.core.trace.recordsSnapshot();
  }

  /** The most recent commands (at most COMMAND_LOG_KEPT), oldest first. */
  commandLog(): CommandRecord[] {
    return this.commands.records();
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Logs a command and hashes it into the trace at the current time. Integer arguments
   *  must come in a fresh array (see CommandLog). */
  private log(command: string, args: unknown[]): void {
    const time = this.core.now;
    const h = this.commands.record(time, command, args);
    this.core.trace.event(time, TraceKind.Command, 0, 0, h, command.length + args.length);
  }

  private dom(domid: number): Domain {
    const d = Number.isInteger(domid) ? this.core.domain(domid) : undefined;
    if (d === undefined) throw new HypervisorError(XEN_ESRCH, `no domain ${domid}`);
    return d;
  }

  private live(domid: number): Domain {
    const d = this.dom(domid);
    if (d.state === DomainState.Dying) throw new HypervisorError(XEN_ESRCH, `domain ${domid} is dying`);
    return d;
  }

  private vcpu(domid: number, vcpu: number): Vcpu {
    const d = this.live(domid);
    const v = Number.isInteger(vcpu) ? d.vcpus[vcpu] : undefined;
    if (v === undefined) throw new HypervisorError(XEN_ENOENT, `domain ${domid} has no vCPU ${vcpu}`);
    return v;
  }

  private errno(r: number, what: string): number {
    if (r < 0) throw new HypervisorError(-r, `${what} failed`);
    return r;
  }

  /** The hart of a guest vCPU; a host kernel's vCPUs have no context to save. */
  private hartOf(v: Vcpu): Hart {
    if (v.hart === null) throw new HypervisorError(XEN_EINVAL, `domain ${v.domain.domid} has a host kernel; no vCPU context`);
    return v.hart;
  }

  private info(d: Domain): DomainInfo {
    const now = this.core.now;
    let cpu = 0;
    let running = false;
    let blocked = true;
    for (const v of d.vcpus) {
      cpu += v.cpuTime(now);
      if (v.runstate === RUNSTATE_running) running = true;
      if (v.runnable) blocked = false;
    }
    const down = d.state !== DomainState.Active;
    return {
      domid: d.domid,
      privileged: d.privileged,
      type: d.type,
      hostKernel: d.hostKernel,
      flags: {
        running,
        blocked: !running && blocked && !down && d.pauseCount === 0,
        paused: d.pauseCount > 0,
        shutdown: d.state === DomainState.Shutdown,
        crashed: d.state === DomainState.Crashed,
        dying: d.state === DomainState.Dying,
      },
      shutdownReason: down && d.shutdownReason >= 0 ? d.shutdownReason : null,
      shutdownReasonName: down && d.shutdownReason >= 0 ? SHUTDOWN_REASON_NAMES[d.shutdownReason] ?? null : null,
      crashCause: d.crashCause === '' ? null : d.crashCause,
      totPages: d.mem.totPages,
      maxPages: d.mem.maxPages,
      sharedInfoGfn: d.sharedInfoGfn,
      maxVcpus: d.vcpus.length,
      onlineVcpus: d.vcpus.filter((v) => v.online).length,
      cpuTimeNs: cpu,
      handle: d.handle.slice(),
      ssidref: d.ssidref,
      targetPages: d.targetPages,
      ...this.core.sched.getParams(d),
    };
  }
}

function maskToCpus(mask: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if ((mask >>> i) & 1) out.push(i);
  return out;
}

function isU32(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0xffff_ffff;
}

function hex(n: number): string {
  return Number.isFinite(n) ? Math.floor(n).toString(16) : String(n);
}

function checkHvmParam(index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= HVM_NR_PARAMS) throw new HypervisorError(XEN_EINVAL, `no HVM param ${index}`);
}
