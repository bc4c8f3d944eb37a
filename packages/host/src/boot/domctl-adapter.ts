/**
 * DomctlService served by the core: each protobuf request becomes a call on the core's typed
 * control surface (@hvsim/hypervisor's Hypervisor), each HypervisorError a status with Xen's
 * errno. It lives in the boot loader because the core knows nothing of protobuf. It keeps no
 * domain state: the core owns it all. What it keeps is the stream side — the watchers of
 * WatchEvents — and the hypervisor's own log (ConsoleRead of DOMID_XEN), the domain-state
 * feed written as lines with their virtual time.
 */
import * as fs from 'node:fs';
import {
  DOMID_XEN, HVSIM_XEN_VERSION_MAJOR, HVSIM_XEN_VERSION_MINOR, HVSIM_CAPABILITIES, HVSIM_EXTRAVERSION, HVSIM_PAGE_SIZE,
  SHUTDOWN_crash, SHUTDOWN_REASON_NAMES, XEN_DOMCTL_SHADOW_OP_CLEAN, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY, XEN_DOMCTL_SHADOW_OP_OFF,
  XEN_DOMCTL_SHADOW_OP_PEEK,
} from '@hvsim/abi';
import { DomctlService, RpcError, StatusCode, VcpuContextError, decodeVcpuContext, encodeVcpuContext, largeFrames, pb, statusCodeFromXenErrno } from '@hvsim/control';
import type { ServerStreamCall, ServiceImplementation } from '@hvsim/control';
import { ConsoleJournal, HypervisorError, type DomainInfo, type DomainStateEvent, type Hypervisor, type MmioHandler, type VcpuContext } from '@hvsim/hypervisor';
import { REG_A0, REG_A1 } from '@hvsim/riscv';
import { fifoStateFromPb, fifoStateToPb } from './evtchn-fifo-codec';

export type DomctlImplementation = ServiceImplementation<typeof DomctlService>;

/** The hypervisor log kept for `xl dmesg`. */
const XEN_LOG_BYTES = 256 * 1024;
const CONSOLE_READ_DEFAULT = 64 * 1024;
const READ_GUEST_MAX = 1 << 20;
/** Pages per ReadGuestPages call: 2 MiB, well inside a 4 MiB frame. */
const READ_GUEST_PAGES_MAX = 512;
/** ShadowOp values → Xen's XEN_DOMCTL_SHADOW_OP_*. */
const SHADOW_OPS = new Map<pb.ShadowOp, number>([
  [pb.ShadowOp.SHADOW_OP_OFF, XEN_DOMCTL_SHADOW_OP_OFF],
  [pb.ShadowOp.SHADOW_OP_ENABLE_LOGDIRTY, XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY],
  [pb.ShadowOp.SHADOW_OP_CLEAN, XEN_DOMCTL_SHADOW_OP_CLEAN],
  [pb.ShadowOp.SHADOW_OP_PEEK, XEN_DOMCTL_SHADOW_OP_PEEK],
]);
/** Segments per GrantCopy call: a blkif request's 11 pages many times over, still a bounded frame. */
const GRANT_COPY_MAX_SEGMENTS = 256;
/** Scratch for encoding a hypervisor log line (UTF-8 takes at most 3 bytes per UTF-16 unit). */
const LOG_LINE = Buffer.alloc(768);

interface Watcher {
  console: boolean;
  evtchn: boolean;
  send(message: pb.DomctlServiceWatchEventsResponse.$Properties): void;
}

export interface DomctlAdapterOptions {
  /** VersionInfo.commandline: how this machine was booted. */
  commandline: string;
  /** VersionInfo.hvsim_version. */
  version: string;
}

export class DomctlAdapter {
  private readonly watchers = new Set<Watcher>();
  private readonly xenLog = new ConsoleJournal(XEN_LOG_BYTES);
  private hostEventsQueued = false;
  /** GrantCopy's bytes out of guests (grantCopyScratch). */
  private fromGuest = new Uint8Array(0);
  /** Told after every request that may have changed the machine (the time driver wakes up). */
  onActivity: () => void = () => undefined;
  /** The device model of HVM domains (the boot loader connects dom0's): the core forwards
   *  their accesses to the UART window here. DomctlService has no ioreq stream yet. */
  hvmDevices: MmioHandler | null = null;

