/**
 * netback against a frontend that is only ring pages and buffer pages in a fake grant table,
 * plugged into a test-only two-port wire (a Bridge whose other end is the test): frames both
 * ways, and every kind of garbage a hostile guest can put on its rings dropped and counted,
 * or the vif moved to Closing — never an exception, never a byte outside what was granted.
 */
import {
  NETIF_RSP_ERROR, NETIF_RSP_NULL, NETIF_RSP_OKAY, NETTXF_extra_info, NETTXF_more_data, XEN_NETIF_EXTRA_TYPE_MCAST_ADD,
  XenbusStateClosing, XenbusStateConnected, XenbusStateInitWait,
} from '@hvsim/abi';
import { Xenstored } from '../../src';
import { parseVifSpec } from '../../src/config/vif-spec';
import { Netback, RX_QUEUE_FRAMES } from '../../src/devices/netback';
import { rxSlotOffset, txSlotOffset } from '../../src/devices/netif-ring';
import { REQ_PROD, RSP_PROD } from '../../src/devices/shared-ring';
import { vifBackendPath, vifFrontendPath, writeVifEntries } from '../../src/devices/vif-entries';
import { XsWatcher } from '../../src/devices/xs-watcher';
import type { Bridge, BridgePort, FrameSink, PortCounters } from '../../src/network/bridge-port';
import { FakeClock, settle } from '../support/fake-core';
import { FakeGrants } from './fake-grants';

const DOMID = 4;
const TX_REF = 8;
const RX_REF = 9;
const MAC = '00:16:3e:00:00:04';

/** A bridge of two ports: what one port sends, the other gets. The test holds the far end. */
class Wire implements Bridge {
  readonly name = 'xenbr0';
  readonly ports = new Map<string, { deliver: FrameSink; vlan?: number }>();
  readonly fromGuest: Uint8Array[] = [];

  attach(portName: string, deliver: FrameSink, options: { vlan?: number } = {}): BridgePort {
    if (this.ports.has(portName)) throw new Error(`port ${portName} exists`);
    this.ports.set(portName, { deliver, ...options });
    const counters: PortCounters = { rxFrames: 0, rxBytes: 0, txFrames: 0, txBytes: 0, dropped: 0 };
    return {
      name: portName, counters,
      send: (frame) => {
        counters.rxFrames++;
        this.fromGuest.push(Uint8Array.from(frame)); // the view is lent for the call only
      },
      detach: () => {
        this.ports.delete(portName);
      },
    };
  }

  /** The far end sends a frame to the vif. */
  toGuest(frame: Uint8Array): void {
    for (const p of this.ports.values()) p.deliver(frame);
  }
}

let grants: FakeGrants;
let xs: Xenstored;
let clock: FakeClock;
let wire: Wire;
let nb: Netback;
let logs: string[];
let tx: DataView;
let rx: DataView;
let txProd = 0;
let rxProd = 0;

async function pump(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await settle(10);
    clock.advance(1_000_000);
  }
  await settle(10);
}

const page = (ref: number): Uint8Array => grants.pages.get(ref) as Uint8Array;
const backendState = (): number => Number(xs.read(`${vifBackendPath(DOMID, 0)}/state`).toString());

/** An Ethernet frame of `len` bytes: broadcast, from MAC, filled with `fill`. */
function frame(len: number, fill: number): Uint8Array {
  const f = new Uint8Array(len).fill(fill);
  f.set([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0x16, 0x3e, 0x00, 0x00, 0x04, 0x08, 0x00]);
  return f;
}

interface TxSlot {
  gref?: number;
  offset?: number;
  flags?: number;
  id?: number;
  size: number;
}

