/**
 * libxenguest's save/restore role (xc_domain_save / xc_domain_restore), done through
 * DomctlService: capture a paused domain into a save image, and build a paused domain back
 * from one. The toolstack decides what happens around it (pause, destroy, dom0's services).
 *
 * What travels: the config, every populated RAM page (zero pages as a list only), shared_info,
 * the grant table (so the grants frontends made still name the same pages after a restore and
 * dom0's backends reconnect to the rings the guest left), every vCPU's full context (hart state, timers, vcpu_info), the event channel table
 * (and, on the FIFO ABI, what the core keeps of its FIFO state outside the guest's pages), the
 * layout the builder chose (start_info, rings, their ports), scheduling parameters, and the
 * domain services' state. A vCPU context carries the guest's own time and its timer deadlines
 * on that clock, and the core continues the guest's time from there (a per-domain offset from
 * the machine's clock), so a restored guest's timers keep their distance whatever the clock of
 * the host it lands on says.
 */
import { HVSIM_GUEST_RAM_BASE, HVSIM_PAGE_SIZE, START_INFO } from '@hvsim/abi';
import { RpcError, StatusCode, decodeEvtchnFifoState, encodeEvtchnFifoState, pb } from '@hvsim/control';
import { CostMeter } from '../cost-model';
import { Domctl, MAX_READ_BYTES, MAX_WRITE_BYTES, type DomainInfo, type GuestMemoryWrite } from '../domctl';
import type { DomainServiceHooks } from '../platform';
import { announceHvmRings, type DomainLayout } from './domain-builder';
import type { BatchPage } from './migration-stream';
import { GfnRun, SaveMetadata, SavedPort, countPages, encodeSaveImage, toRuns, type SaveImage } from './save-image';
import { ToolstackError } from './toolstack-error';

const RAM_BASE_GFN = HVSIM_GUEST_RAM_BASE / HVSIM_PAGE_SIZE;
const PAGES_PER_READ = MAX_READ_BYTES / HVSIM_PAGE_SIZE;
const PAGES_PER_WRITE = MAX_WRITE_BYTES / HVSIM_PAGE_SIZE;
/** What the toolstack knows of the domain being saved. */
export interface CaptureRequest {
  domid: number;
  name: string;
  uuid: string;
  configText: string;
  configFile: string;
  layout: DomainLayout;
  nowNs: number;
  hooks: readonly DomainServiceHooks[];
}

/** Captures a paused domain as a save image. */
export async function captureDomain(domctl: Domctl, cost: CostMeter, req: CaptureRequest): Promise<Buffer> {
  const info = await domctl.getDomainInfo(req.domid);
  const populated: number[] = [];
  const data: number[] = [];
  const pages: Uint8Array[] = [];
  // shared_info and grant frames a guest placed in its RAM window are not RAM: carried apart.
  const notRam = new Set([Number(info.sharedInfoFrame), ...(await domctl.getGrantTable(req.domid)).map((f) => Number(f.gfn))]);
  await forEachPopulatedChunk(domctl, req.domid, memoryWindow(req.layout, info), notRam, (chunk) => {
    for (const p of chunk) {
      populated.push(p.gfn);
      if (p.data === null) continue;
      data.push(p.gfn);
      pages.push(p.data);
    }
  });
  cost.charge('builderPage', populated.length);
  return encodeSaveImage(await captureState(domctl, req, { populated: toRuns(populated), data: toRuns(data) }), pages);
}

/** Guest frames [first, first + count) the domain's RAM may occupy: its boot memory, or up to its maximum. */
export function memoryWindow(layout: DomainLayout, info: DomainInfo): { first: number; count: number } {
  return { first: RAM_BASE_GFN, count: Math.max(layout.nrPages, Number(info.maxPages)) };
}

/**
 * Everything of a paused domain but its memory's bytes (`memory` describes what travels
 * beside it): shared_info, the grant table, vCPU contexts, event channels, scheduling, dom0's
 * services' state.
 */
