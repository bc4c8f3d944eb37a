/**
 * `npm run bench -- net [--json]`: the virtual switch's frame path, and VXLAN between two hosts.
 *
 *  - bridge: frames between two ports of one bridge whose MACs are learned (the path a frame
 *    from one domain's netback to another's takes inside dom0), 64 and 1500 bytes; the same
 *    on a vlan-aware bridge from an access port to a trunk (a tag inserted per frame); and a
 *    broadcast flooded to 8 ports. Frames/s and Mbit/s of wall time, median of 5 rounds.
 *  - vxlan: two processes, each a host's bridge with a VXLAN uplink to the other over UDP on
 *    127.0.0.1; frames enter a port of the first and are counted at a port of the second.
 *    Sent in bursts of 32 with a turn of the event loop between (UDP has no flow control: the
 *    loss column says what the receiver's socket dropped). Frames/s and Mbit/s at the receiver,
 *    from the first send to the last arrival.
 *  - guest to guest: two domains on one bridge of an in-process host (the embedding API, as
 *    fast as the host allows), images/demo/netbench.elf: the sender's netfront → its netback
 *    → the bridge → the receiver's netback → its netfront. GUEST_FRAMES frames of 64 and 1500
 *    bytes; frames/s and Mbit/s of wall time from the sender's "send start" to the receiver's
 *    count (loss = frames the receiving side dropped: its rx queue was full). As the bridge
 *    rows, after a warm-up (one pair, not counted: a transfer of GUEST_FRAMES is short enough
 *    that compiling the code it runs would weigh on it), the median of GUEST_ROUNDS pairs.
 */
import * as path from 'node:path';
import { Host } from '@hvsim/host';
import { fork } from 'node:child_process';
import * as dgram from 'node:dgram';
import { Bridges, Uplinks, parseBridgeSpec, parseUplinkSpec, type Bridge, type VirtualClock } from '@hvsim/dom0';
import type { BenchResult } from './index';

const ROUNDS = 5;
const GUEST_FRAMES = 20_000;
const GUEST_ROUNDS = 3;
const NETBENCH = path.resolve(__dirname, '..', '..', 'images', 'demo', 'netbench.cfg');
const SWITCH_FRAMES = 1_000_000;
const VXLAN_FRAMES = 100_000;
const BURST = 32;
const SIZES = [64, 1500];

const MAC_A = [0x00, 0x16, 0x3e, 0, 0, 0x0a];
const MAC_B = [0x00, 0x16, 0x3e, 0, 0, 0x0b];

function frame(dst: number[], src: number[], bytes: number): Uint8Array {
  const f = new Uint8Array(bytes);
  f.set(dst, 0);
  f.set(src, 6);
  f[12] = 0x08;
  return f;
}

/** The wall clock standing for a host's virtual clock (the bench runs outside any simulation). */
const wallClock: VirtualClock = {
  now: () => Math.round(performance.now() * 1e6),
  setTimer: (delayNs, fn) => {
    const t = setTimeout(fn, delayNs / 1e6);
    return () => clearTimeout(t);
  },
};

