/**
 * What a domU reaches through its xenstore ring, against the real core and dom0's real ring
 * service: the test plays the guest of a paused domain — it writes xs_wire requests into the
 * ring page at start_info->store_mfn as the guest would, sends an event on store_evtchn, lets
 * virtual time run, and reads the replies off the page.
 */
import {
  HVSIM_PAGE_SIZE, START_INFO, XENSTORE_DOMAIN_INTERFACE, XENSTORE_ERROR_NONE, XENSTORE_ERROR_PROTO,
  XS_DIRECTORY, XS_ERROR, XS_INTRODUCE, XS_READ, XS_WATCH, XS_WATCH_EVENT, XS_WRITE, decodeStruct,
} from '@hvsim/abi';
import { XenstoreRing, XsFrameDecoder, encodeMessage, type XsMessage } from '@hvsim/dom0';
import { bootXenstoreRig, type XenstoreRig } from './rig';

/** The guest's end of a domain's store ring, driven from outside the guest. */
class PlayedGuest {
  private readonly decoder = new XsFrameDecoder();
  private readonly inbox: XsMessage[] = [];
  private nextReq = 1;

  constructor(private readonly rig: XenstoreRig, readonly domid: number, readonly gpa: number, readonly port: number) {}

  static async of(rig: XenstoreRig, domid: number): Promise<PlayedGuest> {
    const dom = rig.dom0.toolstack.get(domid)!;
    const si = decodeStruct(START_INFO, rig.hv.readGuestMemory(domid, dom.layout.startInfoGfn * HVSIM_PAGE_SIZE, START_INFO.size));
    return new PlayedGuest(rig, domid, Number(si.store_mfn) * HVSIM_PAGE_SIZE, Number(si.store_evtchn));
  }

  /** The ring page as the guest sees it. */
  page(): XenstoreRing {
    return new XenstoreRing(this.rig.hv.readGuestMemory(this.domid, this.gpa, XENSTORE_DOMAIN_INTERFACE.size));
  }

  /** Puts raw bytes on the request ring and notifies dom0. */
  async sendRaw(bytes: Uint8Array): Promise<void> {
    const ring = this.page();
    expect(ring.guestWrite(bytes)).toBe(bytes.length);
    this.rig.hv.writeGuestMemory(this.domid, this.gpa, ring.page);
    this.rig.hv.evtchnSend(this.domid, this.port);
    await this.rig.run(0.5);
  }

  /** One request; the reply (XS_ERROR's payload is the errno name). */
  async request(type: number, ...args: string[]): Promise<{ type: number; text: string }> {
    const reqId = this.nextReq++;
    const payload = type === XS_WRITE ? Buffer.from(`${args[0]}\0${args[1]}`) : Buffer.from(args.map((a) => `${a}\0`).join(''));
    await this.sendRaw(encodeMessage(type, reqId, 0, payload));
    const reply = this.take((m) => m.reqId === reqId && m.type !== XS_WATCH_EVENT);
    if (reply === undefined) throw new Error(`no reply to request ${reqId}`);
    return { type: reply.type, text: reply.payload.toString('latin1').replace(/\0$/, '') };
  }

  /** Watch events received so far, as "path token". */
  async events(): Promise<string[]> {
    await this.rig.run(0.5);
    this.receive();
    const events = this.inbox.filter((m) => m.type === XS_WATCH_EVENT);
    this.inbox.splice(0, this.inbox.length, ...this.inbox.filter((m) => m.type !== XS_WATCH_EVENT));
    return events.map((m) => m.payload.toString('latin1').split('\0').slice(0, 2).join(' '));
  }

  private take(match: (m: XsMessage) => boolean): XsMessage | undefined {
    this.receive();
    const i = this.inbox.findIndex(match);
    return i < 0 ? undefined : this.inbox.splice(i, 1)[0];
  }

  private receive(): void {
    const ring = this.page();
    const bytes = ring.guestRead();
    this.rig.hv.writeGuestMemory(this.domid, this.gpa, ring.page);
    this.inbox.push(...this.decoder.push(bytes));
  }
}

