/**
 * A transaction: a private overlay over the committed tree. Every path it touches is copied on
 * first access together with the generation it had then; commit fails with EAGAIN if any of
 * those generations moved meanwhile (another commit or a direct write touched a node this
 * transaction read or wrote), otherwise its changes are applied in the order they were made.
 * Its copies own their children sets: the committed tree changes its own in place.
 */
import { XsError } from './errors';
import {
  NO_GENERATION, addChildTo, ownedCopy, removeChildFrom, type NodeStore, type XenstoreTree, type XsNode, type XsNodeData,
} from './tree';
import type { XsChange } from './node-ops';

export class Transaction implements NodeStore {
  private readonly view = new Map<string, XsNode | null>();
  private readonly seen = new Map<string, number>();
  private readonly dirty = new Set<string>();
  private readonly ownedDelta = new Map<number, number>();
  /** Watch events to fire when (if) the transaction commits. */
  readonly changes: XsChange[] = [];

  constructor(readonly id: number, private readonly base: XenstoreTree) {}

  /** Distinct paths this transaction has read or written. */
  get accessedNodes(): number {
    return this.view.size;
  }

  get(path: string): XsNode | undefined {
    const cached = this.view.get(path);
    if (cached !== undefined) return cached ?? undefined;
    const base = this.base.get(path);
    const node = base ? ownedCopy(base) : null;
    this.view.set(path, node);
    this.seen.set(path, base ? base.generation : NO_GENERATION);
    return node ?? undefined;
  }

  put(path: string, data: XsNodeData): void {
    const old = this.get(path);
    if (old) this.adjustOwned(old.perms[0].domid, -1);
    this.adjustOwned(data.perms[0].domid, +1);
    this.view.set(path, { ...data, generation: old ? old.generation : NO_GENERATION });
    this.dirty.add(path);
  }

  remove(path: string): void {
    const old = this.get(path);
    if (!old) return;
    this.adjustOwned(old.perms[0].domid, -1);
    this.view.set(path, null);
    this.dirty.add(path);
  }

  addChild(path: string, name: string): void {
    const node = this.get(path);
    if (!node) return;
    addChildTo(node, name);
    this.dirty.add(path);
  }

  removeChild(path: string, name: string): void {
    const node = this.get(path);
    if (!node) return;
    removeChildFrom(node, name);
    this.dirty.add(path);
  }

  nodeCount(domid: number): number {
    return this.base.nodeCount(domid) + (this.ownedDelta.get(domid) ?? 0);
  }

  /** Apply to the committed tree, or throw EAGAIN (and apply nothing) on a conflict. */
  commit(): XsChange[] {
    for (const [path, generation] of this.seen) {
      if (this.base.generationOf(path) !== generation) throw new XsError('EAGAIN', `${path} changed`);
    }
    for (const path of this.dirty) {
      const node = this.view.get(path);
      if (node) this.base.put(path, node);
      else this.base.remove(path);
    }
    return this.changes;
  }

  private adjustOwned(domid: number, delta: number): void {
    this.ownedDelta.set(domid, (this.ownedDelta.get(domid) ?? 0) + delta);
  }
}
