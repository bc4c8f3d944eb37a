/** Connections and listeners over node:net sockets (Unix domain and TCP). */
import * as fs from 'node:fs';
import * as net from 'node:net';
import { LARGE_FRAME_BYTES, largeFrames } from '../rpc/large-frames';
import type { Connection, ConnectionCallback, ConnectionHandlers, Listener } from './connection';
import { runSoon } from './microtask';

/** How long a closing socket may wait for its peer before it is torn down. */
const CLOSE_GRACE_MS = 2000;

/**
 * Bytes sent during one turn go to the socket together, when the turn is over: frames that
 * lie back to back in memory (one encoder's consecutive frames) as one buffer, the rest in
 * one corked batch (a single writev). A burst of answers costs one system call, not one each.
 *
 * A large frame handed over is the socket's alone (its sender never touches it again, and a
 * large frame has memory of its own, shared with no other frame): once the kernel has taken
 * its bytes, its memory goes back to `largeFrames` for the next large frame. A migration's
 * 2 MiB chunks were each written into fresh memory.
 */
class SocketConnection implements Connection {
  private started = false;
  private closing = false;
  /** Chunks of this turn not yet given to the socket, and the run of adjacent bytes after them. */
  private readonly queued: Uint8Array[] = [];
  private run: Uint8Array | null = null;
  private flushScheduled = false;
  private readonly flushSoon = (): void => this.flush();

  constructor(private readonly socket: net.Socket, readonly peer: string) {
    socket.setNoDelay?.(true);
    // Errors (ECONNRESET, EPIPE) end in 'close', which reports them as a closed connection.
    socket.on('error', () => undefined);
  }

  start(handlers: ConnectionHandlers): void {
    if (this.started) throw new Error('connection already started');
    this.started = true;
    this.socket.on('data', (chunk: Buffer) => handlers.data(chunk));
    this.socket.once('close', () => handlers.close());
    if (this.socket.destroyed) queueMicrotask(() => handlers.close());
  }

  send(bytes: Uint8Array, handOver = false): void {
    if (this.closing || this.socket.destroyed || !this.socket.writable || bytes.length === 0) return;
    // The socket keeps what it is given until written: it must be ours to keep.
    const chunk = handOver ? bytes : bytes.slice();
    const run = this.run;
    if (run !== null && run.buffer === chunk.buffer && run.byteOffset + run.length === chunk.byteOffset) {
      this.run = new Uint8Array(run.buffer, run.byteOffset, run.length + chunk.length);
    } else {
      if (run !== null) this.queued.push(run);
      this.run = chunk;
    }
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      runSoon(this.flushSoon);
    }
  }

  close(): void {
    if (this.closing) return;
    this.flush(); // what this turn sent (a GOAWAY, say) goes before the end
    this.closing = true;
    this.socket.end();
    // A peer that never closes its side must not keep the socket alive.
    setTimeout(() => this.socket.destroy(), CLOSE_GRACE_MS).unref();
  }

  /** Give the socket what this turn sent. */
  private flush(): void {
    this.flushScheduled = false;
    const run = this.run;
    if (run === null) return;
    this.run = null;
    if (this.closing || this.socket.destroyed || !this.socket.writable) {
      this.queued.length = 0;
      return;
    }
    if (this.queued.length === 0) {
      this.write(run);
      return;
    }
    this.socket.cork();
    for (const chunk of this.queued) this.write(chunk);
    this.write(run);
    this.socket.uncork();
    this.queued.length = 0;
  }

  private write(chunk: Uint8Array): void {
    if (chunk.length < LARGE_FRAME_BYTES) {
      this.socket.write(chunk);
      return;
    }
    // The callback runs once the kernel has the bytes (or the write failed: then the memory
    // is left to the collector, as Node may still hold it). Memory the pool did not hand out
    // (a copy made in send) is ignored by release.
    this.socket.write(chunk, (err) => {
      if (err === undefined || err === null) largeFrames.release(chunk);
    });
  }
}

function listen(server: net.Server, bind: (s: net.Server) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      resolve();
    });
    bind(server);
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function connectSocket(options: net.NetConnectOpts, peer: string): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(options);
    const onError = (err: Error): void => reject(err);
    socket.once('error', onError);
    socket.once('connect', () => {
      socket.off('error', onError);
      resolve(new SocketConnection(socket, peer));
    });
  });
}

/** Is something accepting connections on this Unix socket path? */
function socketInUse(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect({ path });
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

/**
 * Accept connections on a Unix domain socket at `path` (mode 0600: this user only).
 * A stale socket file left by a dead daemon is replaced; a live one is an error.
 */
export async function listenUnix(path: string, onConnection: ConnectionCallback): Promise<Listener> {
  const server = net.createServer((socket) => onConnection(new SocketConnection(socket, `unix:${path}`)));
  server.on('error', () => undefined);
  try {
    await listen(server, (s) => s.listen(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || (await socketInUse(path))) throw err;
    fs.unlinkSync(path);
    await listen(server, (s) => s.listen(path));
  }
  fs.chmodSync(path, 0o600);
  return {
    address: `unix:${path}`,
    close: async () => {
      await closeServer(server);
      fs.rmSync(path, { force: true });
    },
  };
}

export function connectUnix(path: string): Promise<Connection> {
  return connectSocket({ path }, `unix:${path}`);
}

export interface TcpListener extends Listener {
  readonly host: string;
  readonly port: number;
}

/** Accept TCP connections; binds 127.0.0.1 unless a host is given. Port 0 picks a free port. */
export async function listenTcp(
  options: { host?: string; port: number },
  onConnection: ConnectionCallback,
): Promise<TcpListener> {
  const host = options.host ?? '127.0.0.1';
  const server = net.createServer((socket) =>
    onConnection(new SocketConnection(socket, `tcp:${socket.remoteAddress}:${socket.remotePort}`)));
  server.on('error', () => undefined);
  await listen(server, (s) => s.listen(options.port, host));
  const port = (server.address() as net.AddressInfo).port;
  return { address: `tcp:${host}:${port}`, host, port, close: () => closeServer(server) };
}

export function connectTcp(host: string, port: number): Promise<Connection> {
  return connectSocket({ host, port }, `tcp:${host}:${port}`);
}
