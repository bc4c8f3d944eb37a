/**
 * blkback: one virtual block device's backend in dom0, serving a raw image to a guest's
 * blkfront over a blkif ring. It reaches the guest's pages only through grant copies
 * (DomctlService GrantCopyFromGuest / GrantCopyToGuest): the ring page by its ring-ref, data
 * pages by the segments' grant references.
 *
 * Handshake (XenbusState, io/xenbus.h): the backend writes its features and goes InitWait; the
 * frontend publishes ring-ref, event-channel and protocol and goes Initialised; the backend
 * binds the event channel, publishes sectors/sector-size/info and goes Connected. Frontend
 * Closing → backend Closing; frontend Closed → backend Closed (and InitWait again if the
 * frontend starts over, as after a restore).
 *
 * Requests: READ, WRITE (up to 11 segments), FLUSH_DISKCACHE (an fsync: once it completes,
 * every write completed before it is on disk), DISCARD (zeros written: Node has no
 * fallocate(PUNCH_HOLE)). Others get BLKIF_RSP_EOPNOTSUPP. A bad request (bad grant, sectors
 * past the end, a bad segment count, a write to a read-only disk) gets BLKIF_RSP_ERROR; a
 * ring whose producer is more than a ring ahead is corrupt beyond recovery and the device
 * goes Closing. Nothing a guest writes can raise an exception out of here.
 *
 * Time: file I/O is asynchronous (fs/promises), so a slow disk stalls neither the event loop
 * nor other domains. Responses are published no earlier than a modelled service time after
 * the requests were taken (BLK_REQUEST_NS + BLK_BYTE_NS per byte, in virtual time) and
 * never before the host's I/O has completed: when the host keeps up with the model — the
 * normal case — a run's virtual timeline does not depend on the host's disk.
 */
import type { FileHandle } from 'node:fs/promises';
import {
  BLKIF_OP_DISCARD, BLKIF_OP_FLUSH_DISKCACHE, BLKIF_OP_READ, BLKIF_OP_WRITE, BLKIF_RSP_EOPNOTSUPP, BLKIF_RSP_ERROR,
  BLKIF_RSP_OKAY, HVSIM_BLKIF_SECTOR_BYTES, VDISK_READONLY, XEN_IO_PROTO_ABI_ARM, XENBUS_STATE_NAMES,
  XenbusStateClosed, XenbusStateClosing, XenbusStateConnected, XenbusStateInitialised, XenbusStateInitialising,
  XenbusStateInitWait, XenbusStateUnknown,
} from '@hvsim/abi';
import type { DiskSpec } from '../config/disk-spec';
import type { Domctl, GrantSegment } from '../domctl';
import type { VirtualClock } from '../platform';
import { RingWorker } from '../services/ring-worker';
import type { Xenstored } from '../xenstore';
import {
  REQ_EVENT, REQ_PROD, RESPONSE_BYTES, RING_SIZE, RSP_PROD, readRequest, requestSectors, segmentProblem, slotOffset,
  type BlkifRequest,
} from './blkif-ring';
import { vbdBackendPath, vbdFrontendPath } from './vbd-entries';
import type { HostIo } from '../files/host-io';
import type { XsWatcher } from './xs-watcher';

/** Modelled service time per request and per byte moved (virtual ns). */
export const BLK_REQUEST_NS = 10_000;
export const BLK_BYTE_NS = 1;
const SECTOR = HVSIM_BLKIF_SECTOR_BYTES;
const PAGE = 4096;
/** How long block-detach waits for the frontend to close (virtual ns), as libxl's device removal. */
export const DETACH_TIMEOUT_NS = 10_000_000_000;
/** Zeros written per call by a discard. */
const ZERO_CHUNK = new Uint8Array(1 << 20);

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

export interface BlkbackOptions {
  domctl: Domctl;
  xenstored: Xenstored;
  watcher: XsWatcher;
  clock: VirtualClock;
  log: (line: string) => void;
  domid: number;
  disk: DiskSpec;
  /** The image, open for reading (and writing unless the disk is read-only). */
  file: FileHandle;
  sectors: number;
  /** Where the backend's file I/O is accounted (dom0's HostIo). */
  hostIo: HostIo;
  /** Why writes to the image are refused now (a cluster host whose lease is not confirmed:
   *  its domain may run elsewhere), or null. Asked before every write, flush and discard. */
  writeFence?: () => string | null;
}

