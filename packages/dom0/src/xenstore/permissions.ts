/**
 * Node permissions as Xen keeps them: an ordered list of {domid, perm}. The first entry names
 * the owner and gives the access of every domain not listed later; the owner and privileged
 * domains always have full access.
 */
import { XsError } from './errors';

/** n = none, r = read, w = write, b = both. */
export type XsPermLetter = 'n' | 'r' | 'w' | 'b';

export interface XsPerm {
  readonly domid: number;
  readonly perm: XsPermLetter;
}

export const PERM_READ = 1;
export const PERM_WRITE = 2;
/** Owner rights: change permissions. Only owners and privileged domains have it. */
export const PERM_OWNER = 4;

const LETTER_BITS: Record<XsPermLetter, number> = { n: 0, r: PERM_READ, w: PERM_WRITE, b: PERM_READ | PERM_WRITE };
const MAX_DOMID = 0xffff;

/** Who is asking: its domain, whether privileged, and (XS_SET_TARGET) the domain it serves. */
export interface XsAccessor {
  readonly domid: number;
  readonly privileged: boolean;
  readonly target: number | null;
}

/** The PERM_* bits `who` has on a node with permissions `perms`. */
export function accessFor(who: XsAccessor, perms: readonly XsPerm[]): number {
  const owner = perms[0].domid;
  if (who.privileged || owner === who.domid || (who.target !== null && owner === who.target)) {
    return PERM_READ | PERM_WRITE | PERM_OWNER;
  }
  for (let i = 1; i < perms.length; i++) {
    const p = perms[i];
    if (p.domid === who.domid || (who.target !== null && p.domid === who.target)) return LETTER_BITS[p.perm];
  }
  return LETTER_BITS[perms[0].perm];
}

/** "r5" → {domid 5, perm r}. Anything else → EINVAL. */
export function parsePerm(text: string): XsPerm {
  const m = /^([nrwb])(\d{1,5})$/.exec(text);
  if (!m || Number(m[2]) > MAX_DOMID) throw new XsError('EINVAL', `bad permission "${text.slice(0, 16)}"`);
  return { domid: Number(m[2]), perm: m[1] as XsPermLetter };
}

/** {domid 5, perm r} → "r5". */
export function formatPerm(p: XsPerm): string {
  return `${p.perm}${p.domid}`;
}

/** Permissions of a new node: the parent's (the same list: lists never change in place), owned
 *  by the creator when it is unprivileged. */
export function inheritPerms(parent: readonly XsPerm[], creator: XsAccessor): readonly XsPerm[] {
  if (creator.privileged) return parent;
  const perms = parent.slice();
  perms[0] = { domid: creator.domid, perm: parent[0].perm };
  return perms;
}
