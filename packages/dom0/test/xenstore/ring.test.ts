import {
  XS_READ, XS_WRITE, XS_WATCH_EVENT, XENSTORE_ERROR_NONE, XENSTORE_ERROR_PROTO, XENSTORE_ERROR_RINGIDX,
  XENSTORE_SERVER_FEATURE_ERROR, XENSTORE_DOMAIN_INTERFACE,
} from '@hvsim/abi';
import { XenstoreRing, XenstoreRingConnection, XsFrameDecoder, encodeMessage } from '../../src/xenstore';
import { args, newXenstored } from './helpers';

const F = XENSTORE_DOMAIN_INTERFACE.f;
const u32 = (page: Uint8Array, off: number): number => new DataView(page.buffer).getUint32(off, true);
const setU32 = (page: Uint8Array, off: number, v: number): void => new DataView(page.buffer).setUint32(off, v >>> 0, true);

describe('XenstoreRing index arithmetic', () => {
  it('lays out the page as xenstore_domain_interface', () => {
    const page = new Uint8Array(4096);
    const ring = new XenstoreRing(page);
    ring.guestWrite(Uint8Array.from([1, 2, 3]));
    expect([...page.subarray(0, 3)]).toEqual([1, 2, 3]);
    expect(u32(page, 2052)).toBe(3); // req_prod
    expect(ring.takeRequests()).toEqual(Uint8Array.from([1, 2, 3]));
    expect(u32(page, 2048)).toBe(3); // req_cons
    ring.putResponses(Uint8Array.from([9]));
    expect(page[1024]).toBe(9);
    expect(u32(page, 2060)).toBe(1); // rsp_prod
    ring.guestRead();
    expect(u32(page, 2056)).toBe(1); // rsp_cons
    expect(F.error.offset).toBe(2072);
  });

  it('wraps around the 1 KiB rings', () => {
    const page = new Uint8Array(4096);
    const ring = new XenstoreRing(page);
    setU32(page, F.req_cons.offset, 1020);
    setU32(page, F.req_prod.offset, 1020);
    const data = Uint8Array.from({ length: 10 }, (_, i) => i + 1);
    expect(ring.guestWrite(data)).toBe(10);
    expect([...page.subarray(1020, 1024)]).toEqual([1, 2, 3, 4]);
    expect([...page.subarray(0, 6)]).toEqual([5, 6, 7, 8, 9, 10]);
    expect(ring.takeRequests()).toEqual(data);
  });

  it('uses free-running 32-bit indices across the 2^32 wrap', () => {
    const page = new Uint8Array(4096);
    const ring = new XenstoreRing(page);
    setU32(page, F.rsp_cons.offset, 0xfffffffe);
    setU32(page, F.rsp_prod.offset, 0xfffffffe);
    expect(ring.responseSpace()).toBe(1024);
    expect(ring.putResponses(Uint8Array.from([7, 8, 9, 10]))).toBe(4);
    expect(ring.rspProd).toBe(2);
    expect(ring.responseSpace()).toBe(1020);
    expect(ring.guestRead()).toEqual(Uint8Array.from([7, 8, 9, 10]));
  });

  it('never writes more than the free space, and reports it', () => {
    const ring = new XenstoreRing(new Uint8Array(4096));
    expect(ring.putResponses(new Uint8Array(1000))).toBe(1000);
    expect(ring.putResponses(new Uint8Array(100))).toBe(24);
    expect(ring.putResponses(new Uint8Array(1))).toBe(0);
    expect(ring.guestWrite(new Uint8Array(2000))).toBe(1024);
  });

  it('flags impossible indices', () => {
    const page = new Uint8Array(4096);
    const ring = new XenstoreRing(page);
    setU32(page, F.req_prod.offset, 1025);
    expect(ring.requestBytes()).toBe(-1);
    expect(() => ring.takeRequests()).toThrow(RangeError);
    setU32(page, F.rsp_cons.offset, 5);
    expect(ring.responseSpace()).toBe(-1);
  });

  it('refuses a page smaller than the interface', () => {
    expect(() => new XenstoreRing(new Uint8Array(2000))).toThrow(/2076/);
  });
});

