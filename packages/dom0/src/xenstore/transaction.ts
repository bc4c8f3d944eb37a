/**
 * A transaction: a private overlay over the committed tree. Every path it touches is copied on
 * first access together with the generation it had then; commit fails with EAGAIN if any of
 * those generations moved meanwhile (another commit or a direct write touched a node this
 * transaction read or wrote), otherwise the final state of every path it changed is applied.
 * Its copies own their children sets: the committed tree changes its own in place.
 */
import { XsError } from './errors';
import { childPath, parentPath } from './paths';
import type { XsPerm } from './permissions';
import {
  NO_GENERATION, type Anchor, type NodeStore, type RemovedNode, type XenstoreTree, type XsNode,
} from './tree';
import type { XsChange } from './node-ops';

/** A node as this transaction sees it (a copy it owns). */
interface TxNode extends XsNode {
  value: Buffer;
  perms: readonly XsPerm[];
  children: Set<string>;
  childBytes: number;
}

/** What a removal inside a transaction took away (the transaction's copies go on changing). */
class RemovedCopy implements RemovedNode {
  readonly children = new Map<string, RemovedNode>();

  constructor(readonly perms: readonly XsPerm[]) {}

  child(name: string): RemovedNode | undefined {
    return this.children.get(name);
  }
}

export class Transaction implements NodeStore {
  private readonly view = new Map<string, TxNode | null>();
  private readonly seen = new Map<string, number>();
  /** Paths changed, in the order they first changed, with their current state (null: removed). */
  private readonly changed = new Map<string, TxNode | null>();
  private readonly ownedDelta = new Map<number, number>();
  /** Watch events to fire when (if) the transaction commits. */
  readonly changes: XsChange[] = [];

  constructor(readonly id: number, private readonly base: XenstoreTree) {}

  /** Distinct paths this transaction has read or written. */
  get accessedNodes(): number {
    return this.view.size;
  }

  get(path: string): TxNode | undefined {
    const cached = this.view.get(path);
    if (cached !== undefined) return cached ?? undefined;
    const base = this.base.get(path);
    const node: TxNode | null = base === undefined ? null : {
      value: base.value, perms: base.perms, children: new Set(base.children.keys()), childBytes: base.childBytes,
      generation: base.generation,
    };
    this.view.set(path, node);
    this.seen.set(path, base === undefined ? NO_GENERATION : base.generation);
    return node ?? undefined;
  }

  anchor(path: string): Anchor {
    let at = path;
    let node = this.get(at);
    while (node === undefined) {
      at = parentPath(at);
      node = this.get(at);
    }
    return { node, end: at === '/' && path !== '/' ? 0 : at.length };
  }

  update(path: string, node: XsNode, value: Buffer, perms: readonly XsPerm[]): void {
    const n = node as TxNode;
    this.changeOwner(n.perms, perms);
    n.value = value;
    n.perms = perms;
    this.changed.set(path, n);
  }

  create(parent: XsNode, path: string, start: number, end: number, value: Buffer, perms: readonly XsPerm[]): XsNode {
    const p = parent as TxNode;
    const name = path.slice(start, end);
    if (p.children.delete(name)) p.childBytes -= name.length + 1;
    p.children.add(name);
    p.childBytes += name.length + 1;
    this.changed.set(start === 1 ? '/' : path.slice(0, start - 1), p);
    const at = path.slice(0, end);
    this.get(at); // remembered as missing, so that a concurrent creation conflicts
    const node: TxNode = { value, perms, children: new Set(), childBytes: 0, generation: NO_GENERATION };
    this.view.set(at, node);
    this.changed.set(at, node);
    this.adjustOwned(perms[0].domid, +1);
    return node;
  }

  remove(path: string, node: XsNode): RemovedNode {
    const removed = this.removeSubtree(path, node as TxNode);
    const up = parentPath(path);
    const parent = this.get(up);
    if (parent !== undefined) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (parent.children.delete(name)) parent.childBytes -= name.length + 1;
      this.changed.set(up, parent);
    }
    return removed;
  }

  nodeCount(domid: number): number {
    return this.base.nodeCount(domid) + (this.ownedDelta.get(domid) ?? 0);
  }

  /** Apply to the committed tree, or throw EAGAIN (and apply nothing) on a conflict. */
  commit(): XsChange[] {
    for (const [path, generation] of this.seen) {
      if (this.base.generationOf(path) !== generation) throw new XsError('EAGAIN', `${path} changed`);
    }
    this.base.applyView(this.changed);
    return this.changes;
  }

  private removeSubtree(path: string, node: TxNode): RemovedNode {
    const removed = new RemovedCopy(node.perms);
    for (const name of node.children) {
      const at = childPath(path, name);
      const child = this.get(at);
      if (child !== undefined) removed.children.set(name, this.removeSubtree(at, child));
    }
    this.adjustOwned(node.perms[0].domid, -1);
    this.view.set(path, null);
    this.changed.set(path, null);
    return removed;
  }

  private changeOwner(from: readonly XsPerm[], to: readonly XsPerm[]): void {
    if (from[0].domid === to[0].domid) return;
    this.adjustOwned(from[0].domid, -1);
    this.adjustOwned(to[0].domid, +1);
  }

  private adjustOwned(domid: number, delta: number): void {
    this.ownedDelta.set(domid, (this.ownedDelta.get(domid) ?? 0) + delta);
  }
}
