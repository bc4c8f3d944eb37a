/**
 * The committed store: a tree of nodes from "/" down, each holding its value, permissions, its
 * children (by name, listed in creation order as xenstored lists them) and a generation number
 * that changes whenever the node does. Special nodes ("@releaseDomain") carry permissions only
 * and sit beside the tree.
 *
 * Nodes know their parent, so work done on a node in hand — the toolstack's batches, removing a
 * subtree — needs no path lookups, and removing a subtree costs one unlink plus a walk to
 * settle the owners' node counts (none for a unit, see makeUnit). A path is found by walking
 * its components from the root.
 */
import { OwnerCounts } from './owner-counts';
import type { XsPerm } from './permissions';
import { TreeNode, type ChildNames, type RemovedNode, type StoredValue, type XsNode } from './tree-node';

export type { ChildNames, RemovedNode, StoredValue, XsNode } from './tree-node';
export { TreeNode } from './tree-node';

/** Where a walk towards a path stopped: the deepest node on the way that exists. */
export interface Anchor {
  readonly node: XsNode;
  /** Length of that node's path at the start of the walked one; the walked path exists when
   *  it is the whole path. "/" counts as 0 below other paths (the first missing name then
   *  starts at 1, as any first missing name starts at `end + 1`). */
  readonly end: number;
}

/** Generation recorded for a path that did not exist when a transaction looked at it. */
export const NO_GENERATION = -1;

/**
 * What the node operations need, from the committed tree or a transaction. Nodes passed back
 * in are ones this store returned for that path.
 */
export interface NodeStore {
  /** The node at an absolute path or special name. */
  get(path: string): XsNode | undefined;
  /** The deepest existing node on the way to absolute `path` ("/" always exists). */
  anchor(path: string): Anchor;
  /** New value and permissions for the existing `node` at `path`. */
  update(path: string, node: XsNode, value: Buffer, perms: readonly XsPerm[]): void;
  /** Create the node path.slice(0, end), named path.slice(start, end), as the last child of
   *  `parent` (the existing node at its parent path). */
  create(parent: XsNode, path: string, start: number, end: number, value: Buffer, perms: readonly XsPerm[]): XsNode;
  /** Remove the existing `node` at `path` (not "/") and everything below it. */
  remove(path: string, node: XsNode): RemovedNode;
  /** Nodes owned (first permission entry) by `domid`. */
  nodeCount(domid: number): number;
}

const SLASH = 0x2f;

/** A transaction's final state of one path it changed (null: removed). */
export interface ViewNode {
  readonly value: Buffer;
  readonly perms: readonly XsPerm[];
  readonly children: ChildNames;
}

export class XenstoreTree implements NodeStore {
  readonly root: TreeNode;
  private readonly specials = new Map<string, TreeNode>();
  /** Nodes per owner; an owner's entry stays at 0 (see TombstoneMap for why). */
  private readonly owned = new Map<number, number>();
  private lastGeneration = 0;
  private count = 1;

  constructor(rootPerms: readonly XsPerm[]) {
    this.root = new TreeNode(null, '', Buffer.alloc(0), rootPerms, ++this.lastGeneration);
    this.adjustOwned(rootPerms[0].domid, +1);
  }

  /** Add a special node ("@introduceDomain"): permissions only, never children. */
  addSpecial(name: string, perms: readonly XsPerm[]): void {
    this.specials.set(name, new TreeNode(null, name, Buffer.alloc(0), perms, ++this.lastGeneration));
    this.adjustOwned(perms[0].domid, +1);
    this.count++;
  }

  get(path: string): TreeNode | undefined {
    if (path.charCodeAt(0) !== SLASH) return this.specials.get(path);
    let node = this.root;
    let start = 1;
    while (start < path.length) {
      const slash = path.indexOf('/', start);
      const next = node.child(slash < 0 ? path.slice(start) : path.slice(start, slash));
      if (next === undefined) return undefined;
      node = next;
      if (slash < 0) break;
      start = slash + 1;
    }
    return node;
  }

  anchor(path: string): Anchor {
    if (path.length === 1) return { node: this.root, end: 1 };
    let node = this.root;
    let end = 0;
    for (;;) {
      const slash = path.indexOf('/', end + 1);
      const next = node.child(slash < 0 ? path.slice(end + 1) : path.slice(end + 1, slash));
      if (next === undefined) return { node, end };
      node = next;
      if (slash < 0) return { node, end: path.length };
      end = slash;
    }
  }

  generationOf(path: string): number {
    return this.get(path)?.generation ?? NO_GENERATION;
  }

  update(_path: string, node: XsNode, value: Buffer, perms: readonly XsPerm[]): void {
    this.change(node as TreeNode, value, perms);
  }

  create(parent: XsNode, path: string, start: number, end: number, value: Buffer, perms: readonly XsPerm[]): TreeNode {
    return this.addChild(parent as TreeNode, path.slice(start, end), value, perms);
  }

  remove(_path: string, node: XsNode): RemovedNode {
    this.unlink(node as TreeNode);
    return node as TreeNode;
  }

  nodeCount(domid: number): number {
    return this.owned.get(domid) ?? 0;
  }

  /** Total number of nodes, special ones included. */
  get size(): number {
    return this.count;
  }

  /** The absolute path of a node in the tree (a special node's name); null for a node no
   *  longer in it. */
  pathOf(node: TreeNode): string | null {
    if (node.parent === null) return node === this.root ? '/' : this.specials.get(node.name) === node ? node.name : null;
    const names: string[] = [];
    let top = node;
    for (; top.parent !== null; top = top.parent) names.push(top.name);
    return top === this.root ? `/${names.reverse().join('/')}` : null;
  }

