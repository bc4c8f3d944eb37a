/** Single records of a migration stream, each in memory of its own (for tests that build streams by hand). */
import { type BatchPage, RecordType, RecordWriter, type StreamHeader } from '../../src/toolstack/migration-stream';

export function encodeRecord(type: RecordType, payload: Uint8Array): Buffer {
  const out = new RecordWriter();
  out.record(type, payload);
  return out.bytes;
}

export function encodeHeader(h: StreamHeader): Buffer {
  const out = new RecordWriter();
  out.header(h);
  return out.bytes;
}

export function encodePages(pages: readonly BatchPage[]): Buffer {
  const out = new RecordWriter();
  out.pages(pages);
  return out.bytes;
}
