/**
 * Decoding with one protobufjs Reader for the whole process. Decoding is synchronous and
 * calls nothing outside protobufjs, so one reader serves every frame and payload in turn,
 * and no Reader is allocated per message.
 */
import { Reader } from 'protobufjs/minimal';

const EMPTY = new Uint8Array(0);
const reader = new Reader(EMPTY);

/** The message in `bytes` [start, end), decoded where it lies by `codec` (a generated message
 *  class, a method's request or response). Throws what the decoder throws. */
export function decodeIn<T>(codec: { decode(reader: Reader): T }, bytes: Uint8Array, start = 0, end = bytes.length): T {
  reader.buf = bytes;
  reader.pos = start;
  reader.len = end;
  reader.view = null;
  try {
    return codec.decode(reader);
  } finally {
    reader.buf = EMPTY; // do not keep the bytes alive
  }
}