/** Puts tx slots on the ring (raw, as a guest may), kicks, and returns their responses [id, status]. */
async function send(...slots: TxSlot[]): Promise<Array<[number, number]>> {
  const first = tx.getUint32(RSP_PROD, true);
  slots.forEach((s, i) => {
    const at = txSlotOffset(txProd + i);
    tx.setUint32(at, s.gref ?? 10, true);
    tx.setUint16(at + 4, s.offset ?? 0, true);
    tx.setUint16(at + 6, s.flags ?? 0, true);
    tx.setUint16(at + 8, s.id ?? i, true);
    tx.setUint16(at + 10, s.size, true);
  });
  txProd += slots.length;
  tx.setUint32(REQ_PROD, txProd, true);
  nb.kick();
  await pump();
  const out: Array<[number, number]> = [];
  for (let i = first; i !== tx.getUint32(RSP_PROD, true); i++) out.push([tx.getUint16(txSlotOffset(i), true), tx.getInt16(txSlotOffset(i) + 2, true)]);
  return out;
}

/** Posts rx requests for grant refs, kicks. */
async function post(...grefs: number[]): Promise<void> {
  grefs.forEach((g, i) => {
    const at = rxSlotOffset(rxProd + i);
    rx.setUint16(at, 100 + rxProd + i, true);
    rx.setUint32(at + 4, g, true);
  });
  rxProd += grefs.length;
  rx.setUint32(REQ_PROD, rxProd, true);
  nb.kick();
  await pump();
}

/** The rx response in slot `idx`: [id, status]. */
const rxResponse = (idx: number): [number, number] => [rx.getUint16(rxSlotOffset(idx), true), rx.getInt16(rxSlotOffset(idx) + 6, true)];

beforeEach(async () => {
  grants = new FakeGrants(DOMID);
  for (const ref of [TX_REF, RX_REF, 10, 11, 12, 13, 20, 21, 22]) grants.pages.set(ref, new Uint8Array(4096));
  grants.readonly.add(22);
  tx = new DataView(page(TX_REF).buffer);
  rx = new DataView(page(RX_REF).buffer);
  txProd = 0;
  rxProd = 0;
  xs = new Xenstored();
  clock = new FakeClock();
  logs = [];
  wire = new Wire();
  const vif = { ...parseVifSpec(`mac=${MAC}, bridge=xenbr0`), devid: 0, mac: MAC };
  writeVifEntries(xs, DOMID, vif, 0, MAC);
  nb = new Netback({
    domctl: grants.domctl(), xenstored: xs, watcher: new XsWatcher(xs, (l) => logs.push(l)), clock, log: (l) => logs.push(l), domid: DOMID, vif,
  });
  nb.start(wire);
  await pump();
  expect(backendState()).toBe(XenbusStateInitWait);
  const fe = vifFrontendPath(DOMID, 0);
  xs.write(`${fe}/tx-ring-ref`, String(TX_REF));
  xs.write(`${fe}/rx-ring-ref`, String(RX_REF));
  xs.write(`${fe}/event-channel`, '5');
  xs.write(`${fe}/request-rx-copy`, '1');
  xs.write(`${fe}/state`, String(XenbusStateConnected));
  await pump();
});

afterEach(async () => {
  await nb.stop();
});

test('the handshake ends Connected with libxl\'s entries, netback\'s features and a port on the bridge', () => {
  expect(backendState()).toBe(XenbusStateConnected);
  const be = vifBackendPath(DOMID, 0);
  const read = (p: string): string => xs.read(p).toString();
  expect([read(`${be}/mac`), read(`${be}/bridge`), read(`${be}/handle`), read(`${be}/feature-rx-copy`), read(`${be}/frontend`)])
    .toEqual([MAC, 'xenbr0', '0', '1', vifFrontendPath(DOMID, 0)]);
  expect(read(`${vifFrontendPath(DOMID, 0)}/mac`)).toBe(MAC);
  expect([...wire.ports.keys()]).toEqual(['vif4.0']);
});

