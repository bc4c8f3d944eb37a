/**
 * netback: one virtual network interface's backend in dom0, between a guest's netfront (a tx
 * and an rx ring, io/netif.h) and a port of a bridge (network/bridge-port.ts). It reaches the
 * guest's pages only through grant copies (DomctlService GrantCopyFromGuest / ToGuest).
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
 * Allocation: the hot path reuses its buffers — request and segment objects, the rx queue's
 * slots, the frame handed to the bridge (a cached view per length); only the grant-copy
 * calls themselves allocate, once per batch of frames.
 */
import {
  HVSIM_NETIF_MAX_FRAME, HVSIM_NETIF_MIN_FRAME, NETIF_RSP_ERROR, NETIF_RSP_NULL, NETIF_RSP_OKAY, NETTXF_extra_info,
  NETTXF_more_data, XEN_IO_PROTO_ABI_ARM, XEN_NETIF_EXTRA_FLAG_MORE, XEN_NETIF_NR_SLOTS_MIN, XenbusStateConnected,
} from '@hvsim/abi';
import type { VifSpec } from '../config/vif-spec';
import type { Domctl, GrantSegment } from '../domctl';
import type { Bridge, BridgePort } from '../network/bridge-port';
import { RingWorker } from '../services/ring-worker';
import { BackendDevice, type BackendDeviceOptions } from './backend-device';
import {
  encodeRxResponse, encodeTxResponse, readTxRequest, rxRequestGref, rxRequestId, rxSlotOffset, RX_RESPONSE_BYTES,
  RX_RING_SIZE, txSlotOffset, TX_RESPONSE_BYTES, TX_RING_SIZE, type TxRequest,
} from './netif-ring';
import { pendingRequests, REQ_EVENT, REQ_PROD, RSP_PROD } from './shared-ring';
import { vifBackendPath, vifFrontendPath } from './vif-entries';

const PAGE = 4096;
/** Segments one grant copy may carry (DomctlService's limit). */
const MAX_SEGMENTS = 256;
/** tx slots answered per batch: their responses plus rsp_prod and req_event fit one grant copy. */
const TX_BATCH_SLOTS = MAX_SEGMENTS - 2;
/** Frames delivered per rx batch: the data copies fit one grant copy. */
const RX_BATCH_FRAMES = Math.min(RX_RING_SIZE, MAX_SEGMENTS);
/** Frames from the bridge that may wait for rx requests (Linux's netback queues too). */
export const RX_QUEUE_FRAMES = 256;
const MAX_FRAME = HVSIM_NETIF_MAX_FRAME;

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

/** Where one tx frame's parts are in the batch: its slots and segments. */
interface TxFrame {
  firstSlot: number;
  slots: number;
  firstSeg: number;
  segs: number;
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
  private readonly req: TxRequest = { gref: 0, offset: 0, flags: 0, id: 0, size: 0 };
  private readonly segPool: GrantSegment[] = [];
  private readonly segs: GrantSegment[] = [];
  private readonly txFrames: TxFrame[] = [];
  /** Per tx slot of the batch: the id to echo and the status to answer. */
  private readonly slotIds = new Uint16Array(TX_RING_SIZE);
  private readonly slotStatus = new Int16Array(TX_RING_SIZE);
  private readonly responses = new Uint8Array(Math.max(TX_RING_SIZE * TX_RESPONSE_BYTES, RX_RING_SIZE * RX_RESPONSE_BYTES) + 8);
  private readonly responseView = new DataView(this.responses.buffer);
  private readonly frame = Buffer.alloc(MAX_FRAME);
  private readonly frameViews: Array<Uint8Array | undefined> = [];
  /** The rx queue: RX_QUEUE_FRAMES slots of MAX_FRAME bytes, a circular buffer. */
  private readonly rxQueue = Buffer.alloc(RX_QUEUE_FRAMES * MAX_FRAME);
  private readonly rxQueueViews: Uint8Array[] = [];
  private readonly rxLengths = new Uint16Array(RX_QUEUE_FRAMES);
  private rxHead = 0;
  private rxCount = 0;
  private readonly rxOut = Buffer.alloc(RX_BATCH_FRAMES * MAX_FRAME);