  constructor(private readonly hv: Hypervisor, private readonly options: DomctlAdapterOptions) {
    hv.onDomainEvent((e) => this.domainEvent(e));
    hv.onHostEvent(() => this.hostEvent());
  }

  /**
   * Where GrantCopy puts the bytes it copies out of guests: one buffer, reused, as large as a
   * call can ask for (a page per op). A backend moving a disk's data would otherwise have the
   * core fill fresh memory on every call, which the host faults in a page at a time. Reusing
   * it is safe because GrantCopy answers at once: its response (a copy of these bytes) is
   * encoded before the next call's handler runs.
   */
  private grantCopyScratch(): Uint8Array {
    if (this.fromGuest.length === 0) this.fromGuest = new Uint8Array(GRANT_COPY_MAX_SEGMENTS * HVSIM_PAGE_SIZE);
    return this.fromGuest;
  }

  /** Tells console watchers which domains printed. Cheap when none did. */
  collectConsoles(): void {
    const domids = this.hv.domainsWithNewConsoleOutput();
    if (domids.length === 0 || this.watchers.size === 0) return;
    const timeNs = this.hv.now();
    for (const domid of domids) this.broadcast({ timeNs, type: pb.DomainEventType.DOMAIN_EVENT_TYPE_CONSOLE, domid }, (w) => w.console);
  }