test('tx: frames from granted pages reach the bridge, in one slot or chained over several', async () => {
  page(10).set(frame(60, 0xaa), 100);
  const second = frame(1500, 0xbb);
  page(11).set(second.subarray(0, 1000), 0);
  page(12).set(second.subarray(1000), 96);
  const rsp = await send(
    { gref: 10, offset: 100, size: 60, id: 1 },
    { gref: 11, offset: 0, size: 1500, id: 2, flags: NETTXF_more_data }, { gref: 12, offset: 96, size: 500, id: 3 },
  );
  expect(rsp).toEqual([[1, NETIF_RSP_OKAY], [2, NETIF_RSP_OKAY], [3, NETIF_RSP_OKAY]]);
  expect(wire.fromGuest).toEqual([frame(60, 0xaa), second]);
  expect(nb.stats).toMatchObject({ txFrames: 2, txBytes: 1560, txErrors: 0 });
  expect(grants.sent.length).toBeGreaterThan(0);
});

test('tx: bursts longer than a pass reads, wrapping round the ring, reach the bridge whole and in order', async () => {
  // 256 distinct frames of 64 bytes on pages 10..13; a pass reads a window of the ring sized
  // by the last pass, so these take several passes, and the second burst wraps the ring.
  const at = (i: number): { gref: number; offset: number } => ({ gref: 10 + (i >> 6), offset: (i & 63) * 64 });
  for (let i = 0; i < 256; i++) page(at(i).gref).set(frame(64, i), at(i).offset);
  const burst = (from: number, n: number): TxSlot[] => Array.from({ length: n }, (_, k) => ({ ...at((from + k) & 255), size: 64, id: k }));
  expect(await send(...burst(0, 100))).toEqual(Array.from({ length: 100 }, (_, k) => [k, NETIF_RSP_OKAY]));
  expect(await send(...burst(100, 250))).toEqual(Array.from({ length: 250 }, (_, k) => [k, NETIF_RSP_OKAY]));
  expect(wire.fromGuest.map((f) => f[20])).toEqual(Array.from({ length: 350 }, (_, i) => i & 255));
  expect(wire.fromGuest.every((f) => f.length === 64)).toBe(true);
  expect(nb.stats).toMatchObject({ txFrames: 350, txErrors: 0 });
});

test('tx: an extra-info slot is answered NETIF_RSP_NULL and the frame still goes', async () => {
  page(10).set(frame(64, 0x11), 0);
  const rsp = await send({ gref: 10, size: 64, id: 7, flags: NETTXF_extra_info }, { gref: XEN_NETIF_EXTRA_TYPE_MCAST_ADD, size: 0 });
  expect(rsp).toEqual([[7, NETIF_RSP_OKAY], [0xffff, NETIF_RSP_NULL]]);
  expect(wire.fromGuest).toEqual([frame(64, 0x11)]);
});

test('tx: hostile requests are answered NETIF_RSP_ERROR, counted, and send nothing', async () => {
  page(10).set(frame(64, 0x22), 0);
  const rsp = await send(
    { gref: 999, size: 64, id: 1 },                     // a grant that does not exist
    { gref: 10, size: 13, id: 2 },                      // shorter than an Ethernet header
    { gref: 10, size: 1519, id: 3 },                    // longer than a frame can be
    { gref: 10, offset: 4090, size: 64, id: 4 },        // past the end of its page
    { gref: 10, size: 64, id: 5, flags: NETTXF_more_data }, { gref: 11, size: 100, id: 6 }, // parts larger than the whole
    { gref: 10, size: 0, id: 8 },                       // empty
  );
  expect(rsp).toEqual([[1, NETIF_RSP_ERROR], [2, NETIF_RSP_ERROR], [3, NETIF_RSP_ERROR], [4, NETIF_RSP_ERROR], [5, NETIF_RSP_ERROR], [6, NETIF_RSP_ERROR], [8, NETIF_RSP_ERROR]]);
  expect(wire.fromGuest).toEqual([]);
  expect(nb.stats.txErrors).toBe(6);
  expect(backendState()).toBe(XenbusStateConnected); // bad frames, not a broken ring
  expect(await send({ gref: 10, size: 64, id: 9 })).toEqual([[9, NETIF_RSP_OKAY]]);
  expect(wire.fromGuest).toEqual([frame(64, 0x22)]);
});

