/**
 * dom0's xenstore and console ring services against a recording stand-in for DomctlService's
 * memory and event channel calls: the entries and permissions of a new domain, the ring passes
 * (only dom0's fields written back, data before indices, guests notified), the console ring
 * both ways, xl's shutdown through control/shutdown, and cleanup. The same services run on the
 * real core with real guests in test/xenstore-*.test.ts.
 */
import {
  HVSIM_PAGE_SIZE, XENCONS_INTERFACE, XENSTORE_DOMAIN_INTERFACE, XENSTORE_SERVER_FEATURE_ERROR,
  XS_READ, XS_WATCH, XS_WATCH_EVENT, XS_WRITE,
} from '@hvsim/abi';
import {
  Bridges, ConsoleBackend, ConsoleRingService, CostMeter, DEFAULT_BRIDGES, HostIo, XenstoreRing, XenstoreService, XsFrameDecoder, encodeMessage,
} from '../../src';
import type { BuiltDomainInfo, Dom0ServiceContext, Domctl, XsMessage } from '../../src';
import fc from 'fast-check';
import { FakeClock } from '../support/fake-core';

const RAM = 0x8000_0000;
const STORE_GFN = RAM / HVSIM_PAGE_SIZE + 1022;
const CONSOLE_GFN = RAM / HVSIM_PAGE_SIZE + 1023;

/** Guest memory and event channels as the calls dom0 makes see them; every call recorded. */
class FakeMemory {
  readonly pages = new Map<string, Uint8Array>();
  readonly writes: Array<{ domid: number; gpa: number; length: number }> = [];
  readonly sent: number[] = [];
  readonly closed: number[] = [];
  readonly bound: Array<{ remoteDom: number; remotePort: number; local: number }> = [];
  private nextPort = 10;
  /** Runs between dom0's read of a page and its write-back: a guest on another CPU. */
  duringPass: (() => void) | null = null;

  page(domid: number, gfn: number): Uint8Array {
    const key = `${domid}:${gfn}`;
    let page = this.pages.get(key);
    if (page === undefined) this.pages.set(key, (page = new Uint8Array(HVSIM_PAGE_SIZE)));
    return page;
  }

  domctl(): Domctl {
    const at = (domid: number, gpa: number) => ({ page: this.page(domid, Math.floor(gpa / HVSIM_PAGE_SIZE)), off: gpa % HVSIM_PAGE_SIZE });
    const write = (domid: number, gpa: number, data: Uint8Array): void => {
      const { page, off } = at(domid, gpa);
      page.set(data, off);
      this.writes.push({ domid, gpa, length: data.length });
    };
    const stub = {
      readGuestMemory: async (domid: number, gpa: number, length: number) => {
        const { page, off } = at(domid, gpa);
        const copy = page.slice(off, off + length);
        this.duringPass?.();
        return copy;
      },
      writeGuestMemory: async (domid: number, gpa: number, data: Uint8Array) => write(domid, gpa, data),
      writeGuestMemoryAll: async (domid: number, writes: Array<{ gpa: number; data: Uint8Array }>) => {
        for (const w of writes) write(domid, w.gpa, w.data);
      },
      evtchnBindInterdomain: async (remoteDom: number, remotePort: number) => {
        const local = this.nextPort++;
        this.bound.push({ remoteDom, remotePort, local });
        return local;
      },
      evtchnSend: async (port: number) => {
        this.sent.push(port);
      },
      evtchnClose: async (port: number) => {
        this.closed.push(port);
      },
    };
    return stub as unknown as Domctl;
  }
}

interface Setup {
  mem: FakeMemory;
  domctl: Domctl;
  clock: FakeClock;
  console: ConsoleBackend;
  cost: CostMeter;
  xenstore: XenstoreService;
  consoleRing: ConsoleRingService;
  logs: string[];
}

function setup(): Setup {
  const mem = new FakeMemory();
  const clock = new FakeClock();
  const console = new ConsoleBackend();
  const cost = new CostMeter(null);
  const logs: string[] = [];
  const ctx: Dom0ServiceContext = { domctl: mem.domctl(), console, clock, cost, io: new HostIo(), bridges: new Bridges(DEFAULT_BRIDGES, () => clock.now()), log: (l) => logs.push(l) };
  const xenstore = new XenstoreService();
  xenstore.attach(ctx);
  return { mem, domctl: ctx.domctl, clock, console, cost, xenstore, consoleRing: new ConsoleRingService(ctx), logs };
}

