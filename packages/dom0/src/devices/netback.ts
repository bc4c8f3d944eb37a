/**
 * netback: one virtual network interface's backend in dom0, between a guest's netfront (a tx
 * and an rx ring, io/netif.h) and a port of a bridge (network/bridge-port.ts). It reaches the
 * guest's pages only through grant copies (DomctlService GrantCopyFromGuest for the handshake's
 * probe, GrantCopy batches for the rings: grant-copy-batch.ts).
 *
 * Handshake (backend-device.ts): netback writes its features (feature-rx-copy; no
 * scatter-gather, GSO or split event channels) and goes InitWait; the frontend publishes
 * tx-ring-ref, rx-ring-ref, event-channel and request-rx-copy = 1 and goes Connected.
 *
 * tx (guest → bridge): each pass takes every request up to req_prod, copies each frame out of
 * the granted pages the requests name (a frame may span several slots with NETTXF_more_data;
 * extra-info slots are answered NETIF_RSP_NULL), hands it to the bridge, and answers each slot.
 * rx (bridge → guest): frames from the bridge wait in a bounded queue (copied: the bridge's
 * buffer is only lent) until the frontend posts rx requests, then are copied into the posted
 * pages (grant copy: feature-rx-copy). Frames that find the queue full, or arrive while the
 * frontend is not connected, are dropped and counted.
 *
 * Hostile frontends: a frame of impossible size (under an Ethernet header, over 1518 bytes, a
 * slot past its page, sizes that do not add up) or with a bad grant is dropped, answered
 * NETIF_RSP_ERROR and counted; a producer more than a ring ahead or a frame chained over more
 * than XEN_NETIF_NR_SLOTS_MIN slots leaves the ring beyond repair: the vif goes Closing.
 * Nothing a guest writes raises an exception out of here or reaches another domain but as a
 * frame on the bridge.
 *
 * Allocation: the hot path reuses its buffers — the request object, the ring windows, the
 * packed grant-copy ops and their data, the rx queue's slots, the frame handed to the bridge
 * (a cached view per length; fragments are copied into it without a view each); only the
 * grant-copy calls themselves allocate, once per batch of frames.
 */
import {
  HVSIM_NETIF_MAX_FRAME, HVSIM_NETIF_MIN_FRAME, NETIF_RSP_ERROR, NETIF_RSP_NULL, NETIF_RSP_OKAY, NETTXF_extra_info,
  NETTXF_more_data, XEN_IO_PROTO_ABI_ARM, XEN_NETIF_EXTRA_FLAG_MORE, XEN_NETIF_NR_SLOTS_MIN, XenbusStateConnected,
} from '@hvsim/abi';
import type { VifSpec } from '../config/vif-spec';
import type { Domctl } from '../domctl';
import type { Bridge, BridgePort } from '../network/bridge-port';
import { RingWorker } from '../rings/ring-worker';
import { BackendDevice, type BackendDeviceOptions } from './backend-device';
import { copyBytes, GrantCopyBatch, MAX_GRANT_COPY_OPS } from './grant-copy-batch';
import {
  encodeRxResponse, encodeTxResponse, readTxRequest, rxRequestGref, rxRequestId, rxSlotOffset, RING_OFFSET, RX_ENTRY,
  RX_RESPONSE_BYTES, RX_RING_SIZE, txSlotOffset, TX_RING_SIZE, TX_SLOT_BYTES, type TxRequest,
} from './netif-ring';
import { RingWindow } from './ring-window';
import { pendingRequests, REQ_EVENT, REQ_PROD, RSP_PROD } from './shared-ring';
import { vifBackendPath, vifFrontendPath } from './vif-entries';