  constructor(private readonly o: NetbackOptions) {
    super(o, 'vif', o.vif.devid, vifBackendPath(o.domid, o.vif.devid), vifFrontendPath(o.domid, o.vif.devid));
    this.worker = new RingWorker(() => this.pass(), (err) => this.fail(`ring: ${(err as Error).message}`), () => o.clock.now());
    for (let i = 0; i < MAX_SEGMENTS; i++) this.segPool.push({ domid: o.domid, ref: 0, offset: 0, length: 0 });
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

  /** Serves both rings until neither has anything to do. */
  private async pass(): Promise<void> {
    for (;;) {
      const rings = this.rings;
      if (rings === null) return;
      const sent = await this.txBatch(rings);
      if (this.rings !== rings) return;
      const given = await this.rxBatch(rings);
      if (!sent && !given) return;
    }
  }

  private segment(i: number, ref: number, offset: number, length: number): GrantSegment {
    const s = this.segPool[i];
    s.ref = ref;
    s.offset = offset;
    s.length = length;
    this.segs[i] = s;
    return s;
  }

  private txFrame(i: number): TxFrame {
    let f = this.txFrames[i];
    if (f === undefined) {
      f = { firstSlot: 0, slots: 0, firstSeg: 0, segs: 0, size: 0, bad: false };
      this.txFrames[i] = f;
    }
    return f;
  }

  /**
   * A snapshot of a ring page and how many requests the frontend has produced past `cons`;
   * null (after fail()) if the page is no longer granted or the producer is more than a ring ahead.
   */
  private async readRing(which: 'tx' | 'rx', ref: number, cons: number, size: number): Promise<{ page: DataView; pending: number } | null> {
    const read = await this.o.domctl.grantCopyFromGuest([{ domid: this.o.domid, ref, offset: 0, length: PAGE }]);
    if (read.status[0] !== 0) {
      this.fail(`the ${which} ring page (ref ${ref}) is no longer granted (GNTST ${read.status[0]})`);
      return null;
    }
    const page = new DataView(read.data.buffer, read.data.byteOffset, PAGE);
    const prod = page.getUint32(REQ_PROD, true);
    const pending = pendingRequests(prod, cons, size);
    if (pending === null) {
      this.fail(`${which} req_prod ${prod} is ${(prod - cons) >>> 0} requests ahead of req_cons ${cons} (ring of ${size})`);
      return null;
    }
    return { page, pending };
  }

  /** One batch of tx requests: frames to the bridge, answers to the guest. Whether it took any. */
  private async txBatch(rings: Rings): Promise<boolean> {
    const ring = await this.readRing('tx', rings.txRef, this.txCons, TX_RING_SIZE);
    if (ring === null) return false;
    const { page, pending } = ring;
    const parsed = this.parseTx(page, Math.min(pending, TX_BATCH_SLOTS));
    if (parsed === null || parsed.slots === 0) return false;
    this.segs.length = parsed.segs;
    const copied = parsed.segs > 0 ? await this.o.domctl.grantCopyFromGuest(this.segs) : { status: [], data: new Uint8Array(0) };
    if (this.rings !== rings) return false;
    this.forwardTx(parsed.frames, copied.status, copied.data);
    return this.publishTx(rings, parsed.slots);
  }

  /**
   * Reads up to `avail` slots from txCons into frames (this.txFrames), their segments
   * (this.segs) and their slots' answers (slotIds/slotStatus). A frame whose chain is not all
   * on the ring yet waits for the next pass. Null when the ring is beyond repair (failed).
   */
  private parseTx(page: DataView, avail: number): { slots: number; segs: number; frames: number } | null {
    let slot = 0;
    let segs = 0;
    let frames = 0;
    while (slot < avail) {
      const chain = this.chainLength(page, slot, avail);
      if (chain === null) return null;
      if (chain === 0) break; // incomplete: the rest is not on the ring yet
      const f = this.txFrame(frames++);
      f.firstSlot = slot;
      f.slots = chain;
      f.firstSeg = segs;
      f.segs = 0;
      f.bad = false;
      segs += this.frameSegments(page, f);
      slot += chain;
    }
    return { slots: slot, segs, frames };
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
      if (n >= XEN_NETIF_NR_SLOTS_MIN) {
        this.fail(`a tx frame is chained over more than ${XEN_NETIF_NR_SLOTS_MIN} slots`);
        return null;
      }
      const idx = this.txCons + slot + n;
      n++;
      if (n > 1 && extras) {
        // An extra-info slot (they follow the first request): its flags byte says whether another follows.
        extras = (page.getUint8(txSlotOffset(idx) + 1) & XEN_NETIF_EXTRA_FLAG_MORE) !== 0;
      } else {
        const flags = readTxRequest(page, idx, this.req).flags;
        if (n === 1) extras = (flags & NETTXF_extra_info) !== 0;
        more = (flags & NETTXF_more_data) !== 0;
      }
      if (!extras && !more) return n;
    }
  }

