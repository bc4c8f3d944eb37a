/**
 * The tree operations behind XS_READ/WRITE/MKDIR/RM/DIRECTORY/GET_PERMS/SET_PERMS, with
 * xenstored's access rules and per-domain quotas. They run against a NodeStore, so the same
 * code serves direct requests and requests inside a transaction.
 */
import { XsError } from './errors';
import { baseName, childPath, parentPath } from './paths';
import {
  PERM_OWNER, PERM_READ, PERM_WRITE, accessFor, inheritPerms, type XsAccessor, type XsPerm,
} from './permissions';
import { nodeData, type NodeStore, type XsNode } from './tree';
import type { XenstoreQuotas } from './quotas';

/** A change that fires watches: `exact` ones only reach watches on that very path. */
export interface XsChange {
  path: string;
  exact: boolean;
  /** Permissions deciding who may see the event (a watcher needs read access). */
  perms: readonly XsPerm[];
  /** Set-perms also notifies domains that could read the node before the change. */
  previousPerms?: readonly XsPerm[];
}

const EMPTY = Buffer.alloc(0);

/** The node at `path` if `who` has the `need` PERM_* bits on it; else ENOENT or EACCES. */
export function lookup(store: NodeStore, who: XsAccessor, path: string, need: number): XsNode {
  const node = store.get(path);
  if (!node) throw missingError(store, who, path);
  if ((accessFor(who, node.perms) & need) !== need) throw new XsError('EACCES', path);
  return node;
}

export function writeNode(
  store: NodeStore, who: XsAccessor, quotas: XenstoreQuotas, path: string, value: Buffer,
): XsChange[] {
  const existing = store.get(path);
  if (existing) {
    if (!(accessFor(who, existing.perms) & PERM_WRITE)) throw new XsError('EACCES', path);
    checkEntrySize(who, quotas, value.length + existing.childBytes);
    store.put(path, { ...existing, value });
    return [{ path, exact: false, perms: existing.perms }];
  }
  return [createNode(store, who, quotas, path, value)];
}

export function mkdirNode(store: NodeStore, who: XsAccessor, quotas: XenstoreQuotas, path: string): XsChange[] {
  const existing = store.get(path);
  if (existing) {
    if (!(accessFor(who, existing.perms) & PERM_WRITE)) throw new XsError('EACCES', path);
    return [];
  }
  return [createNode(store, who, quotas, path, EMPTY)];
}

/** Remove `path` and its subtree. A missing node whose parent exists is fine, as in xenstored. */
export function rmNode(store: NodeStore, who: XsAccessor, path: string): XsChange[] {
  const node = store.get(path);
  if (!node) {
    const error = missingError(store, who, path);
    if (error.errno === 'ENOENT' && store.get(parentPath(path))) return [];
    throw error;
  }
  if (path === '/') throw new XsError('EINVAL', 'cannot remove /');
  if (!(accessFor(who, node.perms) & PERM_WRITE)) throw new XsError('EACCES', path);
  const changes: XsChange[] = [];
  for (const child of node.children) removeSubtree(store, childPath(path, child), changes);
  store.remove(path);
  store.removeChild(parentPath(path), baseName(path));
  changes.push({ path, exact: false, perms: node.perms });
  return changes;
}

export function setPerms(
  store: NodeStore, who: XsAccessor, quotas: XenstoreQuotas, path: string, perms: XsPerm[],
): XsChange[] {
  if (perms.length === 0) throw new XsError('EINVAL', 'no permissions given');
  const node = lookup(store, who, path, PERM_WRITE | PERM_OWNER);
  if (!who.privileged) {
    if (perms[0].domid !== node.perms[0].domid) throw new XsError('EPERM', 'only privileged domains change owners');
    if (perms.length > quotas.permsPerNode) throw new XsError('ENOSPC', 'too many permission entries');
  }
  store.put(path, { ...node, perms });
  return [{ path, exact: false, perms, previousPerms: node.perms }];
}

/** Create `path` and any missing ancestors; access is decided by the deepest existing one. */
function createNode(store: NodeStore, who: XsAccessor, quotas: XenstoreQuotas, path: string, value: Buffer): XsChange {
  const missing = [path];
  let anchorPath = parentPath(path);
  let anchor = store.get(anchorPath);
  while (!anchor) {
    missing.push(anchorPath);
    anchorPath = parentPath(anchorPath);
    anchor = store.get(anchorPath);
  }
  if (!(accessFor(who, anchor.perms) & PERM_WRITE)) throw new XsError('EACCES', path);
  if (!who.privileged && store.nodeCount(who.domid) + missing.length > quotas.nodesPerDomain) {
    throw new XsError('ENOSPC', `domain ${who.domid} has reached its node quota`);
  }
  const firstNew = baseName(missing[missing.length - 1]);
  checkEntrySize(who, quotas, anchor.value.length + anchor.childBytes + firstNew.length + 1);
  checkEntrySize(who, quotas, value.length);

  store.addChild(anchorPath, firstNew);
  let parentPerms = anchor.perms;
  let perms: XsPerm[] = [];
  for (let i = missing.length - 1; i >= 0; i--) {
    perms = inheritPerms(parentPerms, who);
    store.put(missing[i], nodeData(i === 0 ? value : EMPTY, perms, i === 0 ? [] : [baseName(missing[i - 1])]));
    parentPerms = perms;
  }
  return { path, exact: false, perms };
}

function removeSubtree(store: NodeStore, path: string, changes: XsChange[]): void {
  const node = store.get(path);
  if (!node) return;
  for (const child of node.children) removeSubtree(store, childPath(path, child), changes);
  store.remove(path);
  changes.push({ path, exact: true, perms: node.perms });
}

/** A missing node is ENOENT if its deepest existing ancestor is readable, else EACCES. */
function missingError(store: NodeStore, who: XsAccessor, path: string): XsError {
  if (!path.startsWith('/')) return new XsError('ENOENT', path);
  let p = path;
  let anchor: XsNode | undefined;
  do {
    p = parentPath(p);
    anchor = store.get(p);
  } while (!anchor && p !== '/');
  if (anchor && !(accessFor(who, anchor.perms) & PERM_READ)) return new XsError('EACCES', path);
  return new XsError('ENOENT', path);
}

/** `size` is an entry's size as hvsim counts it: value bytes plus the NUL-terminated child names. */
function checkEntrySize(who: XsAccessor, quotas: XenstoreQuotas, size: number): void {
  if (!who.privileged && size > quotas.entrySize) {
    throw new XsError('ENOSPC', `entry larger than ${quotas.entrySize} bytes`);
  }
}
