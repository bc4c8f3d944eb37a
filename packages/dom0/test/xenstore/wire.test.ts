import { XS_READ, XS_WRITE, XS_ERROR, xsd_errors } from '@hvsim/abi';
import { XsFrameDecoder, XsProtocolError, encodeMessage, splitArgs, type XsErrno } from '../../src/xenstore';
import { TestClient, args, newXenstored } from './helpers';

describe('xs_wire codec', () => {
  it('encodes the xsd_sockmsg header as four little-endian uint32s', () => {
    const bytes = encodeMessage(XS_WRITE, 0x01020304, 7, Buffer.from('ab'));
    expect([...bytes]).toEqual([11, 0, 0, 0, 4, 3, 2, 1, 7, 0, 0, 0, 2, 0, 0, 0, 97, 98]);
  });

  it('decodes messages split at every possible byte boundary', () => {
    const stream = Buffer.concat([
      encodeMessage(XS_READ, 1, 0, args('/a')),
      encodeMessage(XS_WRITE, 2, 5, Buffer.from('/b\0value')),
      encodeMessage(XS_READ, 3, 0, Buffer.alloc(0)),
    ]);
    for (let cut = 0; cut <= stream.length; cut++) {
      for (let cut2 = cut; cut2 <= stream.length; cut2 += 13) {
        const d = new XsFrameDecoder();
        const got = [
          ...d.push(stream.subarray(0, cut)),
          ...d.push(stream.subarray(cut, cut2)),
          ...d.push(stream.subarray(cut2)),
        ];
        expect(got.map((m) => [m.type, m.reqId, m.txId, m.payload.toString('latin1')])).toEqual([
          [XS_READ, 1, 0, '/a\0'], [XS_WRITE, 2, 5, '/b\0value'], [XS_READ, 3, 0, ''],
        ]);
        expect(d.bufferedBytes).toBe(0);
      }
    }
  });

  it('decodes byte by byte', () => {
    const stream = encodeMessage(XS_READ, 9, 0, args('/x'));
    const d = new XsFrameDecoder();
    const got = [];
    for (const b of stream) got.push(...d.push(Buffer.from([b])));
    expect(got).toHaveLength(1);
    expect(got[0].reqId).toBe(9);
  });

  it('accepts a payload of exactly XENSTORE_PAYLOAD_MAX and refuses one byte more, for good', () => {
    const d = new XsFrameDecoder();
    expect(d.push(encodeMessage(XS_WRITE, 1, 0, Buffer.alloc(4096)))).toHaveLength(1);
    const header = encodeMessage(XS_WRITE, 2, 0, Buffer.alloc(0));
    header.writeUInt32LE(4097, 12);
    expect(() => d.push(header)).toThrow(XsProtocolError);
    expect(() => d.push(encodeMessage(XS_READ, 3, 0, args('/')))).toThrow(XsProtocolError);
  });

  it('detects an oversized header before its payload arrives', () => {
    const d = new XsFrameDecoder();
    const header = Buffer.alloc(16);
    header.writeUInt32LE(0xffffffff, 12);
    expect(() => d.push(header)).toThrow(/exceeds XENSTORE_PAYLOAD_MAX/);
  });

  it('splits NUL-terminated arguments and rejects unterminated ones', () => {
    expect(splitArgs(Buffer.from('a\0b\0'))).toEqual(['a', 'b']);
    expect(splitArgs(Buffer.from('\0'))).toEqual(['']);
    expect(() => splitArgs(Buffer.from('a\0b'))).toThrow(/EINVAL/);
    expect(() => splitArgs(Buffer.alloc(0))).toThrow(/EINVAL/);
  });

  it('every errno the daemon can send is in Xen\'s xsd_errors table', () => {
    const names: XsErrno[] = ['EINVAL', 'EACCES', 'EEXIST', 'EISDIR', 'ENOENT', 'ENOMEM', 'ENOSPC', 'EIO',
      'ENOTEMPTY', 'ENOSYS', 'EROFS', 'EBUSY', 'EAGAIN', 'EISCONN', 'E2BIG', 'EPERM'];
    expect(names).toEqual(xsd_errors.map((e) => e.errstring));
  });
});

describe('xenstored connections on bad input', () => {
  it('replies XS_ERROR "EINVAL\\0" echoing req_id and tx_id', () => {
    const c = new TestClient(newXenstored(), 0);
    const reply = c.request(XS_READ, Buffer.from('no-nul'), 0);
    expect(reply.type).toBe(XS_ERROR);
    expect(reply.payload.toString('latin1')).toBe('EINVAL\0');
  });

  it('closes a connection that sends an oversized frame and keeps serving the others', () => {
    const xs = newXenstored();
    const bad = new TestClient(xs, 0);
    const good = new TestClient(xs, 0);
    const header = Buffer.alloc(16);
    header.writeUInt32LE(XS_WRITE, 0);
    header.writeUInt32LE(5000, 12);
    bad.conn.receive(header);
    expect(bad.conn.closed).toBe(true);
    expect(bad.closedReason).toMatch(/XENSTORE_PAYLOAD_MAX/);
    bad.conn.receive(encodeMessage(XS_READ, 1, 0, args('/tool')));
    expect(bad.received).toHaveLength(0);
    expect(good.write('/still', 'here')).toBe('OK\0');
    expect(xs.connectionCount).toBe(1);
  });

  it('serves several requests arriving in one chunk, in order', () => {
    const c = new TestClient(newXenstored(), 0);
    c.conn.receive(Buffer.concat([
      encodeMessage(XS_WRITE, 10, 0, Buffer.from('/k\0v1')),
      encodeMessage(XS_READ, 11, 0, args('/k')),
      encodeMessage(XS_WRITE, 12, 0, Buffer.from('/k\0v2')),
      encodeMessage(XS_READ, 13, 0, args('/k')),
    ]));
    expect(c.received.map((m) => [m.reqId, m.payload.toString()])).toEqual([
      [10, 'OK\0'], [11, 'v1'], [12, 'OK\0'], [13, 'v2'],
    ]);
  });

  it('survives random garbage without throwing or hitting an internal error', () => {
    const log: string[] = [];
    const xs = newXenstored({ log: (l) => log.push(l) });
    let seed = 12345;
    const rand = (): number => { seed = (seed * 1103515245 + 12345) >>> 0; return seed >>> 16; };
    for (let round = 0; round < 200; round++) {
      const c = new TestClient(xs, round % 3);
      const n = rand() % 64;
      const type = rand() % 25;
      const payload = Buffer.from(Array.from({ length: n }, () => rand() % 256));
      c.conn.receive(encodeMessage(type, round, rand() % 3, payload));
      c.conn.close();
    }
    expect(new TestClient(xs, 0).read('/tool/xenstored')).toBe('');
    expect(log.filter((l) => l.includes('internal error'))).toEqual([]);
  });
});
