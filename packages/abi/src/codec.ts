/**
 * Little-endian accessors and struct codecs over a Uint8Array. The hypervisor copies a
 * hypercall argument out of guest memory into a scratch buffer (doing its own -EFAULT check),
 * decodes it here, and encodes OUT fields back before copying them to the guest. Nothing here
 * throws on guest-controlled bytes, and nothing allocates except decodeStruct's result object.
 */
import type { Members, ScalarField, ScalarPath, StructLayout } from './layout';

const TWO_32 = 0x1_0000_0000;

/**
 * What a guest handle decodes to when its upper 32 bits are not zero: no RV32 guest address
 * can be that, and the hypervisor answers -EFAULT.
 */
export const BAD_GUEST_HANDLE = -1;

export function readU8(b: Uint8Array, o: number): number {
  return b[o];
}

export function readU16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

export function readI16(b: Uint8Array, o: number): number {
  return (readU16(b, o) << 16) >> 16;
}

export function readI32(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24);
}

export function readU32(b: Uint8Array, o: number): number {
  return readI32(b, o) >>> 0;
}

/** Upper 32 bits of a 64-bit field. */
export function readU64Hi(b: Uint8Array, o: number): number {
  return readU32(b, o + 4);
}

/**
 * A 64-bit unsigned field as a number: exact below 2^53; above, the nearest double (still
 * ordered correctly, so "far future" timeouts and out-of-range frame numbers stay so).
 */
export function readU64(b: Uint8Array, o: number): number {
  return readU32(b, o + 4) * TWO_32 + readU32(b, o);
}

export function readI64(b: Uint8Array, o: number): number {
  return readI32(b, o + 4) * TWO_32 + readU32(b, o);
}

/** A guest handle: the 32-bit guest address, or BAD_GUEST_HANDLE if the upper half is set. */
export function readGuestHandle(b: Uint8Array, o: number): number {
  return readU32(b, o + 4) === 0 ? readU32(b, o) : BAD_GUEST_HANDLE;
}

export function writeU8(b: Uint8Array, o: number, v: number): void {
  b[o] = v;
}

export function writeU16(b: Uint8Array, o: number, v: number): void {
  b[o] = v;
  b[o + 1] = v >>> 8;
}

export function writeU32(b: Uint8Array, o: number, v: number): void {
  b[o] = v;
  b[o + 1] = v >>> 8;
  b[o + 2] = v >>> 16;
  b[o + 3] = v >>> 24;
}

/** Store an integer number (negative ones as two's complement) in a 64-bit field. */
export function writeU64(b: Uint8Array, o: number, v: number): void {
  const hi = Math.floor(v / TWO_32);
  writeU32(b, o, v - hi * TWO_32);
  writeU32(b, o + 4, hi);
}

/** Read a NUL-terminated string of at most `max` bytes (Latin-1; no terminator → `max` bytes). */
export function readCString(b: Uint8Array, o: number, max: number): string {
  let s = '';
  const end = Math.min(o + max, b.length);
  for (let i = o; i < end && b[i] !== 0; i++) s += String.fromCharCode(b[i]);
  return s;
}

/**
 * Write `s` (Latin-1) NUL-terminated into `max` bytes, zero-filling the rest. Returns false,
 * writing nothing, when it does not fit with its terminator.
 */
export function writeCString(b: Uint8Array, o: number, max: number, s: string): boolean {
  if (s.length + 1 > max) return false;
  for (let i = 0; i < max; i++) b[o + i] = i < s.length ? s.charCodeAt(i) & 0xff : 0;
  return true;
}

/** Read one scalar member as a number (handles: see readGuestHandle). */
export function readScalar(b: Uint8Array, o: number, f: ScalarField): number {
  const at = o + f.offset;
  switch (f.type.kind) {
    case 'u8': return b[at];
    case 'i8': return (b[at] << 24) >> 24;
    case 'u16': return readU16(b, at);
    case 'i16': return readI16(b, at);
    case 'u32': return readU32(b, at);
    case 'i32': return readI32(b, at);
    case 'u64': return readU64(b, at);
    case 'i64': return readI64(b, at);
    case 'handle': return readGuestHandle(b, at);
  }
}

/** Write one scalar member; the value is truncated to the member's width. */
export function writeScalar(b: Uint8Array, o: number, f: ScalarField, v: number): void {
  const at = o + f.offset;
  switch (f.type.size) {
    case 1: b[at] = v; break;
    case 2: writeU16(b, at, v); break;
    case 4: writeU32(b, at, v); break;
    default: writeU64(b, at, v);
  }
}

/** Decoded scalar members of a struct, by dotted path. */
export type StructValues<M extends Members> = { [P in ScalarPath<M>]: number };

/**
 * Decode every scalar member of `layout` at `b[o]`. The caller guarantees
 * `o + layout.size <= b.length` (it copied exactly that much from the guest).
 */
export function decodeStruct<M extends Members>(layout: StructLayout<M>, b: Uint8Array, o = 0): StructValues<M> {
  const out: Record<string, number> = {};
  for (const f of layout.scalars) out[f.path] = readScalar(b, o, f);
  return out as StructValues<M>;
}

/** Encode the given scalar members at `b[o]`; members not given are left as they are. */
export function encodeStruct<M extends Members>(
  layout: StructLayout<M>, values: Partial<StructValues<M>>, b: Uint8Array, o = 0,
): void {
  const given = values as Record<string, number | undefined>;
  for (const f of layout.scalars) {
    const v = given[f.path];
    if (v !== undefined) writeScalar(b, o, f, v);
  }
}

/** Read one scalar member by path. */
export function readField<M extends Members>(layout: StructLayout<M>, path: ScalarPath<M>, b: Uint8Array, o = 0): number {
  return readScalar(b, o, layout.f[path as keyof StructLayout<M>['f']] as ScalarField);
}

/** Write one scalar member by path. */
export function writeField<M extends Members>(
  layout: StructLayout<M>, path: ScalarPath<M>, b: Uint8Array, o: number, v: number,
): void {
  writeScalar(b, o, layout.f[path as keyof StructLayout<M>['f']] as ScalarField, v);
}
