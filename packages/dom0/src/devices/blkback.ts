/**
 * blkback: one virtual block device's backend in dom0, serving a raw image to a guest's
 * blkfront over a blkif ring. It reaches the guest's pages only through grant copies
 * (DomctlService GrantCopyFromGuest / GrantCopyToGuest): the ring page by its ring-ref, data
 * pages by the segments' grant references.
 *
 * Handshake (backend-device.ts): the backend writes its features (sectors, sector-size,
 * info...) and goes InitWait; the frontend publishes ring-ref, event-channel and protocol and
 * goes Initialised; the backend binds the event channel and goes Connected.
 *
 * Requests: READ, WRITE (up to 11 segments; up to MAX_INDIRECT_SEGMENTS through INDIRECT, whose
 * segments are listed in pages the guest grants), FLUSH_DISKCACHE (an fsync: once it completes,
 * every write completed before it is on disk), DISCARD (a hole punched in the image where the
 * host's file system can, zeros written where it cannot: punch-hole.ts). Others get BLKIF_RSP_EOPNOTSUPP. A bad request (bad grant, sectors
 * past the end, a bad segment count, a write to a read-only disk) gets BLKIF_RSP_ERROR; a
 * ring whose producer is more than a ring ahead is corrupt beyond recovery and the device
 * goes Closing. Nothing a guest writes can raise an exception out of here.
 *
 * Time: file I/O is asynchronous (fs/promises), so a slow disk stalls neither the event loop
 * nor other domains; a read that continues the last one finds its bytes read ahead
 * (readahead.ts). Responses are published no earlier than a modelled service time after
 * the requests were taken (BLK_REQUEST_NS + BLK_BYTE_NS per byte, in virtual time) and
 * never before the host's I/O has completed: when the host keeps up with the model — the
 * normal case — a run's virtual timeline does not depend on the host's disk.
 */
import type { FileHandle } from 'node:fs/promises';
import {
  BLKIF_OP_DISCARD, BLKIF_OP_FLUSH_DISKCACHE, BLKIF_OP_INDIRECT, BLKIF_OP_READ, BLKIF_OP_WRITE, BLKIF_RSP_EOPNOTSUPP, BLKIF_RSP_ERROR,
  BLKIF_RSP_OKAY, HVSIM_BLKIF_SECTOR_BYTES, VDISK_READONLY, XEN_IO_PROTO_ABI_ARM, XenbusStateConnected,
} from '@hvsim/abi';
import type { DiskSpec } from '../config/disk-spec';
import type { Domctl } from '../domctl';
import { GrantCopyBatch } from './grant-copy-batch';
import { Readahead } from './readahead';
import { RingWorker } from '../rings/ring-worker';
import { BackendDevice, type BackendDeviceOptions } from './backend-device';
import { pendingRequests } from './shared-ring';
import {
  MAX_INDIRECT_SEGMENTS, REQ_EVENT, REQ_PROD, RESPONSE_BYTES, RING_SIZE, RSP_PROD, SEGMENTS_PER_INDIRECT_PAGE,
  readIndirectSegments, readRequest, segmentProblem, slotOffset, type BlkifRequest,
} from './blkif-ring';
import { vbdBackendPath, vbdFrontendPath } from './vbd-entries';
import type { HostIo } from '../files/host-io';
import { discardRange } from './punch-hole';
import { groupLength, serveRwGroup, type RwGroupContext, type RwRequest, type Served } from './blk-rw-group';

/** Modelled service time per request and per byte moved (virtual ns). */
export const BLK_REQUEST_NS = 10_000;
export const BLK_BYTE_NS = 1;
const SECTOR = HVSIM_BLKIF_SECTOR_BYTES;
const PAGE = 4096;

/** xentop's VBD_* counters for one device. */
export interface VbdStats {
  rdReq: number;
  wrReq: number;
  ooReq: number;
  flReq: number;
  dsReq: number;
  rdSect: number;
  wrSect: number;
  errors: number;
}

export interface BlkbackOptions extends BackendDeviceOptions {
  domctl: Domctl;
  disk: DiskSpec;
  /** The image, open for reading (and writing unless the disk is read-only). */
  file: FileHandle;
  sectors: number;
  /** Where the backend's file I/O is accounted (dom0's HostIo). */
  hostIo: HostIo;
  /** Why writes to the image (its target, as the config names it) are refused now, or null;
   *  may answer later (a cluster host asking etcd for the disk's lock). Asked before every
   *  write, flush and discard. */
  writeFence?: (target: string) => string | null | Promise<string | null>;
}

/** A READ or WRITE to serve in a group (rather than a request answered already, or another op). */
function isRw(r: RwRequest | Served | null): r is RwRequest {
  return r !== null && 'req' in r;
}

