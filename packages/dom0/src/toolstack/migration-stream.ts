/**
 * The live migration stream (Xen's libxc stream v2 in spirit): a sequence of typed records,
 * each checked on its own, so a receiver refuses a corrupt or cut stream at the first bad
 * record instead of building from it. Layout of a record, integers little-endian:
 *
 *   u32 type (RecordType) · u32 length L · L bytes payload · 8 bytes checksum
 *
 * The checksum is the first 8 bytes of the SHA-256 of type, length and payload. A stream is
 * HEADER (JSON: stream version, the source host's compatibility data, what the destination
 * needs to create the domain) · PAGES × n (the memory rounds) · STATE (the domain's save
 * image without page data: vCPU contexts, event channels, shared_info, layout, scheduling,
 * dom0's services' state — the same records `hvsim save` writes) · END.
 *
 * A PAGES payload: u32 count N ≤ MAX_BATCH_PAGES, N × u32 entries (the gfn; bit 31 set = the
 * page is all zeros and has no data), then 4096 bytes for each entry without bit 31.
 */
import { createHash } from 'node:crypto';
import { HVSIM_PAGE_SIZE } from '@hvsim/abi';
import { jsonFields } from './json-fields';
import { MAX_STATE_IMAGE_BYTES } from './save-image';

export enum RecordType {
  HEADER = 1,
  PAGES = 2,
  STATE = 3,
  END = 4,
}

export const STREAM_MAGIC = 'hvsim-migrate';
export const STREAM_VERSION = 1;
/** Pages per PAGES record: a megabyte, the size of one guest-memory read. */
export const MAX_BATCH_PAGES = 256;
const RECORD_HEAD_BYTES = 8;
const CHECKSUM_BYTES = 8;
const ZERO_PAGE = 0x8000_0000;
/** The largest payload a record may announce: the STATE record holds a save image without
 *  page data, the largest record; a PAGES record a megabyte of pages. Larger is a lie. */
export const MAX_RECORD_BYTES = MAX_STATE_IMAGE_BYTES;

/** The stream cannot be used; the message says where it went wrong. */
export class MigrationStreamError extends Error {}

export interface StreamRecord {
  type: RecordType;
  payload: Buffer;
}

function checksum(head: Buffer, payload: Uint8Array): Buffer {
  return createHash('sha256').update(head).update(payload).digest().subarray(0, CHECKSUM_BYTES);
}

/**
 * Lays records down one after another in memory it keeps from use to use (cleared, not
 * replaced), each record's bytes written once where they go: a PAGES record's pages are copied
 * from the guest's read straight into the stream. (Building each payload, then its record,
 * then the chunk by concatenation copied every page three times, into fresh memory each time,
 * which this kind of host faults in a page at a time.)
 */
export class RecordWriter {
  private buf: Buffer;
  private used = 0;

  /** `capacity`: the bytes expected between clears (it grows past them when needed). */
  constructor(capacity = 0) {
    this.buf = Buffer.allocUnsafeSlow(capacity);
  }

  get length(): number {
    return this.used;
  }

  /** The records written since the last clear: a view, valid until the next write or clear. */
  get bytes(): Buffer {
    return this.buf.subarray(0, this.used);
  }

  clear(): void {
    this.used = 0;
  }

  record(type: RecordType, payload: Uint8Array): void {
    const at = this.begin(type, payload.length);
    this.buf.set(payload, at);
    this.end(payload.length);
  }

  header(h: StreamHeader): void {
    this.record(RecordType.HEADER, Buffer.from(JSON.stringify({ magic: STREAM_MAGIC, ...h }), 'utf8'));
  }

  /** A PAGES record of `pages` (the layout in this file's head comment). */
  pages(pages: readonly BatchPage[]): void {
    if (pages.length > MAX_BATCH_PAGES) throw new RangeError(`a batch holds at most ${MAX_BATCH_PAGES} pages, got ${pages.length}`);
    let dataPages = 0;
    for (const p of pages) {
      if (p.data === null) continue;
      if (p.data.length !== HVSIM_PAGE_SIZE) throw new RangeError(`page 0x${p.gfn.toString(16)} has ${p.data.length} bytes, not ${HVSIM_PAGE_SIZE}`);
      dataPages++;
    }
    const length = 4 + 4 * pages.length + dataPages * HVSIM_PAGE_SIZE;
    let entry = this.begin(RecordType.PAGES, length);
    const buf = this.buf; // (begin may have grown it)
    let data = entry + 4 + 4 * pages.length;
    buf.writeUInt32LE(pages.length, entry);
    for (const p of pages) {
      entry += 4;
      buf.writeUInt32LE(p.data === null ? (p.gfn | ZERO_PAGE) >>> 0 : p.gfn, entry);
      if (p.data === null) continue;
      buf.set(p.data, data);
      data += HVSIM_PAGE_SIZE;
    }
    this.end(length);
  }

