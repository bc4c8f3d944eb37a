/**
 * Registered watches, indexed by path so a change finds its watchers by looking at the changed
 * path and its ancestors only, and by (path, token) so registering and removing stay cheap with
 * thousands of watches on one path. Watchers of one change are reported in registration order.
 */
import { selfAndAncestors } from './paths';

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

export class WatchRegistry<Owner> {
  /** Per path, in registration order (a Set iterates in insertion order). */
  private readonly byPath = new Map<string, Set<XsWatch<Owner>>>();
  private readonly byKey = new Map<string, Array<XsWatch<Owner>>>();
  private readonly byOwner = new Map<Owner, Set<XsWatch<Owner>>>();
  private nextSeq = 0;

  add(owner: Owner, path: string, token: string, relativeTo: string | null): XsWatch<Owner> {
    const watch: XsWatch<Owner> = { owner, path, token, relativeTo, seq: this.nextSeq++, removed: false };
    getOrCreate(this.byPath, path, () => new Set()).add(watch);
    getOrCreate(this.byKey, key(path, token), () => []).push(watch);
    getOrCreate(this.byOwner, owner, () => new Set()).add(watch);
    return watch;
  }

  find(owner: Owner, path: string, token: string): XsWatch<Owner> | undefined {
    return this.byKey.get(key(path, token))?.find((w) => w.owner === owner);
  }

  remove(watch: XsWatch<Owner>): void {
    if (watch.removed) return;
    watch.removed = true;
    deleteFrom(this.byPath, watch.path, (set) => { set.delete(watch); return set.size === 0; });
    deleteFrom(this.byKey, key(watch.path, watch.token), (list) => {
      list.splice(list.indexOf(watch), 1);
      return list.length === 0;
    });
    deleteFrom(this.byOwner, watch.owner, (set) => { set.delete(watch); return set.size === 0; });
  }

  /** Every watch of `owner`, in registration order. */
  ofOwner(owner: Owner): XsWatch<Owner>[] {
    return [...(this.byOwner.get(owner) ?? [])];
  }

  /** Remove every watch of `owner`. */
  removeOwner(owner: Owner): void {
    for (const watch of [...(this.byOwner.get(owner) ?? [])]) this.remove(watch);
  }

  /** Watches on exactly `path` (exact) or on `path` or any ancestor, in registration order. */
  matching(path: string, exact: boolean): Iterable<XsWatch<Owner>> {
    if (exact || !path.startsWith('/')) return this.byPath.get(path) ?? [];
    const sets: Array<Set<XsWatch<Owner>>> = [];
    for (const p of selfAndAncestors(path)) {
      const set = this.byPath.get(p);
      if (set) sets.push(set);
    }
    if (sets.length === 0) return [];
    if (sets.length === 1) return sets[0];
    return sets.flatMap((s) => [...s]).sort((a, b) => a.seq - b.seq);
  }
}

function key(path: string, token: string): string {
  return `${path}\0${token}`;
}

function getOrCreate<K, V>(map: Map<K, V>, k: K, create: () => V): V {
  let v = map.get(k);
  if (v === undefined) {
    v = create();
    map.set(k, v);
  }
  return v;
}

/** Apply `drop` to the entry; remove the entry when it says the collection became empty. */
function deleteFrom<K, V>(map: Map<K, V>, k: K, drop: (v: V) => boolean): void {
  const v = map.get(k);
  if (v !== undefined && drop(v)) map.delete(k);
}