const PAGE = 4096;
/** tx slots taken per pass: their data copies leave room in the batch for some rx frames'. */
const TX_BATCH_SLOTS = MAX_GRANT_COPY_OPS - 2;
/** The fewest tx slots a pass reads (it reads twice as many as the last pass found, up to the ring). */
const MIN_TX_WINDOW = 32;
/** rsp_prod and req_event, written together. */
const INDEX_BYTES = RSP_PROD + 4 - REQ_EVENT;
/** Frames from the bridge that may wait for rx requests (Linux's netback queues too). */
export const RX_QUEUE_FRAMES = 256;
// Read once: a binding imported from another package is a getter call on every use
// (TypeScript's CommonJS re-exports), and these are read per slot.
const MAX_FRAME = HVSIM_NETIF_MAX_FRAME;
const MIN_FRAME = HVSIM_NETIF_MIN_FRAME;
const RSP_OKAY = NETIF_RSP_OKAY;
const RSP_NULL = NETIF_RSP_NULL;
const RSP_ERROR = NETIF_RSP_ERROR;
const MORE_DATA = NETTXF_more_data;
const EXTRA_INFO = NETTXF_extra_info;
const EXTRA_MORE = XEN_NETIF_EXTRA_FLAG_MORE;
const MAX_SLOTS = XEN_NETIF_NR_SLOTS_MIN;

/** A vif's counters: tx = what the guest sent, rx = what it was given (xentop's NETTX / NETRX). */
export interface VifStats {
  txFrames: number;
  txBytes: number;
  /** Frames the guest sent that were dropped (bad size, bad grant, bad chain). */
  txErrors: number;
  rxFrames: number;
  rxBytes: number;
  /** Frames for the guest that were dropped (queue full, not connected, bad grant). */
  rxDropped: number;
  /** The device went Closing because its rings were beyond repair. */
  errors: number;
}

export interface NetbackOptions extends BackendDeviceOptions {
  domctl: Domctl;
  /** The vif, with its devid and MAC assigned. */
  vif: VifSpec & { devid: number; mac: string };
  /** The domain was restored or migrated: its frontend must start over (restartFrontend). */
  restored?: boolean;
}

interface Rings {
  txRef: number;
  rxRef: number;
  localPort: number;
}

/** A ring page as the pass read it, the requests produced past the backend's cons, and how
 *  many of them the pass read. */
interface RingPage {
  page: DataView;
  pending: number;
  readable: number;
}

/** Where one tx frame's parts are in the pass: its slots and its data copies (ops of the batch). */
interface TxFrame {
  firstSlot: number;
  slots: number;
  firstOp: number;
  ops: number;
  size: number;
  /** Refused before any copy (its slots are answered NETIF_RSP_ERROR). */
  bad: boolean;
}

export class Netback extends BackendDevice {
  readonly stats: VifStats = { txFrames: 0, txBytes: 0, txErrors: 0, rxFrames: 0, rxBytes: 0, rxDropped: 0, errors: 0 };
  private rings: Rings | null = null;
  private port: BridgePort | null = null;
  private txCons = 0;
  private rxCons = 0;
  private readonly worker: RingWorker;

  // Reused on every pass.
  private readonly batch: GrantCopyBatch;
  private readonly txWindow = new RingWindow(RING_OFFSET, TX_SLOT_BYTES, TX_RING_SIZE);
  private readonly rxWindow = new RingWindow(RING_OFFSET, RX_ENTRY, RX_RING_SIZE);
  private txWindowSlots = MIN_TX_WINDOW;
  private view: DataView | null = null;
  private readonly req: TxRequest = { gref: 0, offset: 0, flags: 0, id: 0, size: 0 };
  private readonly txFrames: TxFrame[] = [];
  /** Per tx slot of the batch: the id to echo and the status to answer. */
  private readonly slotIds = new Uint16Array(TX_RING_SIZE);
  private readonly slotStatus = new Int16Array(TX_RING_SIZE);
  private readonly frame = Buffer.alloc(MAX_FRAME);
  private readonly frameViews: Array<Uint8Array | undefined> = [];
  /** The rx queue: RX_QUEUE_FRAMES slots of MAX_FRAME bytes, a circular buffer. */
  private readonly rxQueue = Buffer.alloc(RX_QUEUE_FRAMES * MAX_FRAME);
  private readonly rxQueueViews: Uint8Array[] = [];
  private readonly rxLengths = new Uint16Array(RX_QUEUE_FRAMES);
  private rxHead = 0;
  private rxCount = 0;
  /** Per rx frame of the pass: whether its copy into the guest succeeded. */
  private readonly rxCopied = new Uint8Array(MAX_GRANT_COPY_OPS);

