/** Two connected ends in one process, without sockets (embedding and tests). */
import type { Connection, ConnectionHandlers } from './connection';

const CLOSED = Symbol('closed');

class InProcessEnd implements Connection {
  peerEnd: InProcessEnd | null = null;
  private handlers: ConnectionHandlers | null = null;
  private readonly inbox: Array<Uint8Array | typeof CLOSED> = [];
  private flushScheduled = false;
  private sendClosed = false;
  private delivered = false; // close() was delivered to our handlers

  constructor(readonly peer: string) {}

  start(handlers: ConnectionHandlers): void {
    if (this.handlers) throw new Error('connection already started');
    this.handlers = handlers;
    this.scheduleFlush();
  }

  send(bytes: Uint8Array, handOver = false): void {
    if (this.sendClosed || !this.peerEnd) return;
    // Copy, as a socket would, unless the caller has handed the buffer over for good.
    this.peerEnd.enqueue(handOver ? bytes : bytes.slice());
  }

  close(): void {
    if (this.sendClosed) return;
    this.sendClosed = true;
    this.peerEnd?.enqueue(CLOSED);
    this.enqueue(CLOSED);
  }

  private enqueue(item: Uint8Array | typeof CLOSED): void {
    if (this.delivered) return;
    if (item === CLOSED) {
      // Either side closing ends the conversation for both.
      this.sendClosed = true;
    }
    this.inbox.push(item);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || !this.handlers || this.inbox.length === 0) return;
    this.flushScheduled = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const handlers = this.handlers;
    if (!handlers) return;
    while (this.inbox.length > 0 && !this.delivered) {
      const item = this.inbox.shift() as Uint8Array | typeof CLOSED;
      if (item === CLOSED) {
        this.delivered = true;
        this.inbox.length = 0;
        handlers.close();
      } else {
        // Ours alone: a copy made in send(), or a buffer its sender handed over.
        handlers.data(item, true);
      }
    }
  }
}

/** Returns [clientEnd, serverEnd]; what one sends the other receives, asynchronously and in order. */
export function inProcessPair(): [Connection, Connection] {
  const a = new InProcessEnd('in-process');
  const b = new InProcessEnd('in-process');
  a.peerEnd = b;
  b.peerEnd = a;
  return [a, b];
}
