/**
 * Prepares the protobufjs runtime before the generated code loads.
 *
 * The generated code comes from protobufjs-cli 2, which writes code for the
 * protobufjs 8 runtime (Reader#tag, Reader#raw...); an older runtime would fail
 * on the first decode with an obscure TypeError, so say what is wrong instead.
 *
 * 64-bit fields decode as JavaScript numbers, as the generated types (pbjs
 * --force-number) declare, instead of long.js objects: every 64-bit field of the
 * schema counts pages, bytes or nanoseconds, well below 2^53.
 */
import * as protobufRuntime from 'protobufjs/minimal';

if (typeof (protobufRuntime.Reader.prototype as { tag?: unknown }).tag !== 'function') {
  throw new Error('@hvsim/control: the generated code needs the protobufjs 8 runtime (as protobufjs-cli 2 generates it), '
    + "but an older protobufjs was found; depend on protobufjs ^8.8.1 in packages/control/package.json and run npm install");
}

(protobufRuntime.util as { Long: unknown }).Long = null;
protobufRuntime.configure();

/**
 * 64-bit varints below 2^49 (up to 7 bytes) decode straight into a number. The runtime reads
 * every 64-bit varint into a LongBits object and converts that, one allocation per field —
 * and the envelope's request id, times and page counts are 64-bit fields of most frames. A
 * longer varint (a negative int64, a value of 2^49 or more) goes the runtime's way, as does
 * one the buffer cuts short (the runtime throws its RangeError).
 */
interface ReaderState {
  buf: Uint8Array;
  pos: number;
  len: number;
}
/** Bytes of a varint whose 7-bit groups sum exactly in a double (49 bits). */
const EXACT_VARINT_BYTES = 7;
type ReadLong = (this: ReaderState) => number;
const reader = protobufRuntime.Reader.prototype as unknown as Record<'uint64' | 'int64', ReadLong>;

function shortVarint(r: ReaderState): number {
  const buf = r.buf;
  let pos = r.pos;
  const end = Math.min(r.len, pos + EXACT_VARINT_BYTES);
  let value = 0;
  let scale = 1;
  while (pos < end) {
    const byte = buf[pos++];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      r.pos = pos;
      return value;
    }
    scale *= 0x80;
  }
  return -1;
}

function readLong(runtime: ReadLong): ReadLong {
  return function (this: ReaderState): number {
    const value = shortVarint(this);
    return value >= 0 ? value : runtime.call(this);
  };
}
reader.uint64 = readLong(reader.uint64);
reader.int64 = readLong(reader.int64);

/**
 * Likewise a 64-bit value below 2^32 encodes as the uint32 varint it equals, without the
 * runtime's LongBits; anything else (negative, larger, a Long) goes the runtime's way.
 */
type WriteLong = (this: protobufRuntime.Writer, value: unknown) => protobufRuntime.Writer;
const writer = protobufRuntime.Writer.prototype as unknown as Record<'uint64' | 'int64', WriteLong>;
function writeLong(runtime: WriteLong): WriteLong {
  return function (this: protobufRuntime.Writer, value: unknown): protobufRuntime.Writer {
    const small = typeof value === 'number' && value >= 0 && value <= 0xffff_ffff && value % 1 === 0;
    return small ? this.uint32(value) : runtime.call(this, value);
  };
}
writer.uint64 = writeLong(writer.uint64);
writer.int64 = writeLong(writer.int64);

/**
 * Short strings decode as flat strings. The runtime builds them 8 characters at a time, a
 * rope that V8 must flatten before it can hash or compare it — and the server looks every
 * method name up in a Map. ASCII (nearly every string of the schema) comes out in one piece
 * from Buffer's latin1 decoder instead; anything else, and long strings (the runtime hands
 * those to TextDecoder already), go the runtime's way, which rejects invalid UTF-8.
 */
const utf8 = protobufRuntime.util.utf8 as { readStrict(buffer: Uint8Array, start: number, end: number): string };
const readStrict = utf8.readStrict;
const latin1Slice = (Buffer.prototype as { latin1Slice?: (this: Uint8Array, start: number, end: number) => string }).latin1Slice;
const SHORT_STRING = 64;
if (typeof latin1Slice === 'function') {
  utf8.readStrict = (buffer, start, end) => {
    if (end - start >= SHORT_STRING) return readStrict(buffer, start, end);
    let bits = 0;
    for (let i = start; i < end; i++) bits |= buffer[i];
    return bits < 0x80 ? latin1Slice.call(buffer, start, end) : readStrict(buffer, start, end);
  };
}
