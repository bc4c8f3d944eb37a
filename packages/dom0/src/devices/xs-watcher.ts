/**
 * A backend's own xenstore connection, for watches: dom0's backends learn of a frontend's
 * state changes the way Linux's xenbus does, by XS_WATCH on the frontend's nodes. Events come
 * from xenstored in its delivery turns on dom0's virtual clock, so a backend reacts at virtual
 * times the run alone fixes.
 */
import { XS_UNWATCH, XS_WATCH, XS_WATCH_EVENT } from '@hvsim/abi';
import { XsFrameDecoder, encodeMessage, nulStrings, splitArgs, type Xenstored, type XenstoreConnection } from '../xenstore';

export class XsWatcher {
  private readonly conn: XenstoreConnection;
  private readonly decoder = new XsFrameDecoder();
  private readonly callbacks = new Map<string, (path: string) => void>();
  private nextToken = 1;

  constructor(xenstored: Xenstored, private readonly log: (line: string) => void) {
    this.conn = xenstored.connect(0, {
      write: (bytes) => this.received(bytes),
      close: (reason) => log(`backend xenstore connection closed: ${reason}`),
    }, true);
  }

  /** Calls `fn` with the changed path whenever `path` or a node below it changes (and once
   *  now, as XS_WATCH does). Returns the token that unwatch() takes. */
  watch(path: string, fn: (path: string) => void): string {
    const token = `blkback-${this.nextToken++}`;
    this.callbacks.set(token, fn);
    this.conn.receive(encodeMessage(XS_WATCH, 0, 0, nulStrings([path, token])));
    return token;
  }

  unwatch(path: string, token: string): void {
    if (!this.callbacks.delete(token)) return;
    this.conn.receive(encodeMessage(XS_UNWATCH, 0, 0, nulStrings([path, token])));
  }

  close(): void {
    this.callbacks.clear();
    this.conn.close();
  }

  private received(bytes: Uint8Array): void {
    for (const msg of this.decoder.push(bytes)) {
      if (msg.type !== XS_WATCH_EVENT) continue; // replies to our own (un)watch requests
      const [path, token] = splitArgs(msg.payload);
      const fn = this.callbacks.get(token);
      if (fn === undefined) continue;
      try {
        fn(path);
      } catch (err) {
        this.log(`watch ${token} on ${path}: ${(err as Error).message}`);
      }
    }
  }
}
