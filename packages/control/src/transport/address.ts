/** Control channel addresses: "unix:PATH", a bare path, or "tcp:HOST:PORT". */
import * as os from 'node:os';
import * as path from 'node:path';
import type { Connection, ConnectionCallback, Listener } from './connection';
import { connectTcp, connectUnix, listenTcp, listenUnix } from './socket';

export type ControlAddress = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

export function parseAddress(address: string): ControlAddress {
  if (address.startsWith('tcp:')) {
    const rest = address.slice(4);
    const colon = rest.lastIndexOf(':');
    const host = colon > 0 ? rest.slice(0, colon).replace(/^\[(.*)\]$/, '$1') : '';
    const port = colon > 0 ? Number(rest.slice(colon + 1)) : NaN;
    if (!host || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`bad TCP address '${address}': expected tcp:HOST:PORT`);
    }
    return { kind: 'tcp', host, port };
  }
  const socketPath = address.startsWith('unix:') ? address.slice(5) : address;
  if (!socketPath) throw new Error(`bad address '${address}': expected a socket path, unix:PATH or tcp:HOST:PORT`);
  return { kind: 'unix', path: socketPath };
}

export function dial(address: string): Promise<Connection> {
  const a = parseAddress(address);
  return a.kind === 'tcp' ? connectTcp(a.host, a.port) : connectUnix(a.path);
}

export function listenAt(address: string, onConnection: ConnectionCallback): Promise<Listener> {
  const a = parseAddress(address);
  return a.kind === 'tcp' ? listenTcp({ host: a.host, port: a.port }, onConnection) : listenUnix(a.path, onConnection);
}

/**
 * The daemon's socket when neither --socket nor HVSIM_SOCKET names one: in the
 * user's runtime directory ($XDG_RUNTIME_DIR/hvsim/control.sock), else
 * <tmpdir>/hvsim-<uid>/control.sock.
 */
export function defaultSocketPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_RUNTIME_DIR) return path.join(env.XDG_RUNTIME_DIR, 'hvsim', 'control.sock');
  const uid = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `hvsim-${uid}`, 'control.sock');
}

/** --socket, else HVSIM_SOCKET, else defaultSocketPath(). */
export function resolveSocketAddress(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.HVSIM_SOCKET || defaultSocketPath(env);
}
