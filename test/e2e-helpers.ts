/**
 * Helpers for end-to-end tests: the REAL `hvsim` binary (packages/cli/dist/main.js, built by
 * `npx tsc -b`, which `npm test` runs first) against a daemon on a real Unix socket in a
 * temporary directory.
 */
import { execFile, type ExecFileException } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { FrameDecoder, ManagementService, RpcClient, connectUnix, encodeFrame, pb, type ServiceClient } from '@hvsim/control';

export const REPO = path.resolve(__dirname, '..');
export const HVSIM = path.join(REPO, 'packages', 'cli', 'dist', 'main.js');
export const DEMO = path.join(REPO, 'images', 'demo');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `hvsim ARGS...` with the daemon's socket; never throws on a non-zero exit. */
export function hvsim(socket: string, args: string[], timeoutMs = 20_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [HVSIM, ...args, '--socket', socket], { timeout: timeoutMs, env: { ...process.env, HVSIM_SOCKET: '' } }, (err: ExecFileException | null, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Like hvsim(), but a non-zero exit fails the test with the command's stderr. */
export async function ok(socket: string, args: string[]): Promise<string> {
  const r = await hvsim(socket, args);
  if (r.code !== 0) throw new Error(`hvsim ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

export interface Daemon {
  dir: string;
  socket: string;
  pid: number;
  /** Halts it (and kills it if it will not halt); removes the directory. */
  stop(): Promise<void>;
}

export async function startDaemon(extra: string[] = []): Promise<Daemon> {
  if (!fs.existsSync(HVSIM)) throw new Error(`${HVSIM} is missing: run \`npx tsc -b\` first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-e2e-'));
  const socket = path.join(dir, 'run', 'hvsim.sock');
  const out = await ok(socket, ['boot', '--detach', '--json', ...extra]);
  const { pid } = JSON.parse(out) as { pid: number };
  return {
    dir,
    socket,
    pid,
    stop: async () => {
      await hvsim(socket, ['halt'], 10_000);
      for (let i = 0; i < 100 && alive(pid); i++) await sleep(50);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The process runs (a zombie does not: detached daemons are orphans, and an init that does
 *  not reap, as in some containers, leaves a killed one a zombie that kill(pid, 0) still finds). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // /proc/PID/stat: "pid (comm) STATE ..."; comm may hold spaces or parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no procfs: kill(pid, 0) is all we know
  }
}

/** A TCP port nobody listens on now (the daemon that takes it starts right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value (not undefined) or the time runs out. */
export async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export interface ListedDomain {
  name: string;
  domid: number;
  state: string;
  shutdown_reason: string | null;
  cpu_time_ns: number;
}

export async function listJson(socket: string): Promise<ListedDomain[]> {
  return JSON.parse(await ok(socket, ['list', '--json'])) as ListedDomain[];
}

/** A management client over the socket (the TS client API), for what would be slow one process per call. */
export async function client(socket: string): Promise<{ rpc: RpcClient; m: ServiceClient<typeof ManagementService> }> {
  const rpc = await RpcClient.connect(await connectUnix(socket), { name: 'e2e' });
  return { rpc, m: rpc.service(ManagementService) };
}

/** A raw socket speaking frames by hand: for malformed and oversized input. */
export class RawConnection {
  private readonly decoder = new FrameDecoder(64 * 1024 * 1024);
  readonly frames: pb.Frame[] = [];
  closed = false;
  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => {
      for (const body of this.decoder.push(chunk)) this.frames.push(pb.Frame.decode(body));
    });
    socket.on('close', () => {
      this.closed = true;
    });
    socket.on('error', () => undefined);
  }

  /** A Unix socket path, or a TCP endpoint. */
  static open(where: string | net.TcpNetConnectOpts): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const s = net.connect(typeof where === 'string' ? { path: where } : where);
      s.once('connect', () => resolve(new RawConnection(s)));
      s.once('error', reject);
    });
  }

  write(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  sendFrame(frame: pb.Frame.$Properties): void {
    this.write(encodeFrame(pb.Frame.encode(frame).finish()));
  }

  hello(): void {
    this.sendFrame({ kind: pb.FrameKind.FRAME_KIND_HELLO, hello: { supportedVersions: [1], clientName: 'raw' } });
  }

  async next(timeoutMs = 5000): Promise<pb.Frame> {
    const frame = await until(async () => this.frames.shift() ?? (this.closed ? null : undefined), timeoutMs, 'a frame');
    if (frame === null) throw new Error('connection closed without a frame');
    return frame;
  }

  async waitClosed(timeoutMs = 5000): Promise<void> {
    await until(async () => (this.closed ? true : undefined), timeoutMs, 'the connection to close');
  }

  destroy(): void {
    this.socket.destroy();
  }
}