interface Row {
  path: string;
  bytes: number;
  framesPerSec: number;
  mbitPerSec: number;
  loss?: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Frames/s of `send` called SWITCH_FRAMES times, median of the rounds. */
function timeSwitch(send: () => void): number {
  for (let i = 0; i < SWITCH_FRAMES / 10; i++) send(); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < SWITCH_FRAMES; i++) send();
    rates.push(SWITCH_FRAMES / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

function switchRows(): Row[] {
  const rows: Row[] = [];
  const row = (path: string, bytes: number, fps: number): Row => ({ path, bytes, framesPerSec: Math.round(fps), mbitPerSec: +((fps * bytes * 8) / 1e6).toFixed(0) });
  for (const bytes of SIZES) {
    const bridge = new Bridges([parseBridgeSpec('xenbr0')], wallClock.now).get('xenbr0') as Bridge;
    let delivered = 0;
    const a = bridge.attach('vif1.0', () => { delivered++; });
    const b = bridge.attach('vif2.0', () => { delivered++; });
    b.send(frame(MAC_A, MAC_B, bytes)); // B learned
    const f = frame(MAC_B, MAC_A, bytes);
    rows.push(row('bridge, learned unicast', bytes, timeSwitch(() => a.send(f))));
    if (delivered < SWITCH_FRAMES) throw new Error('frames were not delivered');
  }
  for (const bytes of SIZES) {
    const bridge = new Bridges([parseBridgeSpec('xenbr1 vlan-aware')], wallClock.now).get('xenbr1') as Bridge;
    const a = bridge.attach('vif1.0', () => undefined, { vlan: 10 });
    const trunk = bridge.attach('uplink', () => undefined, { trunk: true });
    const tagged = frame(MAC_A, MAC_B, bytes + 4);
    tagged.set([0x81, 0x00, 0x00, 10, 0x08, 0x00], 12);
    trunk.send(tagged); // B learned behind the trunk in VLAN 10
    const f = frame(MAC_B, MAC_A, bytes);
    rows.push(row('bridge, vlan-aware, access -> trunk (tag added)', bytes, timeSwitch(() => a.send(f))));
  }
  const bridge = new Bridges([parseBridgeSpec('xenbr0')], wallClock.now).get('xenbr0') as Bridge;
  const ports = Array.from({ length: 9 }, (_, i) => bridge.attach(`vif${i}.0`, () => undefined));
  const broadcast = frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], MAC_A, 64);
  rows.push(row('bridge, broadcast flooded to 8 ports', 64, timeSwitch(() => ports[0].send(broadcast))));
  return rows;
}

/** The receiving host (forked): a bridge with an uplink to the sender and a port counting frames. */
async function receiver(local: number, remote: number): Promise<void> {
  const bridges = new Bridges([parseBridgeSpec('xenbr0')], wallClock.now);
  const uplinks = await Uplinks.open([parseUplinkSpec(`xenbr0 vxlan vni=42 local=127.0.0.1:${local} remote=127.0.0.1:${remote}`)], bridges, wallClock, () => undefined);
  let count = 0;
  let last = 0;
  (bridges.get('xenbr0') as Bridge).attach('vif1.0', () => {
    count++;
    last = performance.timeOrigin + performance.now();
  });
  process.on('message', (m) => {
    if (m === 'count') {
      process.send?.({ count, last });
      count = 0;
    } else {
      void uplinks.close().then(() => process.exit(0));
    }
  });
  process.send?.('ready');
}

async function udpPorts(n: number): Promise<number[]> {
  const sockets = await Promise.all(Array.from({ length: n }, () => new Promise<dgram.Socket>((r) => {
    const s = dgram.createSocket('udp4');
    s.bind(0, '127.0.0.1', () => r(s));
  })));
  const ports = sockets.map((s) => s.address().port);
  await Promise.all(sockets.map((s) => new Promise<void>((r) => s.close(() => r()))));
  return ports;
}

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

