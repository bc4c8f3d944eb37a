/**
 * xl migrate's sending side: Xen's pre-copy (xc_domain_save's live loop; Clark et al., "Live
 * Migration of Virtual Machines", NSDI 2005). With log-dirty on, round 0 sends every populated
 * page while the domain runs; each later round sends the pages it dirtied meanwhile; after
 * MAX_LIVE_ROUNDS, or once fewer than FEW_DIRTY_PAGES are dirty, or when the domain dirties
 * pages at least as fast as they are sent, it is paused and the rest goes: the last dirty
 * pages, then its state (the save image's records) and the end record, on which the
 * destination commits and runs it. `--no-live` pauses first and sends everything once.
 *
 * The domain is in exactly one place: until the destination has answered that it committed,
 * any failure resumes the domain here (log-dirty off). Only when the connection was lost with
 * the end record in flight is the destination asked (resolve) which side runs it; when it
 * cannot say, the domain stays paused here rather than risk two running copies.
 */
import { HVSIM_GUEST_RAM_BASE, HVSIM_PAGE_SIZE } from '@hvsim/abi';
import { RpcError, StatusCode, largeFrames, pb, statusCodeName } from '@hvsim/control';
import { CostMeter } from '../cost-model';
import { Domctl, MAX_READ_PAGES } from '../domctl';
import type { VirtualClock } from '../platform';
import type { ChunkAnswer } from './migration-receiver';
import { StreamWriter, type MigrationLink } from './migration-chunks';
import { BatchPage, MAX_BATCH_PAGES, RecordType, type StreamHeader } from './migration-stream';
import { toRuns, type GfnRun } from './save-image';
import { VirtualSpan } from './virtual-span';
import { ToolstackError } from './toolstack-error';

/** Xen's defaults: at most 5 iterations before the last, paused one; stop early under 50 dirty pages. */
export const MAX_LIVE_ROUNDS = 5;
export const FEW_DIRTY_PAGES = 50;
const RAM_BASE_GFN = HVSIM_GUEST_RAM_BASE / HVSIM_PAGE_SIZE;

/** The link the stream goes over (migration-chunks.ts), as the toolstack's callers name it. */
export type { MigrationLink };

/** The domain being sent, as the toolstack lends it. */
export interface OutgoingDomain {
  domid: number;
  header: StreamHeader;
  /** Pauses it and takes in its console output. */
  pause(): Promise<void>;
  unpause(): Promise<void>;
  /** Its state once paused: a save image without page data; `populated` = the pages sent. */
  captureState(populated: GfnRun[]): Promise<Buffer>;
}

export interface MigrationProgress {
  round: number;
  pagesSent: number;
  pagesTotal: number;
  /** Pages dirtied during the previous round, per virtual second. */
  dirtyPagesPerS: number;
  bytes: number;
  paused: boolean;
}

export interface MigrationResult {
  /** The domain's domid at the destination (0 when only a resolve could tell it committed). */
  domid: number;
  pagesPerRound: number[];
  bytes: number;
  totalWallMs: number;
  downtimeVirtualNs: number;
  downtimeWallMs: number;
  live: boolean;
}

export interface MigrateOptions {
  live: boolean;
  onProgress?: (p: MigrationProgress) => void;
}

export async function migrateDomain(domctl: Domctl, cost: CostMeter, clock: VirtualClock, link: MigrationLink, dom: OutgoingDomain, opts: MigrateOptions): Promise<MigrationResult> {
  return new Precopy(domctl, cost, clock, link, dom, opts).run();
}

class Precopy {
  private readonly out: StreamWriter;
  private readonly window: { first: number; count: number };
  /** A byte per page of the window: sent at least once (the pages the destination holds). */
  private readonly populated: Uint8Array;
  private readonly pagesPerRound: number[] = [];
  private paused = false;
  private logDirty = false;
  /** Set when the destination's outcome is unknown: the domain must not run here. */
  private unknown = false;
  private dirtyRate = 0;
  private readonly startedWall = performance.now();
  private pausedWall = 0;
  private pausedVirtual: VirtualSpan | null = null;