  implementation(): DomctlImplementation {
    const impl: DomctlImplementation = {
      CreateDomain: (req) => this.createDomain(req),
      DestroyDomain: (req) => {
        this.collectConsoles();
        this.hv.destroyDomain(req.domid);
        return {};
      },
      PauseDomain: (req) => {
        this.hv.pauseDomain(req.domid);
        return {};
      },
      UnpauseDomain: (req) => {
        this.hv.unpauseDomain(req.domid);
        return {};
      },
      ShutdownDomain: (req) => {
        if (req.reason === pb.ShutdownReason.SHUTDOWN_REASON_UNSPECIFIED) throw einval('a shutdown needs a reason');
        this.hv.shutdownDomain(req.domid, req.reason - 1);
        return {};
      },
      GetDomainInfo: (req) => ({ info: this.domainInfo(this.hv.getDomainInfo(req.domid)) }),
      ListDomains: (req) => {
        let infos = this.hv.listDomains().filter((d) => d.domid >= req.firstDomid);
        if (req.maxDomains > 0) infos = infos.slice(0, req.maxDomains);
        return { domains: infos.map((d) => this.domainInfo(d)) };
      },
      SetMaxMem: (req) => {
        this.hv.setMaxMem(req.domid, Number(req.maxMemoryKb));
        return {};
      },
      SetMemoryTarget: (req) => {
        this.hv.setMemoryTarget(req.domid, Number(req.targetKb));
        return {};
      },
      SetVcpuAffinity: (req) => {
        const cpus = req.hardAffinity.length > 0 ? [...req.hardAffinity] : [...Array(this.hv.physinfo().nrCpus).keys()];
        this.hv.setVcpuAffinity(req.domid, req.vcpu, cpus);
        return { hardAffinity: this.hv.getVcpuInfo(req.domid)[req.vcpu].affinity };
      },
      GetVcpuInfo: (req) => ({
        vcpus: this.hv.getVcpuInfo(req.domid).map((v) => ({
          vcpu: v.vcpu, online: v.online, blocked: v.blocked, running: v.running, cpu: v.cpu, cpuTimeNs: v.cpuTimeNs, hardAffinity: v.affinity,
        })),
      }),
      SchedCreditGet: (req) => ({ params: this.hv.schedCreditGet(req.domid) }),
      SchedCreditSet: (req) => {
        const params: { weight?: number; cap?: number } = {};
        if (req.weight !== null && req.weight !== undefined) params.weight = req.weight;
        if (req.cap !== null && req.cap !== undefined) params.cap = req.cap;
        this.hv.schedCreditSet(req.domid, params);
        return { params: this.hv.schedCreditGet(req.domid) };
      },
      WriteGuestMemory: (req) => {
        try {
          this.hv.writeGuestMemory(req.domid, Number(req.gpa), req.data);
          for (const w of req.more) this.hv.writeGuestMemory(req.domid, Number(w.gpa), w.data);
        } finally {
          // Every write's bytes are views of the request's frame, copied into the guest (or
          // refused) by now: nothing reads the frame again.
          largeFrames.release(req.data);
        }
        return {};
      },
      ReadGuestMemory: (req) => {
        if (req.length > READ_GUEST_MAX) throw new RpcError(StatusCode.STATUS_CODE_E2BIG, `at most ${READ_GUEST_MAX} bytes per read, asked for ${req.length}`);
        return { data: this.hv.readGuestMemory(req.domid, Number(req.gpa), req.length) };
      },
      GrantCopyFromGuest: (req) => {
        const total = grantCopyLength(req.segments);
        const data = new Uint8Array(total);
        const status = this.hv.grantCopy(0, req.segments, data, false);
        // Only the bytes of segments that succeeded travel back, in order.
        const parts: Uint8Array[] = [];
        let at = 0;
        req.segments.forEach((s, i) => {
          if (status[i] === 0) parts.push(data.subarray(at, at + s.length));
          at += s.length;
        });
        return { status, data: Buffer.concat(parts) };
      },
      GrantCopyToGuest: (req) => {
        const total = grantCopyLength(req.segments);
        if (req.data.length !== total) throw einval(`GrantCopyToGuest: the segments cover ${total} bytes, data has ${req.data.length}`);
        return { status: this.hv.grantCopy(0, req.segments, req.data, true) };
      },
      GrantCopy: (req) => {
        const { status, data } = this.hv.grantCopyBatch(0, req.ops, req.data, this.grantCopyScratch());
        // The bytes for guests are in them now: nothing reads the request's frame again.
        largeFrames.release(req.data);
        // After the copies, as a backend notifies once its responses are in the ring.
        for (const port of req.notify) this.hv.evtchnSend(0, port);
        return { status: new Uint8Array(status.buffer, status.byteOffset, status.length), data };
      },
      SetVcpuContext: (req) => {
        this.setVcpuContext(req.domid, req.vcpu, req.context ?? pb.VcpuContext.create());
        return {};
      },
      GetVcpuContext: (req) => {
        const ctx = this.hv.getVcpuContext(req.domid, req.vcpu);
        return { context: { pc: ctx.hart.pc, regs: [...ctx.hart.x].map((r) => r >>> 0), hartState: encodeVcpuContext(ctx) } };
      },
      SetHvmParam: (req) => {
        this.hv.setHvmParam(req.domid, req.index, Number(req.value));
        return {};
      },
      GetHvmParam: (req) => ({ value: this.hv.getHvmParam(req.domid, req.index) }),
      EvtchnAllocUnbound: (req) => ({ port: this.hv.evtchnAllocUnbound(req.dom, req.remoteDom) }),
      EvtchnBindInterdomain: (req) => ({ localPort: this.hv.evtchnBindInterdomain(0, req.remoteDom, req.remotePort) }),
      EvtchnSend: (req) => {
        this.hv.evtchnSend(0, req.port);
        return {};
      },
      EvtchnClose: (req) => {
        this.hv.evtchnClose(0, req.port);
        return {};
      },
      // EvtchnStatus numbers are Xen's EVTCHNSTAT_* values.
      EvtchnList: (req) => ({ ports: this.hv.evtchnList(req.domid).map((b) => ({ ...b, status: b.status as pb.EvtchnStatus })) }),
      EvtchnRestore: (req) => {
        const p = req.port;
        if (p === null || p === undefined) throw einval('EvtchnRestore needs a port');
        this.hv.evtchnRestore(req.domid, { port: p.port, status: p.status, vcpu: p.vcpu, remoteDom: p.remoteDom, remotePort: p.remotePort, virq: p.virq });
        return {};
      },
      GetGrantTable: (req) => {
        const t = this.hv.getGrantTable(req.domid);
        return { frames: t.frames.map((entries, i) => ({ gfn: t.frameGfns[i], entries })) };
      },
      SetGrantTable: (req) => {
        this.hv.setGrantTable(req.domid, { frameGfns: req.frames.map((f) => Number(f.gfn)), frames: req.frames.map((f) => f.entries) });
        return {};
      },
      ConsoleRead: (req) => {
        const max = req.maxBytes === 0 ? CONSOLE_READ_DEFAULT : Math.min(req.maxBytes, CONSOLE_READ_DEFAULT);
        if (req.domid === DOMID_XEN) return this.xenLog.read(Number(req.index), max);
        return this.hv.readConsole(req.domid, Number(req.index), max);
      },
      Physinfo: () => {
        const p = this.hv.physinfo();
        return {
          physinfo: {
            nrCpus: p.nrCpus, maxCpuId: p.nrCpus - 1, threadsPerCore: 1, coresPerSocket: p.nrCpus, nrNodes: 1, cpuKhz: p.cpuKhz,
            totalPages: p.totalPages, freePages: p.freePages, scrubPages: 0, scheduler: p.scheduler, virtualTimeNs: p.nowNs,
          },
        };
      },
      GetVersion: () => ({
        version: {
          // What XENVER_version and XENVER_extraversion answer: xl info's xen_version 4.17.0-hvsim1.0.
          abiMajor: HVSIM_XEN_VERSION_MAJOR, abiMinor: HVSIM_XEN_VERSION_MINOR, extraVersion: HVSIM_EXTRAVERSION,
          capabilities: HVSIM_CAPABILITIES, changeset: `hvsim ${this.options.version}`, commandline: this.options.commandline,
          hvsimVersion: this.options.version,
        },
      }),
      WatchEvents: (req, call) => this.watch(req, call),
      ShadowOp: (req) => {
        const op = SHADOW_OPS.get(req.op);
        if (op === undefined) throw einval(`bad shadow op ${req.op}`);
        const r = this.hv.shadowOp(req.domid, op);
        return { bitmap: r.bitmap, firstGfn: r.firstGfn, pages: r.pages, faultCount: r.faultCount, dirtyCount: r.dirtyCount };
      },
      ReadGuestPages: (req) => {
        if (req.gfns.length > READ_GUEST_PAGES_MAX) {
          throw new RpcError(StatusCode.STATUS_CODE_E2BIG, `at most ${READ_GUEST_PAGES_MAX} pages per read, asked for ${req.gfns.length}`);
        }
        // GuestPageKind numbers are the core's GUEST_PAGE_* values.
        const r = this.hv.readGuestPages(req.domid, req.gfns.map(Number));
        return { kinds: [...r.kinds] as pb.GuestPageKind[], data: r.data };
      },
      GetEvtchnFifo: (req) => {
        const s = this.hv.evtchnFifoState(req.domid);
        return s === null ? {} : { state: fifoStateToPb(s) };
      },
      SetEvtchnFifo: (req) => {
        this.hv.evtchnRestoreFifo(req.domid, fifoStateFromPb(req.state));
        return {};
      },
    };
    return this.translated(impl);
  }