  constructor(private readonly o: NetbackOptions) {
    super(o, 'vif', o.vif.devid, vifBackendPath(o.domid, o.vif.devid), vifFrontendPath(o.domid, o.vif.devid));
    this.worker = new RingWorker(() => this.pass(), (err) => this.fail(`ring: ${(err as Error).message}`), () => o.clock.now());
    this.batch = new GrantCopyBatch(o.domctl, o.domid);
    for (let i = 0; i < RX_QUEUE_FRAMES; i++) this.rxQueueViews.push(this.rxQueue.subarray(i * MAX_FRAME, (i + 1) * MAX_FRAME));
  }

  /** The bridge port's name, as Linux names a vif's backend interface ("vif3.0"), unless vifname gives one. */
  get portName(): string {
    return this.o.vif.vifname ?? `vif${this.o.domid}.${this.devid}`;
  }

  get mac(): string {
    return this.o.vif.mac;
  }

  get bridge(): string {
    return this.o.vif.bridge;
  }

  get vlan(): number | null {
    return this.o.vif.vlan;
  }

  /** dom0's port for the rings' event channel, once connected. */
  get localPort(): number | null {
    return this.rings?.localPort ?? null;
  }

  /** Plugs into `bridge` (throws if the port name is taken), publishes the features, goes InitWait. */
  start(bridge: Bridge): void {
    this.port = bridge.attach(this.portName, (frame) => this.receive(frame), this.o.vif.vlan !== null ? { vlan: this.o.vif.vlan } : {});
    this.write('feature-rx-copy', '1');
    this.write('feature-rx-flip', '0');
    this.write('feature-sg', '0');
    this.write('feature-gso-tcpv4', '0');
    this.write('feature-gso-tcpv6', '0');
    this.write('feature-ipv6-csum-offload', '0');
    this.write('feature-split-event-channels', '0');
    if (this.o.restored === true) this.holdUntilRestart();
    this.follow();
  }

  /** An event on dom0's end of the vif's channel: the frontend sent frames or posted rx buffers. */
  kick(): void {
    void this.worker.kick();
  }

  /** Also unplugs from the bridge. */
  override async stop(): Promise<void> {
    await super.stop();
    this.port?.detach();
    this.port = null;
  }

  // ---- handshake ----

  protected connected(): boolean {
    return this.rings !== null;
  }

  protected countError(): void {
    this.stats.errors++;
  }

  protected async connect(): Promise<void> {
    const txRef = this.frontendInt('tx-ring-ref');
    const rxRef = this.frontendInt('rx-ring-ref');
    const port = this.frontendInt('event-channel');
    const protocol = this.frontendText('protocol') ?? XEN_IO_PROTO_ABI_ARM;
    if (txRef === null || rxRef === null || port === null) return this.fail('the frontend published no valid tx-ring-ref / rx-ring-ref / event-channel');
    if (this.frontendText('request-rx-copy') !== '1') return this.fail('the frontend does not request rx-copy (page flipping is not supported)');
    if (protocol !== XEN_IO_PROTO_ABI_ARM) return this.fail(`protocol ${JSON.stringify(protocol)} is not supported (only ${XEN_IO_PROTO_ABI_ARM})`);
    const probe = await this.o.domctl.grantCopyFromGuest([
      { domid: this.o.domid, ref: txRef, offset: 0, length: 16 }, { domid: this.o.domid, ref: rxRef, offset: 0, length: 16 },
    ]);
    if (probe.status[0] !== 0) return this.fail(`tx-ring-ref ${txRef} is not a page granted to dom0 (GNTST ${probe.status[0]})`);
    if (probe.status[1] !== 0) return this.fail(`rx-ring-ref ${rxRef} is not a page granted to dom0 (GNTST ${probe.status[1]})`);
    const header = new DataView(probe.data.buffer, probe.data.byteOffset, 32);
    let localPort: number;
    try {
      localPort = await this.o.domctl.evtchnBindInterdomain(this.o.domid, port);
    } catch (err) {
      return this.fail(`event-channel ${port}: ${(err as Error).message}`);
    }
    // A reconnecting frontend starts where its rings' responses left off.
    this.txCons = header.getUint32(RSP_PROD, true);
    this.rxCons = header.getUint32(16 + RSP_PROD, true);
    this.rings = { txRef, rxRef, localPort };
    this.switchState(XenbusStateConnected);
    this.kick();
  }