  constructor(
    private readonly domctl: Domctl, private readonly cost: CostMeter, private readonly clock: VirtualClock,
    private readonly link: MigrationLink, private readonly dom: OutgoingDomain, private readonly opts: MigrateOptions,
  ) {
    this.out = new StreamWriter(link);
    const { nrPages, maxPages } = dom.header.domain;
    this.window = { first: RAM_BASE_GFN, count: Math.max(nrPages, maxPages) };
    this.populated = new Uint8Array(this.window.count);
  }

  async run(): Promise<MigrationResult> {
    let committed: ChunkAnswer | null = null;
    try {
      // The destination refuses in its answer to the header, before any page moves.
      this.out.records.header(this.dom.header);
      await this.out.flush();
      if (this.opts.live) {
        await this.domctl.shadowOp(this.dom.domid, pb.ShadowOp.SHADOW_OP_ENABLE_LOGDIRTY);
        this.logDirty = true;
      } else {
        await this.pause();
      }
      await this.rounds();
      const state = await this.dom.captureState(toRuns(this.sentGfns()));
      this.out.records.record(RecordType.STATE, state);
      await this.out.added();
      this.out.records.record(RecordType.END, Buffer.alloc(0));
      await this.out.added();
      const sourceDowntimeNs = this.pausedVirtual!.elapsedNs();
      committed = await this.commit();
      return {
        domid: committed.domid,
        pagesPerRound: this.pagesPerRound,
        bytes: this.out.bytes,
        totalWallMs: performance.now() - this.startedWall,
        downtimeVirtualNs: sourceDowntimeNs + committed.resumeVirtualNs,
        downtimeWallMs: performance.now() - this.pausedWall,
        live: this.opts.live,
      };
    } finally {
      if (committed === null) await this.runOnHere();
    }
  }

  /** Round 0: every page of the window; then the dirty pages, until it is time to pause. */
  private async rounds(): Promise<void> {
    let gfns: number[] | null = null;
    for (let round = 0; ; round++) {
      const startNs = this.clock.now();
      const sent = await this.sendRound(round, gfns);
      if (this.paused) return;
      const dirty = await this.dirtyPages();
      this.dirtyRate = dirty.length / Math.max(1e-9, (this.clock.now() - startNs) / 1e9);
      const last = round + 1 >= MAX_LIVE_ROUNDS || dirty.length < FEW_DIRTY_PAGES || dirty.length >= sent;
      if (last) {
        await this.pause();
        const more = await this.dirtyPages();
        gfns = [...new Set([...dirty, ...more])].sort((a, b) => a - b);
      } else {
        gfns = dirty;
      }
    }
  }

  /** Sends one round's pages (null = the whole window) in batches; returns how many were sent. */
  private async sendRound(round: number, gfns: number[] | null): Promise<number> {
    const total = gfns?.length ?? this.window.count;
    let examined = 0;
    let sent = 0;
    while (examined < total) {
      const n = Math.min(MAX_READ_PAGES, total - examined);
      const batch = gfns !== null ? gfns.slice(examined, examined + n) : Array.from({ length: n }, (_, i) => this.window.first + examined + i);
      const costBefore = this.cost.totals().totalNs;
      const pages = await this.sendPages(batch);
      this.cost.charge('builderPage', pages);
      if (!this.paused) await this.keepPace(this.cost.totals().totalNs - costBefore);
      examined += n;
      sent += pages;
      this.opts.onProgress?.({ round, pagesSent: examined, pagesTotal: total, dirtyPagesPerS: this.dirtyRate, bytes: this.out.bytes, paused: this.paused });
    }
    // The paused round's pages go with the state records, in one chunk where they fit.
    if (!this.paused) await this.out.flush();
    this.pagesPerRound.push(sent);
    return sent;
  }

  /**
   * dom0 copies at the pace its work takes in virtual time (the cost model), while the domain
   * runs on: without this, dom0's calls, which answer at once, would copy a round in no virtual
   * time at all and the domain could dirty nothing meanwhile.
   */
  private keepPace(ns: number): Promise<void> {
    return ns > 0 ? new Promise((resolve) => this.clock.setTimer(ns, resolve)) : Promise.resolve();
  }

