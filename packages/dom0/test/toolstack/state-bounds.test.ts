/**
 * How large a domain's state (a save image's metadata, a migration stream's STATE record) can
 * grow by what the guest itself does, within every limit hvsim enforces: the xenstore nodes and
 * watches xenstored's quotas allow it (made here through a guest connection, so the quotas
 * apply), every event channel port the FIFO ABI names (a config's max_event_channels may allow
 * them all) with the widest values a guest can give them, a FIFO priority on each, every grant frame, and the largest domain's memory with every
 * other page ballooned out (a run of pages each). It must fit a save image (else `hvsim
 * save` would write an image `hvsim restore` refuses, and the destination of a migration
 * would refuse the stream), and it is far larger than a control frame (so the stream cuts it).
 */
import { EVTCHN_FIFO_NR_CHANNELS, HVSIM_PAGE_SIZE } from '@hvsim/abi';
import { DEFAULT_MAX_FRAME_BYTES, decodeEvtchnFifoState, encodeEvtchnFifoState, encodeVcpuContext, pb, type SavedVcpuContext } from '@hvsim/control';
import { DEFAULT_MAX_EVENT_CHANNELS, MAX_EVENT_CHANNELS } from '../../src/config/domain-config';
import { MAX_CALL_BYTES } from '../../src/domctl';
import type { BuiltDomainInfo, VirtualClock } from '../../src/platform';
import { writeDomainEntries } from '../../src/toolstack/domain-entries';
import { MAX_RECORD_BYTES } from '../../src/toolstack/migration-stream';
import { decodeSaveImage, encodeSaveImage, type SaveMetadata, type SavedPort } from '../../src/toolstack/save-image';
import { XenstoreService } from '../../src/xenstore/xenstore-service';
import { TestClient } from '../xenstore/helpers';

const DOMID = 32_751; // the highest a domain may have: every domid in the state at its widest
const MAX_GRANT_FRAMES = 32;
/** The largest domain: the 2 GiB RAM window. */
const MAX_PAGES = 0x80000;
const ENTRY_SIZE = 2048;
const PAYLOAD_MAX = 4096;

/** A guest connection's worth of xenstore: nodes up to its quota, as large as its quotas let
 *  them be, and its watches with the longest tokens, of bytes JSON escapes six-fold. */
function fillXenstore(): unknown {
  const svc = new XenstoreService();
  const xs = svc.xenstored;
  const clock = { now: () => 0 } as unknown as VirtualClock;
  const built: BuiltDomainInfo = {
    domid: DOMID, name: 'hog', uuid: '00000000-0000-4000-8000-000000000001', memory: 4, maxmem: 4, vcpus: 1, maxVcpus: 1, type: 'pv',
    consoleGfn: 0x80001, consoleEvtchn: 1, storeGfn: 0x80002, storeEvtchn: 2, startInfoGfn: 0x80003, restored: false, disks: [], vifs: [],
  };
  writeDomainEntries(xs, built, clock);
  const guest = new TestClient(xs, DOMID);
  // A long directory under data/ (data's entry holds its one child's name), then leaves in
  // directories of two-character names: each leaf's value a whole entry, its path as long as
  // the rest of a request's payload allows (path, NUL, value), five permissions.
  const names = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
  const pairs = names.flatMap((a) => names.map((b) => a + b));
  const sub = ['s1', 's2'];
  const prefix = `data/${'p'.repeat(PAYLOAD_MAX - 1 - ENTRY_SIZE - 'data/'.length - '/s1/ab'.length)}`;
  const value = 'v'.repeat(ENTRY_SIZE);
  const perms = [`n${DOMID}`, 'r32750', 'w32749', 'b32748', 'r32747'];
  let leaves = 0;
  for (let i = 0; ; i++) {
    const leaf = `${prefix}/${sub[i % 2]}/${pairs[i >> 1]}`;
    const r = guest.write(leaf, value);
    if (r !== 'OK\0') {
      expect(r).toBe('!ENOSPC'); // the node quota, or a directory's entry full of names
      break;
    }
    expect(guest.setPerms(leaf, ...perms)).toBe('OK\0');
    leaves++;
  }
  expect(leaves).toBeGreaterThan(900);
  const token = '\x01'.repeat(PAYLOAD_MAX - 'data'.length - 2);
  for (let i = 0; ; i++) {
    const r = guest.watch('data', token.slice(0, -3) + String(i).padStart(3, '0'));
    if (r !== 'OK\0') {
      expect(r).toBe('!E2BIG');
      break;
    }
  }
  return svc.saveDomainState(DOMID);
}

const csr = Object.fromEntries(['mstatus', 'medeleg', 'mideleg', 'mie', 'mip', 'mtvec', 'stvec', 'mepc', 'sepc', 'mcause', 'scause', 'mtval', 'stval', 'mscratch', 'sscratch', 'mcounteren', 'scounteren', 'satp'].map((k) => [k, 0])) as SavedVcpuContext['hart']['csr'];
const context = Buffer.from(encodeVcpuContext({
  hart: { x: new Array(32).fill(0xffff_ffff), pc: 0x8000_0000, priv: 1, instret: 10, cycleOffset: 0, csr, pmp: { cfg: new Array(16).fill(0), addr: new Array(16).fill(0) }, reservation: null, waiting: false },
  online: true, timeNs: 1_000_000, singleshotDeadline: 2_000_000, sbiTimerDeadline: null, vcpuInfo: null, vmAssist: 0,
} as SavedVcpuContext)).toString('base64');
const page = Buffer.alloc(HVSIM_PAGE_SIZE, 0xff).toString('base64');