  // ---- handlers with more to them -------------------------------------------------------------

  private createDomain(req: pb.DomctlServiceCreateDomainRequest): pb.DomctlServiceCreateDomainResponse.$Properties {
    if (req.handle.length !== 0 && req.handle.length !== 16) throw einval(`handle must be 16 bytes, got ${req.handle.length}`);
    const domid = this.hv.createDomain({
      ...(req.domid !== 0 ? { domid: req.domid } : {}),
      type: req.type === pb.DomainType.DOMAIN_TYPE_HVM ? 'hvm' : 'pv',
      privileged: req.privileged,
      maxVcpus: req.maxVcpus === 0 ? 1 : req.maxVcpus,
      memoryKb: Number(req.memoryKb),
      ...(Number(req.maxMemoryKb) !== 0 ? { maxMemKb: Number(req.maxMemoryKb) } : {}),
      ...(req.handle.length === 16 ? { handle: req.handle } : {}),
      ssidref: req.ssidref,
      ...(req.maxEvtchnPort !== 0 ? { maxEvtchnPort: req.maxEvtchnPort } : {}),
      showSharedInfo: true,
    });
    if (req.type === pb.DomainType.DOMAIN_TYPE_HVM && this.hvmDevices !== null) this.hv.setMmioHandler(domid, this.hvmDevices);
    return { domid };
  }

