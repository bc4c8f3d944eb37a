/** Protobuf wire-format messages built from random fields: mostly decodable, with values of
 *  every type in every field number a request might have. */
import fc from 'fast-check';

const WORDS = ['', '0', '1', 'Domain-0', 'hello', '/', '../x', 'name="x"', 'memory=4', 'kernel="hello.elf"',
  'name = "f"\nkernel = "hello.elf"\nmemory = 4\n', '4294967295', '-1', 'x'.repeat(100)];

function varint(n: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, n);
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

const field = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 8 }), fc.oneof(fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }), fc.constantFrom(0n, 1n, 0xffffffffn, -1n)))
    .map(([no, v]) => [...varint(BigInt(no << 3)), ...varint(v)]),
  fc.tuple(fc.integer({ min: 1, max: 8 }), fc.oneof(fc.constantFrom(...WORDS).map((w) => [...Buffer.from(w)]), fc.uint8Array({ maxLength: 16 }).map((b) => [...b])))
    .map(([no, bytes]) => [...varint(BigInt((no << 3) | 2)), ...varint(BigInt(bytes.length)), ...bytes]),
  fc.uint8Array({ maxLength: 6 }).map((b) => [...b]),
);

export const protobufSoup: fc.Arbitrary<Uint8Array> = fc.array(field, { maxLength: 6 }).map((fs) => Uint8Array.from(fs.flat()));
