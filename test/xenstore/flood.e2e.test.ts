/**
 * End-to-end, a real daemon (issue 15 item 1): a client on xenstored's socket registers 20,000
 * watches, never reads, and 300 writes fire 6 M events at it. The daemon must close that
 * connection (saying why in its log), and once it is gone go back to idle — no CPU spent
 * beyond what its running guest costs — and keep answering reads.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { XS_READ, XS_WATCH, XS_WRITE } from '@hvsim/abi';
import { XsFrameDecoder, encodeMessage } from '@hvsim/dom0';
import { DEMO, ok, sleep, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(120_000);

const WATCHES = 20_000;
const WRITES = 300;
/** Wall time over which the daemon's CPU use is measured. */
const WINDOW_MS = 2_000;

let daemon: Daemon;
let xsPath: string;

beforeAll(async () => {
  daemon = await startDaemon(['--memory', '256']);
  xsPath = (JSON.parse(await ok(daemon.socket, ['info', '--json'])) as { xenstore_socket: string }).xenstore_socket;
  // A guest with a 10 ms timer keeps events pending on the machine: a driver that churns
  // after the flood never gets to idle.
  await ok(daemon.socket, ['create', path.join(DEMO, 'sleeper.cfg')]);
});

afterAll(async () => {
  await daemon?.stop();
});

/** Seconds of CPU (user + system) the process has used, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in USER_HZ (100)
}

async function cpuOver(pid: number, ms: number): Promise<number> {
  const before = cpuSeconds(pid);
  await sleep(ms);
  return cpuSeconds(pid) - before;
}

function open(): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect(xsPath, () => resolve(s));
    s.once('error', reject);
  });
}

/** One XS_READ's answer on a fresh connection. */
async function read(node: string): Promise<string> {
  const s = await open();
  try {
    const decoder = new XsFrameDecoder();
    const reply = new Promise<string>((resolve) => {
      s.on('data', (chunk) => {
        const [m] = decoder.push(chunk);
        if (m !== undefined) resolve(m.payload.toString('latin1'));
      });
    });
    s.write(encodeMessage(XS_READ, 1, 0, Buffer.from(`${node}\0`, 'latin1')));
    return await reply;
  } finally {
    s.destroy();
  }
}

it('closes a client that floods itself with watch events, then idles and keeps answering', async () => {
  const baseline = await cpuOver(daemon.pid, WINDOW_MS);

  const flooder = await open();
  let flooderClosed = false;
  flooder.on('close', () => { flooderClosed = true; });
  flooder.on('error', () => undefined);
  // Its watches are registered once their replies and first events (one each) are in; from
  // then on it never reads.
  const decoder = new XsFrameDecoder();
  let received = 0;
  const registered = new Promise<void>((resolve) => {
    const count = (chunk: Buffer): void => {
      received += decoder.push(chunk).length;
      if (received < 2 * WATCHES) return;
      flooder.off('data', count);
      flooder.pause();
      resolve();
    };
    flooder.on('data', count);
  });
  const watches: Buffer[] = [];
  for (let i = 0; i < WATCHES; i++) watches.push(encodeMessage(XS_WATCH, i, 0, Buffer.from(`/flood\0t${i}\0`, 'latin1')));
  flooder.write(Buffer.concat(watches));
  await registered;
  const writer = await open();
  const writerDecoder = new XsFrameDecoder();
  let answered = 0;
  writer.on('data', (chunk) => { answered += writerDecoder.push(chunk).length; });
  for (let i = 0; i < WRITES; i++) writer.write(encodeMessage(XS_WRITE, i, 0, Buffer.from(`/flood\0v${i}`, 'latin1')));

  await until(async () => (flooderClosed ? true : undefined), 30_000, 'the daemon to close the flooding connection');
  await until(async () => (answered === WRITES ? true : undefined), 30_000, 'the writes to be answered');
  writer.destroy();
  await sleep(1_000);

  const after = await cpuOver(daemon.pid, WINDOW_MS);
  expect(after).toBeLessThan(baseline + 0.5);
  expect(await read('/flood')).toBe(`v${WRITES - 1}`);
  // The daemon's log lies beside its socket (boot --detach names it).
  const dir = path.dirname(daemon.socket);
  const log = fs.readdirSync(dir).filter((f) => f.endsWith('.log')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('');
  expect(log).toMatch(/xenstored: closing a privileged connection \(domain 0\): .*(watch events not yet written|bytes of output not taken)/);
});
