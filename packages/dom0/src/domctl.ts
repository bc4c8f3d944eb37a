/**
 * dom0's side of the privileged control channel: typed calls on DomctlService (Xen's
 * domctl/sysctl), each counted by the cost model. Everything dom0 does to the core goes
 * through here, so the core could live in another thread or process.
 */
import { ClientStream, DEFAULT_MAX_FRAME_BYTES, DomctlService, RpcClient, pb } from '@hvsim/control';
import type { UnaryMethod } from '@hvsim/control';
import { CostMeter } from './cost-model';

export type DomainInfo = pb.DomainInfo;
export type Physinfo = pb.Physinfo;
export type VcpuInfo = pb.VcpuInfo;
export type DomainEvent = pb.DomainEvent;

/** One range of a batched guest-memory write. */
export interface GuestMemoryWrite {
  gpa: number;
  data: Uint8Array;
}

/** A byte range of a page `domid` granted to dom0 as grant `ref`. */
export interface GrantSegment {
  domid: number;
  ref: number;
  offset: number;
  length: number;
}


/** ReadGuestMemory's limit per call. */
export const MAX_READ_BYTES = 1 << 20;
/** What the builder writes per WriteGuestMemory call (bounded frames on the channel). */
export const MAX_WRITE_BYTES = 1 << 20;
/** ReadGuestPages's limit per call (gfns). */
export const MAX_READ_PAGES = 512;
/** The most bytes one call's bytes field may carry (a migration chunk, a save image in an
 *  answer): a control frame less a kibibyte for the Frame envelope (request id, kind, the
 *  method's name) and the message's other fields, under 100 bytes for these calls. */
export const MAX_CALL_BYTES = DEFAULT_MAX_FRAME_BYTES - 1024;

/** A log-dirty bitmap and stats (ShadowOp CLEAN / PEEK). */
export interface DirtyLog {
  /** Bit (i & 7) of byte (i >> 3) is gfn firstGfn + i. */
  bitmap: Uint8Array;
  firstGfn: number;
  pages: number;
  faultCount: number;
  dirtyCount: number;
}

/** A page batch: per gfn asked its pb.GuestPageKind, and the RAM pages' bytes in order. */
export interface GuestPages {
  kinds: pb.GuestPageKind[];
  data: Uint8Array;
}

export class Domctl {
  constructor(private readonly rpc: RpcClient, private readonly cost: CostMeter) {}

  private call<ReqIn, ReqOut, ResIn, ResOut>(method: UnaryMethod<ReqIn, ReqOut, ResIn, ResOut>, request: ReqIn): Promise<ResOut> {
    this.cost.charge('domctlCall');
    return this.rpc.call(method, request);
  }

  async createDomain(request: pb.DomctlServiceCreateDomainRequest.$Properties): Promise<number> {
    return (await this.call(DomctlService.CreateDomain, request)).domid;
  }

  async destroyDomain(domid: number): Promise<void> {
    await this.call(DomctlService.DestroyDomain, { domid });
  }

  async pauseDomain(domid: number): Promise<void> {
    await this.call(DomctlService.PauseDomain, { domid });
  }

  async unpauseDomain(domid: number): Promise<void> {
    await this.call(DomctlService.UnpauseDomain, { domid });
  }

  async shutdownDomain(domid: number, reason: pb.ShutdownReason): Promise<void> {
    await this.call(DomctlService.ShutdownDomain, { domid, reason });
  }

  async getDomainInfo(domid: number): Promise<DomainInfo> {
    return requireField((await this.call(DomctlService.GetDomainInfo, { domid })).info, 'GetDomainInfo', 'info');
  }

  async listDomains(): Promise<DomainInfo[]> {
    return (await this.call(DomctlService.ListDomains, {})).domains;
  }

  async setMaxMem(domid: number, maxMemoryKb: number): Promise<void> {
    await this.call(DomctlService.SetMaxMem, { domid, maxMemoryKb });
  }