export class Blkback extends BackendDevice {
  readonly stats: VbdStats = { rdReq: 0, wrReq: 0, ooReq: 0, flReq: 0, dsReq: 0, rdSect: 0, wrSect: 0, errors: 0 };
  private ring: { ref: number; localPort: number } | null = null;
  private reqCons = 0;
  private rspProd = 0;
  private readonly worker: RingWorker;
  /** The pass's grant copies, one batch at a time (requests are served one after another). */
  private readonly batch: GrantCopyBatch;
  private readonly readahead: Readahead;
  /** What a group of READs / WRITEs is served with. */
  private readonly rwGroup: RwGroupContext;

  constructor(private readonly o: BlkbackOptions) {
    super(o, 'vbd', o.disk.devid, vbdBackendPath(o.domid, o.disk.devid), vbdFrontendPath(o.domid, o.disk.devid));
    this.worker = new RingWorker(() => this.pass(), (err) => this.fail(`ring: ${(err as Error).message}`), () => o.clock.now());
    this.batch = new GrantCopyBatch(o.domctl, o.domid);
    this.readahead = new Readahead(o.file, o.sectors * SECTOR);
    this.rwGroup = {
      file: o.file, readahead: this.readahead, batch: this.batch, sectors: o.sectors, writable: o.disk.access === 'rw',
      fenced: () => this.fenced(),
      refuse: (status) => this.refuse(status),
      count: (write, sectors) => {
        if (write) {
          this.stats.wrReq++;
          this.stats.wrSect += sectors;
        } else {
          this.stats.rdReq++;
          this.stats.rdSect += sectors;
        }
      },
    };
  }

  /** dom0's port for the ring's event channel, once connected. */
  get localPort(): number | null {
    return this.ring?.localPort ?? null;
  }

  /** Publishes the features, goes InitWait and follows the frontend. */
  start(): void {
    const { disk, sectors } = this.o;
    const writable = disk.access === 'rw';
    this.write('feature-flush-cache', '1');
    this.write('feature-max-indirect-segments', String(MAX_INDIRECT_SEGMENTS));
    this.write('feature-discard', writable ? '1' : '0');
    if (writable) {
      this.write('discard-granularity', String(SECTOR));
      this.write('discard-alignment', '0');
      this.write('discard-secure', '0');
    }
    this.write('sector-size', String(SECTOR));
    this.write('physical-sector-size', String(SECTOR));
    this.write('sectors', String(sectors));
    this.write('info', String(writable ? 0 : VDISK_READONLY));
    this.follow();
  }

  /** An event on dom0's end of the ring's channel. */
  kick(): void {
    void this.worker.kick();
  }

  /** Serves what the (paused) frontend left on the ring; resolves once it is answered. */
  async quiesce(): Promise<void> {
    if (this.ring !== null) await this.worker.flush().catch(() => undefined);
  }

  // ---- handshake ----

  protected connected(): boolean {
    return this.ring !== null;
  }

  protected countError(): void {
    this.stats.errors++;
  }

  protected async connect(): Promise<void> {
    const ref = this.frontendInt('ring-ref');
    const port = this.frontendInt('event-channel');
    const protocol = this.frontendText('protocol') ?? XEN_IO_PROTO_ABI_ARM;
    if (ref === null || port === null) return this.fail('the frontend published no valid ring-ref / event-channel');
    if (protocol !== XEN_IO_PROTO_ABI_ARM) return this.fail(`protocol ${JSON.stringify(protocol)} is not supported (only ${XEN_IO_PROTO_ABI_ARM})`);
    const probe = await this.o.domctl.grantCopyFromGuest([{ domid: this.o.domid, ref, offset: 0, length: 16 }]);
    if (probe.status[0] !== 0) return this.fail(`ring-ref ${ref} is not a page granted to dom0 (GNTST ${probe.status[0]})`);
    const header = new DataView(probe.data.buffer, probe.data.byteOffset, 16);
    let localPort: number;
    try {
      localPort = await this.o.domctl.evtchnBindInterdomain(this.o.domid, port);
    } catch (err) {
      return this.fail(`event-channel ${port}: ${(err as Error).message}`);
    }
    // A reconnecting frontend may have left requests on the ring: start where it says.
    this.reqCons = header.getUint32(RSP_PROD, true);
    this.rspProd = this.reqCons;
    this.ring = { ref, localPort };
    this.switchState(XenbusStateConnected);
    this.kick();
  }

  protected async disconnect(): Promise<void> {
    const ring = this.ring;
    if (ring === null) return;
    this.ring = null;
    await this.worker.flush().catch(() => undefined);
    await this.o.domctl.evtchnClose(ring.localPort).catch(() => undefined);
  }

