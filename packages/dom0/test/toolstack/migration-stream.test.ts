import { createHash } from 'node:crypto';
import {
  MAX_BATCH_PAGES, MAX_RECORD_BYTES, MigrationStreamError, RecordReader, RecordType, RecordWriter, STREAM_VERSION,
  decodeHeader, decodePages, type StreamHeader,
} from '../../src/toolstack/migration-stream';
import { encodeHeader, encodePages, encodeRecord } from './stream-records';
import { FULL_ISA, IsaError, canonicalIsa, incompatibility, localCompat, parseIsa } from '../../src/toolstack/host-compat';

const header: StreamHeader = {
  version: STREAM_VERSION,
  host: localCompat(FULL_ISA),
  domain: { name: 'web', uuid: '00000000-0000-4000-8000-000000000001', config: 'name = "web"\n', configFile: '/x/web.cfg', nrPages: 1024, maxPages: 1024, vcpus: 1 },
  live: true,
};

const page = (fill: number): Uint8Array => new Uint8Array(4096).fill(fill);

function stream(): Buffer {
  return Buffer.concat([
    encodeHeader(header),
    encodePages([{ gfn: 0x80000, data: page(1) }, { gfn: 0x80001, data: null }, { gfn: 0x80002, data: page(2) }]),
    encodeRecord(RecordType.STATE, Buffer.from('state')),
    encodeRecord(RecordType.END, Buffer.alloc(0)),
  ]);
}

describe('migration stream records', () => {
  it('round-trips a stream pushed in pieces of every size', () => {
    const bytes = stream();
    for (const size of [1, 7, 8, 4096, 5000, bytes.length]) {
      const reader = new RecordReader();
      const records = [];
      for (let off = 0; off < bytes.length; off += size) records.push(...reader.push(bytes.subarray(off, off + size)));
      expect(records.map((r) => r.type)).toEqual([RecordType.HEADER, RecordType.PAGES, RecordType.STATE, RecordType.END]);
      expect(reader.partialBytes).toBe(0);
      expect(decodeHeader(records[0].payload)).toEqual(header);
      const pages = decodePages(records[1].payload);
      expect(pages.map((p) => [p.gfn, p.data === null ? null : p.data[0]])).toEqual([[0x80000, 1], [0x80001, null], [0x80002, 2]]);
      expect(records[2].payload.toString()).toBe('state');
    }
  });

  it('refuses a flipped bit anywhere in a record: checksum, unknown type or a lying length', () => {
    const bytes = stream();
    for (let bit = 0; bit < bytes.length * 8; bit += 977) {
      const bad = Buffer.from(bytes);
      bad[bit >> 3] ^= 1 << (bit & 7);
      const reader = new RecordReader();
      let caught: unknown = null;
      try {
        reader.push(bad);
      } catch (err) {
        caught = err;
      }
      // A bit in a length field may make the record look longer than what arrived: it waits for more.
      if (caught === null) expect(reader.partialBytes).toBeGreaterThan(0);
      else expect(caught).toBeInstanceOf(MigrationStreamError);
    }
  });

  it('names what is wrong: unknown type, oversized record, checksum', () => {
    const unknown = encodeRecord(RecordType.END, Buffer.alloc(0));
    unknown.writeUInt32LE(99, 0);
    expect(() => new RecordReader().push(unknown)).toThrow('record of unknown type 99');
    const huge = Buffer.alloc(8);
    huge.writeUInt32LE(RecordType.PAGES, 0);
    huge.writeUInt32LE(MAX_RECORD_BYTES + 1, 4);
    expect(() => new RecordReader().push(huge)).toThrow(/PAGES record announces \d+ bytes/);
    const corrupt = encodeRecord(RecordType.STATE, Buffer.from('abc'));
    corrupt[9] ^= 0xff;
    expect(() => new RecordReader().push(corrupt)).toThrow('STATE record: checksum mismatch');
  });

  it('a stream cut inside a record leaves it partial, never a record', () => {
    const bytes = stream();
    const reader = new RecordReader();
    const records = reader.push(bytes.subarray(0, bytes.length - 3));
    expect(records.map((r) => r.type)).toEqual([RecordType.HEADER, RecordType.PAGES, RecordType.STATE]);
    expect(reader.partialBytes).toBe(bytes.length - 3 - records.reduce((n, r) => n + r.payload.length + 16, 0));
  });

  it('checks a header field by field', () => {
    const bad = (edit: (h: Record<string, unknown>) => void): Buffer => {
      const h = JSON.parse(JSON.stringify({ magic: 'hvsim-migrate', ...header })) as Record<string, unknown>;
      edit(h);
      return Buffer.from(JSON.stringify(h));
    };
    expect(() => decodeHeader(Buffer.from('{'))).toThrow('header is not JSON');
    expect(() => decodeHeader(bad((h) => { h.magic = 'x'; }))).toThrow('bad magic');
    expect(() => decodeHeader(bad((h) => { h.version = 2; }))).toThrow('stream version 2 is not supported');
    expect(() => decodeHeader(bad((h) => { (h.domain as Record<string, unknown>).nrPages = -1; }))).toThrow('domain.nrPages');
    expect(() => decodeHeader(bad((h) => { (h.host as Record<string, unknown>).isa = 5; }))).toThrow('host.isa is not a string');
    expect(() => decodeHeader(bad((h) => { h.live = 'yes'; }))).toThrow('live is not a boolean');
  });

  it('lays a record down as the format says: u32 type, u32 length, payload, 8 bytes of SHA-256 of the three', () => {
    const payload = Buffer.concat([Buffer.from([3, 0, 0, 0]), Buffer.from([0x00, 0x00, 0x08, 0x00, 0x01, 0x00, 0x08, 0x80, 0x02, 0x00, 0x08, 0x00]), page(1), page(2)]);
    const head = Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]);
    head.writeUInt32LE(payload.length, 4);
    const expected = Buffer.concat([head, payload, createHash('sha256').update(head).update(payload).digest().subarray(0, 8)]);
    expect(encodePages([{ gfn: 0x80000, data: page(1) }, { gfn: 0x80001, data: null }, { gfn: 0x80002, data: page(2) }])).toEqual(expected);
    expect(() => encodePages([{ gfn: 0x80000, data: new Uint8Array(100) }])).toThrow(RangeError);
  });

  it('a RecordWriter cleared and used again (and grown past its capacity) writes the same stream', () => {
    const out = new RecordWriter(100);
    for (let round = 0; round < 3; round++) {
      out.clear();
      out.header(header);
      out.pages([{ gfn: 0x80000, data: page(1) }, { gfn: 0x80001, data: null }, { gfn: 0x80002, data: page(2) }]);
      out.record(RecordType.STATE, Buffer.from('state'));
      out.record(RecordType.END, Buffer.alloc(0));
      expect(out.bytes).toEqual(stream());
      expect(out.length).toBe(stream().length);
    }
  });

  it('keeps no view of what was pushed: a record split across pushes survives the first piece being overwritten', () => {
    const bytes = stream();
    const reader = new RecordReader();
    const first = Buffer.from(bytes.subarray(0, 5000));
    const records = reader.push(first);
    first.fill(0xa5); // as a frame given back and written again would be
    records.push(...reader.push(Buffer.from(bytes.subarray(5000))));
    expect(records.map((r) => r.type)).toEqual([RecordType.HEADER, RecordType.PAGES, RecordType.STATE, RecordType.END]);
    expect(decodePages(records[1].payload).map((p) => p.data?.[4095] ?? null)).toEqual([1, null, 2]);
  });

  it('checks page batches: counts, gfns, missing and extra data', () => {
    expect(() => encodePages(Array.from({ length: MAX_BATCH_PAGES + 1 }, (_, i) => ({ gfn: i, data: null })))).toThrow(RangeError);
    const ok = encodePages([{ gfn: 0x80000, data: page(3) }]).subarray(8, -8);
    expect(() => decodePages(ok.subarray(0, 2))).toThrow('shorter than its count');
    expect(() => decodePages(ok.subarray(0, ok.length - 1))).toThrow('the data of entry 0 is missing');
    expect(() => decodePages(Buffer.concat([ok, Buffer.alloc(1)]))).toThrow('1 bytes after its last page');
    const many = Buffer.from(ok);
    many.writeUInt32LE(MAX_BATCH_PAGES + 1, 0);
    expect(() => decodePages(many)).toThrow(`${MAX_BATCH_PAGES + 1} pages`);
    const far = Buffer.from(ok);
    far.writeUInt32LE(0x100000, 4);
    expect(() => decodePages(far)).toThrow('beyond the 32-bit physical space');
  });
});

