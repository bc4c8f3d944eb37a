/** An in-process xs_wire client for the xenstored tests. */
import {
  XS_ERROR, XS_WATCH_EVENT, XS_READ, XS_WRITE, XS_DIRECTORY, XS_MKDIR, XS_RM, XS_GET_PERMS,
  XS_SET_PERMS, XS_WATCH, XS_UNWATCH, XS_TRANSACTION_START, XS_TRANSACTION_END,
} from '@hvsim/abi';
import { Xenstored, XsFrameDecoder, encodeMessage, type XenstoreConnection, type XsMessage } from '../../src/xenstore';

export { Xenstored };

/** Every payload argument NUL-terminated, as libxenstore sends them. */
export function args(...parts: string[]): Buffer {
  return Buffer.from(parts.map((p) => p + '\0').join(''), 'latin1');
}

export class TestClient {
  readonly conn: XenstoreConnection;
  readonly received: XsMessage[] = [];
  closedReason: string | null = null;
  private readonly decoder = new XsFrameDecoder();
  private nextReq = 1;

  constructor(readonly xs: Xenstored, domid: number, privileged?: boolean) {
    this.conn = xs.connect(domid, {
      write: (bytes) => this.received.push(...this.decoder.push(bytes)),
      close: (reason) => { this.closedReason = reason; },
    }, privileged);
  }

  /** Send one request; the daemon answers synchronously. */
  request(type: number, payload: Buffer, txId = 0): XsMessage {
    const reqId = this.nextReq++;
    const before = this.received.length;
    this.conn.receive(encodeMessage(type, reqId, txId, payload));
    const reply = this.received.slice(before).find((m) => m.reqId === reqId && m.type !== XS_WATCH_EVENT);
    if (!reply) throw new Error(`no reply to request type ${type}`);
    this.received.splice(this.received.indexOf(reply), 1);
    return reply;
  }

  /** The reply payload as text, or "!ERRNO" for an XS_ERROR. */
  call(type: number, payload: Buffer, txId = 0): string {
    const reply = this.request(type, payload, txId);
    const text = reply.payload.toString('latin1');
    if (reply.type === XS_ERROR) return `!${text.replace(/\0$/, '')}`;
    if (reply.type !== type) throw new Error(`reply type ${reply.type} to request ${type}`);
    return text;
  }

  read(path: string, tx = 0): string { return this.call(XS_READ, args(path), tx); }
  write(path: string, value: string, tx = 0): string {
    return this.call(XS_WRITE, Buffer.concat([args(path), Buffer.from(value, 'latin1')]), tx);
  }
  mkdir(path: string, tx = 0): string { return this.call(XS_MKDIR, args(path), tx); }
  rm(path: string, tx = 0): string { return this.call(XS_RM, args(path), tx); }
  ls(path: string, tx = 0): string[] | string {
    const r = this.call(XS_DIRECTORY, args(path), tx);
    return r.startsWith('!') ? r : r.split('\0').slice(0, -1);
  }
  getPerms(path: string, tx = 0): string { return this.call(XS_GET_PERMS, args(path), tx); }
  setPerms(path: string, ...perms: string[]): string { return this.call(XS_SET_PERMS, args(path, ...perms)); }
  watch(path: string, token: string): string { return this.call(XS_WATCH, args(path, token)); }
  unwatch(path: string, token: string): string { return this.call(XS_UNWATCH, args(path, token)); }
  start(): number {
    const r = this.call(XS_TRANSACTION_START, args(''));
    if (r.startsWith('!')) throw new Error(`transaction start failed: ${r}`);
    return Number(r.replace(/\0$/, ''));
  }
  end(tx: number, commit: boolean): string { return this.call(XS_TRANSACTION_END, args(commit ? 'T' : 'F'), tx); }

  /** Deliver queued watch events and return (and forget) those this client got, as "path|token". */
  events(): string[] {
    this.xs.flushEvents();
    const evs = this.received.filter((m) => m.type === XS_WATCH_EVENT);
    for (const e of evs) this.received.splice(this.received.indexOf(e), 1);
    return evs.map((e) => {
      const [path, token] = e.payload.toString('latin1').split('\0');
      return `${path}|${token}`;
    });
  }
}

/** A daemon whose event delivery only happens through flushEvents() (no timers left behind). */
export function newXenstored(options: ConstructorParameters<typeof Xenstored>[0] = {}): Xenstored {
  return new Xenstored({ scheduleDelivery: () => undefined, ...options });
}
