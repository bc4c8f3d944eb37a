/**
 * xenstored's Unix socket for host tools (what XENSTORED_PATH points Xen's xenstore-* clients
 * at). Every client is a privileged dom0 connection, as on a Xen host.
 */
import { lstatSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { Xenstored } from './xenstored';

export interface XenstoreSocketServerOptions {
  /** Told of every request read and every reply written (a daemon's idle polling). */
  onTraffic?: () => void;
}

export class XenstoreSocketServer {
  private server: Server | null = null;
  private path: string | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly onTraffic: () => void;

  constructor(private readonly xenstored: Xenstored, options: XenstoreSocketServerOptions = {}) {
    this.onTraffic = options.onTraffic ?? (() => undefined);
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
    this.sockets.add(socket);
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
    });
    socket.on('error', () => undefined); // 'close' follows and cleans up
    socket.on('close', () => {
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