  private setVcpuContext(domid: number, vcpu: number, ctx: pb.VcpuContext): void {
    if (ctx.hartState.length > 0) {
      let saved: VcpuContext;
      try {
        saved = decodeVcpuContext(ctx.hartState);
      } catch (err) {
        if (err instanceof VcpuContextError) throw einval(err.message);
        throw err;
      }
      this.hv.setVcpuContext(domid, vcpu, saved);
      return;
    }
    // A fresh vCPU: the core sets a0 = vCPU id itself; pc and a1 (start_info) are the builder's.
    ctx.regs.forEach((r, i) => {
      if (i !== REG_A0 && i !== REG_A1 && r !== 0) throw einval(`a fresh vCPU takes only pc, a0 and a1; x${i} is ${r}`);
    });
    if ((ctx.regs[REG_A0] ?? 0) !== vcpu && (ctx.regs[REG_A0] ?? 0) !== 0) throw einval(`a0 must be the vCPU id ${vcpu}`);
    this.hv.bootVcpu(domid, vcpu, { entry: ctx.pc, arg: ctx.regs[REG_A1] ?? 0 });
  }

  private watch(req: pb.DomctlServiceWatchEventsRequest, call: ServerStreamCall<pb.DomctlServiceWatchEventsResponse.$Properties>): Promise<void> {
    const watcher: Watcher = { console: req.console, evtchn: req.evtchn, send: (m) => call.send(m) };
    this.watchers.add(watcher);
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.watchers.delete(watcher);
        resolve();
      };
      if (call.signal.aborted) done();
      else call.signal.addEventListener('abort', done, { once: true });
    });
  }

  // ---- the core's feeds -----------------------------------------------------------------------

  /** Called by the core inside the simulation step: only queue messages here. */
  private domainEvent(e: DomainStateEvent): void {
    this.logLine(`(XEN) [${formatTime(e.time)}] d${e.domid}: ${stateLine(e)}\n`);
    const reason = e.kind === 'crashed' ? SHUTDOWN_crash : e.reason;
    if (this.watchers.size === 0) return;
    this.broadcast({ timeNs: e.time, type: EVENT_TYPES[e.kind], domid: e.domid, ...(reason !== undefined ? { shutdownReason: reason + 1 } : {}) }, () => true);
  }

  /** Appends a line to the hypervisor log, encoded in a scratch buffer (the journal copies it). */
  private logLine(text: string): void {
    if (text.length * 3 > LOG_LINE.length) {
      this.xenLog.append(Buffer.from(text));
      return;
    }
    this.xenLog.append(LOG_LINE.subarray(0, LOG_LINE.write(text)));
  }

  /** A host-kernel domain (dom0) got an event: collect its pending ports once the step is over. */
  private hostEvent(): void {
    if (this.hostEventsQueued) return;
    this.hostEventsQueued = true;
    queueMicrotask(() => {
      this.hostEventsQueued = false;
      for (const port of this.hv.takeEvents(0)) {
        this.broadcast({ timeNs: this.hv.now(), type: pb.DomainEventType.DOMAIN_EVENT_TYPE_EVTCHN, domid: 0, port }, (w) => w.evtchn);
      }
    });
  }

  private broadcast(event: pb.DomainEvent.$Properties, wants: (w: Watcher) => boolean): void {
    for (const w of this.watchers) if (wants(w)) w.send({ event });
  }

  // ---- plumbing -------------------------------------------------------------------------------

  private domainInfo(d: DomainInfo): pb.DomainInfo.$Properties {
    return {
      domid: d.domid,
      dying: d.flags.dying,
      crashed: d.flags.crashed,
      shutdown: d.flags.shutdown || d.flags.crashed,
      paused: d.flags.paused,
      blocked: d.flags.blocked,
      running: d.flags.running,
      hvm: d.type === 'hvm',
      privileged: d.privileged,
      shutdownReason: d.shutdownReason === null ? pb.ShutdownReason.SHUTDOWN_REASON_UNSPECIFIED : d.shutdownReason + 1,
      totPages: d.totPages,
      maxPages: d.maxPages,
      sharedInfoFrame: d.sharedInfoGfn >= 0 ? d.sharedInfoGfn : 0,
      cpuTimeNs: d.cpuTimeNs,
      nrOnlineVcpus: d.onlineVcpus,
      maxVcpuId: d.maxVcpus - 1,
      ssidref: d.ssidref,
      handle: d.handle,
      targetPages: d.targetPages,
    };
  }

  /**
   * Every handler's HypervisorError becomes its errno status; activity is reported once the
   * handler is done. A handler that answers at once is answered at once (no promise per call).
   */
  private translated(impl: DomctlImplementation): DomctlImplementation {
    const wrapped: Record<string, unknown> = {};
    const failed = (err: unknown): never => {
      this.onActivity();
      if (err instanceof HypervisorError) throw new RpcError(statusCodeFromXenErrno(err.errno), err.message);
      throw err;
    };
    for (const [name, handler] of Object.entries(impl) as Array<[string, (req: unknown, ctx: unknown) => unknown]>) {
      wrapped[name] = (req: unknown, ctx: unknown) => {
        let result: unknown;
        try {
          result = handler(req, ctx);
        } catch (err) {
          return failed(err);
        }
        if (result instanceof Promise) {
          return result.then((value: unknown) => {
            this.onActivity();
            return value;
          }, failed);
        }
        this.onActivity();
        return result;
      };
    }
    return wrapped as DomctlImplementation;
  }
}