  /** Room for a record of `length` payload bytes, its head written; returns where its payload goes. */
  private begin(type: RecordType, length: number): number {
    const need = this.used + RECORD_HEAD_BYTES + length + CHECKSUM_BYTES;
    if (need > this.buf.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(need, 2 * this.buf.length));
      this.buf.copy(grown, 0, 0, this.used);
      this.buf = grown;
    }
    this.buf.writeUInt32LE(type, this.used);
    this.buf.writeUInt32LE(length, this.used + 4);
    return this.used + RECORD_HEAD_BYTES;
  }

  /** The record begun, of `length` payload bytes, sealed with its checksum. */
  private end(length: number): void {
    const head = this.buf.subarray(this.used, this.used + RECORD_HEAD_BYTES);
    const payloadEnd = this.used + RECORD_HEAD_BYTES + length;
    checksum(head, this.buf.subarray(this.used + RECORD_HEAD_BYTES, payloadEnd)).copy(this.buf, payloadEnd);
    this.used = payloadEnd + CHECKSUM_BYTES;
  }
}

/**
 * Splits a byte stream that arrives in arbitrary pieces into checked records. Each bad
 * record throws MigrationStreamError; the reader is then unusable (the stream is refused).
 * A record wholly inside one push comes back as a view of what was pushed; one that spans
 * pushes (any record may: the source cuts its chunks by byte count) is gathered in memory of
 * the reader's own, so the reader keeps no view of what was pushed once push returns (the
 * receiver gives a chunk's frame back once its records are taken).
 */
export class RecordReader {
  /** The record begun in an earlier push and not yet whole: its head's 8 bytes until they
   *  are in, then the whole record's bytes (its length known), each byte copied once. */
  private partial: Buffer | null = null;
  private filled = 0;

  push(chunk: Uint8Array): StreamRecord[] {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const out: StreamRecord[] = [];
    let off = this.continuePartial(bytes, out);
    while (bytes.length - off >= RECORD_HEAD_BYTES) {
      const whole = recordBytes(bytes, off);
      if (bytes.length - off < whole) break;
      out.push(checkedRecord(bytes, off, whole));
      off += whole;
    }
    if (off < bytes.length) {
      const rest = bytes.length - off;
      this.partial = Buffer.allocUnsafe(rest >= RECORD_HEAD_BYTES ? recordBytes(bytes, off) : RECORD_HEAD_BYTES);
      this.filled = bytes.copy(this.partial, 0, off);
    }
    return out;
  }

  /** Bytes of a record begun but not complete (a stream that ends here was cut). */
  get partialBytes(): number {
    return this.partial === null ? 0 : this.filled;
  }

  /** Feeds the record begun earlier from `bytes`, into `out` once whole; returns the bytes used. */
  private continuePartial(bytes: Buffer, out: StreamRecord[]): number {
    let off = 0;
    while (this.partial !== null && off < bytes.length) {
      const n = bytes.copy(this.partial, this.filled, off, off + this.partial.length - this.filled);
      this.filled += n;
      off += n;
      if (this.filled < this.partial.length) break;
      if (this.partial.length === RECORD_HEAD_BYTES) {
        // The head is in: room for the whole record (no record is as short as its head).
        const grown = Buffer.allocUnsafe(recordBytes(this.partial, 0));
        this.partial.copy(grown);
        this.partial = grown;
      } else {
        out.push(checkedRecord(this.partial, 0, this.partial.length));
        this.partial = null;
      }
    }
    return off;
  }
}

/** The bytes of the record whose head is at `off` (head, payload, checksum), its head checked. */
function recordBytes(buf: Buffer, off: number): number {
  const type = buf.readUInt32LE(off);
  const length = buf.readUInt32LE(off + 4);
  if (typeof RecordType[type] !== 'string') throw new MigrationStreamError(`record of unknown type ${type}`);
  if (length > MAX_RECORD_BYTES) throw new MigrationStreamError(`${RecordType[type]} record announces ${length} bytes (at most ${MAX_RECORD_BYTES})`);
  return RECORD_HEAD_BYTES + length + CHECKSUM_BYTES;
}