  // ---- changes on nodes in hand (node operations, batches, commits) ----

  /** Give `node` a new value and permissions (a change: fresh generation). */
  change(node: TreeNode, value: StoredValue, perms: readonly XsPerm[]): void {
    if (perms !== node.perms && perms[0].domid !== node.perms[0].domid) {
      this.adjustOwned(node.perms[0].domid, -1);
      this.adjustOwned(perms[0].domid, +1);
      const unit = this.unitOf(node);
      unit?.add(node.perms[0].domid, -1);
      unit?.add(perms[0].domid, +1);
    }
    node.store(value);
    node.perms = perms;
    node.generation = ++this.lastGeneration;
  }

  /** A new last child `name` of `parent` (which changes too). */
  addChild(parent: TreeNode, name: string, value: StoredValue, perms: readonly XsPerm[]): TreeNode {
    const node = new TreeNode(parent, name, value, perms, ++this.lastGeneration);
    parent.link(node);
    parent.generation = ++this.lastGeneration;
    this.adjustOwned(perms[0].domid, +1);
    this.unitOf(parent)?.add(perms[0].domid, +1);
    this.count++;
    return node;
  }

  /**
   * Make `node` — just made, nothing below it yet — a unit: a directory that keeps count of
   * its subtree's nodes per owner as they come and go, so that removing it as a whole settles
   * the quotas without a walk over them. Units do not nest: inside another one, nothing changes.
   */
  makeUnit(node: TreeNode): void {
    if (node.firstChild !== null || (node.parent !== null && this.unitOf(node.parent) !== null)) return;
    const unit = new OwnerCounts();
    unit.add(node.perms[0].domid, +1);
    node.unit = unit;
  }

  /** Take `node` and its subtree out of the tree (its parent changes). */
  unlink(node: TreeNode): void {
    const parent = node.parent;
    if (parent === null) throw new Error(`xenstore tree: "${node.name}" is not linked`);
    const enclosing = this.unitOf(parent);
    parent.unlinkChild(node);
    parent.generation = ++this.lastGeneration;
    this.forget(node, enclosing);
  }

  /**
   * Apply a transaction's final state of the paths it changed (`changed` in the order they
   * first changed; its view is a consistent tree). Removed paths go first; then every changed
   * node gets its value, permissions and a fresh generation, new ones are made; last each
   * changed node's children are linked in the order the transaction's view lists them.
   */
  applyView(changed: ReadonlyMap<string, ViewNode | null>): void {
    for (const [path, view] of changed) {
      if (view !== null) continue;
      const node = this.get(path);
      if (node?.parent) this.unlink(node);
    }
    const made = new Map<string, TreeNode>();
    for (const [path, view] of changed) {
      if (view === null) continue;
      const node = this.get(path);
      if (node !== undefined) this.change(node, view.value, view.perms);
      else made.set(path, this.detachedNode(path, view));
    }
    for (const [path, view] of changed) {
      if (view === null) continue;
      const node = this.get(path) ?? made.get(path)!;
      this.relinkChildren(node, path, view.children, made);
    }
    for (const node of made.values()) this.unitOf(node.parent!)?.add(node.perms[0].domid, +1);
  }

  // ---- internals ----

  private detachedNode(path: string, view: ViewNode): TreeNode {
    const node = new TreeNode(null, path.slice(path.lastIndexOf('/') + 1), view.value, view.perms, ++this.lastGeneration);
    this.adjustOwned(view.perms[0].domid, +1);
    this.count++;
    return node;
  }

  private relinkChildren(node: TreeNode, path: string, names: ChildNames, made: ReadonlyMap<string, TreeNode>): void {
    const old = new Map<string, TreeNode>();
    for (let c = node.firstChild; c !== null; c = c.next) old.set(c.name, c);
    node.clearChildren();
    for (const name of names.keys()) {
      const child = old.get(name) ?? made.get(path === '/' ? `/${name}` : `${path}/${name}`);
      if (child === undefined) throw new Error(`xenstore transaction: child "${name}" of ${path} has no node`);
      node.link(child);
    }
  }

  /** The unit `node` is in (itself or an ancestor), if any. */
  private unitOf(node: TreeNode): OwnerCounts | null {
    for (let n: TreeNode | null = node; n !== null; n = n.parent) {
      const unit = n.unit;
      if (unit !== null) return unit;
    }
    return null;
  }

  /** Settle the node counts for a subtree that left the tree (from inside `enclosing`, a unit,
   *  if not null): a unit at or below its top settles from its counts. */
  private forget(top: TreeNode, enclosing: OwnerCounts | null): void {
    // Nodes of a subtree mostly share their owner: count runs, adjust once per run.
    let owner = top.perms[0].domid;
    let run = 0;
    const pending = [top];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      const unit = node.unit;
      if (unit !== null) {
        unit.forEach((domid, count) => this.adjustOwned(domid, -count));
        this.count -= unit.total;
        continue;
      }
      const domid = node.perms[0].domid;
      if (domid !== owner) {
        this.settleRun(owner, run, enclosing);
        owner = domid;
        run = 0;
      }
      run++;
      for (let c = node.firstChild; c !== null; c = c.next) pending.push(c);
    }
    this.settleRun(owner, run, enclosing);
  }

  private settleRun(owner: number, run: number, enclosing: OwnerCounts | null): void {
    if (run === 0) return;
    this.adjustOwned(owner, -run);
    enclosing?.add(owner, -run);
    this.count -= run;
  }

  private adjustOwned(domid: number, delta: number): void {
    this.owned.set(domid, (this.owned.get(domid) ?? 0) + delta);
  }
}