  protected dropRings(): void {
    const ring = this.ring;
    this.ring = null;
    if (ring !== null) void this.o.domctl.evtchnClose(ring.localPort).catch(() => undefined);
  }

  // ---- the ring ----

  private async pass(): Promise<void> {
    let ring = this.ring;
    let page = ring === null ? null : await this.readRing(ring);
    while (page !== null && ring !== null && this.ring === ring) {
      const prod = page.getUint32(REQ_PROD, true);
      const pending = pendingRequests(prod, this.reqCons, RING_SIZE);
      if (pending === null) return this.fail(`req_prod ${prod} is ${(prod - this.reqCons) >>> 0} requests ahead of req_cons ${this.reqCons} (ring of ${RING_SIZE})`);
      if (pending === 0) return;
      const takenAt = this.o.clock.now();
      const requests: BlkifRequest[] = [];
      for (let i = 0; i < pending; i++) requests.push(readRequest(page, this.reqCons + i));
      const served = await this.o.hostIo.track(this.serveAll(requests));
      let bytes = 0;
      // An indirect request is answered as its READ or WRITE, as Linux's blkback does.
      const responses = requests.map((req, i) => {
        bytes += served[i].bytes;
        return { id: req.id, op: req.operation === BLKIF_OP_INDIRECT ? req.indirectOp : req.operation, status: served[i].status };
      });
      this.reqCons = prod;
      await this.until(takenAt + pending * BLK_REQUEST_NS + bytes * BLK_BYTE_NS);
      if (this.ring !== ring) return;
      page = await this.publish(ring, responses);
      ring = this.ring;
    }
  }

  /** A snapshot of the ring page (valid until the batch runs again), or null once fail()ed. */
  private async readRing(ring: { ref: number }): Promise<DataView | null> {
    const b = this.batch;
    b.reset();
    b.from(ring.ref, 0, PAGE);
    await b.run();
    return this.ringSnapshot(ring, 0);
  }

  /** The batch's op `op`, a copy of the whole ring page, as a view; or null once fail()ed. */
  private ringSnapshot(ring: { ref: number }, op: number): DataView | null {
    const b = this.batch;
    const status = b.statusOf(op);
    if (status !== 0) {
      this.fail(`the ring page (ref ${ring.ref}) is no longer granted (GNTST ${status})`);
      return null;
    }
    return new DataView(b.answer.buffer, b.answer.byteOffset + b.answerOffset(op), PAGE);
  }

  /**
   * Responses into their slots, then rsp_prod and req_event (one past what we took: the
   * frontend notifies for the next request), then a look at the ring as it is now, then a
   * notification: one batch. The look is Xen's final check for requests
   * (RING_FINAL_CHECK_FOR_REQUESTS): a request the frontend put on the ring before it could
   * see the new req_event, and so did not notify, is in it. Returns it (see readRing).
   */
  private async publish(ring: { ref: number; localPort: number }, responses: Array<{ id: bigint; op: number; status: number }>): Promise<DataView | null> {
    const b = this.batch;
    b.reset();
    for (let i = 0; i < responses.length; i++) b.to(ring.ref, slotOffset(this.rspProd + i), RESPONSE_BYTES);
    const rsp = b.to(ring.ref, RSP_PROD, 4);
    const evt = b.to(ring.ref, REQ_EVENT, 4);
    const look = b.from(ring.ref, 0, PAGE);
    const view = new DataView(b.data.buffer, b.data.byteOffset, b.data.length);
    b.data.fill(0, 0, responses.length * RESPONSE_BYTES); // the padding, as a fresh blkif_response has
    responses.forEach((r, i) => {
      const at = i * RESPONSE_BYTES;
      view.setBigUint64(at, r.id, true);
      view.setUint8(at + 8, r.op);
      view.setInt16(at + 10, r.status, true);
    });
    this.rspProd = (this.rspProd + responses.length) >>> 0;
    view.setUint32(rsp, this.rspProd, true);
    view.setUint32(evt, (this.reqCons + 1) >>> 0, true);
    b.notifyOn(ring.localPort);
    await b.run();
    const bad = b.firstError(0, look);
    if (bad !== 0) {
      this.fail(`publishing responses failed (GNTST ${bad})`);
      return null;
    }
    return this.ringSnapshot(ring, look);
  }