/** The record of `whole` bytes at `off`, once its checksum matches. */
function checkedRecord(buf: Buffer, off: number, whole: number): StreamRecord {
  const type = buf.readUInt32LE(off) as RecordType;
  const head = buf.subarray(off, off + RECORD_HEAD_BYTES);
  const payload = buf.subarray(off + RECORD_HEAD_BYTES, off + whole - CHECKSUM_BYTES);
  if (!checksum(head, payload).equals(buf.subarray(off + whole - CHECKSUM_BYTES, off + whole))) {
    throw new MigrationStreamError(`${RecordType[type]} record: checksum mismatch (the stream is corrupt)`);
  }
  return { type, payload };
}

// ---- header -----------------------------------------------------------------------------------

/** What a host offers a domain: a domain may move only to a host that offers it as much. */
export interface HostCompat {
  /** The ISA string the host's harts implement, e.g. "rv32ima_zicsr_zifencei". */
  isa: string;
  abiMajor: number;
  pageSize: number;
}

/** What the destination needs before any page arrives: enough to refuse, and to create the domain. */
export interface StreamHeader {
  version: number;
  host: HostCompat;
  domain: {
    name: string;
    uuid: string;
    /** The config as xl.cfg text. */
    config: string;
    configFile: string;
    /** Boot memory and the most the domain may hold, in pages. */
    nrPages: number;
    maxPages: number;
    vcpus: number;
  };
  live: boolean;
}

export function decodeHeader(payload: Buffer): StreamHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(payload.toString('utf8'));
  } catch (err) {
    throw new MigrationStreamError(`header is not JSON: ${(err as Error).message}`);
  }
  const h = obj(raw, 'header');
  if (h.magic !== STREAM_MAGIC) throw new MigrationStreamError('not an hvsim migration stream (bad magic)');
  const version = int(h.version, 'version', 0xffff);
  if (version !== STREAM_VERSION) throw new MigrationStreamError(`stream version ${version} is not supported (this hvsim speaks version ${STREAM_VERSION})`);
  const host = obj(h.host, 'host');
  const d = obj(h.domain, 'domain');
  if (typeof h.live !== 'boolean') throw new MigrationStreamError('header: live is not a boolean');
  return {
    version,
    host: { isa: str(host.isa, 'host.isa'), abiMajor: int(host.abiMajor, 'host.abiMajor', 0xffff), pageSize: int(host.pageSize, 'host.pageSize', 1 << 30) },
    domain: {
      name: str(d.name, 'domain.name'),
      uuid: str(d.uuid, 'domain.uuid'),
      config: str(d.config, 'domain.config'),
      configFile: str(d.configFile, 'domain.configFile'),
      nrPages: int(d.nrPages, 'domain.nrPages', 0x80000),
      maxPages: int(d.maxPages, 'domain.maxPages', 0x80000),
      vcpus: int(d.vcpus, 'domain.vcpus', 4096),
    },
    live: h.live,
  };
}

const { obj, str, int } = jsonFields((message) => new MigrationStreamError(`header: ${message}`));

// ---- page batches -----------------------------------------------------------------------------

/** One page of a batch: its bytes, or null for a page of zeros. */
export interface BatchPage {
  gfn: number;
  data: Uint8Array | null;
}

export function decodePages(payload: Buffer): BatchPage[] {
  if (payload.length < 4) throw new MigrationStreamError('PAGES record: shorter than its count');
  const count = payload.readUInt32LE(0);
  if (count > MAX_BATCH_PAGES) throw new MigrationStreamError(`PAGES record: ${count} pages (at most ${MAX_BATCH_PAGES})`);
  if (payload.length < 4 + 4 * count) throw new MigrationStreamError(`PAGES record: ${count} entries do not fit in ${payload.length} bytes`);
  const pages: BatchPage[] = [];
  let off = 4 + 4 * count;
  for (let i = 0; i < count; i++) {
    const entry = payload.readUInt32LE(4 + 4 * i);
    const gfn = entry & ~ZERO_PAGE;
    if (gfn > 0xfffff) throw new MigrationStreamError(`PAGES record: entry ${i} names gfn 0x${gfn.toString(16)}, beyond the 32-bit physical space`);
    if ((entry & ZERO_PAGE) !== 0) {
      pages.push({ gfn, data: null });
      continue;
    }
    if (payload.length < off + HVSIM_PAGE_SIZE) throw new MigrationStreamError(`PAGES record: the data of entry ${i} is missing`);
    pages.push({ gfn, data: payload.subarray(off, off + HVSIM_PAGE_SIZE) });
    off += HVSIM_PAGE_SIZE;
  }
  if (off !== payload.length) throw new MigrationStreamError(`PAGES record: ${payload.length - off} bytes after its last page`);
  return pages;
}
