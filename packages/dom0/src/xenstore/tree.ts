/**
 * The store itself: a map from absolute path to node record, each record holding its value,
 * permissions, the ordered names of its children (creation order, as xenstored keeps them) and
 * a generation number that changes whenever the record does.
 */
import type { XsPerm } from './permissions';

export interface XsNode {
  readonly value: Buffer;
  readonly perms: readonly XsPerm[];
  readonly children: readonly string[];
  /** Store-wide counter value of the node's last change (a new node gets a fresh one). */
  readonly generation: number;
}

/** A node's content without its generation (the store assigns that). */
export type XsNodeData = Omit<XsNode, 'generation'>;

/** Generation recorded for a path that did not exist when a transaction looked at it. */
export const NO_GENERATION = -1;

/** What the node operations need: the committed tree and a transaction both provide it. */
export interface NodeStore {
  get(path: string): XsNode | undefined;
  put(path: string, data: XsNodeData): void;
  remove(path: string): void;
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
    if (old) this.adjustOwned(old.perms[0].domid, -1);
    this.adjustOwned(data.perms[0].domid, +1);
    this.nodes.set(path, { ...data, generation: ++this.lastGeneration });
  }

  remove(path: string): void {
    const old = this.nodes.get(path);
    if (!old) return;
    this.adjustOwned(old.perms[0].domid, -1);
    this.nodes.delete(path);
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