function built(domid: number, extra: Partial<BuiltDomainInfo> = {}): BuiltDomainInfo {
  return {
    domid, name: `guest${domid}`, uuid: `0000000${domid}-0000-4000-8000-000000000000`, memory: 4, maxmem: 8, vcpus: 1, maxVcpus: 2, type: 'pv',
    consoleGfn: CONSOLE_GFN, consoleEvtchn: 1, storeGfn: STORE_GFN, storeEvtchn: 2, startInfoGfn: STORE_GFN - 1, restored: false, disks: [], vifs: [], ...extra,
  };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
};

/** The guest's side of its store ring in the fake memory. */
function guestRing(s: Setup, domid: number): XenstoreRing {
  return new XenstoreRing(s.mem.page(domid, STORE_GFN));
}

async function guestRequest(s: Setup, domid: number, localPort: number, type: number, payload: string): Promise<XsMessage[]> {
  guestRing(s, domid).guestWrite(encodeMessage(type, 7, 0, Buffer.from(payload)));
  s.xenstore.evtchnNotified(localPort);
  await settle();
  return new XsFrameDecoder().push(guestRing(s, domid).guestRead());
}

describe('XenstoreService', () => {
  it("writes libxl's entries with libxl's permissions and introduces the domain", async () => {
    const s = setup();
    const xs = s.xenstore.xenstored;
    const introduced: string[] = [];
    xs.connect(0, { write: (b) => introduced.push(...new XsFrameDecoder().push(b).map((m) => m.payload.toString('latin1'))), close: () => undefined })
      .receive(encodeMessage(XS_WATCH, 1, 0, Buffer.from('@introduceDomain\0t\0')));
    s.clock.advance(10_000);
    introduced.length = 0;

    await s.xenstore.domainBuilt(built(3));
    const home = '/local/domain/3';
    expect(xs.read(`${home}/name`).toString()).toBe('guest3');
    expect(xs.read(`${home}/domid`).toString()).toBe('3');
    expect(xs.read(`${home}/vm`).toString()).toBe('/vm/00000003-0000-4000-8000-000000000000');
    expect(xs.read('/vm/00000003-0000-4000-8000-000000000000/name').toString()).toBe('guest3');
    expect(xs.read(`${home}/memory/target`).toString()).toBe('4096');
    expect(xs.read(`${home}/memory/static-max`).toString()).toBe('8192');
    expect(xs.read(`${home}/cpu/0/availability`).toString()).toBe('online');
    expect(xs.read(`${home}/cpu/1/availability`).toString()).toBe('offline');
    expect(xs.read(`${home}/store/ring-ref`).toString()).toBe(String(STORE_GFN));
    expect(xs.read(`${home}/store/port`).toString()).toBe('2');
    expect(xs.read(`${home}/console/ring-ref`).toString()).toBe(String(CONSOLE_GFN));
    expect(xs.read(`${home}/console/port`).toString()).toBe('1');
    expect(xs.read(`${home}/console/limit`).toString()).toBe('1048576');
    expect(xs.read(`${home}/control/platform-feature-multiprocessor-suspend`).toString()).toBe('1');

    const ro = [{ domid: 0, perm: 'n' }, { domid: 3, perm: 'r' }];
    const rw = [{ domid: 3, perm: 'n' }];
    expect(xs.getPerms(home)).toEqual(ro);
    expect(xs.getPerms(`${home}/name`)).toEqual(ro);
    expect(xs.getPerms(`${home}/control`)).toEqual(ro);
    expect(xs.getPerms(`${home}/control/shutdown`)).toEqual(rw);
    expect(xs.getPerms(`${home}/control/feature-poweroff`)).toEqual(rw);
    expect(xs.getPerms(`${home}/data`)).toEqual(rw);
    expect(xs.getPerms(`${home}/console`)).toEqual([{ domid: 3, perm: 'n' }, { domid: 0, perm: 'r' }]);
    expect(xs.getPerms('/libxl/3')).toEqual([{ domid: 0, perm: 'n' }]);
    expect(xs.getPerms('/local/domain')).toEqual([{ domid: 0, perm: 'n' }]);

    // dom0 bound the guest's store port, set up the page, and introduced the domain.
    expect(s.mem.bound).toEqual([{ remoteDom: 3, remotePort: 2, local: 10 }]);
    expect(guestRing(s, 3).serverFeatures & XENSTORE_SERVER_FEATURE_ERROR).toBeTruthy();
    expect(xs.isIntroduced(3)).toBe(true);
    s.clock.advance(10_000);
    expect(introduced).toEqual(['@introduceDomain\0t\0']);
  });

  it('serves a request from the ring and notifies the guest', async () => {
    const s = setup();
    await s.xenstore.domainBuilt(built(3));
    const [reply] = await guestRequest(s, 3, 10, XS_READ, 'name\0');
    expect(reply).toMatchObject({ type: XS_READ, reqId: 7 });
    expect(reply.payload.toString()).toBe('guest3');
    expect(s.mem.sent).toEqual([10]);
    expect(s.cost.totals().byKind.xenstoreRequest).toBe(5_000);
    // Another domain's tree is out of reach.
    const [denied] = await guestRequest(s, 3, 10, XS_READ, '/local/domain/0/name\0');
    expect(denied.payload.toString('latin1')).toBe('EACCES\0');
  });

  it("writes back only dom0's fields, data before the index, even while the guest moves its own", async () => {
    const s = setup();
    await s.xenstore.domainBuilt(built(3));
    const F = XENSTORE_DOMAIN_INTERFACE.f;
    const base = STORE_GFN * HVSIM_PAGE_SIZE;
    guestRing(s, 3).guestWrite(encodeMessage(XS_READ, 7, 0, Buffer.from('name\0')));
    // Between dom0's read and its write-back the guest consumes nothing but queues more.
    let queued = false;
    s.mem.duringPass = () => {
      if (queued) return;
      queued = true;
      guestRing(s, 3).guestWrite(encodeMessage(XS_READ, 8, 0, Buffer.from('domid\0')));
    };
    s.mem.writes.length = 0;
    s.xenstore.evtchnNotified(10);
    await settle();
    const spans = s.mem.writes.map((w) => ({ start: w.gpa - base, end: w.gpa - base + w.length }));
    const owned = [F.rsp, F.rsp_prod, F.req_cons, F.server_features, F.error];
    for (const span of spans) {
      expect(owned.some((f) => span.start >= f.offset && span.end <= f.offset + f.size)).toBe(true);
    }
    const order = spans.map((sp) => owned.findIndex((f) => sp.start >= f.offset && sp.end <= f.offset + f.size));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    // The request queued mid-pass was not lost: the next kick serves it.
    s.xenstore.evtchnNotified(10);
    await settle();
    const replies = new XsFrameDecoder().push(guestRing(s, 3).guestRead());
    expect(replies.map((m) => [m.reqId, m.payload.toString()])).toEqual([[7, 'guest3'], [8, '3']]);
  });

  it('delivers a watch event fired by someone else on the next delivery turn', async () => {
    const s = setup();
    await s.xenstore.domainBuilt(built(3));
    await guestRequest(s, 3, 10, XS_WATCH, 'control/shutdown\0tok\0');
    s.clock.advance(10_000);
    await settle();
    expect(new XsFrameDecoder().push(guestRing(s, 3).guestRead()).map((m) => m.type)).toEqual([XS_WATCH_EVENT]);
    s.mem.sent.length = 0;
    s.xenstore.xenstored.write('/local/domain/3/control/shutdown', 'poweroff');
    await settle();
    expect(s.mem.sent).toEqual([]); // nothing until the delivery turn, in virtual time
    s.clock.advance(10_000);
    await settle();
    const [event] = new XsFrameDecoder().push(guestRing(s, 3).guestRead());
    expect(event.payload.toString('latin1')).toBe('control/shutdown\0tok\0');
    expect(s.mem.sent).toEqual([10]);
  });

  it('asks for shutdown through control/shutdown only a guest that advertised it', async () => {
    const s = setup();
    const xs = s.xenstore.xenstored;
    await s.xenstore.domainBuilt(built(3));
    expect(s.xenstore.requestShutdown(3, 'poweroff')).toBe(false);
    expect(xs.read('/local/domain/3/control/shutdown').toString()).toBe('');
    await guestRequest(s, 3, 10, XS_WRITE, 'control/feature-poweroff\u00001');
    expect(s.xenstore.requestShutdown(3, 'poweroff')).toBe(true);
    expect(xs.read('/local/domain/3/control/shutdown').toString()).toBe('poweroff');
    expect(s.xenstore.requestShutdown(3, 'reboot')).toBe(false); // feature-reboot not advertised
    expect(s.xenstore.requestShutdown(9, 'poweroff')).toBe(false); // no such domain
  });

  it('follows mem-set and rename, and removes everything at destroy', async () => {
    const s = setup();
    const xs = s.xenstore.xenstored;
    await s.xenstore.domainBuilt(built(3));
    s.xenstore.memoryTargetChanged(3, 2048);
    s.xenstore.domainRenamed(3, 'renamed');
    expect(xs.read('/local/domain/3/memory/target').toString()).toBe('2048');
    expect(xs.read('/local/domain/3/name').toString()).toBe('renamed');
    expect(xs.read('/vm/00000003-0000-4000-8000-000000000000/name').toString()).toBe('renamed');
    await s.xenstore.domainDestroyed(3);
    expect(xs.exists('/local/domain/3')).toBe(false);
    expect(xs.exists('/vm/00000003-0000-4000-8000-000000000000')).toBe(false);
    expect(xs.exists('/libxl/3')).toBe(false);
    expect(xs.exists('/local/domain/0/backend/console/3')).toBe(false);
    expect(xs.isIntroduced(3)).toBe(false);
    expect(s.mem.closed).toEqual([10]);
    expect(s.xenstore.ringCount).toBe(0);
    // A kick on the old port is ignored.
    s.xenstore.evtchnNotified(10);
    await settle();
  });

  it('a domid reused after destroy gets a fresh tree', async () => {
    const s = setup();
    const xs = s.xenstore.xenstored;
    await s.xenstore.domainBuilt(built(3));
    xs.write('/local/domain/3/data/left-over', 'x');
    await s.xenstore.domainDestroyed(3);
    await s.xenstore.domainBuilt(built(3, { name: 'again' }));
    expect(xs.exists('/local/domain/3/data/left-over')).toBe(false);
    expect(xs.read('/local/domain/3/name').toString()).toBe('again');
  });
});