export class Blkback {
  readonly stats: VbdStats = { rdReq: 0, wrReq: 0, ooReq: 0, flReq: 0, dsReq: 0, rdSect: 0, wrSect: 0, errors: 0 };
  private state = XenbusStateInitialising;
  private readonly backend: string;
  private readonly frontend: string;
  private watchToken: string | null = null;
  private ring: { ref: number; localPort: number } | null = null;
  private reqCons = 0;
  private rspProd = 0;
  private readonly worker: RingWorker;
  /** Handshake steps, one at a time. */
  private steps: Promise<void> = Promise.resolve();
  private closedWaiters: Array<() => void> = [];

  constructor(private readonly o: BlkbackOptions) {
    this.backend = vbdBackendPath(o.domid, o.disk.devid);
    this.frontend = vbdFrontendPath(o.domid, o.disk.devid);
    this.worker = new RingWorker(() => this.pass(), (err) => this.fail(`ring: ${(err as Error).message}`), () => o.clock.now());
  }

  get devid(): number {
    return this.o.disk.devid;
  }

  get backendState(): number {
    return this.state;
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
    this.switchState(XenbusStateInitWait);
    this.watchToken = this.o.watcher.watch(`${this.frontend}/state`, () => this.step(() => this.frontendChanged()));
  }

  /** An event on dom0's end of the ring's channel. */
  kick(): void {
    void this.worker.kick();
  }

  /**
   * xl block-detach: asks the frontend to let go (backend Closing, online 0); resolves when it
   * has (frontend Closed), at once if it never connected, or after DETACH_TIMEOUT_NS of
   * virtual time if it does not answer (libxl then removes the device regardless).
   */
  requestClose(): Promise<void> {
    this.write('online', '0');
    const fe = this.frontendState();
    if (fe === XenbusStateClosed || fe === XenbusStateUnknown || (this.ring === null && fe === XenbusStateInitialising)) return Promise.resolve();
    this.switchState(XenbusStateClosing);
    return new Promise((resolve) => {
      const cancel = this.o.clock.setTimer(DETACH_TIMEOUT_NS, () => {
        this.o.log(`vbd ${this.o.domid}/${this.devid}: the frontend did not close within ${DETACH_TIMEOUT_NS / 1e9} s; removing the device`);
        resolve();
      });
      this.closedWaiters.push(() => {
        cancel();
        resolve();
      });
    });
  }

  /** Stops serving (the domain is gone or the device is detached): no more passes, channel closed. */
  async stop(): Promise<void> {
    if (this.watchToken !== null) this.o.watcher.unwatch(`${this.frontend}/state`, this.watchToken);
    this.watchToken = null;
    await this.steps;
    await this.disconnect();
  }

  // ---- handshake ----

  private step(fn: () => Promise<void> | void): void {
    this.steps = this.steps.then(fn).catch((err) => this.o.log(`vbd ${this.o.domid}/${this.devid}: ${(err as Error).message}`));
  }

  private async frontendChanged(): Promise<void> {
    const fe = this.frontendState();
    switch (fe) {
      case XenbusStateInitialising:
        if (this.state === XenbusStateClosed) this.switchState(XenbusStateInitWait); // the frontend starts over
        break;
      case XenbusStateInitialised:
      case XenbusStateConnected:
        if (this.state === XenbusStateInitWait) await this.connect();
        break;
      case XenbusStateClosing:
        await this.disconnect();
        this.switchState(XenbusStateClosing);
        break;
      default: // Closed, Unknown (or gone), or nonsense from the guest
        await this.disconnect();
        if (this.state !== XenbusStateInitialising) this.switchState(XenbusStateClosed);
        for (const w of this.closedWaiters.splice(0)) w();
        break;
    }
  }

