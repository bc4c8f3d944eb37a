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
