/**
 * xenstored over its host Unix socket: read round trip (p50/p99 over 10,000 sequential reads),
 * and 10,000 watches on one path firing on one write while another client keeps reading
 * (time until all events arrived; that client's worst read latency meanwhile).
 *
 * Measured twice: xenstored alone in a process, and a booted hvsim (`hvsim boot`, the core and
 * dom0 with a guest on its xenstore ring) through the socket `hvsim info` names — there watch
 * events go out in delivery turns on dom0's virtual clock and every request is charged to dom0.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XS_READ, XS_WATCH, XS_WATCH_EVENT, XS_WRITE } from '@hvsim/abi';
// Deep import until @hvsim/dom0's index re-exports its xenstore module.
import { XsFrameDecoder, encodeMessage, type XsMessage } from '@hvsim/dom0/dist/xenstore';
import type { BenchResult } from './index';

const READS = 10_000;
const WATCHES = 10_000;

function openRaw(path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(path, () => resolve(s));
    s.once('error', reject);
  });
}

class Client {
  private readonly decoder = new XsFrameDecoder();
  private waiter: ((m: XsMessage) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      for (const m of this.decoder.push(chunk)) {
        if (m.type !== XS_WATCH_EVENT && this.waiter) {
          const w = this.waiter;
          this.waiter = null;
          w(m);
        }
      }
    });
  }

  static async open(path: string): Promise<Client> {
    return new Client(await openRaw(path));
  }

  send(type: number, payload: Buffer, reqId = 0): void {
    this.socket.write(encodeMessage(type, reqId, 0, payload));
  }

  request(type: number, payload: Buffer): Promise<XsMessage> {
    return new Promise((resolve) => {
      this.waiter = resolve;
      this.send(type, payload);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** xenstored in its own process, so the clients' work does not share its event loop. */
const SERVER = `
const { Xenstored, XenstoreSocketServer } = require('@hvsim/dom0/dist/xenstore');
const xs = new Xenstored();
const server = new XenstoreSocketServer(xs);
server.listen(process.argv[1]).then(() => process.stdout.write('ready\\n'));
process.stdin.on('end', () => server.close().then(() => process.exit(0)));
process.stdin.resume();
`;

function startServer(sock: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', SERVER, sock], { cwd: join(__dirname, '..', '..'), stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`xenstored process exited with ${code}`)));
    child.stdout!.once('data', () => resolve(child));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.stdin!.end();
  });
}

/** Counts watch events from raw socket bytes (headers only), keeping the watcher's cost low. */
class EventCounter {
  private header = Buffer.alloc(16);
  private headerFill = 0;
  private skip = 0;
  private isEvent = false;
  events = 0;
  replies = 0;

  push(chunk: Buffer): void {
    let off = 0;
    while (off < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - off);
        this.skip -= n;
        off += n;
        if (this.skip === 0) this.count();
        continue;
      }
      const n = Math.min(16 - this.headerFill, chunk.length - off);
      chunk.copy(this.header, this.headerFill, off, off + n);
      this.headerFill += n;
      off += n;
      if (this.headerFill === 16) {
        this.headerFill = 0;
        this.isEvent = this.header.readUInt32LE(0) === XS_WATCH_EVENT;
        this.skip = this.header.readUInt32LE(12);
        if (this.skip === 0) this.count();
      }
    }
  }

  private count(): void {
    if (this.isEvent) this.events++;
    else this.replies++;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const nowUs = (): number => Number(process.hrtime.bigint()) / 1000;

async function readRoundTrip(reader: Client): Promise<number[]> {
  const payload = Buffer.from('/bench/key\0', 'latin1');
  for (let i = 0; i < 500; i++) await reader.request(XS_READ, payload); // warm up
  const samples: number[] = [];
  for (let i = 0; i < READS; i++) {
    const t0 = nowUs();
    await reader.request(XS_READ, payload);
    samples.push(nowUs() - t0);
  }
  return samples.sort((a, b) => a - b);
}

async function watchFanout(sock: string, other: Client, writer: Client): Promise<{ deliverMs: number; otherMaxMs: number }> {
  const watcher = await openRaw(sock);
  const counter = new EventCounter();
  let progress: () => void = () => undefined;
  watcher.on('data', (chunk: Buffer) => {
    counter.push(chunk);
    progress();
  });
  const until = (done: () => boolean): Promise<void> => new Promise((resolve) => {
    progress = () => { if (done()) resolve(); };
    progress();
  });
  // Register the watches (pipelined) and wait for their replies and initial events.
  const batch: Buffer[] = [];
  for (let i = 0; i < WATCHES; i++) batch.push(encodeMessage(XS_WATCH, i, 0, Buffer.from(`/fan\0t${i}\0`, 'latin1')));
  watcher.write(Buffer.concat(batch));
  await until(() => counter.replies === WATCHES && counter.events === WATCHES);

  let reading = true;
  let otherMaxUs = 0;
  let measuring = false;
  const payload = Buffer.from('/bench/key\0', 'latin1');
  const readLoop = (async () => {
    while (reading) {
      const t0 = nowUs();
      await other.request(XS_READ, payload);
      if (measuring) otherMaxUs = Math.max(otherMaxUs, nowUs() - t0);
    }
  })();
  await new Promise((r) => setTimeout(r, 20));

  measuring = true;
  const t0 = nowUs();
  writer.send(XS_WRITE, Buffer.from('/fan\0go', 'latin1'));
  await until(() => counter.events === 2 * WATCHES);
  const t1 = nowUs();
  await new Promise((r) => setTimeout(r, 5));
  measuring = false;
  reading = false;
  await readLoop;
  watcher.destroy();
  return { deliverMs: (t1 - t0) / 1000, otherMaxMs: otherMaxUs / 1000 };
}

interface Measured {
  rtt: number[];
  fan: { deliverMs: number; otherMaxMs: number };
}

async function measure(sock: string): Promise<Measured> {
  const [reader, writer] = await Promise.all([Client.open(sock), Client.open(sock)]);
  try {
    await writer.request(XS_WRITE, Buffer.from('/bench/key\0a typical xenstore value', 'latin1'));
    const rtt = await readRoundTrip(reader);
    const fan = await watchFanout(sock, reader, writer);
    return { rtt, fan };
  } finally {
    for (const c of [reader, writer]) c.close();
  }
}

async function standalone(): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'hvsim-bench-xs-'));
  const sock = join(dir, 'socket');
  const server = await startServer(sock);
  try {
    return await measure(sock);
  } finally {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

const REPO = join(__dirname, '..', '..');
const HVSIM = join(REPO, 'packages', 'cli', 'dist', 'main.js');

function hvsim(socket: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [HVSIM, ...args, '--socket', socket], { env: { ...process.env, HVSIM_SOCKET: '' }, timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`hvsim ${args.join(' ')}: ${stderr || err.message}`));
      else resolve(stdout);
    });
  });
}

