/**
 * Struct layouts as data. A layout is declared once as an ordered list of typed members;
 * offsets, sizes and alignment follow the C rules of Xen's 32-bit Arm guest ABI (which RV32
 * ilp32 shares): every scalar is aligned to its size, uint64_t included, and guest handles,
 * xen_ulong_t and xen_pfn_t are 64-bit. The same declaration drives the codecs (codec.ts)
 * and the generated C headers (cheader.ts).
 */

/** How a scalar is stored: width and signedness; 'handle' is a 64-bit guest pointer. */
export type ScalarKind = 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'u64' | 'i64' | 'handle';

export interface ScalarType {
  readonly tag: 'scalar';
  readonly kind: ScalarKind;
  /** The C type as Xen's headers spell it ("domid_t", "XEN_GUEST_HANDLE(xen_pfn_t)"). */
  readonly c: string;
  readonly size: number;
  readonly align: number;
}

export interface ArrayType {
  readonly tag: 'array';
  readonly elem: FieldType;
  readonly count: number;
  readonly size: number;
  readonly align: number;
}

/** Members of a struct or union, in declaration order. */
export type Members = { readonly [name: string]: FieldType };

/** A struct or union; `name` is its C tag, or null for an anonymous one declared inline. */
export interface CompositeType<M extends Members = Members> {
  readonly tag: 'struct' | 'union';
  readonly name: string | null;
  readonly members: M;
  readonly size: number;
  readonly align: number;
}

export type FieldType = ScalarType | ArrayType | CompositeType;

/** Dotted paths of every member, nested ones included ("u.interdomain.port"). */
export type FieldPath<M extends Members> = {
  [K in keyof M & string]: M[K] extends CompositeType<infer N> ? K | `${K}.${FieldPath<N>}` : K;
}[keyof M & string];

/** Dotted paths of the scalar members outside arrays: what the codecs read and write. */
export type ScalarPath<M extends Members> = {
  [K in keyof M & string]: M[K] extends CompositeType<infer N>
    ? `${K}.${ScalarPath<N>}`
    : M[K] extends ScalarType
      ? K
      : never;
}[keyof M & string];

/** Where one (possibly nested) member lies, relative to the start of the outermost struct. */
export interface Field {
  readonly path: string;
  readonly offset: number;
  readonly size: number;
  readonly type: FieldType;
}

/** A scalar member as the codecs see it. */
export interface ScalarField extends Field {
  readonly type: ScalarType;
}

/** A named top-level struct with every member's place worked out. */
export interface StructLayout<M extends Members = Members> extends CompositeType<M> {
  readonly name: string;
  /** Every member by dotted path. */
  readonly f: { readonly [P in FieldPath<M>]: Field };
  /** Scalar members outside arrays, in declaration order (union members all included). */
  readonly scalars: readonly ScalarField[];
  /** What the struct is for, one line (becomes its comment in the C headers). */
  readonly doc: string;
}

function scalar(kind: ScalarKind, c: string, size: number): ScalarType {
  return { tag: 'scalar', kind, c, size, align: size };
}

/** The C types the ABI uses, by their Xen names. */
export const T = {
  char: scalar('i8', 'char', 1),
  int8_t: scalar('i8', 'int8_t', 1),
  uint8_t: scalar('u8', 'uint8_t', 1),
  int16_t: scalar('i16', 'int16_t', 2),
  uint16_t: scalar('u16', 'uint16_t', 2),
  int32_t: scalar('i32', 'int32_t', 4),
  uint32_t: scalar('u32', 'uint32_t', 4),
  int: scalar('i32', 'int', 4),
  unsigned_int: scalar('u32', 'unsigned int', 4),
  /** `unsigned long` of a 32-bit guest (hvsim's start_info uses it where Xen's does). */
  unsigned_long: scalar('u32', 'unsigned long', 4),
  int64_t: scalar('i64', 'int64_t', 8),
  uint64_t: scalar('u64', 'uint64_t', 8),
  xen_ulong_t: scalar('u64', 'xen_ulong_t', 8),
  xen_pfn_t: scalar('u64', 'xen_pfn_t', 8),
  domid_t: scalar('u16', 'domid_t', 2),
  evtchn_port_t: scalar('u32', 'evtchn_port_t', 4),
  grant_ref_t: scalar('u32', 'grant_ref_t', 4),
  grant_handle_t: scalar('u32', 'grant_handle_t', 4),
  XENSTORE_RING_IDX: scalar('u32', 'XENSTORE_RING_IDX', 4),
  XENCONS_RING_IDX: scalar('u32', 'XENCONS_RING_IDX', 4),
  RING_IDX: scalar('u32', 'RING_IDX', 4),
  blkif_vdev_t: scalar('u16', 'blkif_vdev_t', 2),
  blkif_sector_t: scalar('u64', 'blkif_sector_t', 8),
} as const;

/** XEN_GUEST_HANDLE(target): a guest-physical pointer held in 64 bits, 8-aligned. */
export function handle(target: string): ScalarType {
  return { tag: 'scalar', kind: 'handle', c: `XEN_GUEST_HANDLE(${target})`, size: 8, align: 8 };
}

export function array(elem: FieldType, count: number): ArrayType {
  return { tag: 'array', elem, count, size: elem.size * count, align: elem.align };
}

function alignUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

function composite<M extends Members>(tag: 'struct' | 'union', name: string | null, members: M): CompositeType<M> {
  let size = 0;
  let align = 1;
  for (const t of Object.values(members)) {
    align = Math.max(align, t.align);
    size = tag === 'union' ? Math.max(size, t.size) : alignUp(size, t.align) + t.size;
  }
  return { tag, name, members, size: alignUp(size, align), align };
}

/** An anonymous struct declared inline inside another. */
export function struct<M extends Members>(members: M): CompositeType<M> {
  return composite('struct', null, members);
}

/** An anonymous union declared inline inside another. */
export function union<M extends Members>(members: M): CompositeType<M> {
  return composite('union', null, members);
}

/** Offset of each member of a composite, in declaration order. */
export function memberOffsets(t: CompositeType): Array<{ name: string; offset: number; type: FieldType }> {
  const out: Array<{ name: string; offset: number; type: FieldType }> = [];
  let at = 0;
  for (const [name, type] of Object.entries(t.members)) {
    const offset = t.tag === 'union' ? 0 : alignUp(at, type.align);
    out.push({ name, offset, type });
    at = offset + type.size;
  }
  return out;
}

function flatten(t: CompositeType, base: number, prefix: string, fields: Record<string, Field>, scalars: ScalarField[]): void {
  for (const m of memberOffsets(t)) {
    const path = prefix + m.name;
    const offset = base + m.offset;
    fields[path] = { path, offset, size: m.type.size, type: m.type };
    if (m.type.tag === 'scalar') scalars.push({ path, offset, size: m.type.size, type: m.type });
    else if (m.type.tag !== 'array') flatten(m.type, offset, path + '.', fields, scalars);
  }
}

/** Declare a named struct (its C tag is `name`) and work out where every member lies. */
export function defineStruct<M extends Members>(name: string, doc: string, members: M): StructLayout<M> {
  const t = composite('struct', name, members);
  const fields: Record<string, Field> = {};
  const scalars: ScalarField[] = [];
  flatten(t, 0, '', fields, scalars);
  return { ...t, name, doc, f: fields as StructLayout<M>['f'], scalars };
}