describe('host compatibility', () => {
  it('parses ISA strings in RISC-V naming and refuses what the hart does not implement', () => {
    expect([...parseIsa('rv32ima_zicsr_zifencei')].sort()).toEqual(['a', 'i', 'm', 'zicsr', 'zifencei']);
    expect(canonicalIsa('RV32I_zifencei_zicsr')).toBe('rv32i_zicsr_zifencei');
    expect(() => parseIsa('rv64ima')).toThrow(IsaError);
    expect(() => parseIsa('rv32imac')).toThrow('extension c is not implemented');
    expect(() => parseIsa('rv32ima_zba')).toThrow('extension zba is not implemented');
    expect(() => parseIsa('rv32ma')).toThrow('lacks the base integer set I');
  });

  it('a host may take domains from hosts offering the same or fewer extensions, the same ABI major and page size', () => {
    const full = localCompat(FULL_ISA);
    const fewer = localCompat('rv32ia_zicsr_zifencei');
    expect(incompatibility(full, full)).toBeNull();
    expect(incompatibility(fewer, full)).toBeNull();
    expect(incompatibility(full, fewer)).toMatch(/ISA extensions this host does not offer \(m;/);
    expect(incompatibility({ ...full, abiMajor: full.abiMajor + 1 }, full)).toMatch(/hypercall ABI/);
    expect(incompatibility({ ...full, pageSize: 16384 }, full)).toMatch(/pages are 16384 bytes/);
    expect(incompatibility({ ...full, isa: 'rv32imafd' }, full)).toMatch(/extension f is not implemented/);
  });
});
