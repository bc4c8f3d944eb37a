/**
 * blkback against a frontend that is only a ring page and data pages in a fake grant table:
 * requests served, and every kind of garbage a hostile guest can put on the ring answered
 * with BLKIF_RSP_ERROR / EOPNOTSUPP, or the device moved to Closing — never an exception,
 * never a byte outside what was granted.
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BLKIF_OP_DISCARD, BLKIF_OP_FLUSH_DISKCACHE, BLKIF_OP_INDIRECT, BLKIF_OP_READ, BLKIF_OP_WRITE, BLKIF_RSP_EOPNOTSUPP,
  BLKIF_RSP_ERROR, BLKIF_RSP_OKAY,
  XenbusStateClosing, XenbusStateConnected, XenbusStateInitialised, XenbusStateInitWait,
} from '@hvsim/abi';
import { parseDiskSpec, Xenstored } from '../../src';
import { Blkback } from '../../src/devices/blkback';
import { REQ_PROD, RSP_PROD, slotOffset } from '../../src/devices/blkif-ring';
import { HostIo } from '../../src/files/host-io';
import { vbdBackendPath, vbdFrontendPath, writeVbdEntries } from '../../src/devices/vbd-entries';
import { XsWatcher } from '../../src/devices/xs-watcher';
import { FakeClock, settle } from '../support/fake-core';
import { FakeGrants } from './fake-grants';

const DOMID = 3;
const RING_REF = 8;
const SECTORS = 64;

let dir: string;
let file: fsp.FileHandle;
let grants: FakeGrants;
let xs: Xenstored;
let clock: FakeClock;
let backend: Blkback;
let logs: string[];
let ring: DataView;
let reqProd = 0;
let hostIo: HostIo;
/** What the backend's write fence says (a cluster host's lease fence): null = open. */
let fenced: string | null = null;
/** The fence answers only after a few event-loop turns (a cluster host asking etcd for the disk's lock). */
let fenceLater = false;
/** The targets the fence was asked about. */
let fenceAsked: string[] = [];

/** Lets the backend work: its RPCs and file I/O complete, then virtual time moves on (as the embedding API steps). */
async function pump(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await settle(10);
    await hostIo.idle();
    await settle(10);
    clock.advance(1_000_000);
  }
  await settle(10);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-blkback-'));
  const image = path.join(dir, 'd.img');
  fs.writeFileSync(image, Buffer.alloc(SECTORS * 512, 0xee));
  file = await fsp.open(image, 'r+');
  grants = new FakeGrants(DOMID);
  const page = new Uint8Array(4096);
  grants.pages.set(RING_REF, page);
  ring = new DataView(page.buffer);
  for (let ref = 10; ref < 22; ref++) grants.pages.set(ref, new Uint8Array(4096));
  for (let ref = 30; ref < 51; ref++) grants.pages.set(ref, new Uint8Array(4096)); // indirect tests: data 30.., lists 50
  grants.readonly.add(21);
  xs = new Xenstored();
  clock = new FakeClock();
  logs = [];
  hostIo = new HostIo();
  const disk = parseDiskSpec('format=raw, vdev=xvda, access=rw, target=d.img');
  writeVbdEntries(xs, DOMID, disk, image);
  backend = new Blkback({
    domctl: grants.domctl(), xenstored: xs, watcher: new XsWatcher(xs, (l) => logs.push(l)), clock, log: (l) => logs.push(l),
    domid: DOMID, disk, file, sectors: SECTORS, hostIo, writeFence: (target) => {
      fenceAsked.push(target);
      const answer = fenced;
      return fenceLater ? settle(3).then(() => answer) : answer;
    },
  });
  fenceLater = false;
  fenceAsked = [];
  backend.start();
  reqProd = 0;
  fenced = null;
  const fe = vbdFrontendPath(DOMID, 51712);
  xs.write(`${fe}/ring-ref`, String(RING_REF));
  xs.write(`${fe}/event-channel`, '5');
  xs.write(`${fe}/protocol`, 'arm-abi');
  xs.write(`${fe}/state`, String(XenbusStateInitialised));
  await pump();
});