  async setMemoryTarget(domid: number, targetKb: number): Promise<void> {
    await this.call(DomctlService.SetMemoryTarget, { domid, targetKb });
  }

  async setVcpuAffinity(domid: number, vcpu: number, hardAffinity: number[]): Promise<number[]> {
    return (await this.call(DomctlService.SetVcpuAffinity, { domid, vcpu, hardAffinity })).hardAffinity;
  }

  async getVcpuInfo(domid: number): Promise<VcpuInfo[]> {
    return (await this.call(DomctlService.GetVcpuInfo, { domid })).vcpus;
  }

  async schedCreditGet(domid: number): Promise<pb.SchedCreditParams> {
    return requireField((await this.call(DomctlService.SchedCreditGet, { domid })).params, 'SchedCreditGet', 'params');
  }

  async schedCreditSet(domid: number, params: { weight?: number; cap?: number }): Promise<pb.SchedCreditParams> {
    return requireField((await this.call(DomctlService.SchedCreditSet, { domid, ...params })).params, 'SchedCreditSet', 'params');
  }

  async writeGuestMemory(domid: number, gpa: number, data: Uint8Array): Promise<void> {
    await this.call(DomctlService.WriteGuestMemory, { domid, gpa, data });
  }

  /** Several writes in one call, made in order (the first that fails ends it). */
  async writeGuestMemoryAll(domid: number, writes: readonly GuestMemoryWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const [first, ...more] = writes;
    await this.call(DomctlService.WriteGuestMemory, { domid, gpa: first.gpa, data: first.data, more });
  }

  async readGuestMemory(domid: number, gpa: number, length: number): Promise<Uint8Array> {
    return (await this.call(DomctlService.ReadGuestMemory, { domid, gpa, length })).data;
  }

  /** XEN_DOMCTL_shadow_op's log-dirty sub-ops on a guest domain (see the .proto). */
  async shadowOp(domid: number, op: pb.ShadowOp): Promise<DirtyLog> {
    const r = await this.call(DomctlService.ShadowOp, { domid, op });
    return { bitmap: r.bitmap, firstGfn: Number(r.firstGfn), pages: r.pages, faultCount: r.faultCount, dirtyCount: r.dirtyCount };
  }

  /** At most MAX_READ_PAGES absolute gfns' kinds and RAM contents in one call. */
  async readGuestPages(domid: number, gfns: readonly number[]): Promise<GuestPages> {
    const r = await this.call(DomctlService.ReadGuestPages, { domid, gfns: [...gfns] });
    return { kinds: r.kinds, data: r.data };
  }

  /** GNTTABOP_copy from pages granted to dom0: a GNTST_* per segment, and the bytes of the
   *  segments that succeeded, concatenated in order. */
  async grantCopyFromGuest(segments: readonly GrantSegment[]): Promise<{ status: number[]; data: Uint8Array }> {
    const r = await this.call(DomctlService.GrantCopyFromGuest, { segments: [...segments] });
    return { status: r.status, data: r.data };
  }

  /** GNTTABOP_copy into pages granted to dom0 (`data` is every segment's bytes in order); a GNTST_* per segment. */
  async grantCopyToGuest(segments: readonly GrantSegment[], data: Uint8Array): Promise<number[]> {
    return (await this.call(DomctlService.GrantCopyToGuest, { segments: [...segments], data })).status;
  }

  /** GrantCopy: packed ops in both directions (devices/grant-copy-batch.ts builds them), then
   *  an event on each of `notify`; a GNTST_* per op and the bytes of the ops out of guests. */
  async grantCopy(ops: Uint8Array, data: Uint8Array, notify: readonly number[]): Promise<{ status: Uint8Array; data: Uint8Array }> {
    const r = await this.call(DomctlService.GrantCopy, { ops, data, notify: notify as number[] });
    return { status: r.status, data: r.data };
  }

  async setVcpuContext(domid: number, vcpu: number, context: pb.VcpuContext.$Properties): Promise<void> {
    await this.call(DomctlService.SetVcpuContext, { domid, vcpu, context });
  }