export async function captureState(domctl: Domctl, req: CaptureRequest, memory: SaveMetadata['memory']): Promise<SaveMetadata> {
  const { domid, layout } = req;
  const info = await domctl.getDomainInfo(domid);
  const sharedInfo = await domctl.readGuestMemory(domid, Number(info.sharedInfoFrame) * HVSIM_PAGE_SIZE, HVSIM_PAGE_SIZE);
  const grantTable = (await domctl.getGrantTable(domid)).map((f) => ({ gfn: Number(f.gfn), entries: Buffer.from(f.entries).toString('base64') }));
  const vcpus = [];
  for (const v of await domctl.getVcpuInfo(domid)) {
    const ctx = await domctl.getVcpuContext(domid, v.vcpu);
    vcpus.push({ hartState: Buffer.from(ctx.hartState).toString('base64'), affinity: [...v.hardAffinity] });
  }
  const evtchn: SavedPort[] = (await domctl.evtchnList(domid)).map((p) => ({
    port: p.port, status: p.status, vcpu: p.vcpu, remoteDom: p.remoteDom, remotePort: p.remotePort, virq: p.virq,
  }));
  const fifo = await domctl.getEvtchnFifo(domid);
  const sched = await domctl.schedCreditGet(domid);
  const services: Record<string, unknown> = {};
  for (const hook of req.hooks) {
    if (hook.stateKey !== undefined && hook.saveDomainState !== undefined) services[hook.stateKey] = hook.saveDomainState(domid);
  }
  return {
    name: req.name,
    uuid: req.uuid,
    config: req.configText,
    configFile: req.configFile,
    domid,
    savedAtNs: req.nowNs,
    layout: { ...layout },
    maxPages: Number(info.maxPages),
    targetPages: Number(info.targetPages),
    sched: { weight: sched.weight, cap: sched.cap },
    vcpus,
    evtchn,
    memory,
    sharedInfo: Buffer.from(sharedInfo).toString('base64'),
    services,
    grantTable,
    ...(fifo === null ? {} : { evtchnFifo: Buffer.from(encodeEvtchnFifoState(fifo)).toString('base64') }),
  };
}

/**
 * Every populated RAM page of the window, a megabyte per read, handed to `take` a read at a
 * time (pages of zeros without their bytes); a read that fails (a page the guest ballooned
 * out) is retried page by page. shared_info and grant frames (`notRam`) travel apart.
 */
export async function forEachPopulatedChunk(
  domctl: Domctl, domid: number, window: { first: number; count: number }, notRam: ReadonlySet<number>, take: (pages: BatchPage[]) => Promise<void> | void,
): Promise<void> {
  const end = window.first + window.count;
  for (let first = window.first; first < end; first += PAGES_PER_READ) {
    const count = Math.min(PAGES_PER_READ, end - first);
    const chunk = await readOrNull(domctl, domid, first, count);
    const pages: BatchPage[] = [];
    const add = (gfn: number, page: Uint8Array): void => {
      if (!notRam.has(gfn)) pages.push({ gfn, data: isZero(page) ? null : page });
    };
    if (chunk !== null) {
      for (let i = 0; i < count; i++) add(first + i, chunk.subarray(i * HVSIM_PAGE_SIZE, (i + 1) * HVSIM_PAGE_SIZE));
    } else {
      for (let gfn = first; gfn < first + count; gfn++) {
        const page = await readOrNull(domctl, domid, gfn, 1);
        if (page !== null) add(gfn, page);
      }
    }
    await take(pages);
  }
}

/** Whether a page holds only zeros (compared a word at a time where it is aligned). */
function isZero(page: Uint8Array): boolean {
  if (page.byteOffset % 4 === 0) {
    const words = new Uint32Array(page.buffer, page.byteOffset, page.length >>> 2);
    for (let i = 0; i < words.length; i++) if (words[i] !== 0) return false;
    return true;
  }
  return page.every((b) => b === 0);
}