describe('a domU reaches only what xenstore permissions allow', () => {
  let rig: XenstoreRig;
  let a: PlayedGuest;
  let b: PlayedGuest;
  beforeEach(async () => {
    rig = await bootXenstoreRig();
    // Paused: the test is the guest. spin.elf would never touch the ring anyway.
    const first = await rig.create('spin.cfg', ['name="a"']);
    const second = await rig.create('spin.cfg', ['name="b"']);
    await rig.mgmt.PauseDomain({ domain: 'a' });
    await rig.mgmt.PauseDomain({ domain: 'b' });
    a = await PlayedGuest.of(rig, first);
    b = await PlayedGuest.of(rig, second);
  });
  afterEach(async () => {
    await rig.close();
  });

  it('reads its own entries, relative or absolute', async () => {
    expect(await a.request(XS_READ, 'name')).toEqual({ type: XS_READ, text: 'a' });
    expect(await a.request(XS_READ, `/local/domain/${a.domid}/domid`)).toEqual({ type: XS_READ, text: String(a.domid) });
    expect((await a.request(XS_READ, 'memory/target')).text).toBe('4096');
    expect((await a.request(XS_READ, 'console/type')).text).toBe('xenconsoled');
  });

  it("gets EACCES for another domain's subtree, dom0's, and the domain list", async () => {
    expect(await a.request(XS_READ, `/local/domain/${b.domid}/name`)).toEqual({ type: XS_ERROR, text: 'EACCES' });
    expect(await a.request(XS_DIRECTORY, `/local/domain/${b.domid}`)).toEqual({ type: XS_ERROR, text: 'EACCES' });
    expect(await a.request(XS_READ, '/local/domain/0/name')).toEqual({ type: XS_ERROR, text: 'EACCES' });
    expect(await a.request(XS_DIRECTORY, '/local/domain')).toEqual({ type: XS_ERROR, text: 'EACCES' });
    expect(await a.request(XS_WRITE, `/local/domain/${b.domid}/data/x`, 'y')).toEqual({ type: XS_ERROR, text: 'EACCES' });
    // b's tree is untouched and b still reads it.
    expect(await b.request(XS_READ, 'name')).toEqual({ type: XS_READ, text: 'b' });
  });

  it('writes where libxl lets a guest write (data/, control/shutdown), not its name or memory target', async () => {
    expect(await a.request(XS_WRITE, 'data/greeting', 'hi')).toEqual({ type: XS_WRITE, text: 'OK' });
    expect(rig.xenstore.xenstored.read(`/local/domain/${a.domid}/data/greeting`).toString()).toBe('hi');
    expect((await a.request(XS_WRITE, 'control/shutdown', '')).text).toBe('OK');
    expect(await a.request(XS_WRITE, 'name', 'evil')).toEqual({ type: XS_ERROR, text: 'EACCES' });
    expect(await a.request(XS_WRITE, 'memory/target', '999999')).toEqual({ type: XS_ERROR, text: 'EACCES' });
    expect(await a.request(XS_INTRODUCE, '7', '1', '1')).toEqual({ type: XS_ERROR, text: 'EACCES' });
    expect(rig.xenstore.xenstored.read(`/local/domain/${a.domid}/name`).toString()).toBe('a');
  });

  it('gets watch events through the ring: the initial one, then on a write by dom0', async () => {
    expect((await a.request(XS_WATCH, 'control/shutdown', 'tok')).text).toBe('OK');
    expect(await a.events()).toEqual(['control/shutdown tok']);
    rig.xenstore.xenstored.write(`/local/domain/${a.domid}/control/shutdown`, 'poweroff');
    expect(await a.events()).toEqual(['control/shutdown tok']);
    // b watching a's node sees nothing: it may not read it.
    expect((await b.request(XS_WATCH, `/local/domain/${a.domid}/control`, 'spy')).text).toBe('OK');
    await b.events(); // the registration's own event
    rig.xenstore.xenstored.write(`/local/domain/${a.domid}/control/shutdown`, 'reboot');
    expect(await b.events()).toEqual([]);
  });

  it('a malformed frame marks the ring broken (XENSTORE_ERROR_PROTO); dom0 and other guests carry on', async () => {
    const bad = Buffer.alloc(16);
    bad.writeUInt32LE(XS_READ, 0);
    bad.writeUInt32LE(1_000_000, 12); // a payload far beyond XENSTORE_PAYLOAD_MAX
    await a.sendRaw(bad);
    expect(a.page().error).toBe(XENSTORE_ERROR_PROTO);
    expect(b.page().error).toBe(XENSTORE_ERROR_NONE);
    expect(await b.request(XS_READ, 'name')).toEqual({ type: XS_READ, text: 'b' });
    // Impossible indices from a guest: ignored, reported through the page.
    const ring = b.page();
    new DataView(ring.page.buffer).setUint32(XENSTORE_DOMAIN_INTERFACE.f.req_prod.offset, ring.reqCons + 5000, true);
    rig.hv.writeGuestMemory(b.domid, b.gpa, ring.page);
    rig.hv.evtchnSend(b.domid, b.port);
    await rig.run(0.5);
    expect(b.page().error).not.toBe(XENSTORE_ERROR_NONE);
    expect((await rig.mgmt.ListDomains({ domains: [] })).domains.map((d) => d.name)).toEqual(['Domain-0', 'a', 'b']);
  });
});
