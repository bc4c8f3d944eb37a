import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where the daemon's management socket lives, in the order docs/ARCHITECTURE.md gives
 *  ("CLI, daemon, sockets"). */
export function resolveSocketPath(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  uid: number = typeof process.getuid === 'function' ? process.getuid() : 0,
): string {
  if (explicit) return path.resolve(explicit);
  if (env.HVSIM_SOCKET) return path.resolve(env.HVSIM_SOCKET);
  if (env.XDG_RUNTIME_DIR) return path.join(env.XDG_RUNTIME_DIR, 'hvsim', 'hvsim.sock');
  return path.join('/tmp', `hvsim-${uid}`, 'hvsim.sock');
}

/** The default datastore (disk images): `datastore/` beside the default socket, in the runtime dir. */
export function defaultDatastoreDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(path.dirname(resolveSocketPath(undefined, env)), 'datastore');
}

/**
 * Make the socket's directory private to this user (mode 0700): anyone who can reach the
 * socket can create and destroy domains. A directory that exists with looser permissions
 * and belongs to us is tightened; one owned by someone else is refused.
 */
export function prepareSocketDir(socketPath: string): void {
  const dir = path.dirname(socketPath);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.statSync(dir);
  const uid = typeof process.getuid === 'function' ? process.getuid() : st.uid;
  if (st.uid !== uid) throw new Error(`socket directory ${dir} belongs to uid ${st.uid}, not ${uid}`);
  if ((st.mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
}

/** Parse `--tcp host:port` (port required; host may be a bracketed IPv6 address). */
export function parseTcpAddress(spec: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(spec);
  if (!m) throw new Error(`bad --tcp address '${spec}': expected host:port`);
  const port = Number(m[3]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --tcp port in '${spec}'`);
  return { host: m[1] ?? (m[2] || '127.0.0.1'), port };
}