  async getVcpuContext(domid: number, vcpu: number): Promise<pb.VcpuContext> {
    return requireField((await this.call(DomctlService.GetVcpuContext, { domid, vcpu })).context, 'GetVcpuContext', 'context');
  }

  async setHvmParam(domid: number, index: number, value: number): Promise<void> {
    await this.call(DomctlService.SetHvmParam, { domid, index, value });
  }

  async evtchnAllocUnbound(dom: number, remoteDom: number): Promise<number> {
    return (await this.call(DomctlService.EvtchnAllocUnbound, { dom, remoteDom })).port;
  }

  /** EVTCHNOP_bind_interdomain for dom0: a new dom0 port bound to `remotePort`, which
   *  `remoteDom` left unbound for dom0. Events on it arrive as WatchEvents EVTCHN. */
  async evtchnBindInterdomain(remoteDom: number, remotePort: number): Promise<number> {
    return (await this.call(DomctlService.EvtchnBindInterdomain, { remoteDom, remotePort })).localPort;
  }

  /** EVTCHNOP_send from one of dom0's ports. */
  async evtchnSend(port: number): Promise<void> {
    await this.call(DomctlService.EvtchnSend, { port });
  }

  /** EVTCHNOP_close of one of dom0's ports. */
  async evtchnClose(port: number): Promise<void> {
    await this.call(DomctlService.EvtchnClose, { port });
  }

  /** Every open port of a domain with its binding (save). */
  async evtchnList(domid: number): Promise<pb.EvtchnPort[]> {
    return (await this.call(DomctlService.EvtchnList, { domid })).ports;
  }

  /** Puts a saved binding back at its port (restore). */
  async evtchnRestore(domid: number, port: pb.EvtchnPort.$Properties): Promise<void> {
    await this.call(DomctlService.EvtchnRestore, { domid, port });
  }

  /** What the core keeps of a FIFO domain's event state outside its memory (save); null on two-level. */
  async getEvtchnFifo(domid: number): Promise<pb.EvtchnFifoState | null> {
    return (await this.call(DomctlService.GetEvtchnFifo, { domid })).state ?? null;
  }

  /** Moves a domain being restored to FIFO with its saved state (before its ports). */
  async setEvtchnFifo(domid: number, state: pb.IEvtchnFifoState): Promise<void> {
    await this.call(DomctlService.SetEvtchnFifo, { domid, state });
  }

  /** The domain's grant table: each frame's entries and where the guest sees it (save). */
  async getGrantTable(domid: number): Promise<pb.GrantFrame[]> {
    return (await this.call(DomctlService.GetGrantTable, { domid })).frames;
  }

  /** Gives a domain being restored its saved grant table. */
  async setGrantTable(domid: number, frames: pb.GrantFrame.$Properties[]): Promise<void> {
    await this.call(DomctlService.SetGrantTable, { domid, frames });
  }

  async consoleRead(domid: number, index: number, maxBytes = 0): Promise<pb.DomctlServiceConsoleReadResponse> {
    return this.call(DomctlService.ConsoleRead, { domid, index, maxBytes });
  }

  async physinfo(): Promise<Physinfo> {
    return requireField((await this.call(DomctlService.Physinfo, {})).physinfo, 'Physinfo', 'physinfo');
  }

  async getVersion(): Promise<pb.VersionInfo> {
    return requireField((await this.call(DomctlService.GetVersion, {})).version, 'GetVersion', 'version');
  }

  /** The core's event stream (domain state changes, console output available); runs until cancelled. */
  watchEvents(evtchn: boolean): ClientStream<pb.DomctlServiceWatchEventsResponse> {
    this.cost.charge('domctlCall');
    return this.rpc.stream(DomctlService.WatchEvents, { console: true, evtchn });
  }
}

function requireField<T>(value: T | null | undefined, method: string, field: string): T {
  if (value === null || value === undefined) throw new Error(`DomctlService.${method} answered without ${field}`);
  return value;
}
