/**
 * The tree operations behind XS_READ/WRITE/MKDIR/RM/DIRECTORY/GET_PERMS/SET_PERMS, with
 * xenstored's access rules and per-domain quotas. They run against a NodeStore, so the same
 * code serves direct requests and requests inside a transaction. Each reports the one change
 * it made (for watches), or null.
 */
import { XsError } from './errors';
import {
  PERM_OWNER, PERM_READ, PERM_WRITE, accessFor, inheritPerms, type XsAccessor, type XsPerm,
} from './permissions';
import type { Anchor, NodeStore, RemovedNode, XsNode } from './tree';
import type { XenstoreQuotas } from './quotas';

/** A change that fires watches: `exact` ones only reach watches on that very path. */
export interface XsChange {
  path: string;
  exact: boolean;
  /** Permissions deciding who may see the event (a watcher needs read access). */
  perms: readonly XsPerm[];
  /** Set-perms also notifies domains that could read the node before the change. */
  previousPerms?: readonly XsPerm[];
  /** A removal: what went, so that watches on nodes below `path` fire too. */
  removed?: RemovedNode;
}

const EMPTY = Buffer.alloc(0);
const SLASH = 0x2f;

/** The node at `path` if `who` has the `need` PERM_* bits on it; else ENOENT or EACCES. */
export function lookup(store: NodeStore, who: XsAccessor, path: string, need: number): XsNode {
  const node = store.get(path);
  if (node === undefined) throw missingError(store, who, path);
  if ((accessFor(who, node.perms) & need) !== need) throw new XsError('EACCES', path);
  return node;
}

export function writeNode(
  store: NodeStore, who: XsAccessor, quotas: XenstoreQuotas, path: string, value: Buffer,
): XsChange {
  const at = store.anchor(path);
  if (at.end !== path.length) return createNode(store, who, quotas, path, at, value);
  const existing = at.node;
  if (!(accessFor(who, existing.perms) & PERM_WRITE)) throw new XsError('EACCES', path);
  checkEntrySize(who, quotas, value.length + existing.childBytes);
  store.update(path, existing, value, existing.perms);
  return { path, exact: false, perms: existing.perms };
}

export function mkdirNode(store: NodeStore, who: XsAccessor, quotas: XenstoreQuotas, path: string): XsChange | null {
  const at = store.anchor(path);
  if (at.end !== path.length) return createNode(store, who, quotas, path, at, EMPTY);
  if (!(accessFor(who, at.node.perms) & PERM_WRITE)) throw new XsError('EACCES', path);
  return null;
}

/** Remove `path` and its subtree. A missing node whose parent exists is fine, as in xenstored. */
export function rmNode(store: NodeStore, who: XsAccessor, path: string): XsChange | null {
  const at = store.anchor(path);
  if (at.end !== path.length) {
    if (!(accessFor(who, at.node.perms) & PERM_READ)) throw new XsError('EACCES', path);
    if (at.end === path.lastIndexOf('/')) return null; // the parent exists
    throw new XsError('ENOENT', path);
  }
  if (path === '/') throw new XsError('EINVAL', 'cannot remove /');
  const node = at.node;
  if (!(accessFor(who, node.perms) & PERM_WRITE)) throw new XsError('EACCES', path);
  return { path, exact: false, perms: node.perms, removed: store.remove(path, node) };
}

export function setPerms(
  store: NodeStore, who: XsAccessor, quotas: XenstoreQuotas, path: string, perms: readonly XsPerm[],
): XsChange {
  if (perms.length === 0) throw new XsError('EINVAL', 'no permissions given');
  const node = lookup(store, who, path, PERM_WRITE | PERM_OWNER);
  if (!who.privileged) {
    if (perms[0].domid !== node.perms[0].domid) throw new XsError('EPERM', 'only privileged domains change owners');
    if (perms.length > quotas.permsPerNode) throw new XsError('ENOSPC', 'too many permission entries');
  }
  const previousPerms = node.perms;
  store.update(path, node, node.value, perms);
  return { path, exact: false, perms, previousPerms };
}

/** Create `path` and its missing ancestors below the deepest existing one, `at`, which decides
 *  access. Watches see one change: the path itself (the ancestors' watchers see it too). */
function createNode(
  store: NodeStore, who: XsAccessor, quotas: XenstoreQuotas, path: string, at: Anchor, value: Buffer,
): XsChange {
  const anchor = at.node;
  if (!(accessFor(who, anchor.perms) & PERM_WRITE)) throw new XsError('EACCES', path);
  const first = at.end + 1;
  let firstEnd = path.indexOf('/', first);
  if (firstEnd < 0) firstEnd = path.length;
  if (!who.privileged) {
    if (store.nodeCount(who.domid) + countComponents(path, first) > quotas.nodesPerDomain) {
      throw new XsError('ENOSPC', `domain ${who.domid} has reached its node quota`);
    }
    checkEntrySize(who, quotas, anchor.value.length + anchor.childBytes + firstEnd - first + 1);
    checkEntrySize(who, quotas, value.length);
  }
  const perms = inheritPerms(anchor.perms, who);
  let parent = anchor;
  let start = first;
  let end = firstEnd;
  while (end < path.length) {
    parent = store.create(parent, path, start, end, EMPTY, perms);
    start = end + 1;
    end = path.indexOf('/', start);
    if (end < 0) end = path.length;
  }
  store.create(parent, path, start, end, value, perms);
  return { path, exact: false, perms };
}

/** Components of `path` from index `start` (which begins one). */
function countComponents(path: string, start: number): number {
  let n = 1;
  for (let i = start; i < path.length; i++) if (path.charCodeAt(i) === SLASH) n++;
  return n;
}

/** A missing node is ENOENT if its deepest existing ancestor is readable, else EACCES. */
function missingError(store: NodeStore, who: XsAccessor, path: string): XsError {
  if (path.charCodeAt(0) !== SLASH) return new XsError('ENOENT', path);
  if (!(accessFor(who, store.anchor(path).node.perms) & PERM_READ)) return new XsError('EACCES', path);
  return new XsError('ENOENT', path);
}

/** `size` is an entry's size as hvsim counts it: value bytes plus the NUL-terminated child names. */
function checkEntrySize(who: XsAccessor, quotas: XenstoreQuotas, size: number): void {
  if (!who.privileged && size > quotas.entrySize) {
    throw new XsError('ENOSPC', `entry larger than ${quotas.entrySize} bytes`);
  }
}