async function readOrNull(domctl: Domctl, domid: number, gfn: number, count: number): Promise<Uint8Array | null> {
  try {
    return await domctl.readGuestMemory(domid, gfn * HVSIM_PAGE_SIZE, count * HVSIM_PAGE_SIZE);
  } catch (err) {
    if (err instanceof RpcError && err.code === StatusCode.STATUS_CODE_EFAULT) return null;
    throw err;
  }
}

/** A domain being built from a save image or a migration stream: what creating it takes. */
export interface ShellRequest {
  domid: number;
  handle: Uint8Array;
  type: 'pv' | 'hvm';
  vcpus: number;
  nrPages: number;
  maxPages: number;
  /** The domain's bound on its event-channel ports (its config's max_event_channels). */
  maxEvtchnPort: number;
}

/** Creates the paused, empty domain a restore or an incoming migration fills. */
export async function createShell(domctl: Domctl, req: ShellRequest): Promise<number> {
  return domctl.createDomain({
    domid: req.domid,
    type: req.type === 'hvm' ? pb.DomainType.DOMAIN_TYPE_HVM : pb.DomainType.DOMAIN_TYPE_PV,
    privileged: false,
    maxVcpus: req.vcpus,
    memoryKb: req.nrPages * 4,
    maxMemoryKb: Math.max(req.nrPages, req.maxPages) * 4,
    handle: req.handle,
    maxEvtchnPort: req.maxEvtchnPort,
  });
}

/** Writes a save image's memory into the (empty) domain built for it. */
export async function writeImageMemory(domctl: Domctl, cost: CostMeter, domid: number, { meta, pages }: SaveImage): Promise<void> {
  checkMemoryFits(meta.memory.populated, meta.layout.nrPages);
  for (const run of meta.memory.data) await writeRun(domctl, domid, run, pages);
  cost.charge('builderPage', countPages(meta.memory.populated));
}

/**
 * Gives a domain whose memory is in place the rest of its saved state: shared_info, the grant
 * table, start_info's domid, its FIFO event state, event channels at their saved ports (ports offered to dom0 come back
 * unbound, for dom0's services to bind again), scheduling, and last the vCPU contexts.
 */
export async function restoreState(domctl: Domctl, domid: number, meta: SaveMetadata, log: (line: string) => void): Promise<void> {
  const { layout } = meta;
  const info = await domctl.getDomainInfo(domid);
  await domctl.writeGuestMemory(domid, Number(info.sharedInfoFrame) * HVSIM_PAGE_SIZE, Buffer.from(meta.sharedInfo, 'base64'));
  await domctl.setGrantTable(domid, meta.grantTable.map((f) => ({ gfn: f.gfn, entries: Buffer.from(f.entries, 'base64') })));
  await patchStartInfoDomid(domctl, domid, layout.startInfoGfn, meta);
  if (meta.maxPages !== Math.max(layout.nrPages, meta.maxPages)) await domctl.setMaxMem(domid, meta.maxPages * 4);
  // FIFO first: its ports may lie beyond the two-level ABI's 4,096.
  if (meta.evtchnFifo !== undefined) await domctl.setEvtchnFifo(domid, decodeEvtchnFifoState(Buffer.from(meta.evtchnFifo, 'base64')));
  for (const p of meta.evtchn) {
    await domctl.evtchnRestore(domid, { ...p, status: p.status as pb.EvtchnStatus, remoteDom: p.remoteDom === meta.domid ? domid : p.remoteDom });
  }
  await announceHvmRings(domctl, domid, layout);
  await domctl.schedCreditSet(domid, meta.sched);
  for (let vcpu = 0; vcpu < meta.vcpus.length; vcpu++) {
    const saved = meta.vcpus[vcpu];
    if (saved.affinity.length > 0) {
      await domctl.setVcpuAffinity(domid, vcpu, saved.affinity).catch((err: Error) => log(`restore of ${meta.name}: vCPU ${vcpu} keeps the default affinity: ${err.message}`));
    }
    await domctl.setVcpuContext(domid, vcpu, { hartState: Buffer.from(saved.hartState, 'base64') });
  }
}

