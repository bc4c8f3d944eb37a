/**
 * A flattened device tree (FDT, "DTB") writer: the Devicetree Specification v0.4 chapter 5
 * format, version 17 (last compatible 16), as dtc reads it. Big-endian throughout:
 *
 *   header (40 bytes) · memory reservation block (8-aligned; u64 address/size pairs, ended by
 *   a 0/0 pair) · structure block (4-aligned tokens: FDT_BEGIN_NODE name\0 pad,
 *   FDT_PROP len nameoff value pad, FDT_END_NODE, FDT_END) · strings block (property names,
 *   NUL-terminated, each stored once).
 *
 * The writer is strict: names outside the spec's character sets or lengths, strings with
 * NULs, unbalanced nodes, a property after a child node or twice in one node, and cells that
 * are not u32 are errors (thrown as FdtError), never a malformed blob.
 */

export const FDT_MAGIC = 0xd00dfeed;
export const FDT_VERSION = 17;
export const FDT_LAST_COMP_VERSION = 16;
export const FDT_BEGIN_NODE = 0x1;
export const FDT_END_NODE = 0x2;
export const FDT_PROP = 0x3;
export const FDT_END = 0x9;
const HEADER_BYTES = 40;
/** Spec 2.2.1 and 2.2.4: node names and property names are 1–31 characters. */
const MAX_NAME = 31;
const NODE_NAME = /^[0-9a-zA-Z,._+-]+$/;
const UNIT_ADDRESS = /^[0-9a-zA-Z,._+-]+$/;
const PROPERTY_NAME = /^[0-9a-zA-Z,._+?#-]+$/;

export class FdtError extends Error {}

/** A region the client program must not use (the reservation block's entries). */
export interface FdtReservation {
  address: number;
  size: number;
}

interface OpenNode {
  properties: Set<string>;
  hasChildren: boolean;
}

export class FdtWriter {
  private struct: number[] = [];
  private readonly stringsBlock: number[] = [];
  private readonly stringOffsets = new Map<string, number>();
  private readonly open: OpenNode[] = [];
  private rootDone = false;

  /** Opens a node; the first one is the root and has the empty name. */
  beginNode(name: string): this {
    if (this.rootDone) throw new FdtError('the tree has one root: no node may follow it');
    if (this.open.length === 0) {
      if (name !== '') throw new FdtError(`the root node's name is empty, not "${name}"`);
    } else {
      checkNodeName(name);
      this.open[this.open.length - 1].hasChildren = true;
    }
    this.token(FDT_BEGIN_NODE);
    this.bytes(new TextEncoder().encode(name + '\0'));
    this.open.push({ properties: new Set(), hasChildren: false });
    return this;
  }

  endNode(): this {
    if (this.open.pop() === undefined) throw new FdtError('endNode without an open node');
    this.token(FDT_END_NODE);
    if (this.open.length === 0) this.rootDone = true;
    return this;
  }

  /** A property with raw bytes as its value. */
  property(name: string, value: Uint8Array): this {
    const node = this.open[this.open.length - 1];
    if (node === undefined) throw new FdtError(`property "${name}" outside any node`);
    checkPropertyName(name);
    if (node.hasChildren) throw new FdtError(`property "${name}" after a child node (properties come first)`);
    if (node.properties.has(name)) throw new FdtError(`property "${name}" given twice in one node`);
    node.properties.add(name);
    this.token(FDT_PROP);
    this.token(value.length);
    this.token(this.stringOffset(name));
    this.bytes(value);
    return this;
  }

  /** A property with no value (a boolean: present = true). */
  empty(name: string): this {
    return this.property(name, new Uint8Array(0));
  }

  /** A `<u32 ...>` property (cells, phandles). */
  cells(name: string, ...values: number[]): this {
    const out = new Uint8Array(values.length * 4);
    const view = new DataView(out.buffer);
    values.forEach((v, i) => {
      if (!Number.isInteger(v) || v < 0 || v > 0xffff_ffff) throw new FdtError(`property "${name}": cell ${v} is not a u32`);
      view.setUint32(i * 4, v);
    });
    return this.property(name, out);
  }

  /** A string or string-list property: each string NUL-terminated. */
  strings(name: string, ...values: string[]): this {
    if (values.length === 0) throw new FdtError(`property "${name}": a string list needs at least one string`);
    for (const v of values) {
      if (v.includes('\0')) throw new FdtError(`property "${name}": a string may not contain NUL`);
    }
    return this.property(name, new TextEncoder().encode(values.map((v) => v + '\0').join('')));
  }

  /** The blob: header, reservations, structure, strings. */
  finish(opts: { reservations?: readonly FdtReservation[]; bootCpuidPhys?: number } = {}): Uint8Array {
    if (!this.rootDone || this.open.length > 0) throw new FdtError('the tree is not closed (endNode missing)');
    const reservations = opts.reservations ?? [];
    for (const r of reservations) {
      if (!isU64(r.address) || !isU64(r.size) || r.size === 0) throw new FdtError(`reservation 0x${r.address.toString(16)}+0x${r.size.toString(16)} is not a non-empty u64 range`);
    }
    const rsvOff = HEADER_BYTES; // 40 is a multiple of 8
    const structOff = rsvOff + (reservations.length + 1) * 16;
    const structBytes = (this.struct.length + 1) * 4; // + FDT_END
    const stringsOff = structOff + structBytes;
    const total = stringsOff + this.stringsBlock.length;
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    const header = [FDT_MAGIC, total, structOff, stringsOff, rsvOff, FDT_VERSION, FDT_LAST_COMP_VERSION,
      opts.bootCpuidPhys ?? 0, this.stringsBlock.length, structBytes];
    header.forEach((v, i) => view.setUint32(i * 4, v));
    reservations.forEach((r, i) => {
      view.setBigUint64(rsvOff + i * 16, BigInt(r.address));
      view.setBigUint64(rsvOff + i * 16 + 8, BigInt(r.size));
    });
    [...this.struct, FDT_END].forEach((w, i) => view.setUint32(structOff + i * 4, w));
    out.set(this.stringsBlock, stringsOff);
    return out;
  }

  private token(word: number): void {
    this.struct.push(word >>> 0);
  }

  /** Bytes into the structure block, zero-padded to a 4-byte boundary. */
  private bytes(data: Uint8Array): void {
    for (let i = 0; i < data.length; i += 4) {
      this.struct.push(((data[i] << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0)) >>> 0);
    }
  }

  private stringOffset(name: string): number {
    let off = this.stringOffsets.get(name);
    if (off === undefined) {
      off = this.stringsBlock.length;
      this.stringOffsets.set(name, off);
      this.stringsBlock.push(...new TextEncoder().encode(name), 0);
    }
    return off;
  }
}

function checkNodeName(name: string): void {
  const at = name.indexOf('@');
  const base = at < 0 ? name : name.slice(0, at);
  const unit = at < 0 ? null : name.slice(at + 1);
  if (base.length === 0 || base.length > MAX_NAME || !NODE_NAME.test(base) || (unit !== null && !UNIT_ADDRESS.test(unit))) {
    throw new FdtError(`bad node name "${name}" (1-31 of [0-9a-zA-Z,._+-], optionally @unit-address)`);
  }
}

function checkPropertyName(name: string): void {
  if (name.length === 0 || name.length > MAX_NAME || !PROPERTY_NAME.test(name)) {
    throw new FdtError(`bad property name "${name}" (1-31 of [0-9a-zA-Z,._+?#-])`);
  }
}

function isU64(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}
