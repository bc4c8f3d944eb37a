/** The runtime's 64-bit varint fast paths (src/protobuf-runtime.ts) against a reference codec. */
import { Reader, Writer } from 'protobufjs/minimal';
import '../src/schema';

/** The varint of a 64-bit two's-complement value. */
function varint(value: bigint): number[] {
  let v = BigInt.asUintN(64, value);
  const out: number[] = [];
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v === 0n ? low : low | 0x80);
  } while (v !== 0n);
  return out;
}

const VALUES = [0, 1, 127, 128, 300, 2 ** 21 - 1, 2 ** 21, 2 ** 28, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 35 + 5, 2 ** 42 - 1, 2 ** 42,
  2 ** 49 - 1, 2 ** 49, 2 ** 50 + 3, Number.MAX_SAFE_INTEGER];

describe('64-bit varints', () => {
  it.each(VALUES)('uint64 and int64 %d encode as the varint of the value and decode back', (n) => {
    const bytes = varint(BigInt(n));
    expect([...Writer.create().uint64(n).finish()]).toEqual(bytes);
    expect([...Writer.create().int64(n).finish()]).toEqual(bytes);
    expect(Reader.create(Uint8Array.from(bytes)).uint64()).toBe(n);
    expect(Reader.create(Buffer.from(bytes)).int64()).toBe(n);
  });

  it('negative int64 values take ten bytes both ways', () => {
    for (const n of [-1, -2, -(2 ** 40)]) {
      const bytes = varint(BigInt(n));
      expect(bytes).toHaveLength(10);
      expect([...Writer.create().int64(n).finish()]).toEqual(bytes);
      expect(Reader.create(Uint8Array.from(bytes)).int64()).toBe(n);
    }
  });

  it('a read leaves the reader just past the varint, also inside a longer buffer', () => {
    const r = Reader.create(Uint8Array.from([...varint(2n ** 40n), ...varint(5n), 0xff]));
    expect(r.uint64()).toBe(2 ** 40);
    expect(r.uint64()).toBe(5);
    expect(r.pos).toBe(7);
  });

  it('a varint the buffer cuts short is a RangeError, not a number', () => {
    for (const cut of [[0x80], [0xff, 0xff, 0xff], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]]) {
      expect(() => Reader.create(Uint8Array.from(cut)).uint64()).toThrow(RangeError);
    }
  });
});
