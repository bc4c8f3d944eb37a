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

/** S_ISVTX: in a sticky directory only a file's owner may remove or rename it. */
const STICKY = 0o1000;

/** The files a daemon keeps beside its management socket. */
export interface DaemonFiles {
  socket: string;
  /** xenstored's socket for Xen's xenstore-* tools (XENSTORED_PATH). */
  xenstoreSocket: string;
  /** `boot --detach`'s log. */
  logFile: string;
}

/**
 * Names derived from the management socket's, so that daemons whose sockets share a
 * directory share nothing else: `x.sock` has `x.xenstored.sock` and `x.log` beside it. The
 * default `hvsim.sock` keeps xenstored's usual name, `xenstored.sock`.
 */
export function daemonFiles(socket: string): DaemonFiles {
  const dir = path.dirname(socket);
  const base = path.basename(socket).replace(/\.sock$/, '');
  return {
    socket,
    xenstoreSocket: path.join(dir, base === 'hvsim' ? 'xenstored.sock' : `${base}.xenstored.sock`),
    logFile: path.join(dir, `${base}.log`),
  };
}

/**
 * Makes the socket's directory, private to this user (mode 0700): anyone who can reach the
 * socket can create and destroy domains (the sockets themselves are made 0600 too). A
 * directory that exists already is the user's choice and keeps its mode; it must belong to
 * this user, or be sticky (as /tmp is) so that no one else can replace the sockets in it.
 */
export function prepareSocketDir(socketPath: string): void {
  const dir = path.dirname(socketPath);
  if (fs.mkdirSync(dir, { recursive: true, mode: 0o700 }) !== undefined) return;
  const st = fs.statSync(dir);
  if (!st.isDirectory()) throw new Error(`socket directory ${dir} is not a directory`);
  const uid = typeof process.getuid === 'function' ? process.getuid() : st.uid;
  if (st.uid !== uid && (st.mode & STICKY) === 0) {
    throw new Error(`socket directory ${dir} belongs to uid ${st.uid}, not ${uid}, and is not sticky`);
  }
}

/** Parse `--tcp host:port` (port required; host may be a bracketed IPv6 address). */
export function parseTcpAddress(spec: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(spec);
  if (!m) throw new Error(`bad --tcp address '${spec}': expected host:port`);
  const port = Number(m[3]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --tcp port in '${spec}'`);
  return { host: m[1] ?? (m[2] || '127.0.0.1'), port };
}