  protected async disconnect(): Promise<void> {
    const rings = this.rings;
    if (rings === null) return;
    this.rings = null;
    await this.worker.flush().catch(() => undefined);
    await this.o.domctl.evtchnClose(rings.localPort).catch(() => undefined);
    this.dropQueued();
  }

  protected dropRings(): void {
    const rings = this.rings;
    this.rings = null;
    if (rings !== null) void this.o.domctl.evtchnClose(rings.localPort).catch(() => undefined);
    this.dropQueued();
  }

  private dropQueued(): void {
    this.stats.rxDropped += this.rxCount;
    this.rxCount = 0;
  }

  // ---- rx: frames from the bridge ----

  /** The bridge forwards `frame` to this vif: queue a copy for the guest, or drop it. */
  private receive(frame: Uint8Array): void {
    if (this.rings === null || this.rxCount === RX_QUEUE_FRAMES || frame.length > MAX_FRAME) {
      this.stats.rxDropped++;
      return;
    }
    const slot = (this.rxHead + this.rxCount) % RX_QUEUE_FRAMES;
    this.rxQueueViews[slot].set(frame);
    this.rxLengths[slot] = frame.length;
    this.rxCount++;
    this.kick();
  }

  // ---- the rings ----

  /**
   * Serves both rings until neither has anything to do, three round trips a pass: the rings'
   * indexes and windows of their slots (ring-window.ts: the tx slots from txCons, twice as
   * many as the last pass found; the rx slots the queued frames can use); the tx frames' data
   * out of the guest and the queued rx frames into its posted pages; every response, the
   * indexes and one notification (tx and rx share the event channel).
   */
  private async pass(): Promise<void> {
    const b = this.batch;
    for (;;) {
      const rings = this.rings;
      if (rings === null) return;
      const began = this.o.clock.now();
      b.reset();
      this.txWindow.read(b, rings.txRef, this.txCons, this.txWindowSlots);
      const rxQueued = this.rxCount;
      if (rxQueued > 0) this.rxWindow.read(b, rings.rxRef, this.rxCons, rxQueued);
      await b.run();
      if (this.rings !== rings) return;
      const tx = this.ringPage('tx', this.txWindow, rings.txRef, this.txCons, TX_RING_SIZE);
      if (tx === null) return;
      const rx = rxQueued === 0 ? null : this.ringPage('rx', this.rxWindow, rings.rxRef, this.rxCons, RX_RING_SIZE);
      if (rxQueued > 0 && rx === null) return;
      this.txWindowSlots = Math.min(TX_RING_SIZE, Math.max(MIN_TX_WINDOW, 2 * tx.pending));

      // The data: tx frames out of the guest, queued rx frames into the pages it posted.
      b.reset();
      const parsed = this.parseTx(tx.page, Math.min(tx.readable, TX_BATCH_SLOTS));
      if (parsed === null) return;
      const rxWanted = rx === null ? 0 : Math.min(rx.readable, this.rxCount);
      const given = Math.min(rxWanted, b.room);
      const rxFirstOp = b.count;
      if (given > 0) this.queueRx((rx as RingPage).page, given);
      if (b.count > 0) {
        await b.run();
        if (this.rings !== rings) return;
      }
      this.forwardTx(parsed.frames);
      for (let i = 0; i < given; i++) this.rxCopied[i] = b.statusOf(rxFirstOp + i) === 0 ? 1 : 0;

      // The answers, the indexes and one notification.
      b.reset();
      if (parsed.slots > 0) this.answerTx(rings, tx.page, parsed.slots);
      if (given > 0) this.answerRx(rings, (rx as RingPage).page, given);
      if (b.count === 0) return;
      b.notifyOn(rings.localPort);
      await b.run();
      const bad = b.firstError();
      if (bad !== 0) return this.fail(`publishing responses failed (GNTST ${bad})`);
      // Again when a batch was cut short, or when a guest may have run meanwhile: requests it
      // made before req_event moved past them did not notify.
      const cut = (parsed.slots > 0 && parsed.slots < tx.pending) || given < rxWanted;
      if (!cut && this.o.clock.now() === began) return;
    }
  }