describe('ConsoleRingService', () => {
  const C = XENCONS_INTERFACE.f;
  const view = (s: Setup, domid: number) => new DataView(s.mem.page(domid, CONSOLE_GFN).buffer);

  function guestPrints(s: Setup, domid: number, text: string): void {
    const page = s.mem.page(domid, CONSOLE_GFN);
    const v = view(s, domid);
    let prod = v.getUint32(C.out_prod.offset, true);
    for (const byte of Buffer.from(text)) page[C.out.offset + (prod++ & (C.out.size - 1))] = byte;
    v.setUint32(C.out_prod.offset, prod, true);
  }

  async function start(): Promise<Setup> {
    const s = setup();
    s.console.open(3, 'guest3');
    await s.consoleRing.domainBuilt(built(3));
    return s;
  }

  it("reads a restored domain's ring as the guest left it, and a fresh domain's not at all", async () => {
    const s = setup();
    const reads: number[] = [];
    const read = s.domctl.readGuestMemory.bind(s.domctl);
    s.domctl.readGuestMemory = (domid, gpa, length) => {
      reads.push(domid);
      return read(domid, gpa, length);
    };
    s.console.open(3, 'fresh');
    await s.consoleRing.domainBuilt(built(3));
    await s.xenstore.domainBuilt(built(3));
    expect(reads).toEqual([]);

    // A restored guest had printed 5 bytes that dom0 consumed before the save (out_cons = 5).
    s.console.open(4, 'restored');
    view(s, 4).setUint32(C.out_cons.offset, 5, true);
    view(s, 4).setUint32(C.out_prod.offset, 5, true);
    await s.consoleRing.domainBuilt(built(4, { restored: true }));
    expect(reads).toEqual([4]);
    guestPrints(s, 4, 'new\n');
    s.consoleRing.evtchnNotified(s.mem.bound.find((b) => b.remoteDom === 4)!.local);
    await settle();
    expect(Buffer.from(s.console.history(4)).toString()).toBe('new\n');
  });

  it('takes output from out[] into the console backend and notifies the guest', async () => {
    const s = await start();
    guestPrints(s, 3, 'hello from the ring\n');
    s.consoleRing.evtchnNotified(10);
    await settle();
    expect(Buffer.from(s.console.history(3)).toString()).toBe('hello from the ring\n');
    expect(view(s, 3).getUint32(C.out_cons.offset, true)).toBe(20);
    expect(s.mem.sent).toEqual([10]);
    expect(s.cost.totals().byKind.consoleByte).toBe(20 * 20); // 20 bytes at 20 ns each
  });

  it('wraps around out[] and hands the guest input on in[], stopping when in[] is full', async () => {
    const s = await start();
    const long = 'x'.repeat(C.out.size - 5);
    guestPrints(s, 3, long);
    s.consoleRing.evtchnNotified(10);
    await settle();
    guestPrints(s, 3, '0123456789');
    await s.consoleRing.flushConsole(3);
    expect(Buffer.from(s.console.history(3)).toString()).toBe(`${long}0123456789`);

    expect(s.console.queueInput(3, Buffer.alloc(1500, 'i'))).toBe(1500);
    await settle();
    expect(view(s, 3).getUint32(C.in_prod.offset, true)).toBe(C.in.size);
    expect(s.console.pendingInput(3)).toBe(1500 - C.in.size);
    // The guest consumes 100 bytes and notifies: dom0 refills.
    view(s, 3).setUint32(C.in_cons.offset, 100, true);
    s.consoleRing.evtchnNotified(10);
    await settle();
    expect(view(s, 3).getUint32(C.in_prod.offset, true)).toBe(C.in.size + 100);
  });

  it('ignores impossible indices from the guest, logging once', async () => {
    const s = await start();
    view(s, 3).setUint32(C.out_prod.offset, 100_000, true);
    s.consoleRing.evtchnNotified(10);
    await settle();
    s.consoleRing.evtchnNotified(10);
    await settle();
    expect(s.logs.filter((l) => l.includes('exceeds the ring'))).toHaveLength(1);
    expect(s.console.history(3).length).toBe(0);
    view(s, 3).setUint32(C.in_cons.offset, 5000, true);
    s.console.queueInput(3, Buffer.from('x'));
    await settle();
    expect(view(s, 3).getUint32(C.in_prod.offset, true)).toBe(0);
  });

  it('takes output across the 2^32 wrap of the indices', async () => {
    const s = setup();
    s.console.open(4, 'wrapped');
    // A restored guest whose indices are about to wrap: dom0 consumed up to 2^32 - 3.
    view(s, 4).setUint32(C.out_cons.offset, 0xffff_fffd, true);
    view(s, 4).setUint32(C.out_prod.offset, 0xffff_fffd, true);
    await s.consoleRing.domainBuilt(built(4, { restored: true }));
    guestPrints(s, 4, 'wrap!\n');
    expect(view(s, 4).getUint32(C.out_prod.offset, true)).toBe(3);
    s.consoleRing.evtchnNotified(s.mem.bound.find((b) => b.remoteDom === 4)!.local);
    await settle();
    expect(Buffer.from(s.console.history(4)).toString()).toBe('wrap!\n');
    expect(view(s, 4).getUint32(C.out_cons.offset, true)).toBe(3);
  });

  it('against a guest that writes any indices, never reads more than a ring, writes only its own fields, and ends each pass', async () => {
    // Producer far ahead, consumer backwards, wrap-around lies, and the guest scribbling on
    // dom0's own indices (which dom0 keeps its copy of): after every pass the output taken is
    // at most one ring, and every write dom0 makes lies within its own fields.
    const fields = [C.out_prod.offset, C.in_cons.offset, C.out_cons.offset, C.in_prod.offset];
    const own = [C.in, C.in_prod, C.out_cons].map((f) => ({ from: f.offset, to: f.offset + f.size }));
    const base = CONSOLE_GFN * HVSIM_PAGE_SIZE;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.constantFrom(...fields), fc.oneof(fc.nat(), fc.constantFrom(0, C.out.size, C.out.size + 1, 0xffff_ffff, 0x8000_0000))), { maxLength: 10 }),
      async (writes) => {
        const s = await start();
        s.console.queueInput(3, Buffer.alloc(100, 'i'));
        await settle();
        for (const [offset, value] of writes) {
          view(s, 3).setUint32(offset, value, true);
          const before = s.console.history(3).length;
          s.mem.writes.length = 0;
          s.consoleRing.evtchnNotified(10);
          await settle();
          expect(s.console.history(3).length - before).toBeLessThanOrEqual(C.out.size);
          for (const w of s.mem.writes) {
            const from = w.gpa - base;
            expect(own.some((f) => from >= f.from && from + w.length <= f.to)).toBe(true);
          }
        }
      }), { seed: 15, numRuns: 150 });
  });

  it('leaves HVM domains to the UART and closes its port at destroy', async () => {
    const s = setup();
    s.console.open(4, 'hvm');
    await s.consoleRing.domainBuilt(built(4, { type: 'hvm' }));
    expect(s.mem.bound).toEqual([]);
    const t = await start();
    await t.consoleRing.domainDestroyed(3);
    expect(t.mem.closed).toEqual([10]);
  });
});