  /** Reads the domain's RAM pages among `gfns` and lays them into the stream; returns how many there were. */
  private async sendPages(gfns: number[]): Promise<number> {
    const { kinds, data } = await this.domctl.readGuestPages(this.dom.domid, gfns);
    try {
      const pages = this.ramPages(gfns, kinds, data);
      for (let i = 0; i < pages.length; i += MAX_BATCH_PAGES) {
        this.out.records.pages(pages.slice(i, i + MAX_BATCH_PAGES));
        await this.out.added();
      }
      return pages.length;
    } finally {
      // The pages are in the stream's own memory now, and `data` (a view of the answer's
      // frame) goes no further than this function: the frame may carry the next read.
      largeFrames.release(data);
    }
  }

  /** The RAM pages among `gfns` (absent ones skipped), zeros without their bytes: views of `data`. */
  private ramPages(gfns: number[], kinds: readonly pb.GuestPageKind[], data: Uint8Array): BatchPage[] {
    const pages: BatchPage[] = [];
    let off = 0;
    gfns.forEach((gfn, i) => {
      if (kinds[i] === pb.GuestPageKind.GUEST_PAGE_KIND_ABSENT) return;
      this.populated[gfn - this.window.first] = 1;
      if (kinds[i] === pb.GuestPageKind.GUEST_PAGE_KIND_ZERO) {
        pages.push({ gfn, data: null });
        return;
      }
      pages.push({ gfn, data: data.subarray(off, off + HVSIM_PAGE_SIZE) });
      off += HVSIM_PAGE_SIZE;
    });
    return pages;
  }

  /** CLEAN: the window's pages written since the last one, ascending. */
  private async dirtyPages(): Promise<number[]> {
    const r = await this.domctl.shadowOp(this.dom.domid, pb.ShadowOp.SHADOW_OP_CLEAN);
    const base = Number(r.firstGfn);
    const gfns: number[] = [];
    const { bitmap } = r;
    for (let byte = 0; byte < bitmap.length; byte++) {
      const bits = bitmap[byte];
      if (bits === 0) continue;
      for (let bit = 0; bit < 8; bit++) {
        if ((bits & (1 << bit)) === 0) continue;
        const gfn = base + byte * 8 + bit;
        if (gfn >= this.window.first && gfn < this.window.first + this.window.count) gfns.push(gfn);
      }
    }
    return gfns;
  }

  private sentGfns(): number[] {
    const gfns: number[] = [];
    this.populated.forEach((sent, i) => {
      if (sent !== 0) gfns.push(this.window.first + i);
    });
    return gfns;
  }

  private async pause(): Promise<void> {
    this.pausedVirtual = new VirtualSpan(this.clock, this.cost);
    this.pausedWall = performance.now();
    await this.dom.pause();
    this.paused = true;
  }

  /**
   * Sends what is left (ending with the end record) and returns the destination's commit. A
   * connection lost meanwhile leaves the outcome to the destination's word (resolve).
   */
  private async commit(): Promise<ChunkAnswer> {
    let answer: ChunkAnswer | null;
    try {
      answer = await this.out.flush();
    } catch (err) {
      if (!(err instanceof RpcError) || (err.code !== StatusCode.STATUS_CODE_UNAVAILABLE && err.code !== StatusCode.STATUS_CODE_ETIMEDOUT)) throw err;
      const there = await this.link.resolve();
      if (there === true) return { domid: 0, committed: true, resumeVirtualNs: 0 };
      if (there === null) {
        this.unknown = true;
        throw new ToolstackError(statusCodeName(err.code), `${err.message}; the destination cannot say whether it runs the domain, so it stays paused here (unpause it once the destination is known not to run it)`);
      }
      throw err;
    }
    if (answer === null || !answer.committed) throw new ToolstackError('EINVAL', 'the destination did not commit the domain at the end of the stream');
    return answer;
  }

  /** The migration failed before the destination committed: the domain goes on here. */
  private async runOnHere(): Promise<void> {
    if (this.logDirty) await this.domctl.shadowOp(this.dom.domid, pb.ShadowOp.SHADOW_OP_OFF).catch(() => undefined);
    if (this.paused && !this.unknown) await this.dom.unpause().catch(() => undefined);
  }
}
