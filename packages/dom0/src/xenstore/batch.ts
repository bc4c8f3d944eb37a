/**
 * The toolstack's many-node changes, made as dom0 the way libxl makes them inside one
 * transaction: straight into the committed tree — nothing runs between dom0's own calls, so
 * such a transaction could never conflict — with watches firing once per changed node when the
 * batch ends, in the order the nodes first changed (what xenstored does at a commit). Nodes are
 * reached from directories in hand, so no path is walked twice.
 *
 * Being dom0's, a batch has full access and no quotas apply to it; names and permission lists
 * are checked as for a request, and the nodes count towards their owners' quotas as any do.
 */
import { XsError } from './errors';
import type { XsChange } from './node-ops';
import { checkAbsolutePath, checkRelativeName } from './paths';
import type { XsPerm } from './permissions';
import { TreeNode, type StoredValue, type XenstoreTree } from './tree';

/** A directory a batch reached: the way to the nodes below it. Valid during its batch only. */
export interface XsDir {
  readonly path: string;
}

interface Dir extends XsDir {
  readonly node: TreeNode;
}

const EMPTY = Buffer.alloc(0);
const MAX_DOMID = 0xffff;
const PERM_LETTERS = 'nrwb';

export class XsBatch {
  /** What the batch did, in order: each node it changed (once, when it first changed), and
   *  each removal. */
  readonly log: Array<TreeNode | XsChange> = [];
  /** The nodes in the log, once a change to a node found in place needs to know (most
   *  batches only make nodes). */
  private logged: Set<TreeNode> | null = null;
  /** Nodes found in place that the batch changed: their permissions before. */
  private permsBefore: Map<TreeNode, readonly XsPerm[]> | null = null;

  constructor(private readonly tree: XenstoreTree) {}

  /** The permissions `node` had before the batch changed it, when it was there before. */
  previousPerms(node: TreeNode): readonly XsPerm[] | undefined {
    return this.permsBefore?.get(node);
  }

  /**
   * The directory at absolute `path`, made (with missing parents) when missing, as XS_MKDIR
   * does; with `perms` when given, as XS_SET_PERMS. The batch keeps `perms` (do not change it).
   */
  dir(path: string, perms?: readonly XsPerm[]): XsDir {
    checkAbsolutePath(path);
    if (perms !== undefined) checkPerms(perms);
    return { path, node: this.reach(this.tree.root, path, 1, undefined, perms) } as Dir;
  }

  /**
   * As dir(), for a directory the toolstack removes as a whole (a domain's home): the first
   * node this call makes becomes a unit, which keeps count of its nodes per owner so that its
   * removal settles the quotas without a walk over them (see XenstoreTree.makeUnit).
   */
  unit(path: string, perms?: readonly XsPerm[]): XsDir {
    checkAbsolutePath(path);
    if (perms !== undefined) checkPerms(perms);
    return { path, node: this.reach(this.tree.root, path, 1, undefined, perms, true) } as Dir;
  }

  /** Directory `name` (a relative path) below `parent`; otherwise as dir(). */
  mkdir(parent: XsDir, name: string, perms?: readonly XsPerm[]): XsDir {
    const from = this.nodeOf(parent);
    checkRelativeName(name, parent.path);
    if (perms !== undefined) checkPerms(perms);
    const path = parent.path === '/' ? `/${name}` : `${parent.path}/${name}`;
    return { path, node: this.reach(from, name, 0, undefined, perms) } as Dir;
  }

  /** Write `value` (a string as UTF-8) to `name` (a relative path) below `parent`, as XS_WRITE. */
  write(parent: XsDir, name: string, value: string | Uint8Array): void {
    const from = this.nodeOf(parent);
    checkRelativeName(name, parent.path);
    this.reach(from, name, 0, typeof value === 'string' ? value : Buffer.from(value), undefined);
  }

  /**
   * Remove absolute `path` and everything below it, if it is there: as libxl cleans up, a
   * missing node is no error.
   */
  rm(path: string): void {
    checkAbsolutePath(path);
    if (path.length === 1) throw new XsError('EINVAL', 'cannot remove /');
    const at = this.tree.anchor(path);
    if (at.end !== path.length) return;
    const node = at.node as TreeNode;
    this.tree.unlink(node);
    this.log.push({ path, exact: false, perms: node.perms, removed: node });
  }

  /**
   * The node at the components of `rel` from index `start`, below `from`. Missing ones are made
   * with their parent's permissions (dom0 makes them) and an empty value, the first of them a
   * unit if `unit`; the last one gets `value` and `perms` when given and counts as changed when
   * made or given either.
   */
  private reach(
    from: TreeNode, rel: string, start: number, value: StoredValue | undefined, perms: readonly XsPerm[] | undefined,
    unit = false,
  ): TreeNode {
    let node = from;
    let at = start;
    let unitToMake = unit;
    while (at < rel.length) {
      const slash = rel.indexOf('/', at);
      const last = slash < 0;
      const name = last ? rel.slice(at) : rel.slice(at, slash);
      const next = node.child(name);
      if (next === undefined) {
        node = last ? this.tree.addChild(node, name, value ?? EMPTY, perms ?? node.perms)
          : this.tree.addChild(node, name, EMPTY, node.perms);
        if (unitToMake) {
          this.tree.makeUnit(node);
          unitToMake = false;
        }
        if (last) {
          this.log.push(node);
          this.logged?.add(node);
          return node;
        }
      } else {
        node = next;
        if (last) break;
      }
      at = slash + 1;
    }
    // Found in place (or made earlier on the way to another node: treated alike). It is logged
    // once, with the permissions it had for watchers that could read it then.
    if (value !== undefined || perms !== undefined) {
      const logged = (this.logged ??= new Set(this.log.filter((e): e is TreeNode => e instanceof TreeNode)));
      if (!logged.has(node)) {
        logged.add(node);
        this.log.push(node);
        (this.permsBefore ??= new Map()).set(node, node.perms);
      }
      this.tree.change(node, value ?? node.value, perms ?? node.perms);
    }
    return node;
  }

  private nodeOf(dir: XsDir): TreeNode {
    const node = (dir as Dir).node;
    if (node === undefined || (node.parent === null && node !== this.tree.root)) {
      throw new Error(`xenstore batch: ${dir.path} is not a directory of this tree`);
    }
    return node;
  }
}

/** A permission list as XS_SET_PERMS takes it from dom0: not empty, valid domids and letters. */
function checkPerms(perms: readonly XsPerm[]): void {
  if (perms.length === 0) throw new XsError('EINVAL', 'no permissions given');
  for (const p of perms) {
    if (!Number.isInteger(p.domid) || p.domid < 0 || p.domid > MAX_DOMID || p.perm.length !== 1 || !PERM_LETTERS.includes(p.perm)) {
      throw new XsError('EINVAL', 'bad permission');
    }
  }
}