const EVENT_TYPES: Record<DomainStateEvent['kind'], pb.DomainEventType> = {
  created: pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED,
  paused: pb.DomainEventType.DOMAIN_EVENT_TYPE_PAUSED,
  unpaused: pb.DomainEventType.DOMAIN_EVENT_TYPE_UNPAUSED,
  shutdown: pb.DomainEventType.DOMAIN_EVENT_TYPE_SHUTDOWN,
  crashed: pb.DomainEventType.DOMAIN_EVENT_TYPE_SHUTDOWN,
  destroyed: pb.DomainEventType.DOMAIN_EVENT_TYPE_DESTROYED,
};

/** The hypervisor log's words for a state change. */
function stateLine(e: DomainStateEvent): string {
  switch (e.kind) {
    case 'shutdown':
      return `shut down (${e.reason !== undefined ? SHUTDOWN_REASON_NAMES[e.reason] ?? `reason ${e.reason}` : ''})`;
    case 'crashed':
      return e.cause ? `crashed: ${e.cause}` : 'crashed';
    default:
      return e.kind;
  }
}

function einval(message: string): RpcError {
  return new RpcError(StatusCode.STATUS_CODE_EINVAL, message);
}

/** Seconds with microseconds, as Xen's console timestamps. */
function formatTime(ns: number): string {
  return (ns / 1e9).toFixed(6).padStart(12, ' ');
}

/** The version of this hvsim build (the hypervisor package's). */
export function hvsimVersion(): string {
  try {
    const file = require.resolve('@hvsim/hypervisor/package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The bytes a GrantCopy request's segments cover; RpcError for a malformed request. */
function grantCopyLength(segments: readonly pb.IGrantSegment[]): number {
  if (segments.length > GRANT_COPY_MAX_SEGMENTS) throw new RpcError(StatusCode.STATUS_CODE_E2BIG, `at most ${GRANT_COPY_MAX_SEGMENTS} segments per grant copy, got ${segments.length}`);
  let total = 0;
  for (const s of segments) {
    if ((s.length ?? 0) > 4096) throw einval(`grant copy segment of ${String(s.length)} bytes is longer than a page`);
    total += s.length ?? 0;
  }
  return total;
}
