/**
 * The xenstore ring page (`struct xenstore_domain_interface`): a 1 KiB request ring the guest
 * produces into and xenstored consumes from, a 1 KiB response ring the other way round, free-
 * running 32-bit indices (masked with XENSTORE_RING_SIZE - 1 to address bytes), and the
 * server_features / connection / error words.
 */
import {
  MASK_XENSTORE_IDX, XENSTORE_DOMAIN_INTERFACE, XENSTORE_ERROR_NONE, XENSTORE_ERROR_PROTO,
  XENSTORE_ERROR_RINGIDX, XENSTORE_RING_SIZE, XENSTORE_SERVER_FEATURE_ERROR,
} from '@hvsim/abi';
import type { XenstoreConnection } from './connection';
import type { Xenstored } from './xenstored';

const F = XENSTORE_DOMAIN_INTERFACE.f;
const IFACE = {
  size: XENSTORE_DOMAIN_INTERFACE.size,
  req: F.req.offset, rsp: F.rsp.offset, req_cons: F.req_cons.offset, req_prod: F.req_prod.offset,
  rsp_cons: F.rsp_cons.offset, rsp_prod: F.rsp_prod.offset, server_features: F.server_features.offset,
  connection: F.connection.offset, error: F.error.offset,
};

/** Ring arithmetic over one page; both ends' operations (the guest side serves tests and TS guests). */
export class XenstoreRing {
  private readonly view: DataView;

  constructor(readonly page: Uint8Array) {
    if (page.length < IFACE.size) {
      throw new RangeError(`xenstore ring page needs ${IFACE.size} bytes, got ${page.length}`);
    }
    this.view = new DataView(page.buffer, page.byteOffset, IFACE.size);
  }

  get reqCons(): number { return this.u32(IFACE.req_cons); }
  get reqProd(): number { return this.u32(IFACE.req_prod); }
  get rspCons(): number { return this.u32(IFACE.rsp_cons); }
  get rspProd(): number { return this.u32(IFACE.rsp_prod); }
  get serverFeatures(): number { return this.u32(IFACE.server_features); }
  set serverFeatures(v: number) { this.setU32(IFACE.server_features, v); }
  get connection(): number { return this.u32(IFACE.connection); }
  set connection(v: number) { this.setU32(IFACE.connection, v); }
  get error(): number { return this.u32(IFACE.error); }
  set error(v: number) { this.setU32(IFACE.error, v); }

  /** Bytes queued on the request ring, or -1 if the guest's indices are impossible. */
  requestBytes(): number {
    const n = (this.reqProd - this.reqCons) >>> 0;
    return n > XENSTORE_RING_SIZE ? -1 : n;
  }

  /** Free bytes on the response ring, or -1 if the guest's indices are impossible. */
  responseSpace(): number {
    const used = (this.rspProd - this.rspCons) >>> 0;
    return used > XENSTORE_RING_SIZE ? -1 : XENSTORE_RING_SIZE - used;
  }

  /** Server side: take everything on the request ring (advances req_cons). */
  takeRequests(): Uint8Array {
    const n = this.requestBytes();
    if (n < 0) throw new RangeError('request ring indices out of range');
    const out = this.copyOut(IFACE.req, this.reqCons, n);
    this.setU32(IFACE.req_cons, (this.reqCons + n) >>> 0);
    return out;
  }

  /** Server side: put as much of `bytes` as fits on the response ring; returns the count. */
  putResponses(bytes: Uint8Array): number {
    const space = this.responseSpace();
    if (space < 0) throw new RangeError('response ring indices out of range');
    const n = Math.min(space, bytes.length);
    this.copyIn(IFACE.rsp, this.rspProd, bytes.subarray(0, n));
    this.setU32(IFACE.rsp_prod, (this.rspProd + n) >>> 0);
    return n;
  }

  /** Guest side: queue request bytes; returns how many fitted. */
  guestWrite(bytes: Uint8Array): number {
    const free = XENSTORE_RING_SIZE - ((this.reqProd - this.reqCons) >>> 0);
    const n = Math.max(0, Math.min(free, bytes.length));
    this.copyIn(IFACE.req, this.reqProd, bytes.subarray(0, n));
    this.setU32(IFACE.req_prod, (this.reqProd + n) >>> 0);
    return n;
  }

  /** Guest side: take every response byte available. */
  guestRead(): Uint8Array {
    const n = Math.min((this.rspProd - this.rspCons) >>> 0, XENSTORE_RING_SIZE);
    const out = this.copyOut(IFACE.rsp, this.rspCons, n);
    this.setU32(IFACE.rsp_cons, (this.rspCons + n) >>> 0);
    return out;
  }