  /**
   * A ring the batch read (its window), how many requests the frontend has produced past
   * `cons` and how many of those were read; null (after fail()) if the page is no longer
   * granted or the producer is more than a ring ahead.
   */
  private ringPage(which: 'tx' | 'rx', window: RingWindow, ref: number, cons: number, size: number): RingPage | null {
    const status = window.take(this.batch);
    if (status !== 0) {
      this.fail(`the ${which} ring page (ref ${ref}) is no longer granted (GNTST ${status})`);
      return null;
    }
    const page = window.page;
    const prod = page.getUint32(REQ_PROD, true);
    const pending = pendingRequests(prod, cons, size);
    if (pending === null) {
      this.fail(`${which} req_prod ${prod} is ${(prod - cons) >>> 0} requests ahead of req_cons ${cons} (ring of ${size})`);
      return null;
    }
    return { page, pending, readable: Math.min(pending, window.slots) };
  }

  private txFrame(i: number): TxFrame {
    let f = this.txFrames[i];
    if (f === undefined) {
      f = { firstSlot: 0, slots: 0, firstOp: 0, ops: 0, size: 0, bad: false };
      this.txFrames[i] = f;
    }
    return f;
  }

  /**
   * Reads up to `avail` slots from txCons into frames (this.txFrames), their copies (ops of the
   * batch) and their slots' answers (slotIds/slotStatus). A frame whose chain is not all on the
   * ring yet waits for the next pass. Null when the ring is beyond repair (failed).
   */
  private parseTx(page: DataView, avail: number): { slots: number; frames: number } | null {
    let slot = 0;
    let frames = 0;
    while (slot < avail) {
      const chain = this.chainLength(page, slot, avail);
      if (chain === null) return null;
      if (chain === 0) break; // incomplete: the rest is not on the ring yet
      const f = this.txFrame(frames++);
      f.firstSlot = slot;
      f.slots = chain;
      f.firstOp = this.batch.count;
      f.ops = 0;
      f.bad = false;
      this.frameOps(page, f);
      slot += chain;
    }
    return { slots: slot, frames };
  }

  /**
   * Slots the frame starting at batch slot `slot` takes (its data slots and extra-info slots),
   * 0 if it goes on past the slots available, null (after fail()) if it is longer than a frame
   * can be.
   */
  private chainLength(page: DataView, slot: number, avail: number): number | null {
    let n = 0;
    let extras = false;
    let more = false;
    for (;;) {
      if (slot + n >= avail) return 0;
      if (n >= MAX_SLOTS) {
        this.fail(`a tx frame is chained over more than ${MAX_SLOTS} slots`);
        return null;
      }
      const idx = this.txCons + slot + n;
      n++;
      if (n > 1 && extras) {
        // An extra-info slot (they follow the first request): its flags byte says whether another follows.
        extras = (page.getUint8(txSlotOffset(idx) + 1) & EXTRA_MORE) !== 0;
      } else {
        const flags = readTxRequest(page, idx, this.req).flags;
        if (n === 1) extras = (flags & EXTRA_INFO) !== 0;
        more = (flags & MORE_DATA) !== 0;
      }
      if (!extras && !more) return n;
    }
  }

