/** Two connected ends in one process, without sockets (embedding and tests). */
import type { Connection, ConnectionHandlers } from './connection';
import { runSoon } from './microtask';

const CLOSED = Symbol('closed');

/** First in, first out, keeping its storage between uses (an array emptied with
 *  `length = 0` drops it, and the next push allocates it again). */
class Fifo<T> {
  private readonly items: Array<T | undefined> = [];
  private head = 0;
  private tail = 0;

  get isEmpty(): boolean {
    return this.head === this.tail;
  }

  push(item: T): void {
    this.items[this.tail++] = item;
  }

  /** The oldest item; only when not empty. */
  shift(): T {
    const item = this.items[this.head] as T;
    this.items[this.head++] = undefined;
    if (this.head === this.tail) {
      this.head = 0;
      this.tail = 0;
    }
    return item;
  }

  clear(): void {
    this.items.fill(undefined, this.head, this.tail);
    this.head = 0;
    this.tail = 0;
  }
}

/**
 * Ends with something to deliver, in the order they got it. One microtask delivers to all
 * of them, including what the receivers send while it runs (a server's answer reaches its
 * client in the same batch as the request reached the server): a round trip costs one
 * microtask, not one per hop.
 */
const ready = new Fifo<InProcessEnd>();
let deliveryScheduled = false;

function scheduleDelivery(end: InProcessEnd): void {
  ready.push(end);
  if (deliveryScheduled) return;
  deliveryScheduled = true;
  runSoon(deliverAll);
}

function deliverAll(): void {
  try {
    while (!ready.isEmpty) ready.shift().flush();
  } finally {
    // After a receiver threw, what is left still gets delivered (in a later microtask).
    deliveryScheduled = !ready.isEmpty;
    if (deliveryScheduled) runSoon(deliverAll);
  }
}

class InProcessEnd implements Connection {
  peerEnd: InProcessEnd | null = null;
  private handlers: ConnectionHandlers | null = null;
  private readonly inbox = new Fifo<Uint8Array | typeof CLOSED>();
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

  /** Deliver everything in the inbox, and what arrives meanwhile (called by deliverAll only). */
  flush(): void {
    const handlers = this.handlers as ConnectionHandlers;
    try {
      while (!this.inbox.isEmpty && !this.delivered) {
        const item = this.inbox.shift();
        if (item === CLOSED) {
          this.delivered = true;
          handlers.close();
        } else {
          // Ours alone: a copy made in send(), or a buffer its sender handed over.
          handlers.data(item, true);
        }
      }
    } finally {
      this.flushScheduled = false;
      if (this.delivered) this.inbox.clear();
      else this.scheduleFlush(); // a handler threw: the rest comes later
    }
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
    if (this.flushScheduled || !this.handlers || this.inbox.isEmpty) return;
    this.flushScheduled = true;
    scheduleDelivery(this);
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
