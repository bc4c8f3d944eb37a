/**
 * The libpcap file format ("pcap", as tcpdump -w writes it), with nanosecond timestamps: a
 * 24-byte file header, then per packet a 16-byte record header and the bytes captured. All fields
 * in the writer's byte order (here little-endian), which readers tell by the magic number.
 *
 *   file header: magic 0xa1b23c4d (nanosecond resolution), version 2.4, thiszone 0, sigfigs 0,
 *                snaplen, link type (1 = LINKTYPE_ETHERNET: frames from the destination MAC on,
 *                no FCS)
 *   record:      seconds, nanoseconds, captured length, original length
 */

export const PCAP_MAGIC_NANOSECONDS = 0xa1b23c4d;
export const LINKTYPE_ETHERNET = 1;
export const PCAP_FILE_HEADER_BYTES = 24;
export const PCAP_RECORD_HEADER_BYTES = 16;
/** tcpdump's default snapshot length. */
export const DEFAULT_SNAPLEN = 262_144;

export function pcapFileHeader(snaplen: number): Buffer {
  const b = Buffer.alloc(PCAP_FILE_HEADER_BYTES);
  b.writeUInt32LE(PCAP_MAGIC_NANOSECONDS, 0);
  b.writeUInt16LE(2, 4);
  b.writeUInt16LE(4, 6);
  b.writeInt32LE(0, 8);
  b.writeUInt32LE(0, 12);
  b.writeUInt32LE(snaplen, 16);
  b.writeUInt32LE(LINKTYPE_ETHERNET, 20);
  return b;
}

/** One packet's record: `timeNs` since the epoch of the capture (here: the host's boot). */
export function pcapRecord(timeNs: number, data: Uint8Array, origLen: number): Buffer {
  const b = Buffer.allocUnsafe(PCAP_RECORD_HEADER_BYTES + data.length);
  b.writeUInt32LE(Math.floor(timeNs / 1e9), 0);
  b.writeUInt32LE(timeNs % 1e9, 4);
  b.writeUInt32LE(data.length, 8);
  b.writeUInt32LE(origLen, 12);
  b.set(data, PCAP_RECORD_HEADER_BYTES);
  return b;
}