  /** Checks one frame's slots, adds its copies to the batch, sets its slots' answers. */
  private frameOps(page: DataView, f: TxFrame): void {
    const first = readTxRequest(page, this.txCons + f.firstSlot, this.req);
    f.size = first.size;
    let extras = (first.flags & EXTRA_INFO) !== 0;
    let rest = 0;
    for (let k = 0; k < f.slots; k++) {
      const s = f.firstSlot + k;
      if (k > 0 && extras) {
        extras = (page.getUint8(txSlotOffset(this.txCons + s) + 1) & EXTRA_MORE) !== 0;
        this.slotIds[s] = 0xffff;
        this.slotStatus[s] = RSP_NULL;
        continue;
      }
      const r = readTxRequest(page, this.txCons + s, this.req);
      this.slotIds[s] = r.id;
      this.slotStatus[s] = RSP_OKAY;
      if (k > 0) rest += r.size;
    }
    // Data slots after the first carry their own sizes; the first carries the frame's total.
    const firstPart = f.size - rest;
    if (f.size < MIN_FRAME || f.size > MAX_FRAME || firstPart <= 0) f.bad = true;
    // Checked whole before any op is added, so a bad frame leaves none behind.
    for (let k = 0; k < f.slots && !f.bad; k++) {
      const s = f.firstSlot + k;
      if (k > 0 && this.slotStatus[s] === RSP_NULL) continue;
      const r = readTxRequest(page, this.txCons + s, this.req);
      const length = k === 0 ? firstPart : r.size;
      if (length === 0 || r.offset + length > PAGE) f.bad = true;
    }
    if (f.bad) {
      this.errorSlots(f);
      return;
    }
    for (let k = 0; k < f.slots; k++) {
      const s = f.firstSlot + k;
      if (k > 0 && this.slotStatus[s] === RSP_NULL) continue;
      const r = readTxRequest(page, this.txCons + s, this.req);
      this.batch.from(r.gref, r.offset, k === 0 ? firstPart : r.size);
      f.ops++;
    }
  }

  /** A frame's data slots are answered NETIF_RSP_ERROR (its extra-info slots stay NULL). */
  private errorSlots(f: TxFrame): void {
    for (let k = 0; k < f.slots; k++) if (this.slotStatus[f.firstSlot + k] === RSP_OKAY) this.slotStatus[f.firstSlot + k] = RSP_ERROR;
  }

  /** Hands each frame whose copies all succeeded to the bridge; the others are answered NETIF_RSP_ERROR. */
  private forwardTx(frames: number): void {
    const b = this.batch;
    for (let i = 0; i < frames; i++) {
      const f = this.txFrames[i];
      if (f.bad) {
        this.stats.txErrors++;
        continue;
      }
      let ok = true;
      let len = 0;
      for (let k = 0; k < f.ops && ok; k++) {
        const op = f.firstOp + k;
        if (b.statusOf(op) !== 0) {
          ok = false;
          break;
        }
        b.copyAnswer(op, this.frame, len);
        len += b.lengthOf(op);
      }
      if (ok) {
        this.stats.txFrames++;
        this.stats.txBytes += len;
        this.port?.send(this.frameView(len));
      } else {
        this.stats.txErrors++;
        this.errorSlots(f);
      }
    }
  }

  private frameView(len: number): Uint8Array {
    let v = this.frameViews[len];
    if (v === undefined) {
      v = this.frame.subarray(0, len);
      this.frameViews[len] = v;
    }
    return v;
  }

  /** The next `n` queued frames into the rx requests posted from rxCons: ops of the batch. */
  private queueRx(page: DataView, n: number): void {
    const b = this.batch;
    for (let i = 0; i < n; i++) {
      const q = (this.rxHead + i) % RX_QUEUE_FRAMES;
      const len = this.rxLengths[q];
      const at = b.to(rxRequestGref(page, this.rxCons + i), 0, len);
      copyBytes(b.data, at, this.rxQueue, q * MAX_FRAME, len);
    }
  }