/** A restored domain starts with its boot memory; pages it had populated beyond that cannot be given back. */
function checkMemoryFits(populated: readonly GfnRun[], nrPages: number): void {
  for (const [first, count] of populated) {
    if (first < RAM_BASE_GFN || first + count > RAM_BASE_GFN + nrPages) {
      throw new ToolstackError('EINVAL', `memory: pages 0x${first.toString(16)}+${count} lie outside the domain's boot memory (${nrPages} pages); hvsim cannot restore them yet`);
    }
  }
}

async function writeRun(domctl: Domctl, domid: number, [first, count]: GfnRun, pages: Map<number, Uint8Array>): Promise<void> {
  for (let start = first; start < first + count; start += PAGES_PER_WRITE) {
    const n = Math.min(PAGES_PER_WRITE, first + count - start);
    // Pages that lie back to back (a save image keeps a run so) go as a view, not a copy.
    await domctl.writeGuestMemory(domid, start * HVSIM_PAGE_SIZE, joined(Array.from({ length: n }, (_, i) => pages.get(start + i)!)));
  }
}

/** hvsim's start_info carries the domid (Xen's does not): the restored guest reads its new one. */
async function patchStartInfoDomid(domctl: Domctl, domid: number, startInfoGfn: number, meta: SaveMetadata): Promise<void> {
  const populated = meta.memory.populated.some(([first, count]) => startInfoGfn >= first && startInfoGfn < first + count);
  if (!populated) return;
  const field = START_INFO.f.domid;
  const bytes = new Uint8Array(field.size);
  new DataView(bytes.buffer).setUint16(0, domid, true);
  await domctl.writeGuestMemory(domid, startInfoGfn * HVSIM_PAGE_SIZE + field.offset, bytes);
}

const ZERO_PAGE = new Uint8Array(HVSIM_PAGE_SIZE);

/**
 * Writes a migration stream's batch of pages into the domain being built, consecutive pages
 * as one write, all in one call. A zero page is written only over a page sent before
 * (`written`, a byte per page of boot memory): fresh frames are scrubbed already.
 */
export async function writePages(domctl: Domctl, domid: number, pages: readonly BatchPage[], written: Uint8Array): Promise<void> {
  const writes: GuestMemoryWrite[] = [];
  let run: { gfn: number; parts: Uint8Array[] } | null = null;
  const flush = (): void => {
    if (run !== null) writes.push({ gpa: run.gfn * HVSIM_PAGE_SIZE, data: joined(run.parts) });
    run = null;
  };
  for (const p of pages) {
    const index = p.gfn - RAM_BASE_GFN;
    if (index < 0 || index >= written.length) {
      throw new ToolstackError('EINVAL', `memory: page 0x${p.gfn.toString(16)} lies outside the domain's boot memory (${written.length} pages)`);
    }
    if (p.data === null && written[index] === 0) {
      flush();
      continue;
    }
    written[index] = 1;
    const data = p.data ?? ZERO_PAGE;
    if (run !== null && run.gfn + run.parts.length === p.gfn) run.parts.push(data);
    else {
      flush();
      run = { gfn: p.gfn, parts: [data] };
    }
  }
  flush();
  await domctl.writeGuestMemoryAll(domid, writes);
}

/**
 * The parts' bytes in one piece: a view when they lie back to back in one buffer (a PAGES
 * record's pages of consecutive gfns do), else a copy. The write copies them into its frame
 * anyway; a copy here would be one more, into fresh memory.
 */
function joined(parts: readonly Uint8Array[]): Uint8Array {
  const first = parts[0];
  let end = first.byteOffset + first.length;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    if (p.buffer !== first.buffer || p.byteOffset !== end) return Buffer.concat(parts);
    end += p.length;
  }
  return new Uint8Array(first.buffer, first.byteOffset, end - first.byteOffset);
}
