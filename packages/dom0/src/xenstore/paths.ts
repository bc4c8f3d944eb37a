/**
 * Node names as xenstored accepts them: absolute ("/local/domain/3/name"), relative to the
 * caller's home ("name" → "/local/domain/<caller>/name"), or special ("@releaseDomain").
 */
import { XENSTORE_ABS_PATH_MAX, XENSTORE_REL_PATH_MAX } from '@hvsim/abi';
import { XsError } from './errors';

const VALID_CHARS = /^[A-Za-z0-9\-/_@]*$/;
const LOCAL_DOMAIN = /^\/local\/domain\/\d{1,5}\//;

/** The home directory of a domain: "/local/domain/<domid>". */
export function domainPath(domid: number): string {
  return `/local/domain/${domid}`;
}

/** A resolved name: the absolute path, and the home prefix to strip when it was relative. */
export interface ResolvedPath {
  path: string;
  /** "/local/domain/<caller>" when the caller gave a relative path, else null. */
  relativeTo: string | null;
}

/**
 * Resolve and validate a node name from domain `caller`. `unprivileged` callers are also held
 * to XENSTORE_REL_PATH_MAX for the part below /local/domain/N/ (xenstored's path quota).
 * Invalid names → EINVAL.
 */
export function resolvePath(name: string, caller: number, unprivileged: boolean): ResolvedPath {
  if (name.startsWith('@')) throw new XsError('EINVAL', 'special names are not nodes');
  const relative = !name.startsWith('/');
  const home = domainPath(caller);
  const path = relative ? `${home}/${name}` : name;
  if (!isValidNodePath(path)) throw new XsError('EINVAL', `invalid path "${truncate(name)}"`);
  if (path.length > XENSTORE_ABS_PATH_MAX) throw new XsError('EINVAL', 'path too long');
  if (unprivileged) {
    const local = LOCAL_DOMAIN.exec(path);
    const below = local ? path.length - local[0].length : path.length;
    if (below > XENSTORE_REL_PATH_MAX) throw new XsError('EINVAL', 'path too long');
  }
  return { path, relativeTo: relative ? home : null };
}

/** A special node name (watches, get/set perms only): "@" followed by valid characters. */
export function isSpecialPath(name: string): boolean {
  return name.startsWith('@') && name.length > 1 && name.length <= XENSTORE_REL_PATH_MAX
    && VALID_CHARS.test(name) && !name.includes('/');
}

function isValidNodePath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  if (path.includes('//')) return false;
  if (path.length > 1 && path.endsWith('/')) return false;
  return VALID_CHARS.test(path);
}

/** Parent of an absolute path ("/" for "/a"). */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** Last component of an absolute path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Absolute path of child `name` of `parent`. */
export function childPath(parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`;
}

/** `path` itself and each of its ancestors up to "/", deepest first. */
export function selfAndAncestors(path: string): string[] {
  const out = [path];
  let p = path;
  while (p !== '/') {
    p = parentPath(p);
    out.push(p);
  }
  return out;
}

/** How an event path is shown to a watcher that registered a relative path. */
export function relativize(path: string, relativeTo: string | null): string {
  if (relativeTo === null) return path;
  if (path === relativeTo) return '';
  return path.startsWith(relativeTo + '/') ? path.slice(relativeTo.length + 1) : path;
}

function truncate(s: string): string {
  return s.length > 64 ? `${s.slice(0, 64)}...` : s;
}
