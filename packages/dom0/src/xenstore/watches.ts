/**
 * Registered watches, in a trie of path components: a change finds its watchers by walking its
 * own path from the root (cost by path depth, whatever the number of watches), and a removed
 * subtree finds the watches inside it by following only the trie's branches there. Special
 * names ("@releaseDomain") are kept apart. A (path, token) index keeps registering and
 * removing cheap with thousands of watches on one path. Watchers of one change are reported in
 * registration order.
 */
import { TombstoneMap } from './tombstone-map';

export interface XsWatch<Owner> {
  readonly owner: Owner;
  /** Absolute path or special name ("@releaseDomain"). */
  readonly path: string;
  readonly token: string;
  /** Home prefix to strip from event paths when the watch was registered relative. */
  readonly relativeTo: string | null;
  /** Registration order, the tie-break for delivery. */
  readonly seq: number;
  removed: boolean;
}

/** A node of the store's tree as far as finding its watchers goes ("/" has name "" and no
 *  parent; a special node has its name and no parent). */
export interface PathNode {
  readonly name: string;
  readonly parent: PathNode | null;
}

/** A removed subtree, as far as finding the watches inside it goes. */
export interface Subtree<N> {
  /** Child names in creation order. */
  readonly children: { keys(): IterableIterator<string> };
  child(name: string): N | undefined;
}

/** One path of the trie: the watches on exactly it, and the next components below (each
 *  made when first needed: there is a site per watched path and per ancestor of one). */
class WatchSite<Owner> {
  /** A guest's watches come and go with it: see TombstoneMap. */
  children: TombstoneMap<string, WatchSite<Owner>> | null = null;
  /** In registration order (a Set iterates in insertion order). */
  here: Set<Watch<Owner>> | null = null;

  constructor(readonly parent: WatchSite<Owner> | null, readonly name: string) {}

  child(name: string): WatchSite<Owner> | undefined {
    return this.children === null ? undefined : this.children.get(name);
  }

  get hasChildren(): boolean {
    return this.children !== null && this.children.size > 0;
  }

  get watchCount(): number {
    return this.here === null ? 0 : this.here.size;
  }
}

interface Watch<Owner> extends XsWatch<Owner> {
  /** Where it sits in the trie; null for a special name. */
  readonly site: WatchSite<Owner> | null;
}

const NONE: readonly never[] = [];
const SLASH = 0x2f;

export class WatchRegistry<Owner> {
  private readonly root = new WatchSite<Owner>(null, '');
  private readonly specials = new Map<string, Set<Watch<Owner>>>();
  /** Watching and unwatching one path and token over and over is common: see TombstoneMap. */
  private readonly byKey = new TombstoneMap<string, Array<Watch<Owner>>>();
  private readonly byOwner = new Map<Owner, Set<Watch<Owner>>>();
  private nextSeq = 0;

  add(owner: Owner, path: string, token: string, relativeTo: string | null): XsWatch<Owner> {
    const site = path.charCodeAt(0) === SLASH ? this.siteOf(path, true)! : null;
    const watch: Watch<Owner> = { owner, path, token, relativeTo, seq: this.nextSeq++, removed: false, site };
    (site !== null ? (site.here ??= new Set()) : getOrCreate(this.specials, path, () => new Set())).add(watch);
    getOrCreate(this.byKey, key(path, token), () => []).push(watch);
    getOrCreate(this.byOwner, owner, () => new Set()).add(watch);
    return watch;
  }

  find(owner: Owner, path: string, token: string): XsWatch<Owner> | undefined {
    return this.byKey.get(key(path, token))?.find((w) => w.owner === owner);
  }

  remove(watch: XsWatch<Owner>): void {
    const w = watch as Watch<Owner>;
    if (w.removed) return;
    w.removed = true;
    if (w.site !== null) {
      w.site.here!.delete(w);
      prune(w.site);
    } else {
      deleteFrom(this.specials, w.path, (set) => { set.delete(w); return set.size === 0; });
    }
    deleteFrom(this.byKey, key(w.path, w.token), (list) => {
      list.splice(list.indexOf(w), 1);
      return list.length === 0;
    });
    deleteFrom(this.byOwner, w.owner, (set) => { set.delete(w); return set.size === 0; });
  }

  /** Every watch of `owner`, in registration order. */
  ofOwner(owner: Owner): XsWatch<Owner>[] {
    return [...(this.byOwner.get(owner) ?? [])];
  }

  /** Remove every watch of `owner`. */
  removeOwner(owner: Owner): void {
    for (const watch of [...(this.byOwner.get(owner) ?? [])]) this.remove(watch);
  }

  /** Whether any watch is on a path (not a special name). */
  get hasPathWatches(): boolean {
    return this.root.watchCount > 0 || this.root.hasChildren;
  }

  /** Watches on exactly `path` (exact) or on `path` or any ancestor, in registration order. */
  matching(path: string, exact: boolean): Iterable<XsWatch<Owner>> {
    if (path.charCodeAt(0) !== SLASH) return this.specials.get(path) ?? NONE;
    if (exact) return this.siteOf(path, false)?.here ?? NONE;
    let site = this.root;
    const found: Array<Set<Watch<Owner>>> = [];
    if (site.watchCount > 0) found.push(site.here!);
    let start = 1;
    while (start < path.length && site.hasChildren) {
      const slash = path.indexOf('/', start);
      const next = site.child(slash < 0 ? path.slice(start) : path.slice(start, slash));
      if (next === undefined) break;
      if (next.watchCount > 0) found.push(next.here!);
      if (slash < 0) break;
      site = next;
      start = slash + 1;
    }
    return found.length === 0 ? NONE : found.length === 1 ? found[0] : inRegistrationOrder(found);
  }