/** `hvsim boot --detach` with xsinfo (a guest on its xenstore ring) running, measured through
 *  the xenstore socket `hvsim info` reports. */
async function booted(): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'hvsim-bench-xsb-'));
  const socket = join(dir, 'run', 'hvsim.sock');
  await hvsim(socket, ['boot', '--detach']);
  try {
    await hvsim(socket, ['create', join(REPO, 'images', 'demo', 'xsinfo.cfg')]);
    const info = JSON.parse(await hvsim(socket, ['info', '--json'])) as { xenstore_socket?: string };
    if (!info.xenstore_socket) throw new Error('hvsim info names no xenstore_socket: the daemon serves no xenstored');
    return await measure(info.xenstore_socket);
  } finally {
    await hvsim(socket, ['halt']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult> {
  const alone = await standalone();
  const host = await booted();
  const json = {
    read_rtt_us_p50: round(percentile(alone.rtt, 50)),
    read_rtt_us_p99: round(percentile(alone.rtt, 99)),
    watch_fanout_10k_ms: round(alone.fan.deliverMs),
    other_client_max_latency_ms: round(alone.fan.otherMaxMs),
    booted_read_rtt_us_p50: round(percentile(host.rtt, 50)),
    booted_read_rtt_us_p99: round(percentile(host.rtt, 99)),
    booted_watch_fanout_10k_ms: round(host.fan.deliverMs),
    booted_other_client_max_latency_ms: round(host.fan.otherMaxMs),
  };
  return {
    table: [
      { setup: 'xenstored alone', metric: 'read round trip p50', value: json.read_rtt_us_p50, unit: 'µs', target: '< 100' },
      { setup: 'xenstored alone', metric: 'read round trip p99', value: json.read_rtt_us_p99, unit: 'µs', target: null },
      { setup: 'xenstored alone', metric: '10,000 watch events delivered', value: json.watch_fanout_10k_ms, unit: 'ms', target: null },
      { setup: 'xenstored alone', metric: 'other client max read latency meanwhile', value: json.other_client_max_latency_ms, unit: 'ms', target: 'no stall' },
      { setup: 'hvsim boot', metric: 'read round trip p50', value: json.booted_read_rtt_us_p50, unit: 'µs', target: '< 100' },
      { setup: 'hvsim boot', metric: 'read round trip p99', value: json.booted_read_rtt_us_p99, unit: 'µs', target: null },
      { setup: 'hvsim boot', metric: '10,000 watch events delivered', value: json.booted_watch_fanout_10k_ms, unit: 'ms', target: null },
      { setup: 'hvsim boot', metric: 'other client max read latency meanwhile', value: json.booted_other_client_max_latency_ms, unit: 'ms', target: 'no stall' },
    ],
    json,
  };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
