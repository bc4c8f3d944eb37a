/**
 * A node of the store as the operations see it (XsNode, in the committed tree or a
 * transaction's copy), and as the committed tree keeps it (TreeNode).
 */
import type { OwnerCounts } from './owner-counts';
import type { XsPerm } from './permissions';

/** Child names in creation order. */
export interface ChildNames {
  readonly size: number;
  keys(): IterableIterator<string>;
}

export interface XsNode {
  readonly value: Buffer;
  /** Never changed in place (nodes share them): a change replaces the list. */
  readonly perms: readonly XsPerm[];
  readonly children: ChildNames;
  /** Bytes the child names take in an entry, each NUL-terminated (kept with `children`). */
  readonly childBytes: number;
  /** Store-wide counter value of the node's last change (a new node gets a fresh one). */
  readonly generation: number;
}

/** What a removal took away, as far as watches care: each node's permissions and children. */
export interface RemovedNode {
  readonly perms: readonly XsPerm[];
  readonly children: ChildNames;
  child(name: string): RemovedNode | undefined;
}

/** A value as the tree keeps it: bytes, or text a batch wrote (UTF-8 bytes once asked for:
 *  most of what the toolstack writes is never read back). */
export type StoredValue = Buffer | string;

/**
 * A node of the committed tree. Only the tree and its batches change it. A store holds tens
 * of thousands of nodes, most of them leaves, so a node keeps few fields: what only a node
 * with children needs is in its Kids.
 */
export class TreeNode implements XsNode, RemovedNode {
  /** null for a node that never had children (nor was made a unit). */
  private kids: Kids | null = null;
  /** Siblings, in creation order. */
  prev: TreeNode | null = null;
  next: TreeNode | null = null;

  constructor(
    /** null for "/", a special node, and a node unlinked from the tree. */
    public parent: TreeNode | null,
    readonly name: string,
    private stored: StoredValue,
    public perms: readonly XsPerm[],
    public generation: number,
  ) {}

  get value(): Buffer {
    const stored = this.stored;
    if (typeof stored !== 'string') return stored;
    const bytes = Buffer.from(stored, 'utf8');
    this.stored = bytes;
    return bytes;
  }

  /** Replace the value (the tree counts it as a change, see XenstoreTree.change). */
  store(value: StoredValue): void {
    this.stored = value;
  }

  /** The node's counts if it is a unit (see XenstoreTree.makeUnit), else null. */
  get unit(): OwnerCounts | null {
    return this.kids === null ? null : this.kids.unit;
  }

  set unit(unit: OwnerCounts | null) {
    (this.kids ??= new Kids()).unit = unit;
  }

  get childBytes(): number {
    return this.kids === null ? 0 : this.kids.bytes;
  }

  get firstChild(): TreeNode | null {
    return this.kids === null ? null : this.kids.first;
  }

  child(name: string): TreeNode | undefined {
    return this.kids === null ? undefined : this.kids.get(name);
  }

  get children(): ChildNames {
    return { size: this.kids === null ? 0 : this.kids.count, keys: () => childNames(this) };
  }

  /** Append `child` (whose name no child has). */
  link(child: TreeNode): void {
    (this.kids ??= new Kids()).append(child);
    child.parent = this;
  }

  /** Take `child` out (it keeps its own subtree). */
  unlinkChild(child: TreeNode): void {
    this.kids!.remove(child);
    child.parent = null;
    child.prev = null;
    child.next = null;
  }

  /** Forget every child (a transaction's commit links them again). */
  clearChildren(): void {
    this.kids?.clear();
  }
}

/** Above this many children a node looks them up in a Map rather than along their list (a
 *  domain's home has 14 or 15: the list is as quick there, and smaller). */
const INDEX_FROM = 16;

/**
 * A node's children: a list in creation order, their count and the bytes their names take in
 * an entry (each NUL-terminated). A few are found by walking the list; more, through an index
 * by name. A removed child's name stays in the index, mapped to null, until such names
 * outnumber the children and the index is rebuilt: V8's Map slows down badly (microseconds per
 * operation, growing with its size) when one key is deleted and set again over and over —
 * what /local/domain sees as domids are reused — while setting a key already there costs no
 * such thing (see TombstoneMap).
 */
class Kids {
  first: TreeNode | null = null;
  last: TreeNode | null = null;
  count = 0;
  bytes = 0;
  /** Set when the node is a unit (see XenstoreTree.makeUnit): its subtree's nodes per owner. */
  unit: OwnerCounts | null = null;
  private index: Map<string, TreeNode | null> | null = null;

  get(name: string): TreeNode | undefined {
    if (this.index !== null) return this.index.get(name) ?? undefined;
    for (let c = this.first; c !== null; c = c.next) if (c.name === name) return c;
    return undefined;
  }

  append(child: TreeNode): void {
    child.prev = this.last;
    child.next = null;
    if (this.last === null) this.first = child;
    else this.last.next = child;
    this.last = child;
    this.count++;
    this.bytes += child.name.length + 1;
    if (this.index !== null) this.index.set(child.name, child);
    else if (this.count > INDEX_FROM) this.rebuildIndex();
  }

  remove(child: TreeNode): void {
    if (child.prev === null) this.first = child.next;
    else child.prev.next = child.next;
    if (child.next === null) this.last = child.prev;
    else child.next.prev = child.prev;
    this.count--;
    this.bytes -= child.name.length + 1;
    if (this.index === null) return;
    this.index.set(child.name, null);
    if (this.index.size > 2 * this.count + 16) this.rebuildIndex();
  }

  /** No children (a unit stays one). */
  clear(): void {
    this.first = null;
    this.last = null;
    this.count = 0;
    this.bytes = 0;
    this.index = null;
  }

  private rebuildIndex(): void {
    const index = new Map<string, TreeNode | null>();
    for (let c = this.first; c !== null; c = c.next) index.set(c.name, c);
    this.index = index;
  }
}

function* childNames(node: TreeNode): IterableIterator<string> {
  for (let c = node.firstChild; c !== null; c = c.next) yield c.name;
}