  /**
   * After `path` was removed with the subtree `removed`: `visit` gets each node below `path`
   * that exact watches are on — its path, its removed node, those watches — deepest first, in
   * the subtree's child order.
   */
  forEachRemoved<N extends Subtree<N>>(
    path: string, removed: N, visit: (path: string, node: N, watches: Iterable<XsWatch<Owner>>) => void,
  ): void {
    const site = this.siteOf(path, false);
    if (site !== undefined && site.hasChildren) visitRemoved(site, removed, path, visit);
  }

  /** Finds the watchers of many nodes of one tree (see NodeMatcher). */
  nodeMatcher(): NodeMatcher<Owner> {
    return new NodeMatcher(this.root, this.specials);
  }

  /** The trie's site for absolute `path`, made when missing if `make`. */
  private siteOf(path: string, make: boolean): WatchSite<Owner> | undefined {
    let site = this.root;
    let start = 1;
    while (start < path.length) {
      const slash = path.indexOf('/', start);
      const name = slash < 0 ? path.slice(start) : path.slice(start, slash);
      let next = site.child(name);
      if (next === undefined) {
        if (!make) return undefined;
        next = new WatchSite(site, name);
        (site.children ??= new TombstoneMap()).set(name, next);
      }
      site = next;
      if (slash < 0) break;
      start = slash + 1;
    }
    return site;
  }
}

/** Where a node is in the trie (null: no watch at or below it) and the watches on it or any
 *  ancestor, in registration order. */
interface Place<Owner> {
  readonly site: WatchSite<Owner> | null;
  readonly watches: readonly XsWatch<Owner>[];
}

const NOWHERE: Place<never> = { site: null, watches: NONE };

/**
 * The watchers of nodes of one tree, for the many nodes a batch changed: a node's place in the
 * trie is one step from its parent's, which is remembered — and consecutive nodes mostly share
 * their parent, so most cost a comparison. Valid while no watch is added or removed.
 */
export class NodeMatcher<Owner> {
  private readonly memo = new Map<PathNode, Place<Owner>>();
  private lastParent: PathNode | null = null;
  private lastPlace: Place<Owner> = NOWHERE;

  constructor(
    private readonly root: WatchSite<Owner>,
    private readonly specials: ReadonlyMap<string, Set<Watch<Owner>>>,
  ) {}

  /** Watches on the node or any ancestor, in registration order. */
  matching(node: PathNode): readonly XsWatch<Owner>[] {
    const parent = node.parent;
    if (parent === null) return this.place(node).watches;
    if (parent !== this.lastParent) {
      this.lastPlace = this.place(parent);
      this.lastParent = parent;
    }
    return step(this.lastPlace, node.name).watches;
  }

  private place(node: PathNode): Place<Owner> {
    let place = this.memo.get(node);
    if (place === undefined) {
      if (node.parent !== null) place = step(this.place(node.parent), node.name);
      else if (node.name === '') place = { site: this.root, watches: [...(this.root.here ?? NONE)] };
      else place = { site: null, watches: [...(this.specials.get(node.name) ?? NONE)] };
      this.memo.set(node, place);
    }
    return place;
  }
}

/** The place of child `name` of a node at place `up`. */
function step<Owner>(up: Place<Owner>, name: string): Place<Owner> {
  if (up.site === null) return up;
  const site = up.site.child(name);
  if (site === undefined) return up.watches.length === 0 ? NOWHERE : { site: null, watches: up.watches };
  if (site.watchCount === 0) return { site, watches: up.watches };
  return { site, watches: up.watches.length === 0 ? [...site.here!] : inRegistrationOrder([up.watches, site.here!]) };
}

function visitRemoved<Owner, N extends Subtree<N>>(
  site: WatchSite<Owner>, removed: N, path: string,
  visit: (path: string, node: N, watches: Iterable<XsWatch<Owner>>) => void,
): void {
  for (const name of removed.children.keys()) {
    const below = site.child(name);
    if (below === undefined) continue;
    const child = removed.child(name)!;
    const at = path === '/' ? `/${name}` : `${path}/${name}`;
    if (below.hasChildren) visitRemoved(below, child, at, visit);
    if (below.watchCount > 0) visit(at, child, below.here!);
  }
}

/** Drop sites that hold no watch and lead to none. */
function prune<Owner>(site: WatchSite<Owner>): void {
  let s = site;
  while (s.parent !== null && s.watchCount === 0 && !s.hasChildren) {
    s.parent.children!.delete(s.name);
    s = s.parent;
  }
}

/** Watches of several lists (each in registration order) merged into one, in registration order. */
function inRegistrationOrder<Owner>(lists: ReadonlyArray<Iterable<XsWatch<Owner>>>): XsWatch<Owner>[] {
  const all: XsWatch<Owner>[] = [];
  for (const list of lists) for (const w of list) all.push(w);
  // The lists are sorted runs: the sort merges them.
  return all.sort((a, b) => a.seq - b.seq);
}

function key(path: string, token: string): string {
  return `${path}\0${token}`;
}

/** The part of Map (and TombstoneMap) the helpers below use. */
interface KeyedStore<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  delete(key: K): boolean;
}

function getOrCreate<K, V>(map: KeyedStore<K, V>, k: K, create: () => V): V {
  let v = map.get(k);
  if (v === undefined) {
    v = create();
    map.set(k, v);
  }
  return v;
}

/** Apply `drop` to the entry; remove the entry when it says the collection became empty. */
function deleteFrom<K, V>(map: KeyedStore<K, V>, k: K, drop: (v: V) => boolean): void {
  const v = map.get(k);
  if (v !== undefined && drop(v)) map.delete(k);
}
