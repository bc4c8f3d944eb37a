/**
 * Node names as xenstored accepts them: absolute ("/local/domain/3/name"), relative to the
 * caller's home ("name" → "/local/domain/<caller>/name"), or special ("@releaseDomain").
 */
import { XENSTORE_ABS_PATH_MAX, XENSTORE_REL_PATH_MAX } from '@hvsim/abi';
import { XsError } from './errors';

// Module constants: every request checks against them (an import is a property read each time).
const ABS_PATH_MAX = XENSTORE_ABS_PATH_MAX;
const REL_PATH_MAX = XENSTORE_REL_PATH_MAX;
const SLASH = 0x2f;
/** '@', which starts a special name. */
const AT = 0x40;
const LOCAL_DOMAIN = '/local/domain/';

/** Characters of a name: letters, digits, "-", "/", "_" and "@" (a table: checked per request). */
const NAME_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-/_@') NAME_CHAR[c.charCodeAt(0)] = 1;

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
  if (name.charCodeAt(0) === AT) throw new XsError('EINVAL', 'special names are not nodes');
  const relative = name.charCodeAt(0) !== SLASH;
  const home = relative ? domainPath(caller) : null;
  const path = home === null ? name : `${home}/${name}`;
  checkNodePath(path, name);
  if (unprivileged && path.length - localDomainPrefix(path) > REL_PATH_MAX) {
    throw new XsError('EINVAL', 'path too long');
  }
  return { path, relativeTo: home };
}

/** An absolute node path (EINVAL otherwise), as dom0's own calls give them. */
export function checkAbsolutePath(path: string): string {
  if (path.charCodeAt(0) !== SLASH) throw new XsError('EINVAL', `invalid path "${truncate(path)}"`);
  checkNodePath(path, path);
  return path;
}

/**
 * A name relative to the directory at absolute `parent`: non-empty components of valid
 * characters, the whole path within XENSTORE_ABS_PATH_MAX. Else EINVAL.
 */
export function checkRelativeName(name: string, parent: string): void {
  if (name.length === 0 || name.charCodeAt(0) === SLASH || !hasValidComponents(name, 0)
    || (parent.length === 1 ? 0 : parent.length) + 1 + name.length > ABS_PATH_MAX) {
    throw new XsError('EINVAL', `invalid name "${truncate(name)}"`);
  }
}

/** A special node name (watches, get/set perms only): "@" followed by valid characters. */
export function isSpecialPath(name: string): boolean {
  if (name.charCodeAt(0) !== AT || name.length < 2 || name.length > REL_PATH_MAX) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === SLASH || c >= 128 || NAME_CHAR[c] === 0) return false;
  }
  return true;
}

/** "/" alone, or "/" then components of valid characters separated by single slashes. */
function checkNodePath(path: string, name: string): void {
  if (path.charCodeAt(0) !== SLASH || (path.length > 1 && !hasValidComponents(path, 1))) {
    throw new XsError('EINVAL', `invalid path "${truncate(name)}"`);
  }
  if (path.length > ABS_PATH_MAX) throw new XsError('EINVAL', 'path too long');
}

/** From `start`: components of valid characters separated by single slashes, none empty. */
function hasValidComponents(text: string, start: number): boolean {
  let previous = SLASH;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || NAME_CHAR[c] === 0 || (c === SLASH && previous === SLASH)) return false;
    previous = c;
  }
  return previous !== SLASH;
}

/** Length of a leading "/local/domain/<domid>/" (1 to 5 digits), else 0. */
function localDomainPrefix(path: string): number {
  if (!path.startsWith(LOCAL_DOMAIN)) return 0;
  let i = LOCAL_DOMAIN.length;
  while (i < path.length && i - LOCAL_DOMAIN.length < 6 && isDigit(path.charCodeAt(i))) i++;
  const digits = i - LOCAL_DOMAIN.length;
  return digits >= 1 && digits <= 5 && path.charCodeAt(i) === SLASH ? i + 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Parent of an absolute path ("/" for "/a"). */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** Absolute path of child `name` of `parent`. */
export function childPath(parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`;
}

/** How an event path is shown to a watcher that registered a relative path. */
export function relativize(path: string, relativeTo: string | null): string {
  if (relativeTo === null) return path;
  if (path === relativeTo) return '';
  return path.startsWith(relativeTo) && path.charCodeAt(relativeTo.length) === SLASH ? path.slice(relativeTo.length + 1) : path;
}

function truncate(s: string): string {
  return s.length > 64 ? `${s.slice(0, 64)}...` : s;
}