  private copyOut(base: number, index: number, n: number): Uint8Array {
    const out = new Uint8Array(n);
    const start = MASK_XENSTORE_IDX(index);
    const first = Math.min(n, XENSTORE_RING_SIZE - start);
    out.set(this.page.subarray(base + start, base + start + first), 0);
    out.set(this.page.subarray(base, base + n - first), first);
    return out;
  }

  private copyIn(base: number, index: number, bytes: Uint8Array): void {
    const start = MASK_XENSTORE_IDX(index);
    const first = Math.min(bytes.length, XENSTORE_RING_SIZE - start);
    this.page.set(bytes.subarray(0, first), base + start);
    this.page.set(bytes.subarray(first), base);
  }

  private u32(off: number): number {
    return this.view.getUint32(off, true);
  }

  private setU32(off: number, v: number): void {
    this.view.setUint32(off, v >>> 0, true);
  }
}

/**
 * A guest's xenstore connection over its ring page. dom0 calls kick() when the guest signals the
 * ring's event channel; `notify` is called when the guest should be signalled (responses or
 * watch events were put on the ring, or request space was freed). Responses that do not fit wait
 * until the guest consumes and kicks again. A protocol violation sets the page's `error` word
 * (XENSTORE_ERROR_PROTO / XENSTORE_ERROR_RINGIDX) and the ring is ignored from then on.
 */
export class XenstoreRingConnection {
  readonly ring: XenstoreRing;
  readonly connection: XenstoreConnection;
  private readonly output: Uint8Array[] = [];
  private outputOffset = 0;
  /** Bytes in `output` not yet on the ring. */
  private outputBytes = 0;
  private inKick = false;
  private notifyPending = false;

  constructor(xenstored: Xenstored, readonly domid: number, page: Uint8Array, private readonly notify: () => void) {
    this.ring = new XenstoreRing(page);
    this.ring.serverFeatures = this.ring.serverFeatures | XENSTORE_SERVER_FEATURE_ERROR;
    this.connection = xenstored.connect(domid, {
      write: (bytes) => this.queueOutput(bytes),
      close: (_reason, protocolError) => this.connectionClosed(protocolError),
      queuedBytes: () => this.outputBytes,
    }, false);
  }

  /** Bytes waiting for room on the response ring. */
  get pendingOutputBytes(): number {
    return this.outputBytes;
  }

  /** The guest signalled: push waiting output, then serve what it queued. */
  kick(): void {
    if (this.ring.error !== XENSTORE_ERROR_NONE || this.connection.closed) return;
    this.inKick = true;
    try {
      this.flushOutput();
      if (this.ring.requestBytes() < 0) {
        this.fail(XENSTORE_ERROR_RINGIDX, 'request ring indices out of range');
        return;
      }
      const requests = this.ring.takeRequests();
      if (requests.length > 0) {
        this.notifyPending = true;
        this.connection.receive(requests);
      }
    } finally {
      this.inKick = false;
    }
    this.sendNotify();
  }

  /** Stop serving (domain destroyed): drops the connection. */
  close(): void {
    this.connection.close('ring closed');
  }

  private queueOutput(bytes: Uint8Array): void {
    this.output.push(bytes);
    this.outputBytes += bytes.length;
    this.flushOutput();
    if (!this.inKick) this.sendNotify();
  }

  private flushOutput(): void {
    while (this.output.length > 0) {
      if (this.ring.responseSpace() < 0) {
        this.fail(XENSTORE_ERROR_RINGIDX, 'response ring indices out of range');
        return;
      }
      const chunk = this.output[0];
      const n = this.ring.putResponses(chunk.subarray(this.outputOffset));
      if (n > 0) this.notifyPending = true;
      this.outputOffset += n;
      this.outputBytes -= n;
      if (this.outputOffset < chunk.length) return;
      this.output.shift();
      this.outputOffset = 0;
    }
  }

  private sendNotify(): void {
    if (!this.notifyPending) return;
    this.notifyPending = false;
    this.notify();
  }

  private fail(error: number, reason: string): void {
    this.ring.error = error;
    this.connection.close(reason);
  }

  /** The daemon dropped the connection; a framing error is reported through the page. */
  private connectionClosed(protocolError: boolean): void {
    if (protocolError && this.ring.error === XENSTORE_ERROR_NONE) this.ring.error = XENSTORE_ERROR_PROTO;
    this.output.length = 0;
    this.outputOffset = 0;
    this.outputBytes = 0;
  }
}
