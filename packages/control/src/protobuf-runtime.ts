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
