/**
 * One client of xenstored, independent of how its bytes travel (Unix socket, ring page, or an
 * in-process pipe): bytes in through receive(), messages out through the sink.
 */
// By module: the package index re-exports through getters too slow for every reply.
import { XS_ERROR } from '@hvsim/abi/xs_wire';
import { XsProtocolError } from './errors';
import type { XsAccessor } from './permissions';
import type { Transaction } from './transaction';
import { XsFrameDecoder, encodeMessage, type XsMessage } from './wire';

/** Where a connection's output goes. */
export interface XsConnectionSink {
  /** Bytes for the peer (whole messages). */
  write(bytes: Uint8Array): void;
  /** The daemon drops the connection: `protocolError` when the peer sent a bad frame, else the
   *  domain was released or the connection closed. */
  close(reason: string, protocolError: boolean): void;
  /** Bytes written and not yet taken by the peer (absent: the transport holds none). */
  queuedBytes?(): number;
}

/** What the connection needs from the daemon (kept narrow to avoid a cycle). */
export interface XsRequestHandler {
  handle(conn: XenstoreConnection, msg: XsMessage): void;
  disconnected(conn: XenstoreConnection): void;
  /** The peer left more output queued than a connection may hold: the daemon closes it. */
  overQueued(conn: XenstoreConnection, queuedBytes: number): void;
}

export class XenstoreConnection implements XsAccessor {
  /** Domain whose permissions this connection has as well (XS_SET_TARGET), or null. */
  target: number | null = null;
  readonly transactions = new Map<number, Transaction>();
  watchCount = 0;
  /** Watch events queued for delivery but not yet written. */
  pendingEvents = 0;
  /** Watch events dropped because too many were pending. */
  droppedEvents = 0;
  /** Whole messages received so far. */
  messagesReceived = 0;
  private nextTransactionId = 1;
  private readonly decoder = new XsFrameDecoder();
  private isClosed = false;

  constructor(
    private readonly handler: XsRequestHandler,
    private readonly sink: XsConnectionSink,
    readonly domid: number,
    readonly privileged: boolean,
    /** Output the peer may leave untaken before the connection is closed. */
    private readonly maxQueuedBytes: number = Infinity,
  ) {}

  get closed(): boolean {
    return this.isClosed;
  }

  /** Bytes from the peer: every complete message is handled in order, replies go to the sink. */
  receive(bytes: Uint8Array): void {
    if (this.isClosed) return;
    let messages: XsMessage[];
    try {
      messages = this.decoder.push(bytes);
    } catch (err) {
      if (!(err instanceof XsProtocolError)) throw err;
      this.close(err.message, true);
      return;
    }
    for (const msg of messages) {
      if (this.isClosed) return;
      this.messagesReceived++;
      this.handler.handle(this, msg);
    }
  }

  /** Is part of a message buffered, waiting for the rest? */
  get hasPartialMessage(): boolean {
    return this.decoder.bufferedBytes > 0;
  }

  /** Send one message to the peer. */
  send(type: number, reqId: number, txId: number, payload: Uint8Array): void {
    if (!this.isClosed) this.sendEncoded(encodeMessage(type, reqId, txId, payload));
  }

  /** Send already-encoded messages. */
  sendEncoded(bytes: Uint8Array): void {
    if (this.isClosed) return;
    this.sink.write(bytes);
    const queued = this.sink.queuedBytes?.() ?? 0;
    if (queued > this.maxQueuedBytes) this.handler.overQueued(this, queued);
  }

  sendError(reqId: number, txId: number, errno: string): void {
    this.send(XS_ERROR, reqId, txId, Buffer.from(`${errno}\0`, 'latin1'));
  }

  /** A fresh transaction id: nonzero and not in use on this connection. */
  allocateTransactionId(): number {
    while (this.nextTransactionId === 0 || this.transactions.has(this.nextTransactionId)) {
      this.nextTransactionId = (this.nextTransactionId + 1) >>> 0;
    }
    const id = this.nextTransactionId;
    this.nextTransactionId = (id + 1) >>> 0;
    return id;
  }

  /** Drop the connection: its watches and transactions go, the sink is told why. Idempotent. */
  close(reason = 'closed', protocolError = false): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.handler.disconnected(this);
    this.sink.close(reason, protocolError);
  }
}