afterEach(async () => {
  await backend.stop();
  await file.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const backendState = (): number => Number(xs.read(`${vbdBackendPath(DOMID, 51712)}/state`).toString());

interface Req {
  op: number;
  sector?: number;
  segs?: Array<[gref: number, first: number, last: number]>;
  nrSegments?: number;
  nrSectors?: number;
  /** BLKIF_OP_INDIRECT: its READ or WRITE, and the grants of the pages listing `segs`. */
  indirect?: { op: number; pages: number[] };
}

/** Lists segments in indirect pages (blkif_request_segment, 512 per page) that exist. */
function listSegments(pages: number[], segs: Array<[number, number, number]>): void {
  segs.forEach(([g, f, l], i) => {
    const page = grants.pages.get(pages[Math.floor(i / 512)]);
    if (page === undefined) return; // a list page the guest never granted
    const v = new DataView(page.buffer);
    v.setUint32((i % 512) * 8, g, true);
    v.setUint8((i % 512) * 8 + 4, f);
    v.setUint8((i % 512) * 8 + 5, l);
  });
}

/** Puts requests on the ring, kicks, and returns their statuses in order. */
async function submit(...reqs: Req[]): Promise<number[]> {
  const firstRsp = ring.getUint32(RSP_PROD, true);
  for (const r of reqs) {
    const at = slotOffset(reqProd);
    new Uint8Array(ring.buffer).fill(0, at, at + 112);
    ring.setUint8(at, r.op);
    const segs = r.segs ?? [];
    if (r.indirect !== undefined) {
      ring.setUint8(at + 1, r.indirect.op);
      ring.setUint16(at + 2, r.nrSegments ?? segs.length, true);
      ring.setBigUint64(at + 8, BigInt(1000 + reqProd), true);
      ring.setBigUint64(at + 16, BigInt(r.sector ?? 0), true);
      r.indirect.pages.forEach((g, i) => ring.setUint32(at + 28 + 4 * i, g, true));
      listSegments(r.indirect.pages, segs);
      reqProd++;
      continue;
    }
    ring.setUint8(at + 1, r.nrSegments ?? segs.length);
    ring.setBigUint64(at + 8, BigInt(1000 + reqProd), true);
    ring.setBigUint64(at + 16, BigInt(r.sector ?? 0), true);
    segs.slice(0, 11).forEach(([g, f, l], i) => {
      ring.setUint32(at + 24 + 8 * i, g, true);
      ring.setUint8(at + 28 + 8 * i, f);
      ring.setUint8(at + 29 + 8 * i, l);
    });
    if (r.nrSectors !== undefined) ring.setBigUint64(at + 24, BigInt(r.nrSectors), true);
    reqProd++;
  }
  ring.setUint32(REQ_PROD, reqProd, true);
  backend.kick();
  await pump();
  const out: number[] = [];
  for (let i = firstRsp; i !== ring.getUint32(RSP_PROD, true); i++) {
    const at = slotOffset(i);
    expect(ring.getBigUint64(at, true)).toBe(BigInt(1000 + i)); // ids echoed, in order
    out.push(ring.getInt16(at + 10, true));
  }
  return out;
}

test('the handshake ends Connected, with the disk described in the backend directory', () => {
  expect(backendState()).toBe(XenbusStateConnected);
  const be = vbdBackendPath(DOMID, 51712);
  const read = (k: string): string => xs.read(`${be}/${k}`).toString();
  expect([read('sectors'), read('sector-size'), read('info'), read('feature-flush-cache'), read('feature-discard'), read('mode')])
    .toEqual(['64', '512', '0', '1', '1', 'w']);
});

test('writes, reads back across segments, flushes and discards', async () => {
  grants.pages.get(10)?.fill(0x11);
  grants.pages.get(11)?.fill(0x22);
  expect(await submit({ op: BLKIF_OP_WRITE, sector: 4, segs: [[10, 0, 7], [11, 2, 3]] }, { op: BLKIF_OP_FLUSH_DISKCACHE })).toEqual([BLKIF_RSP_OKAY, BLKIF_RSP_OKAY]);
  const onDisk = fs.readFileSync(path.join(dir, 'd.img'));
  expect(onDisk.subarray(4 * 512, 12 * 512).every((b) => b === 0x11)).toBe(true);
  expect(onDisk.subarray(12 * 512, 14 * 512).every((b) => b === 0x22)).toBe(true);
  expect(onDisk[14 * 512]).toBe(0xee);

  expect(await submit({ op: BLKIF_OP_READ, sector: 11, segs: [[12, 1, 2]] })).toEqual([BLKIF_RSP_OKAY]);
  const got = grants.pages.get(12) as Uint8Array;
  expect(got[0]).toBe(0); // outside the segment's sectors: untouched
  expect(got[512]).toBe(0x11);
  expect(got[1024]).toBe(0x22);
  expect(got[1536]).toBe(0);

  expect(await submit({ op: BLKIF_OP_DISCARD, sector: 4, nrSectors: 2 })).toEqual([BLKIF_RSP_OKAY]);
  expect(fs.readFileSync(path.join(dir, 'd.img')).subarray(4 * 512, 6 * 512).every((b) => b === 0)).toBe(true);
  expect(backend.stats).toMatchObject({ rdReq: 1, wrReq: 1, flReq: 1, dsReq: 1, rdSect: 2, wrSect: 10 });
  expect(grants.sent.length).toBeGreaterThanOrEqual(3); // the frontend was notified
});

test('an INDIRECT request moves 16 pages in one request, written then read back', async () => {
  expect(xs.read(`${vbdBackendPath(DOMID, 51712)}/feature-max-indirect-segments`).toString()).toBe('256');
  const data = Array.from({ length: 16 }, (_, i): [number, number, number] => [30 + i, 0, 7]);
  data.forEach(([g], i) => grants.pages.get(g)?.fill(0x40 + i));
  // 16 pages = 128 sectors; the disk has 64: write the first 8 pages' worth, at sector 0.
  const eight = data.slice(0, 8);
  expect(await submit({ op: BLKIF_OP_INDIRECT, indirect: { op: BLKIF_OP_WRITE, pages: [50] }, segs: eight, sector: 0 })).toEqual([BLKIF_RSP_OKAY]);
  const onDisk = fs.readFileSync(path.join(dir, 'd.img'));
  for (let i = 0; i < 8; i++) expect(onDisk.subarray(i * 4096, (i + 1) * 4096).every((b) => b === 0x40 + i)).toBe(true);
  for (const [g] of eight) grants.pages.get(g)?.fill(0);
  expect(await submit({ op: BLKIF_OP_INDIRECT, indirect: { op: BLKIF_OP_READ, pages: [50] }, segs: eight, sector: 0 })).toEqual([BLKIF_RSP_OKAY]);
  eight.forEach(([g], i) => expect(grants.pages.get(g)?.every((b) => b === 0x40 + i)).toBe(true));
  expect(backend.stats).toMatchObject({ rdReq: 1, wrReq: 1, rdSect: 64, wrSect: 64 });
  // A response is tagged with the READ or WRITE it answered, as Linux's blkback does.
  expect(ring.getUint8(slotOffset(1) + 8)).toBe(BLKIF_OP_READ);
});

test('a pass of many requests: disk-contiguous writes in one pwrite, an overlapping write after them, a read in the same pass sees both', async () => {
  const writes = jest.spyOn(file, 'write');
  [30, 31, 32, 33].forEach((g, i) => grants.pages.get(g)?.fill(0x40 + i));
  grants.pages.get(34)?.fill(0x99);
  expect(await submit(
    ...[30, 31, 32, 33].map((g, i) => ({ op: BLKIF_OP_WRITE, sector: 8 * i, segs: [[g, 0, 7]] as Array<[number, number, number]> })),
    { op: BLKIF_OP_WRITE, sector: 8, segs: [[34, 0, 3]] },  // over the second write's first half
    { op: BLKIF_OP_READ, sector: 8, segs: [[35, 0, 7]] },
  )).toEqual(Array(6).fill(BLKIF_RSP_OKAY));
  expect(writes.mock.calls.map((c) => (c[0] as unknown as Uint8Array).byteLength)).toEqual([4 * 4096, 4 * 512]);
  const onDisk = fs.readFileSync(path.join(dir, 'd.img'));
  const sectorsOf = (from: number, to: number): Buffer => onDisk.subarray(from * 512, to * 512);
  expect(sectorsOf(0, 8).every((b) => b === 0x40)).toBe(true);
  expect(sectorsOf(8, 12).every((b) => b === 0x99)).toBe(true);
  expect(sectorsOf(12, 16).every((b) => b === 0x41)).toBe(true);
  expect(sectorsOf(24, 32).every((b) => b === 0x43)).toBe(true);
  const read = grants.pages.get(35) as Uint8Array;
  expect(read.subarray(0, 2048).every((b) => b === 0x99) && read.subarray(2048).every((b) => b === 0x41)).toBe(true);
  expect(backend.stats).toMatchObject({ wrReq: 5, rdReq: 1, errors: 0 });
});

test('a bad request among good ones in a pass is refused alone: the runs around it are written, its sectors untouched', async () => {
  [30, 31, 32].forEach((g) => grants.pages.get(g)?.fill(0x55));
  expect(await submit(
    { op: BLKIF_OP_WRITE, sector: 0, segs: [[30, 0, 7]] },
    { op: BLKIF_OP_WRITE, sector: 8, segs: [[999, 0, 7]] },   // a grant that does not exist
    { op: BLKIF_OP_WRITE, sector: 16, segs: [[32, 0, 7]] },
    { op: BLKIF_OP_WRITE, sector: 60, segs: [[31, 0, 7]] },   // past the end
  )).toEqual([BLKIF_RSP_OKAY, BLKIF_RSP_ERROR, BLKIF_RSP_OKAY, BLKIF_RSP_ERROR]);
  const onDisk = fs.readFileSync(path.join(dir, 'd.img'));
  expect(onDisk.subarray(0, 4096).every((b) => b === 0x55)).toBe(true);
  expect(onDisk.subarray(4096, 8192).every((b) => b === 0xee)).toBe(true);
  expect(onDisk.subarray(8192, 12288).every((b) => b === 0x55)).toBe(true);
  expect(onDisk.subarray(60 * 512).every((b) => b === 0xee)).toBe(true);
  expect(backend.stats).toMatchObject({ wrReq: 2, errors: 2 });
});

test('a closed write fence refuses writes, flushes and discards (nothing reaches the image); reads go on; open again, writes do', async () => {
  const before = fs.readFileSync(path.join(dir, 'd.img'));
  grants.pages.get(10)?.fill(0x33);
  fenced = 'lease not confirmed';
  expect(await submit(
    { op: BLKIF_OP_WRITE, sector: 0, segs: [[10, 0, 7]] }, { op: BLKIF_OP_FLUSH_DISKCACHE }, { op: BLKIF_OP_DISCARD, sector: 8, nrSectors: 2 },
    { op: BLKIF_OP_READ, sector: 0, segs: [[12, 0, 0]] },
  )).toEqual([BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_OKAY]);
  expect(fs.readFileSync(path.join(dir, 'd.img')).equals(before)).toBe(true);
  expect(logs.filter((l) => l.includes('write refused: lease not confirmed'))).toHaveLength(3);
  fenced = null;
  expect(await submit({ op: BLKIF_OP_WRITE, sector: 0, segs: [[10, 0, 7]] })).toEqual([BLKIF_RSP_OKAY]);
  expect(fs.readFileSync(path.join(dir, 'd.img'))[0]).toBe(0x33);
});

test('a fence that answers later (a disk lock asked of etcd): the write waits for the answer, refused or done by it; asked with the disk\'s target', async () => {
  const before = fs.readFileSync(path.join(dir, 'd.img'));
  grants.pages.get(10)?.fill(0x44);
  fenceLater = true;
  fenced = 'disk d.img is locked by domain other on host h2';
  expect(await submit({ op: BLKIF_OP_WRITE, sector: 0, segs: [[10, 0, 7]] }, { op: BLKIF_OP_FLUSH_DISKCACHE })).toEqual([BLKIF_RSP_ERROR, BLKIF_RSP_ERROR]);
  expect(fs.readFileSync(path.join(dir, 'd.img')).equals(before)).toBe(true);
  expect(logs.filter((l) => l.includes('write refused: disk d.img is locked by domain other on host h2'))).toHaveLength(2);
  fenced = null;
  expect(await submit({ op: BLKIF_OP_WRITE, sector: 0, segs: [[10, 0, 7]] })).toEqual([BLKIF_RSP_OKAY]);
  expect(fs.readFileSync(path.join(dir, 'd.img'))[0]).toBe(0x44);
  expect(new Set(fenceAsked)).toEqual(new Set(['d.img']));
});

test('hostile requests get BLKIF_RSP_ERROR or EOPNOTSUPP and move no bytes', async () => {
  const before = fs.readFileSync(path.join(dir, 'd.img'));
  const twelve = Array.from({ length: 12 }, (): [number, number, number] => [10, 0, 0]);
  const statuses = await submit(
    { op: BLKIF_OP_WRITE, sector: 0, segs: [[999, 0, 7]] },            // a grant that does not exist
    { op: BLKIF_OP_WRITE, sector: 63, segs: [[10, 0, 1]] },            // past the end
    { op: BLKIF_OP_READ, sector: 2 ** 52, segs: [[10, 0, 0]] },        // far past the end
    { op: BLKIF_OP_WRITE, sector: 0, segs: twelve, nrSegments: 12 },   // > 11 segments
    { op: BLKIF_OP_WRITE, sector: 0, segs: [], nrSegments: 0 },        // none
    { op: BLKIF_OP_WRITE, sector: 0, segs: [[10, 3, 2]] },             // first > last
    { op: BLKIF_OP_WRITE, sector: 0, segs: [[10, 0, 8]] },             // past the page
    { op: BLKIF_OP_READ, sector: 0, segs: [[21, 0, 0]] },              // into a read-only grant
    { op: BLKIF_OP_DISCARD, sector: 60, nrSectors: 5 },                // discard past the end
    { op: BLKIF_OP_INDIRECT, indirect: { op: BLKIF_OP_WRITE, pages: [] }, nrSegments: 0 },        // indirect, no segments
    { op: BLKIF_OP_INDIRECT, indirect: { op: BLKIF_OP_WRITE, pages: [50] }, nrSegments: 257 },    // > feature-max-indirect-segments
    { op: BLKIF_OP_INDIRECT, indirect: { op: BLKIF_OP_FLUSH_DISKCACHE, pages: [50] }, segs: [[10, 0, 0]] }, // not a READ/WRITE
    { op: BLKIF_OP_INDIRECT, indirect: { op: BLKIF_OP_WRITE, pages: [999] }, segs: [[10, 0, 0]] }, // an ungranted list page
    { op: BLKIF_OP_INDIRECT, indirect: { op: BLKIF_OP_WRITE, pages: [50] }, segs: [[10, 0, 0], [999, 0, 0]] }, // a bad listed grant
    { op: 200 },                                                       // nonsense
  );
  expect(statuses).toEqual([
    BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR,
    BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR, BLKIF_RSP_ERROR,
    BLKIF_RSP_EOPNOTSUPP,
  ]);
  expect(fs.readFileSync(path.join(dir, 'd.img')).equals(before)).toBe(true);
  expect((grants.pages.get(21) as Uint8Array).every((b) => b === 0)).toBe(true);
  expect(backendState()).toBe(XenbusStateConnected); // bad requests, not a broken ring
  // ...and it still serves good ones.
  expect(await submit({ op: BLKIF_OP_READ, sector: 0, segs: [[10, 0, 0]] })).toEqual([BLKIF_RSP_OKAY]);
});

test('a producer more than a ring ahead closes the device', async () => {
  ring.setUint32(REQ_PROD, 33, true);
  backend.kick();
  await pump();
  expect(backendState()).toBe(XenbusStateClosing);
  expect(xs.read(`${vbdBackendPath(DOMID, 51712)}/error`).toString()).toMatch(/req_prod 33 is 33 requests ahead/);
  expect(logs.some((l) => l.includes('closing the device'))).toBe(true);
});

test('a frontend whose ring-ref is not granted never gets Connected', async () => {
  const fe = vbdFrontendPath(DOMID, 51712);
  xs.write(`${fe}/state`, '6'); // Closed: the backend follows
  await pump();
  xs.write(`${fe}/state`, '1'); // starts over
  await pump();
  expect(backendState()).toBe(XenbusStateInitWait);
  xs.write(`${fe}/ring-ref`, '4242');
  xs.write(`${fe}/state`, String(XenbusStateInitialised));
  await pump();
  expect(backendState()).toBe(XenbusStateClosing);
  expect(xs.read(`${vbdBackendPath(DOMID, 51712)}/error`).toString()).toMatch(/ring-ref 4242 is not a page granted to dom0/);
});

test('block-detach asks a connected frontend to close, and gives up on a silent one after 10 s', async () => {
  const fe = vbdFrontendPath(DOMID, 51712);
  let done = false;
  void backend.requestClose().then(() => { done = true; });
  await pump();
  expect(backendState()).toBe(XenbusStateClosing);
  expect(xs.read(`${vbdBackendPath(DOMID, 51712)}/online`).toString()).toBe('0');
  expect(done).toBe(false);
  xs.write(`${fe}/state`, '6'); // the frontend lets go
  await pump();
  expect(done).toBe(true);

  // A frontend that reconnects and then ignores the request: removed after the timeout.
  xs.write(`${fe}/state`, '1');
  await pump();
  xs.write(`${fe}/state`, String(XenbusStateInitialised));
  await pump();
  expect(backendState()).toBe(XenbusStateConnected);
  done = false;
  void backend.requestClose().then(() => { done = true; });
  await pump();
  expect(done).toBe(false);
  clock.advance(10_000_000_000);
  await settle(10);
  expect(done).toBe(true);
  expect(logs.some((l) => l.includes('did not close within 10 s'))).toBe(true);
});