  /** Checks one frame's slots, queues its copies, sets its slots' answers; the segments added. */
  private frameSegments(page: DataView, f: TxFrame): number {
    const first = readTxRequest(page, this.txCons + f.firstSlot, this.req);
    f.size = first.size;
    let extras = (first.flags & NETTXF_extra_info) !== 0;
    let rest = 0;
    for (let k = 0; k < f.slots; k++) {
      const s = f.firstSlot + k;
      if (k > 0 && extras) {
        extras = (page.getUint8(txSlotOffset(this.txCons + s) + 1) & XEN_NETIF_EXTRA_FLAG_MORE) !== 0;
        this.slotIds[s] = 0xffff;
        this.slotStatus[s] = NETIF_RSP_NULL;
        continue;
      }
      const r = readTxRequest(page, this.txCons + s, this.req);
      this.slotIds[s] = r.id;
      this.slotStatus[s] = NETIF_RSP_OKAY;
      if (k > 0) rest += r.size;
    }
    // Data slots after the first carry their own sizes; the first carries the frame's total.
    let segs = 0;
    const firstPart = f.size - rest;
    if (f.size < HVSIM_NETIF_MIN_FRAME || f.size > MAX_FRAME || firstPart <= 0) f.bad = true;
    for (let k = 0; k < f.slots && !f.bad; k++) {
      const s = f.firstSlot + k;
      if (k > 0 && this.slotStatus[s] === NETIF_RSP_NULL) continue;
      const r = readTxRequest(page, this.txCons + s, this.req);
      const length = k === 0 ? firstPart : r.size;
      if (length === 0 || r.offset + length > PAGE) {
        f.bad = true;
        break;
      }
      this.segment(f.firstSeg + segs++, r.gref, r.offset, length);
    }
    if (f.bad) {
      for (let k = 0; k < f.slots; k++) if (this.slotStatus[f.firstSlot + k] === NETIF_RSP_OKAY) this.slotStatus[f.firstSlot + k] = NETIF_RSP_ERROR;
      return 0;
    }
    f.segs = segs;
    return segs;
  }