async function vxlanRows(): Promise<Row[]> {
  const [senderPort, receiverPort] = await udpPorts(2);
  const child = fork(__filename, ['--receive', String(receiverPort), String(senderPort)], {
    execArgv: [...process.execArgv, '-r', 'ts-node/register/transpile-only'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (): Promise<{ count: number; last: number }> => new Promise((resolve) => {
    child.once('message', (m) => resolve(m as { count: number; last: number }));
    child.send('count');
  });
  const bridges = new Bridges([parseBridgeSpec('xenbr0')], wallClock.now);
  const uplinks = await Uplinks.open([parseUplinkSpec(`xenbr0 vxlan vni=42 local=127.0.0.1:${senderPort} remote=127.0.0.1:${receiverPort}`)], bridges, wallClock, () => undefined);
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the receiving process exited (${code})`)));
    });
    const port = (bridges.get('xenbr0') as Bridge).attach('vif1.0', () => undefined);
    const rows: Row[] = [];
    for (const bytes of SIZES) {
      const f = frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], MAC_A, bytes); // flooded: reaches the uplink
      const start = performance.timeOrigin + performance.now();
      for (let i = 0; i < VXLAN_FRAMES; i += BURST) {
        for (let j = 0; j < BURST; j++) port.send(f);
        await turn();
      }
      await new Promise((r) => setTimeout(r, 300));
      const { count, last } = await ask();
      const fps = count / ((last - start) / 1000);
      rows.push({ path: 'vxlan uplink, 2 processes (UDP 127.0.0.1)', bytes, framesPerSec: Math.round(fps), mbitPerSec: +((fps * bytes * 8) / 1e6).toFixed(0), loss: +(1 - count / VXLAN_FRAMES).toFixed(4) });
    }
    return rows;
  } finally {
    child.removeAllListeners('exit');
    child.send('exit');
    await uplinks.close();
  }
}

/** One run of the netbench pair: frames/s and Mbit/s at the receiver, and the loss. */
async function guestRow(bytes: number): Promise<Row> {
  const host = await Host.boot({ pcpus: 2, seed: 1 });
  try {
    const recv = await host.create(NETBENCH);
    const send = await host.create(NETBENCH, { overrides: ['name="netbench-send"', `cmdline="role=send count=${GUEST_FRAMES} size=${bytes}"`] });
    if (!(await host.runUntil(() => host.console(send).includes('netbench: send start'), '10s'))) throw new Error(`the sender did not start:\n${host.console(send)}`);
    const t0 = performance.now();
    if (!(await host.runUntil(() => host.console(recv).includes('netbench: received'), '600s'))) throw new Error(`the receiver did not finish:\n${host.console(recv)}`);
    const m = /received (\d+) frames/.exec(host.console(recv)) as RegExpExecArray;
    const got = Number(m[1]);
    // The receiver stops after 20 ms of virtual time without a frame: not part of the transfer.
    const seconds = (performance.now() - t0) / 1000;
    const fps = got / seconds;
    return { path: 'guest to guest, one bridge (netfront/netback)', bytes, framesPerSec: Math.round(fps), mbitPerSec: +((fps * bytes * 8) / 1e6).toFixed(0), loss: +(1 - got / GUEST_FRAMES).toFixed(4) };
  } finally {
    await host.halt();
  }
}

/** The median row (by frames/s) of GUEST_ROUNDS pairs, after one pair of warm-up. */
async function guestRows(bytes: number): Promise<Row> {
  await guestRow(bytes);
  const rows: Row[] = [];
  for (let r = 0; r < GUEST_ROUNDS; r++) rows.push(await guestRow(bytes));
  const fps = median(rows.map((r) => r.framesPerSec));
  return rows.find((r) => r.framesPerSec === fps) as Row;
}

export async function run(): Promise<BenchResult> {
  const guests: Row[] = [];
  for (const bytes of SIZES) guests.push(await guestRows(bytes));
  const rows = [...guests, ...switchRows(), ...(await vxlanRows())];
  return {
    table: rows.map((r) => ({ path: r.path, bytes: r.bytes, frames_per_s: r.framesPerSec, mbit_per_s: r.mbitPerSec, loss: r.loss ?? null })),
    json: {
      switch_frames_per_round: SWITCH_FRAMES,
      rounds: ROUNDS,
      vxlan_frames: VXLAN_FRAMES,
      guest_frames: GUEST_FRAMES,
      guest_rounds: GUEST_ROUNDS,
      results: rows,
      note: 'wall time; bridge rows are medians of the rounds, guest rows of guest_rounds pairs after a warm-up pair; vxlan rows count frames delivered at the far port (loss = dropped by UDP)',
    },
  };
}

if (process.argv[2] === '--receive') {
  receiver(Number(process.argv[3]), Number(process.argv[4])).catch((err: unknown) => {
    process.stderr.write(`bench net receiver: ${String(err)}\n`);
    process.exit(1);
  });
}
