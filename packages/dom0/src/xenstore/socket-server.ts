/**
 * xenstored's Unix socket for host tools (what XENSTORED_PATH points Xen's xenstore-* clients
 * at). Every client is a privileged dom0 connection, as on a Xen host. The socket's
 * connections are limited as the control sockets' are (ConnectionLimits): how many, how long
 * a new one has to send its first message, how long a message may take once begun.
 */
import { lstatSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { XS_ERROR } from '@hvsim/abi';
import { DEFAULT_CONNECTION_LIMITS, Deadline, type ConnectionLimits } from '@hvsim/control';
import { encodeMessage } from './wire';
import type { Xenstored } from './xenstored';

export interface XenstoreSocketServerOptions {
  /** Told of every request read and every reply written (a daemon's idle polling). */
  onTraffic?: () => void;
  /** Limits on its connections (default DEFAULT_CONNECTION_LIMITS). */
  limits?: Partial<ConnectionLimits>;
  /** Told when a connection is refused or cut off by those limits (for the daemon's log). */
  onLimit?: (reason: string) => void;
}

/** What a refused client reads before the socket closes: an XS_ERROR it can report. */
const REFUSED = encodeMessage(XS_ERROR, 0, 0, Buffer.from('EAGAIN\0', 'latin1'));

export class XenstoreSocketServer {
  private server: Server | null = null;
  private path: string | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly onTraffic: () => void;
  private readonly limits: Readonly<ConnectionLimits>;
  private readonly onLimit: (reason: string) => void;

  constructor(private readonly xenstored: Xenstored, options: XenstoreSocketServerOptions = {}) {
    this.onTraffic = options.onTraffic ?? (() => undefined);
    this.limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
    this.onLimit = options.onLimit ?? (() => undefined);
  }

  /** Number of connected clients. */
  get clientCount(): number {
    return this.sockets.size;
  }

  /** Listen on `path`; a stale socket file there is replaced, any other file is an error. */
  async listen(path: string): Promise<void> {
    if (this.server) throw new Error('xenstore socket server is already listening');
    removeStaleSocket(path);
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.path = path;
  }

  /** Stop listening, drop every client and remove the socket file. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (this.path) removeStaleSocket(this.path);
    this.path = null;
  }

  private accept(socket: Socket): void {
    if (this.sockets.size >= this.limits.maxConnections) {
      socket.on('error', () => undefined);
      socket.end(REFUSED);
      this.onLimit(`too many connections (limit ${this.limits.maxConnections}): refused with EAGAIN`);
      return;
    }
    this.sockets.add(socket);
    const { handshakeTimeoutMs, frameTimeoutMs } = this.limits;
    const cutOff = (why: string): void => {
      this.onLimit(why);
      socket.destroy();
    };
    const firstMessage = new Deadline(handshakeTimeoutMs, () => cutOff(`no message within ${handshakeTimeoutMs} ms of connecting`));
    const partialMessage = new Deadline(frameTimeoutMs, () => cutOff(`a message was begun and not completed within ${frameTimeoutMs} ms`));
    firstMessage.arm();
    const conn = this.xenstored.connect(0, {
      write: (bytes) => {
        if (socket.destroyed) return;
        this.onTraffic();
        socket.write(bytes);
      },
      close: () => socket.destroy(),
      queuedBytes: () => socket.writableLength,
    });
    socket.on('data', (chunk) => {
      this.onTraffic();
      conn.receive(chunk);
      if (conn.messagesReceived > 0) firstMessage.disarm();
      if (conn.hasPartialMessage) partialMessage.arm();
      else partialMessage.disarm();
    });
    socket.on('error', () => undefined); // 'close' follows and cleans up
    socket.on('close', () => {
      firstMessage.disarm();
      partialMessage.disarm();
      this.sockets.delete(socket);
      conn.close('peer closed');
    });
  }
}

function removeStaleSocket(path: string): void {
  let isSocket: boolean;
  try {
    isSocket = lstatSync(path).isSocket();
  } catch {
    return; // nothing there
  }
  if (!isSocket) throw new Error(`${path} exists and is not a socket`);
  unlinkSync(path);
}