  /** Hands each frame whose copies all succeeded to the bridge; the others are answered NETIF_RSP_ERROR. */
  private forwardTx(frames: number, status: readonly number[], data: Uint8Array): void {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.length);
    let at = 0;
    for (let i = 0; i < frames; i++) {
      const f = this.txFrames[i];
      if (f.bad) {
        this.stats.txErrors++;
        continue;
      }
      let ok = true;
      let len = 0;
      for (let k = 0; k < f.segs; k++) {
        if (status[f.firstSeg + k] !== 0) ok = false;
        else len += this.segs[f.firstSeg + k].length;
      }
      if (ok) {
        bytes.copy(this.frame, 0, at, at + len);
        this.stats.txFrames++;
        this.stats.txBytes += len;
        this.port?.send(this.frameView(len));
      } else {
        this.stats.txErrors++;
        for (let k = 0; k < f.slots; k++) if (this.slotStatus[f.firstSlot + k] === NETIF_RSP_OKAY) this.slotStatus[f.firstSlot + k] = NETIF_RSP_ERROR;
      }
      at += len;
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

  /** Answers `slots` tx slots (NULL slots too: the frontend counts them), rsp_prod, req_event; notifies. */
  private async publishTx(rings: Rings, slots: number): Promise<boolean> {
    const rspProd = this.txCons;
    for (let s = 0; s < slots; s++) {
      encodeTxResponse(this.responseView, s * TX_RESPONSE_BYTES, this.slotIds[s], this.slotStatus[s]);
      this.segment(s, rings.txRef, txSlotOffset(rspProd + s), TX_RESPONSE_BYTES);
    }
    this.txCons = (this.txCons + slots) >>> 0;
    return this.publish(rings, rings.txRef, slots, slots * TX_RESPONSE_BYTES, this.txCons);
  }

  /**
   * Writes the `n` response segments already set up (their bytes first in this.responses), then
   * rsp_prod = req_cons = `cons` and req_event = cons + 1 (the frontend notifies for the next
   * request), in one grant copy; then notifies the frontend.
   */
  private async publish(rings: Rings, ref: number, n: number, bytes: number, cons: number): Promise<boolean> {
    this.responseView.setUint32(bytes, cons, true);
    this.responseView.setUint32(bytes + 4, (cons + 1) >>> 0, true);
    this.segment(n, ref, RSP_PROD, 4);
    this.segment(n + 1, ref, REQ_EVENT, 4);
    this.segs.length = n + 2;
    const status = await this.o.domctl.grantCopyToGuest(this.segs, this.responses.subarray(0, bytes + 8));
    const bad = status.find((s) => s !== 0);
    if (bad !== undefined) {
      this.fail(`publishing responses failed (GNTST ${bad})`);
      return false;
    }
    if (this.rings === rings) await this.o.domctl.evtchnSend(rings.localPort);
    return true;
  }

  /** Queued frames into the rx requests the frontend has posted. Whether it delivered any. */
  private async rxBatch(rings: Rings): Promise<boolean> {
    if (this.rxCount === 0) return false;
    const ring = await this.readRing('rx', rings.rxRef, this.rxCons, RX_RING_SIZE);
    if (ring === null) return false;
    const { page, pending: posted } = ring;
    const n = Math.min(posted, this.rxCount, RX_BATCH_FRAMES);
    if (n === 0) return false; // they wait for the frontend to post (it notifies past req_event)
    let total = 0;
    for (let i = 0; i < n; i++) {
      const q = (this.rxHead + i) % RX_QUEUE_FRAMES;
      const len = this.rxLengths[q];
      this.rxQueue.copy(this.rxOut, total, q * MAX_FRAME, q * MAX_FRAME + len);
      this.segment(i, rxRequestGref(page, this.rxCons + i), 0, len);
      total += len;
    }
    this.segs.length = n;
    const status = await this.o.domctl.grantCopyToGuest(this.segs, this.rxOut.subarray(0, total));
    if (this.rings !== rings) return false;
    for (let i = 0; i < n; i++) {
      const q = (this.rxHead + i) % RX_QUEUE_FRAMES;
      const len = this.rxLengths[q];
      const ok = status[i] === 0;
      if (ok) {
        this.stats.rxFrames++;
        this.stats.rxBytes += len;
      } else {
        this.stats.rxDropped++;
      }
      encodeRxResponse(this.responseView, i * RX_RESPONSE_BYTES, rxRequestId(page, this.rxCons + i), 0, ok ? len : NETIF_RSP_ERROR);
    }
    this.rxHead = (this.rxHead + n) % RX_QUEUE_FRAMES;
    this.rxCount -= n;
    // rx responses are as long as rx requests, so they lie contiguous in the ring, unless they wrap.
    const start = this.rxCons;
    const firstRun = Math.min(n, RX_RING_SIZE - (start & (RX_RING_SIZE - 1)));
    this.segment(0, rings.rxRef, rxSlotOffset(start), firstRun * RX_RESPONSE_BYTES);
    let segs = 1;
    if (firstRun < n) this.segment(segs++, rings.rxRef, rxSlotOffset(start + firstRun), (n - firstRun) * RX_RESPONSE_BYTES);
    this.rxCons = (this.rxCons + n) >>> 0;
    return this.publish(rings, rings.rxRef, segs, n * RX_RESPONSE_BYTES, this.rxCons);
  }
}
