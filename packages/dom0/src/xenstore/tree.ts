/**
 * The store itself: a map from absolute path to node record, each record holding its value,
 * permissions, the ordered names of its children (creation order, as xenstored keeps them) and
 * a generation number that changes whenever the record does.
 *
 * Children are an insertion-ordered set with their entry size kept alongside, so adding or
 * removing one is O(1) even under /local/domain, which has a child per live domain. The tree
 * changes a parent's set in place; a transaction therefore works on its own copies.
 */
import type { XsPerm } from './permissions';

export interface XsNode {
  readonly value: Buffer;
  readonly perms: readonly XsPerm[];
  /** Child names in creation order. */
  readonly children: ReadonlySet<string>;
  /** Bytes the child names take in an entry, each NUL-terminated (kept with `children`). */
  readonly childBytes: number;
  /** Store-wide counter value of the node's last change (a new node gets a fresh one). */
  readonly generation: number;
}

/** A node's content without its generation (the store assigns that). */
export type XsNodeData = Omit<XsNode, 'generation'>;

/** A record the store owns and may change in place. */
interface MutableNode {
  value: Buffer;
  perms: readonly XsPerm[];
  children: Set<string>;
  childBytes: number;
  generation: number;
}

/** The children of every leaf: never changed (addChildTo gives a node a set of its own). */
const NO_CHILDREN: Set<string> = new Set();

/** Node data with the given children (names in creation order). */
export function nodeData(value: Buffer, perms: readonly XsPerm[], children: readonly string[] = []): XsNodeData {
  let childBytes = 0;
  for (const c of children) childBytes += c.length + 1;
  return { value, perms, children: children.length === 0 ? NO_CHILDREN : new Set(children), childBytes };
}

/** A copy whose children set is its own (for a store that will change it in place). */
export function ownedCopy(node: XsNode): XsNode {
  return { ...node, children: node.children.size === 0 ? NO_CHILDREN : new Set(node.children) };
}

/** Add (or move to the end) a child name of a record the caller owns. */
export function addChildTo(node: XsNode, name: string): void {
  const n = node as MutableNode;
  if (n.children === NO_CHILDREN) n.children = new Set();
  if (n.children.delete(name)) n.childBytes -= name.length + 1;
  n.children.add(name);
  n.childBytes += name.length + 1;
}

export function removeChildFrom(node: XsNode, name: string): void {
  const n = node as MutableNode;
  if (n.children.delete(name)) n.childBytes -= name.length + 1;
}

/** Generation recorded for a path that did not exist when a transaction looked at it. */
export const NO_GENERATION = -1;

/** What the node operations need: the committed tree and a transaction both provide it. */
export interface NodeStore {
  get(path: string): XsNode | undefined;
  put(path: string, data: XsNodeData): void;
  remove(path: string): void;
  /** Append `name` to the children of the existing node at `path` (a change of that node). */
  addChild(path: string, name: string): void;
  /** Drop `name` from the children of the node at `path`, if both exist. */
  removeChild(path: string, name: string): void;
  /** Nodes owned (first permission entry) by `domid`. */
  nodeCount(domid: number): number;
}

export class XenstoreTree implements NodeStore {
  private readonly nodes = new Map<string, XsNode>();
  private readonly owned = new Map<number, number>();
  private lastGeneration = 0;

  get(path: string): XsNode | undefined {
    return this.nodes.get(path);
  }

  generationOf(path: string): number {
    return this.nodes.get(path)?.generation ?? NO_GENERATION;
  }

  put(path: string, data: XsNodeData): void {
    const old = this.nodes.get(path);
    const owner = data.perms[0].domid;
    if (!old || old.perms[0].domid !== owner) {
      if (old) this.adjustOwned(old.perms[0].domid, -1);
      this.adjustOwned(owner, +1);
    }
    const node: MutableNode = {
      value: data.value, perms: data.perms, children: data.children as Set<string>, childBytes: data.childBytes,
      generation: ++this.lastGeneration,
    };
    this.nodes.set(path, node);
  }

  remove(path: string): void {
    const old = this.nodes.get(path);
    if (!old) return;
    this.adjustOwned(old.perms[0].domid, -1);
    this.nodes.delete(path);
  }

  addChild(path: string, name: string): void {
    const node = this.nodes.get(path) as MutableNode | undefined;
    if (!node) return;
    addChildTo(node, name);
    node.generation = ++this.lastGeneration;
  }

  removeChild(path: string, name: string): void {
    const node = this.nodes.get(path) as MutableNode | undefined;
    if (!node) return;
    removeChildFrom(node, name);
    node.generation = ++this.lastGeneration;
  }

  nodeCount(domid: number): number {
    return this.owned.get(domid) ?? 0;
  }

  /** Total number of nodes, special ones included. */
  get size(): number {
    return this.nodes.size;
  }

  private adjustOwned(domid: number, delta: number): void {
    const n = (this.owned.get(domid) ?? 0) + delta;
    if (n === 0) this.owned.delete(domid);
    else this.owned.set(domid, n);
  }
}