/** The state of a domain holding `ports` event channels (max_event_channels = ports): by
 *  default every one the FIFO ABI names, the most a config may allow. */
function hog(services: Record<string, unknown>, ports = MAX_EVENT_CHANNELS): SaveMetadata {
  // Interdomain ports bound to the guest's own (loopback), at the widest numbers.
  const evtchn: SavedPort[] = Array.from({ length: ports }, (_, i) => ({ port: i + 1, status: 2, vcpu: 0, remoteDom: DOMID, remotePort: ports - i, virq: 0 }));
  const fifo = encodeEvtchnFifoState({
    controlBlocks: [{ gfn: 0x80010, offset: 0 }],
    arrayGfns: Array.from({ length: ports / 1024 + 1 }, (_, i) => 0x80100 + i),
    tails: new Array(16).fill(ports),
    ports: Array.from({ length: ports }, (_, i) => ({ port: i + 1, priority: 15, lastQueue: 15, heldPending: true })),
  });
  return {
    name: 'hog', uuid: '00000000-0000-4000-8000-000000000001', config: 'name = "hog"\n', configFile: '/x/hog.cfg', domid: DOMID, savedAtNs: 5,
    layout: { startInfoGfn: 0x80003, sharedInfoGfn: 0xfffdf, consoleGfn: 0x80001, storeGfn: 0x80002, consoleEvtchn: 1, storeEvtchn: 2, entry: 0x80000000, nrPages: MAX_PAGES },
    maxPages: MAX_PAGES, targetPages: MAX_PAGES / 2, sched: { weight: 256, cap: 0 }, vcpus: [{ hartState: context, affinity: [0] }],
    evtchn,
    // Every other page ballooned out: a run per page left. (A STATE record lists no data.)
    memory: { populated: Array.from({ length: MAX_PAGES / 2 }, (_, i) => [0x80000 + 2 * i, 1]), data: [] },
    sharedInfo: page,
    services,
    grantTable: Array.from({ length: MAX_GRANT_FRAMES }, (_, i) => ({ gfn: 0xfffe0 + i, entries: page })),
    evtchnFifo: Buffer.from(fifo).toString('base64'),
  };
}

describe('the largest state a guest can make', () => {
  it('fits a save image and a STATE record, is several control frames large, and each call that carries a part of it fits one', () => {
    const xenstore = fillXenstore();
    const meta = hog({ xenstore });
    const image = encodeSaveImage(meta, []);
    // Its parts, in bytes of metadata: xenstore 8.0 MB (nodes 4.9, watches 3.1), event
    // channels 10.7 MB, FIFO state 2.1 MB, populated runs 2.9 MB, grant table 0.2 MB;
    // 23.8 MB in all.
    expect(Buffer.byteLength(JSON.stringify(xenstore))).toBeGreaterThan(DEFAULT_MAX_FRAME_BYTES);
    expect(image.length).toBeGreaterThan(4 * DEFAULT_MAX_FRAME_BYTES);
    expect(image.length).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    expect(decodeSaveImage(image).meta.evtchn).toHaveLength(EVTCHN_FIFO_NR_CHANNELS - 1);
    // A save file lists the runs of pages with data as well: as many again, still within.
    expect(() => encodeSaveImage({ ...meta, memory: { ...meta.memory, data: meta.memory.populated } }, [])).not.toThrow();
    // dom0 reads the ports and the FIFO state in one DomctlService answer each, and gives the
    // FIFO state back in one request.
    expect(pb.DomctlServiceEvtchnListResponse.encode({ ports: meta.evtchn }).finish().length).toBeLessThanOrEqual(MAX_CALL_BYTES);
    const fifo = decodeEvtchnFifoState(Buffer.from(meta.evtchnFifo!, 'base64'));
    expect(pb.DomctlServiceSetEvtchnFifoRequest.encode({ domid: DOMID, state: fifo }).finish().length).toBeLessThanOrEqual(MAX_CALL_BYTES);
  });

  it('with libxl\'s default max_event_channels the event channels and FIFO state are a hundredth of the worst', () => {
    const evtchnBytes = (meta: SaveMetadata): number => Buffer.byteLength(JSON.stringify(meta.evtchn)) + Buffer.byteLength(meta.evtchnFifo ?? '');
    const worst = evtchnBytes(hog({}));
    const bounded = evtchnBytes(hog({}, DEFAULT_MAX_EVENT_CHANNELS));
    // 12.7 MB at every FIFO port (ports 10.7, FIFO state 2.1); 94 KB at 1,023 (79 and 15).
    expect(worst).toBeGreaterThan(12_000_000);
    expect(bounded).toBeLessThan(worst / 100);
    expect(bounded).toBeLessThan(110_000);
  });

  it('a state larger than a save image holds fails the save, rather than write an image restore refuses', () => {
    const meta = hog({ junk: 'x'.repeat(MAX_RECORD_BYTES) });
    expect(() => encodeSaveImage(meta, [])).toThrow(/more than a save image holds/);
  });
});