/** A guest speaking xs_wire over its ring page. */
function guest(domid = 3) {
  const xs = newXenstored();
  xs.mkdir(`/local/domain/${domid}`);
  xs.setPerms(`/local/domain/${domid}`, [{ domid, perm: 'n' }]);
  const page = new Uint8Array(4096);
  let notifications = 0;
  const rc = new XenstoreRingConnection(xs, domid, page, () => { notifications++; });
  const side = new XenstoreRing(page);
  const decoder = new XsFrameDecoder();
  return {
    xs, page, rc, side,
    notifications: () => notifications,
    send(bytes: Uint8Array): number { return side.guestWrite(bytes); },
    replies() { return decoder.push(side.guestRead()); },
  };
}

describe('XenstoreRingConnection', () => {
  it('advertises the error feature', () => {
    const g = guest();
    expect(g.side.serverFeatures & XENSTORE_SERVER_FEATURE_ERROR).toBeTruthy();
  });

  it('serves requests from the ring and answers on it, notifying the guest', () => {
    const g = guest();
    g.send(encodeMessage(XS_WRITE, 1, 0, Buffer.from('name\0ring-guest')));
    g.send(encodeMessage(XS_READ, 2, 0, args('name')));
    g.rc.kick();
    expect(g.notifications()).toBe(1);
    expect(g.replies().map((m) => [m.reqId, m.payload.toString()])).toEqual([[1, 'OK\0'], [2, 'ring-guest']]);
    expect(g.xs.read('/local/domain/3/name').toString()).toBe('ring-guest');
  });

  it('waits for a request split across kicks', () => {
    const g = guest();
    const msg = encodeMessage(XS_READ, 5, 0, args('/local/domain/3'));
    g.send(msg.subarray(0, 10));
    g.rc.kick();
    expect(g.replies()).toEqual([]);
    g.send(msg.subarray(10));
    g.rc.kick();
    expect(g.replies().map((m) => m.reqId)).toEqual([5]);
  });

  it('holds responses that do not fit until the guest makes room', () => {
    const g = guest();
    const value = 'v'.repeat(900);
    g.xs.write('/local/domain/3/big', value);
    g.send(encodeMessage(XS_READ, 1, 0, args('big')));
    g.send(encodeMessage(XS_READ, 2, 0, args('big')));
    g.rc.kick();
    expect(g.rc.pendingOutputBytes).toBe(2 * (16 + 900) - 1024);
    const first = g.replies();
    expect(first.map((m) => m.reqId)).toEqual([1]);
    g.rc.kick(); // guest consumed and signalled
    const second = g.replies();
    expect(second.map((m) => [m.reqId, m.payload.length])).toEqual([[2, 900]]);
    expect(g.rc.pendingOutputBytes).toBe(0);
  });

  it('pushes watch events to the ring and notifies', () => {
    const g = guest();
    g.send(encodeMessage(4, 1, 0, args('data', 'tok')));
    g.rc.kick();
    g.xs.flushEvents();
    const before = g.notifications();
    g.xs.write('/local/domain/3/data/x', '1');
    g.xs.flushEvents();
    expect(g.notifications()).toBe(before + 1);
    const msgs = g.replies();
    expect(msgs.filter((m) => m.type === XS_WATCH_EVENT).map((m) => m.payload.toString('latin1')))
      .toEqual(['data\0tok\0', 'data/x\0tok\0']);
  });

  it('sets XENSTORE_ERROR_PROTO and stops on an oversized frame', () => {
    const g = guest();
    const header = Buffer.alloc(16);
    header.writeUInt32LE(5000, 12);
    g.send(header);
    g.rc.kick();
    expect(g.side.error).toBe(XENSTORE_ERROR_PROTO);
    expect(g.rc.connection.closed).toBe(true);
    g.send(encodeMessage(XS_READ, 1, 0, args('name')));
    g.rc.kick();
    expect(g.replies()).toEqual([]);
  });

  it('sets XENSTORE_ERROR_RINGIDX on corrupt indices', () => {
    const g = guest();
    setU32(g.page, F.req_prod.offset, 5000);
    g.rc.kick();
    expect(g.side.error).toBe(XENSTORE_ERROR_RINGIDX);
  });

  it('a released domain\'s ring is closed without a protocol error', () => {
    const g = guest();
    g.xs.introduceDomain(3, 1, 1);
    g.xs.releaseDomain(3);
    expect(g.rc.connection.closed).toBe(true);
    expect(g.side.error).toBe(XENSTORE_ERROR_NONE);
  });
});