test('tx: a producer more than a ring ahead closes the vif', async () => {
  tx.setUint32(REQ_PROD, 257, true);
  nb.kick();
  await pump();
  expect(backendState()).toBe(XenbusStateClosing);
  expect(xs.read(`${vifBackendPath(DOMID, 0)}/error`).toString()).toMatch(/tx req_prod 257 is 257 requests ahead/);
  expect(nb.stats.errors).toBe(1);
});

test('tx: a frame chained over more than 18 slots closes the vif', async () => {
  const slots: TxSlot[] = Array.from({ length: 19 }, () => ({ gref: 10, size: 14, flags: NETTXF_more_data }));
  await send(...slots);
  expect(backendState()).toBe(XenbusStateClosing);
  expect(wire.fromGuest).toEqual([]);
});

test('rx: frames wait for posted buffers, are copied into them, and are dropped when the queue is full', async () => {
  wire.toGuest(frame(60, 0x31));
  wire.toGuest(frame(1514, 0x32));
  await pump();
  expect(nb.stats.rxFrames).toBe(0); // nothing posted yet: they wait
  await post(20, 21);
  expect([rxResponse(0), rxResponse(1)]).toEqual([[100, 60], [101, 1514]]);
  expect(page(20).subarray(0, 60)).toEqual(frame(60, 0x31));
  expect(page(21).subarray(0, 1514)).toEqual(frame(1514, 0x32));
  expect(rx.getUint32(RSP_PROD, true)).toBe(2);
  expect(nb.stats).toMatchObject({ rxFrames: 2, rxBytes: 1574, rxDropped: 0 });

  for (let i = 0; i < RX_QUEUE_FRAMES + 3; i++) wire.toGuest(frame(64, i & 0xff));
  await pump();
  expect(nb.stats.rxDropped).toBe(3);
  await post(22, 999); // a read-only grant, a bad one: those frames are dropped, the ring goes on
  expect([rxResponse(2), rxResponse(3)]).toEqual([[102, NETIF_RSP_ERROR], [103, NETIF_RSP_ERROR]]);
  expect(nb.stats.rxDropped).toBe(5);
  expect(page(22).every((b) => b === 0)).toBe(true);
  expect(backendState()).toBe(XenbusStateConnected);
});

test('rx: a producer more than a ring ahead closes the vif, and queued frames are dropped', async () => {
  wire.toGuest(frame(60, 1));
  rx.setUint32(REQ_PROD, 1000, true);
  nb.kick();
  await pump();
  expect(backendState()).toBe(XenbusStateClosing);
  expect(nb.stats.rxDropped).toBe(1);
  wire.toGuest(frame(60, 2)); // not connected: dropped at once
  expect(nb.stats.rxDropped).toBe(2);
});

test('a frontend that does not request rx-copy, or whose rings are not granted, never gets Connected', async () => {
  const fe = vifFrontendPath(DOMID, 0);
  xs.write(`${fe}/state`, '6');
  await pump();
  xs.write(`${fe}/state`, '1');
  await pump();
  xs.write(`${fe}/request-rx-copy`, '0');
  xs.write(`${fe}/state`, String(XenbusStateConnected));
  await pump();
  expect(backendState()).toBe(XenbusStateClosing);
  expect(xs.read(`${vifBackendPath(DOMID, 0)}/error`).toString()).toMatch(/rx-copy/);

  xs.write(`${fe}/state`, '6');
  await pump();
  xs.write(`${fe}/state`, '1');
  await pump();
  xs.write(`${fe}/request-rx-copy`, '1');
  xs.write(`${fe}/rx-ring-ref`, '777');
  xs.write(`${fe}/state`, String(XenbusStateConnected));
  await pump();
  expect(backendState()).toBe(XenbusStateClosing);
  expect(xs.read(`${vifBackendPath(DOMID, 0)}/error`).toString()).toMatch(/rx-ring-ref 777 is not a page granted/);
});

test('stop unplugs the port from the bridge', async () => {
  await nb.stop();
  expect(wire.ports.size).toBe(0);
});