  /**
   * The pass's requests, in ring order, each outcome in its place: runs of READs and WRITEs a
   * group at a time (blk-rw-group.ts), any other request by itself, after what came before it
   * has landed — so a FLUSH makes durable every write taken before it.
   */
  private async serveAll(requests: BlkifRequest[]): Promise<Served[]> {
    const out: Served[] = [];
    const rw = await this.readWriteRequests(requests);
    for (let i = 0; i < requests.length;) {
      const r = rw[i];
      if (!isRw(r)) {
        out.push(r ?? (await this.serve(requests[i])));
        i++;
        continue;
      }
      const list: RwRequest[] = [];
      for (let k = i; k < rw.length; k++) {
        const next = rw[k];
        if (!isRw(next)) break;
        list.push(next);
      }
      const group = list.slice(0, groupLength(list, 0));
      out.push(...(await serveRwGroup(this.rwGroup, group, (why) => this.o.log(`vbd ${this.o.domid}/${this.devid}: ${why}`))));
      i += group.length;
    }
    return out;
  }

  /**
   * Each request that is a READ or WRITE (direct, or indirect with its segment lists read —
   * all of the pass's lists in one grant copy batch), an indirect one refused as it stands, or
   * null for the others.
   */
  private async readWriteRequests(requests: BlkifRequest[]): Promise<Array<RwRequest | Served | null>> {
    const b = this.batch;
    b.reset();
    const out = requests.map((req): RwRequest | Served | null => {
      if (req.operation === BLKIF_OP_READ || req.operation === BLKIF_OP_WRITE) return { req, write: req.operation === BLKIF_OP_WRITE };
      if (req.operation !== BLKIF_OP_INDIRECT) return null;
      if (req.indirectOp !== BLKIF_OP_READ && req.indirectOp !== BLKIF_OP_WRITE) return this.refuse(BLKIF_RSP_ERROR);
      if (segmentProblem(req) !== null) return this.refuse(BLKIF_RSP_ERROR); // the count, before any page is read
      req.indirectGrefs.forEach((ref, i) => b.from(ref, 0, Math.min(req.nrSegments - i * SEGMENTS_PER_INDIRECT_PAGE, SEGMENTS_PER_INDIRECT_PAGE) * 8));
      return { req, write: req.indirectOp === BLKIF_OP_WRITE };
    });
    if (b.count === 0) return out;
    await b.run();
    // A request's lists are consecutive ops, and their bytes consecutive in the answer.
    let op = 0;
    return out.map((r) => {
      if (!isRw(r) || r.req.operation !== BLKIF_OP_INDIRECT) return r;
      const first = op;
      op += r.req.indirectGrefs.length;
      if (b.firstError(first, op) !== 0) return this.refuse(BLKIF_RSP_ERROR);
      const at = b.answerOffset(first);
      readIndirectSegments(r.req, b.answer.subarray(at, at + r.req.nrSegments * 8));
      return r;
    });
  }

  /** A request other than READ / WRITE: its status. Never throws. */
  private async serve(req: BlkifRequest): Promise<Served> {
    try {
      switch (req.operation) {
        case BLKIF_OP_FLUSH_DISKCACHE:
          if (await this.fenced()) return this.refuse(BLKIF_RSP_ERROR);
          this.stats.flReq++;
          await this.o.file.sync();
          return { status: BLKIF_RSP_OKAY, bytes: 0 };
        case BLKIF_OP_DISCARD:
          return await this.discard(req);
        default:
          return this.refuse(BLKIF_RSP_EOPNOTSUPP);
      }
    } catch (err) {
      this.o.log(`vbd ${this.o.domid}/${this.devid}: I/O error: ${(err as Error).message}`);
      return this.refuse(BLKIF_RSP_ERROR);
    }
  }

  /** The write fence is closed (logged, as an I/O error would be). */
  private async fenced(): Promise<boolean> {
    const why = (await this.o.writeFence?.(this.o.disk.target)) ?? null;
    if (why !== null) this.o.log(`vbd ${this.o.domid}/${this.devid}: write refused: ${why}`);
    return why !== null;
  }

  private refuse(status: number): Served {
    this.stats.errors++;
    return { status, bytes: 0 };
  }

  private inRange(sector: bigint, count: number): boolean {
    return sector + BigInt(count) <= BigInt(this.o.sectors);
  }

  private async discard(req: BlkifRequest): Promise<Served> {
    if (this.o.disk.access !== 'rw' || (await this.fenced()) || req.nrSectors > BigInt(this.o.sectors) || !this.inRange(req.sector, Number(req.nrSectors))) {
      return this.refuse(BLKIF_RSP_ERROR);
    }
    this.readahead.drop();
    await discardRange(this.o.file, Number(req.sector) * SECTOR, Number(req.nrSectors) * SECTOR);
    this.stats.dsReq++;
    return { status: BLKIF_RSP_OKAY, bytes: 0 };
  }
}
