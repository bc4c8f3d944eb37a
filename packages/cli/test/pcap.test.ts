/** The pcap writer (format/pcap.ts): libpcap's file header and records, nanosecond timestamps. */
import { DEFAULT_SNAPLEN, pcapFileHeader, pcapRecord } from '../src/format/pcap';

test('file header: nanosecond magic, version 2.4, snaplen, LINKTYPE_ETHERNET, little-endian', () => {
  expect([...pcapFileHeader(DEFAULT_SNAPLEN)]).toEqual([
    0x4d, 0x3c, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x00, 0x04, 0x00, 1, 0, 0, 0,
  ]);
});

test('record: seconds and nanoseconds of virtual time, captured and original lengths, the bytes', () => {
  const r = pcapRecord(12_345_678_901, Uint8Array.of(1, 2, 3), 60);
  expect([r.readUInt32LE(0), r.readUInt32LE(4), r.readUInt32LE(8), r.readUInt32LE(12)]).toEqual([12, 345_678_901, 3, 60]);
  expect([...r.subarray(16)]).toEqual([1, 2, 3]);
  expect(pcapRecord(999_999_999, new Uint8Array(0), 0).readUInt32LE(4)).toBe(999_999_999);
});