  /**
   * Answers `slots` tx slots (NULL slots too: the frontend counts them) and moves the indexes.
   * The answers overwrite whole slots, so a run of them is one copy: each slot keeps its
   * request's bytes past the response, as when Xen's netback writes a response in place.
   */
  private answerTx(rings: Rings, page: DataView, slots: number): void {
    const start = this.txCons;
    const firstRun = Math.min(slots, TX_RING_SIZE - (start & (TX_RING_SIZE - 1)));
    this.txRun(rings.txRef, page, start, 0, firstRun);
    if (firstRun < slots) this.txRun(rings.txRef, page, start + firstRun, firstRun, slots - firstRun);
    this.txCons = (this.txCons + slots) >>> 0;
    this.indexes(rings.txRef, this.txCons);
  }

  /** `n` answered slots from ring index `idx` (batch slot `first`): one op. */
  private txRun(ref: number, page: DataView, idx: number, first: number, n: number): void {
    const b = this.batch;
    const offset = txSlotOffset(idx);
    const at = b.to(ref, offset, n * TX_SLOT_BYTES);
    b.data.set(new Uint8Array(page.buffer, page.byteOffset + offset, n * TX_SLOT_BYTES), at);
    const view = this.dataView();
    for (let s = 0; s < n; s++) encodeTxResponse(view, at + s * TX_SLOT_BYTES, this.slotIds[first + s], this.slotStatus[first + s]);
  }

  /** Answers the `n` rx requests from rxCons (the frame's length, or NETIF_RSP_ERROR where its copy failed) and moves the indexes. */
  private answerRx(rings: Rings, page: DataView, n: number): void {
    // rx responses are as long as rx requests, so they lie contiguous in the ring, unless they wrap.
    const start = this.rxCons;
    const firstRun = Math.min(n, RX_RING_SIZE - (start & (RX_RING_SIZE - 1)));
    this.rxRun(rings.rxRef, page, 0, firstRun);
    if (firstRun < n) this.rxRun(rings.rxRef, page, firstRun, n - firstRun);
    this.rxHead = (this.rxHead + n) % RX_QUEUE_FRAMES;
    this.rxCount -= n;
    this.rxCons = (this.rxCons + n) >>> 0;
    this.indexes(rings.rxRef, this.rxCons);
  }

  /** The responses of queued frames [first, first + n): one op. */
  private rxRun(ref: number, page: DataView, first: number, n: number): void {
    const at = this.batch.to(ref, rxSlotOffset(this.rxCons + first), n * RX_RESPONSE_BYTES);
    const view = this.dataView();
    for (let k = 0; k < n; k++) {
      const i = first + k;
      const len = this.rxLengths[(this.rxHead + i) % RX_QUEUE_FRAMES];
      const ok = this.rxCopied[i] === 1;
      if (ok) {
        this.stats.rxFrames++;
        this.stats.rxBytes += len;
      } else {
        this.stats.rxDropped++;
      }
      encodeRxResponse(view, at + k * RX_RESPONSE_BYTES, rxRequestId(page, this.rxCons + i), 0, ok ? len : RSP_ERROR);
    }
  }

  /** rsp_prod = req_cons = `cons` and req_event = cons + 1 (the frontend notifies for the next
   *  request): one op, as the two lie side by side. */
  private indexes(ref: number, cons: number): void {
    const at = this.batch.to(ref, REQ_EVENT, INDEX_BYTES);
    const view = this.dataView();
    view.setUint32(at, (cons + 1) >>> 0, true);
    view.setUint32(at + RSP_PROD - REQ_EVENT, cons, true);
  }

  /** A view of the batch's data buffer (a new one only when the buffer grew). */
  private dataView(): DataView {
    const data = this.batch.data;
    if (this.view === null || this.view.buffer !== data.buffer || this.view.byteOffset !== data.byteOffset) this.view = new DataView(data.buffer, data.byteOffset, data.length);
    return this.view;
  }
}