  private async connect(): Promise<void> {
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

  private async disconnect(): Promise<void> {
    const ring = this.ring;
    if (ring === null) return;
    this.ring = null;
    await this.worker.flush().catch(() => undefined);
    await this.o.domctl.evtchnClose(ring.localPort).catch(() => undefined);
  }

  /** Something about the frontend or its ring is beyond repair: the device goes Closing. */
  private fail(why: string): void {
    this.stats.errors++;
    this.o.log(`vbd ${this.o.domid}/${this.devid}: ${why}; closing the device`);
    this.write('error', why.slice(0, 200));
    const ring = this.ring;
    this.ring = null;
    if (ring !== null) void this.o.domctl.evtchnClose(ring.localPort).catch(() => undefined);
    this.switchState(XenbusStateClosing);
  }

  // ---- the ring ----

  private async pass(): Promise<void> {
    for (;;) {
      const ring = this.ring;
      if (ring === null) return;
      const read = await this.o.domctl.grantCopyFromGuest([{ domid: this.o.domid, ref: ring.ref, offset: 0, length: PAGE }]);
      if (read.status[0] !== 0) return this.fail(`the ring page (ref ${ring.ref}) is no longer granted (GNTST ${read.status[0]})`);
      const page = new DataView(read.data.buffer, read.data.byteOffset, PAGE);
      const prod = page.getUint32(REQ_PROD, true);
      const pending = (prod - this.reqCons) >>> 0;
      if (pending > RING_SIZE) return this.fail(`req_prod ${prod} is ${pending} requests ahead of req_cons ${this.reqCons} (ring of ${RING_SIZE})`);
      if (pending === 0) return;
      const takenAt = this.o.clock.now();
      const responses: Array<{ id: bigint; op: number; status: number }> = [];
      let bytes = 0;
      await this.o.hostIo.track((async () => {
        for (let i = 0; i < pending; i++) {
          const req = readRequest(page, this.reqCons + i);
          const r = await this.serve(req);
          bytes += r.bytes;
          responses.push({ id: req.id, op: req.operation, status: r.status });
        }
      })());
      this.reqCons = prod;
      await this.until(takenAt + pending * BLK_REQUEST_NS + bytes * BLK_BYTE_NS);
      if (this.ring !== ring) return;
      await this.publish(ring, responses);
    }
  }

  /** Responses into their slots, then rsp_prod, then req_event (one past what we took: the
   *  frontend notifies for the next request); then a notification. */
  private async publish(ring: { ref: number; localPort: number }, responses: Array<{ id: bigint; op: number; status: number }>): Promise<void> {
    const segments: GrantSegment[] = [];
    const data = new Uint8Array(responses.length * RESPONSE_BYTES + 8);
    const view = new DataView(data.buffer);
    responses.forEach((r, i) => {
      const at = i * RESPONSE_BYTES;
      view.setBigUint64(at, r.id, true);
      view.setUint8(at + 8, r.op);
      view.setInt16(at + 10, r.status, true);
      segments.push({ domid: this.o.domid, ref: ring.ref, offset: slotOffset(this.rspProd + i), length: RESPONSE_BYTES });
    });
    this.rspProd = (this.rspProd + responses.length) >>> 0;
    const tail = responses.length * RESPONSE_BYTES;
    view.setUint32(tail, this.rspProd, true);
    view.setUint32(tail + 4, (this.reqCons + 1) >>> 0, true);
    segments.push({ domid: this.o.domid, ref: ring.ref, offset: RSP_PROD, length: 4 }, { domid: this.o.domid, ref: ring.ref, offset: REQ_EVENT, length: 4 });
    const status = await this.o.domctl.grantCopyToGuest(segments, data);
    if (status.some((s) => s !== 0)) return this.fail(`publishing responses failed (GNTST ${status.find((s) => s !== 0)})`);
    await this.o.domctl.evtchnSend(ring.localPort);
  }

  /** One request: its status and the bytes it moved. Never throws. */
  private async serve(req: BlkifRequest): Promise<{ status: number; bytes: number }> {
    try {
      switch (req.operation) {
        case BLKIF_OP_READ:
        case BLKIF_OP_WRITE:
          return await this.readWrite(req);
        case BLKIF_OP_FLUSH_DISKCACHE:
          if (this.fenced()) return this.refuse(BLKIF_RSP_ERROR);
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
  private fenced(): boolean {
    const why = this.o.writeFence?.() ?? null;
    if (why !== null) this.o.log(`vbd ${this.o.domid}/${this.devid}: write refused: ${why}`);
    return why !== null;
  }

  private refuse(status: number): { status: number; bytes: number } {
    this.stats.errors++;
    return { status, bytes: 0 };
  }

  private inRange(sector: bigint, count: number): boolean {
    return sector + BigInt(count) <= BigInt(this.o.sectors);
  }

  private async readWrite(req: BlkifRequest): Promise<{ status: number; bytes: number }> {
    const write = req.operation === BLKIF_OP_WRITE;
    if (segmentProblem(req) !== null) return this.refuse(BLKIF_RSP_ERROR);
    if (write && (this.o.disk.access !== 'rw' || this.fenced())) return this.refuse(BLKIF_RSP_ERROR);
    const sectors = requestSectors(req);
    if (!this.inRange(req.sector, sectors)) return this.refuse(BLKIF_RSP_ERROR);
    const segments: GrantSegment[] = req.segments.map((s) => ({
      domid: this.o.domid, ref: s.gref, offset: s.firstSect * SECTOR, length: (s.lastSect - s.firstSect + 1) * SECTOR,
    }));
    const bytes = sectors * SECTOR;
    const position = Number(req.sector) * SECTOR;
    if (write) {
      const got = await this.o.domctl.grantCopyFromGuest(segments);
      if (got.status.some((s) => s !== 0) || got.data.length !== bytes) return this.refuse(BLKIF_RSP_ERROR);
      await writeFully(this.o.file, got.data, position);
      this.stats.wrReq++;
      this.stats.wrSect += sectors;
    } else {
      const buf = new Uint8Array(bytes);
      await this.o.file.read(buf, 0, bytes, position); // past the file's end (never: sized at open) reads as zeros
      const status = await this.o.domctl.grantCopyToGuest(segments, buf);
      if (status.some((s) => s !== 0)) return this.refuse(BLKIF_RSP_ERROR);
      this.stats.rdReq++;
      this.stats.rdSect += sectors;
    }
    return { status: BLKIF_RSP_OKAY, bytes };
  }

  private async discard(req: BlkifRequest): Promise<{ status: number; bytes: number }> {
    if (this.o.disk.access !== 'rw' || this.fenced() || req.nrSectors > BigInt(this.o.sectors) || !this.inRange(req.sector, Number(req.nrSectors))) {
      return this.refuse(BLKIF_RSP_ERROR);
    }
    let position = Number(req.sector) * SECTOR;
    let left = Number(req.nrSectors) * SECTOR;
    while (left > 0) {
      const n = Math.min(left, ZERO_CHUNK.length);
      await writeFully(this.o.file, ZERO_CHUNK.subarray(0, n), position);
      position += n;
      left -= n;
    }
    this.stats.dsReq++;
    return { status: BLKIF_RSP_OKAY, bytes: 0 };
  }

  /** Resolves when virtual time reaches `t`. */
  private until(t: number): Promise<void> {
    const now = this.o.clock.now();
    if (now >= t) return Promise.resolve();
    return new Promise((resolve) => this.o.clock.setTimer(t - now, resolve));
  }

  // ---- xenstore ----

  private switchState(state: number): void {
    if (this.state === state) return;
    this.state = state;
    this.write('state', String(state));
  }

  private write(key: string, value: string): void {
    if (this.o.xenstored.exists(this.backend)) this.o.xenstored.write(`${this.backend}/${key}`, value);
  }

  private frontendText(key: string): string | null {
    const p = `${this.frontend}/${key}`;
    return this.o.xenstored.exists(p) ? this.o.xenstored.read(p).toString('utf8') : null;
  }

  private frontendInt(key: string): number | null {
    const t = this.frontendText(key);
    return t !== null && /^[0-9]{1,10}$/.test(t) && Number(t) <= 0xffff_ffff ? Number(t) : null;
  }

  private frontendState(): number {
    const s = this.frontendInt('state');
    return s !== null && s in XENBUS_STATE_NAMES ? s : XenbusStateUnknown;
  }
}

async function writeFully(file: FileHandle, data: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await file.write(data, done, data.length - done, position + done);
    if (bytesWritten === 0) throw new Error('short write');
    done += bytesWritten;
  }
}
