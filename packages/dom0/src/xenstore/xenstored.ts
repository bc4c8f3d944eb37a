/**
 * xenstored: the store, its connections, watches, transactions, domains and quotas, speaking
 * xs_wire. Transports (the host Unix socket, guests' ring pages) only move bytes; everything a
 * client can ask is decided here.
 *
 * Determinism: the tree keeps children in creation order; watch events are queued in the order
 * their changes happen and, within one change, in watch registration order; no clock is read.
 * Events are delivered in batches through `scheduleDelivery` so that a change firing thousands
 * of watches does not hold up other clients.
 */
// By module: the package index re-exports through getters too slow for every request.
import {
  XS_CONTROL, XS_DIRECTORY, XS_DIRECTORY_PART, XS_GET_DOMAIN_PATH, XS_GET_PERMS, XS_INTRODUCE,
  XS_IS_DOMAIN_INTRODUCED, XS_MKDIR, XS_READ, XS_RELEASE, XS_RESET_WATCHES, XS_RESUME, XS_RM,
  XS_SET_PERMS, XS_SET_TARGET, XS_TRANSACTION_END, XS_TRANSACTION_START, XS_UNWATCH, XS_WATCH,
  XS_WRITE, XENSTORE_PAYLOAD_MAX,
} from '@hvsim/abi/xs_wire';
import { XsBatch } from './batch';
import { XenstoreConnection, type XsConnectionSink, type XsRequestHandler } from './connection';
import { XsError } from './errors';
import {
  lookup, mkdirNode, rmNode, setPerms, writeNode, type XsChange,
} from './node-ops';
import {
  checkAbsolutePath, domainPath, isSpecialPath, relativize, resolvePath, type ResolvedPath,
} from './paths';
import {
  PERM_READ, accessFor, formatPerm, parsePerm, type XsAccessor, type XsPerm,
} from './permissions';
import { DEFAULT_QUOTAS, type XenstoreQuotas } from './quotas';
import { TombstoneMap } from './tombstone-map';
import { Transaction } from './transaction';
import { TreeNode, XenstoreTree, type NodeStore } from './tree';
import { WatchRegistry, type XsWatch } from './watches';
import { encodeWatchEvents, nulStrings, oneArg, splitArgs, type XsMessage } from './wire';

/** Special watch fired when a domain is introduced. */
export const INTRODUCE_DOMAIN_WATCH = '@introduceDomain';
/** Special watch fired when a domain is released. */
export const RELEASE_DOMAIN_WATCH = '@releaseDomain';

/** First domid Xen reserves (DOMID_FIRST_RESERVED); real domains are below it. */
const DOMID_FIRST_RESERVED = 0x7ff0;

export interface XenstoredOptions {
  quotas?: Partial<XenstoreQuotas>;
  /** Diagnostics and XS_CONTROL "print" output. */
  log?: (line: string) => void;
  /** Watch events written per delivery turn (default 256). */
  eventBatchSize?: number;
  /** Runs a delivery turn later (default setImmediate). Simulations may tie it to virtual time. */
  scheduleDelivery?: (run: () => void) => void;
  /** XS_INTRODUCE accepted: dom0 maps the ring page (`mfn`) and binds event channel `port`. */
  onIntroduce?: (domid: number, mfn: number, port: number) => void;
  /** XS_RELEASE accepted: dom0 tears down that domain's ring. */
  onRelease?: (domid: number) => void;
  /** A request is about to be handled (dom0's cost model counts the work). */
  onRequest?: (domid: number, type: number) => void;
  /** Watch events were written to clients in one delivery turn (cost model). */
  onWatchEvents?: (count: number) => void;
}

/** A domain xenstored knows (introduced, or dom0). */
export interface XsDomainInfo {
  domid: number;
  mfn: number;
  port: number;
  /** XS_SET_TARGET: the domain whose permissions this one shares. */
  target: number | null;
}

interface QueuedEvent {
  conn: XenstoreConnection;
  watch: XsWatch<XenstoreConnection>;
  path: string;
}

/** Requests that ignore the header's tx_id (xenstored's "no transaction" operations). */
const IGNORES_TX_ID = new Set<number>([
  XS_WATCH, XS_UNWATCH, XS_TRANSACTION_START, XS_INTRODUCE, XS_RELEASE, XS_GET_DOMAIN_PATH,
  XS_IS_DOMAIN_INTRODUCED, XS_RESUME, XS_SET_TARGET, XS_RESET_WATCHES, XS_CONTROL,
]);

const OK = Buffer.from('OK\0', 'latin1');
const NO_WATCHES: readonly XsWatch<XenstoreConnection>[] = [];
const DOM0: XsAccessor = { domid: 0, privileged: true, target: null };

const ROOT_PERMS: readonly XsPerm[] = [{ domid: 0, perm: 'n' }];

export class Xenstored implements XsRequestHandler {
  readonly tree = new XenstoreTree(ROOT_PERMS);
  readonly quotas: Readonly<XenstoreQuotas>;
  private readonly watches = new WatchRegistry<XenstoreConnection>();
  private readonly connections = new Set<XenstoreConnection>();
  /** The open connections of each domid: releasing a domain must not walk every connection. */
  private readonly connectionsOf = new TombstoneMap<number, Set<XenstoreConnection>>();
  /** Domids come back (the lowest free one is reused): see TombstoneMap. */
  private readonly domains = new TombstoneMap<number, XsDomainInfo>();
  private readonly events: QueuedEvent[] = [];
  private eventHead = 0;
  private deliveryScheduled = false;
  private readonly batchSize: number;
  private readonly schedule: (run: () => void) => void;
  private readonly log: (line: string) => void;

  constructor(private readonly options: XenstoredOptions = {}) {
    this.quotas = { ...DEFAULT_QUOTAS, ...options.quotas };
    this.batchSize = options.eventBatchSize ?? 256;
    this.schedule = options.scheduleDelivery ?? ((run) => setImmediate(run));
    this.log = options.log ?? (() => undefined);
    const empty = Buffer.alloc(0);
    const tool = this.tree.addChild(this.tree.root, 'tool', empty, ROOT_PERMS);
    this.tree.addChild(tool, 'xenstored', empty, ROOT_PERMS);
    this.tree.addSpecial(INTRODUCE_DOMAIN_WATCH, ROOT_PERMS);
    this.tree.addSpecial(RELEASE_DOMAIN_WATCH, ROOT_PERMS);
    this.domains.set(0, { domid: 0, mfn: 0, port: 0, target: null });
  }

  /**
   * A new client. Host tools connect as domain 0 (privileged); a guest's ring connects as its
   * domid (unprivileged unless `privileged` says otherwise).
   */
  connect(domid: number, sink: XsConnectionSink, privileged = domid === 0): XenstoreConnection {
    const conn = new XenstoreConnection(this, sink, domid, privileged, this.quotas.queuedBytesPerConnection);
    conn.target = this.domains.get(domid)?.target ?? null;
    this.connections.add(conn);
    const own = this.connectionsOf.get(domid);
    if (own === undefined) this.connectionsOf.set(domid, new Set([conn]));
    else own.add(conn);
    return conn;
  }

  /** Number of open connections. */
  get connectionCount(): number {
    return this.connections.size;
  }

  // ---- dom0's in-process interface (acts as a privileged dom0 client) ----

  read(path: string): Buffer {
    return lookup(this.tree, DOM0, this.absolute(path), PERM_READ).value;
  }

  exists(path: string): boolean {
    return this.tree.get(this.absolute(path)) !== undefined;
  }

  /** Write a value (a string is stored as UTF-8). */
  write(path: string, value: string | Uint8Array): void {
    const data = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
    this.fire(writeNode(this.tree, DOM0, this.quotas, this.absolute(path), data));
  }

  mkdir(path: string): void {
    this.fire(mkdirNode(this.tree, DOM0, this.quotas, this.absolute(path)));
  }

  rm(path: string): void {
    this.fire(rmNode(this.tree, DOM0, this.absolute(path)));
  }

  directory(path: string): string[] {
    return [...lookup(this.tree, DOM0, this.absolute(path), PERM_READ).children.keys()];
  }

  getPerms(path: string): XsPerm[] {
    return lookup(this.tree, DOM0, this.nodeOrSpecial(path, DOM0).path, PERM_READ).perms.map((p) => ({ ...p }));
  }

  setPerms(path: string, perms: readonly XsPerm[]): void {
    const copy = perms.map((p) => ({ domid: p.domid, perm: p.perm }));
    this.fire(setPerms(this.tree, DOM0, this.quotas, this.nodeOrSpecial(path, DOM0).path, copy));
  }

  /**
   * Many changes as dom0 at once (the toolstack's entries for a domain), as libxl makes them
   * in one transaction: see XsBatch. Watches fire when `build` returns — or throws: what it
   * changed until then stays, as with separate requests. `build` calls nothing else of this
   * daemon's.
   */
  batch(build: (batch: XsBatch) => void): void {
    const batch = new XsBatch(this.tree);
    try {
      build(batch);
    } finally {
      this.fireBatch(batch);
    }
  }

  /** Record a domain's ring (as XS_INTRODUCE does) and fire @introduceDomain. */
  introduceDomain(domid: number, mfn: number, port: number): void {
    if (!isDomid(domid)) throw new XsError('EINVAL', `bad domid ${domid}`);
    const known = this.domains.get(domid);
    if (known) {
      known.mfn = mfn;
      known.port = port;
    } else {
      this.domains.set(domid, { domid, mfn, port, target: null });
      this.fire({ path: INTRODUCE_DOMAIN_WATCH, exact: true, perms: this.specialPerms(INTRODUCE_DOMAIN_WATCH) });
    }
    this.options.onIntroduce?.(domid, mfn, port);
  }

  /** Forget a domain (as XS_RELEASE does): drop its connections, fire @releaseDomain. */
  releaseDomain(domid: number): void {
    if (domid === 0) throw new XsError('EINVAL', 'dom0 cannot be released');
    if (!this.domains.delete(domid)) throw new XsError('ENOENT', `domain ${domid} not introduced`);
    for (const conn of [...(this.connectionsOf.get(domid) ?? [])]) {
      if (!conn.privileged) conn.close(`domain ${domid} released`);
    }
    this.fire({ path: RELEASE_DOMAIN_WATCH, exact: true, perms: this.specialPerms(RELEASE_DOMAIN_WATCH) });
    this.options.onRelease?.(domid);
  }

  isIntroduced(domid: number): boolean {
    return this.domains.has(domid);
  }

  // ---- save / restore of a guest's connection (Xen's xenstore migration records) ----

  /** The watches a domain's own (unprivileged) connections registered, as the guest named them. */
  guestWatches(domid: number): Array<{ path: string; token: string }> {
    const out: Array<{ path: string; token: string }> = [];
    for (const conn of this.guestConnections(domid)) {
      for (const w of this.watches.ofOwner(conn)) out.push({ path: relativize(w.path, w.relativeTo), token: w.token });
    }
    return out;
  }

  /**
   * Registers watches on a restored domain's connection, as its saved connection had them —
   * without the event a new watch fires (the guest took that one before it was saved).
   * Refused with XsError when the domain has no connection or a watch is bad.
   */
  restoreGuestWatches(domid: number, watches: ReadonlyArray<{ path: string; token: string }>): void {
    const conn = this.guestConnections(domid)[0];
    if (conn === undefined) throw new XsError('ENOENT', `domain ${domid} has no xenstore connection`);
    for (const { path: name, token } of watches) {
      const { path, relativeTo } = this.nodeOrSpecial(name, conn);
      if (this.watches.find(conn, path, token)) continue;
      if (conn.watchCount >= this.quotas.watchesPerConnection) throw new XsError('E2BIG', 'too many watches');
      this.watches.add(conn, path, token, relativeTo);
      conn.watchCount++;
    }
  }

  private guestConnections(domid: number): XenstoreConnection[] {
    return [...(this.connectionsOf.get(domid) ?? [])].filter((c) => !c.privileged && !c.closed);
  }

  /** Deliver every queued watch event now (tests; a simulation's quiescent points). */
  flushEvents(): void {
    while (this.eventHead < this.events.length) this.deliverBatch(Infinity);
  }

  /** Watch events queued and not yet delivered. */
  get queuedEvents(): number {
    return this.events.length - this.eventHead;
  }

  // ---- XsRequestHandler ----

  handle(conn: XenstoreConnection, msg: XsMessage): void {
    this.options.onRequest?.(conn.domid, msg.type);
    let reply: Buffer | null;
    try {
      reply = this.dispatch(conn, msg);
    } catch (err) {
      if (err instanceof XsError) {
        conn.sendError(msg.reqId, msg.txId, err.errno);
        return;
      }
      // A bug must not take the daemon down with it: report it, answer EIO, keep serving.
      this.log(`xenstored: internal error on request type ${msg.type}: ${String(err)}`);
      conn.sendError(msg.reqId, msg.txId, 'EIO');
      return;
    }
    if (reply === null) return;
    if (reply.length > XENSTORE_PAYLOAD_MAX) conn.sendError(msg.reqId, msg.txId, 'E2BIG');
    else conn.send(msg.type, msg.reqId, msg.txId, reply);
  }

  disconnected(conn: XenstoreConnection): void {
    // Its queued events go now: left in the queue, each would still cost a delivery turn.
    if (conn.pendingEvents > 0) this.dropQueuedEvents(conn);
    this.resetConnection(conn);
    this.connections.delete(conn);
    const own = this.connectionsOf.get(conn.domid);
    if (own !== undefined && own.delete(conn) && own.size === 0) this.connectionsOf.delete(conn.domid);
  }

  overQueued(conn: XenstoreConnection, queuedBytes: number): void {
    this.closeOverQueued(conn, `${queuedBytes} bytes of output not taken (limit ${this.quotas.queuedBytesPerConnection})`);
  }

  // ---- requests ----

  private dispatch(conn: XenstoreConnection, msg: XsMessage): Buffer | null {
    const store = this.storeFor(conn, msg);
    const p = msg.payload;
    switch (msg.type) {
      case XS_READ:
        return lookup(store, conn, this.resolve(conn, oneArg(p)).path, PERM_READ).value;
      case XS_WRITE:
        return this.doWrite(conn, store, p);
      case XS_MKDIR:
        this.apply(store, mkdirNode(store, conn, this.quotas, this.resolve(conn, oneArg(p)).path));
        return OK;
      case XS_RM:
        this.apply(store, rmNode(store, conn, this.resolve(conn, oneArg(p)).path));
        return OK;
      case XS_DIRECTORY:
        return nulStrings(lookup(store, conn, this.resolve(conn, oneArg(p)).path, PERM_READ).children.keys());
      case XS_DIRECTORY_PART:
        return this.doDirectoryPart(conn, store, p);
      case XS_GET_PERMS:
        return nulStrings(lookup(store, conn, this.nodeOrSpecial(oneArg(p), conn).path, PERM_READ).perms.map(formatPerm));
      case XS_SET_PERMS:
        return this.doSetPerms(conn, store, p);
      case XS_WATCH:
        return this.doWatch(conn, p);
      case XS_UNWATCH:
        return this.doUnwatch(conn, p);
      case XS_TRANSACTION_START:
        return this.doTransactionStart(conn);
      case XS_TRANSACTION_END:
        return this.doTransactionEnd(conn, msg);
      case XS_GET_DOMAIN_PATH:
        return nulStrings([domainPath(parseDomid(oneArg(p)))]);
      case XS_INTRODUCE:
        return this.doIntroduce(conn, p);
      case XS_RELEASE:
        requirePrivileged(conn);
        this.releaseDomain(parseDomid(oneArg(p)));
        return OK;
      case XS_IS_DOMAIN_INTRODUCED:
        requirePrivileged(conn);
        return nulStrings([this.domains.has(parseDomid(oneArg(p))) ? 'T' : 'F']);
      case XS_RESUME:
        requirePrivileged(conn);
        this.knownDomain(parseDomid(oneArg(p)));
        return OK;
      case XS_SET_TARGET:
        return this.doSetTarget(conn, p);
      case XS_RESET_WATCHES:
        this.resetConnection(conn);
        return OK;
      case XS_CONTROL:
        return this.doControl(conn, p);
      default:
        throw new XsError('ENOSYS', `unknown message type ${msg.type}`);
    }
  }

  private doWrite(conn: XenstoreConnection, store: NodeStore, payload: Buffer): Buffer {
    const nul = payload.indexOf(0);
    if (nul < 0) throw new XsError('EINVAL', 'write needs "path\\0value"');
    const path = this.resolve(conn, payload.toString('latin1', 0, nul)).path;
    const value = Buffer.from(payload.subarray(nul + 1));
    this.apply(store, writeNode(store, conn, this.quotas, path, value));
    return OK;
  }

  /** XS_DIRECTORY_PART: "<generation>\0" then the child names from byte `offset` that fit; an
   *  empty name ends the list. */
  private doDirectoryPart(conn: XenstoreConnection, store: NodeStore, payload: Buffer): Buffer {
    const args = splitArgs(payload);
    if (args.length !== 2 || !/^\d+$/.test(args[1])) throw new XsError('EINVAL', 'directory-part needs path and offset');
    const node = lookup(store, conn, this.resolve(conn, args[0]).path, PERM_READ);
    const all = nulStrings(node.children.keys());
    const gen = Buffer.from(`${Math.max(node.generation, 0)}\0`, 'latin1');
    const offset = Number(args[1]);
    if (offset >= all.length) return Buffer.concat([gen, Buffer.from([0])]);
    let end = offset;
    while (end < all.length) {
      const next = all.indexOf(0, end) + 1;
      if (gen.length + next - offset >= XENSTORE_PAYLOAD_MAX) break;
      end = next;
    }
    const parts = [gen, all.subarray(offset, end)];
    if (end === all.length) parts.push(Buffer.from([0]));
    return Buffer.concat(parts);
  }

  private doSetPerms(conn: XenstoreConnection, store: NodeStore, payload: Buffer): Buffer {
    const [name, ...permTexts] = splitArgs(payload);
    const path = this.nodeOrSpecial(name, conn).path;
    this.apply(store, setPerms(store, conn, this.quotas, path, permTexts.map(parsePerm)));
    return OK;
  }

  private doWatch(conn: XenstoreConnection, payload: Buffer): Buffer {
    const args = splitArgs(payload);
    if (args.length !== 2) throw new XsError('EINVAL', 'watch needs path and token');
    const [name, token] = args;
    const { path, relativeTo } = this.nodeOrSpecial(name, conn);
    if (this.watches.find(conn, path, token)) throw new XsError('EEXIST', 'watch already registered');
    if (!conn.privileged && conn.watchCount >= this.quotas.watchesPerConnection) {
      throw new XsError('E2BIG', 'too many watches');
    }
    const watch = this.watches.add(conn, path, token, relativeTo);
    conn.watchCount++;
    // Xen fires every new watch once, right after the reply (queued, so it follows the OK).
    this.enqueueEvent(conn, watch, path);
    return OK;
  }

  private doUnwatch(conn: XenstoreConnection, payload: Buffer): Buffer {
    const args = splitArgs(payload);
    if (args.length !== 2) throw new XsError('EINVAL', 'unwatch needs path and token');
    const watch = this.watches.find(conn, this.nodeOrSpecial(args[0], conn).path, args[1]);
    if (!watch) throw new XsError('ENOENT', 'no such watch');
    this.watches.remove(watch);
    conn.watchCount--;
    return OK;
  }

  private doTransactionStart(conn: XenstoreConnection): Buffer {
    if (!conn.privileged && conn.transactions.size >= this.quotas.transactionsPerConnection) {
      throw new XsError('ENOSPC', 'too many transactions');
    }
    const id = conn.allocateTransactionId();
    conn.transactions.set(id, new Transaction(id, this.tree));
    return nulStrings([String(id)]);
  }

  private doTransactionEnd(conn: XenstoreConnection, msg: XsMessage): Buffer {
    const tx = conn.transactions.get(msg.txId);
    if (!tx) throw new XsError('ENOENT', 'no such transaction');
    const verdict = oneArg(msg.payload);
    if (verdict !== 'T' && verdict !== 'F') throw new XsError('EINVAL', 'transaction end needs T or F');
    conn.transactions.delete(msg.txId);
    if (verdict === 'T') for (const change of tx.commit()) this.fire(change);
    return OK;
  }

  private doIntroduce(conn: XenstoreConnection, payload: Buffer): Buffer {
    requirePrivileged(conn);
    const args = splitArgs(payload);
    if (args.length !== 3) throw new XsError('EINVAL', 'introduce needs domid, mfn and port');
    this.introduceDomain(parseDomid(args[0]), parseUnsigned(args[1]), parseUnsigned(args[2]));
    return OK;
  }

  private doSetTarget(conn: XenstoreConnection, payload: Buffer): Buffer {
    requirePrivileged(conn);
    const args = splitArgs(payload);
    if (args.length !== 2) throw new XsError('EINVAL', 'set-target needs domid and target');
    const domain = this.knownDomain(parseDomid(args[0]));
    domain.target = parseDomid(args[1]);
    for (const c of this.connectionsOf.get(domain.domid) ?? []) c.target = domain.target;
    return OK;
  }

  private doControl(conn: XenstoreConnection, payload: Buffer): Buffer {
    requirePrivileged(conn);
    const [command, ...args] = splitArgs(payload);
    switch (command) {
      case 'print':
        if (args.length !== 1) throw new XsError('EINVAL', 'print needs one argument');
        this.log(args[0]);
        return OK;
      case 'help':
        return nulStrings(['print <string>\nhelp\n']);
      default:
        throw new XsError('EINVAL', `unknown control command "${command}"`);
    }
  }

  // ---- helpers ----

  /** The committed tree, or the transaction the header names (ENOENT if there is none). */
  private storeFor(conn: XenstoreConnection, msg: XsMessage): NodeStore {
    if (msg.txId === 0 || IGNORES_TX_ID.has(msg.type)) return this.tree;
    const tx = conn.transactions.get(msg.txId);
    if (!tx) throw new XsError('ENOENT', `no transaction ${msg.txId}`);
    if (msg.type !== XS_TRANSACTION_END && !conn.privileged
      && tx.accessedNodes >= this.quotas.nodesPerTransaction) {
      throw new XsError('ENOSPC', 'transaction touches too many nodes');
    }
    return tx;
  }

  /** Changes made in a transaction wait for its commit; direct ones fire now. */
  private apply(store: NodeStore, change: XsChange | null): void {
    if (change === null) return;
    if (store instanceof Transaction) store.changes.push(change);
    else this.fire(change);
  }

  private resolve(who: XsAccessor, name: string): ResolvedPath {
    return resolvePath(name, who.domid, !who.privileged);
  }

  private nodeOrSpecial(name: string, who: XsAccessor): ResolvedPath {
    if (name.startsWith('@')) {
      if (!isSpecialPath(name)) throw new XsError('EINVAL', 'bad special path');
      return { path: name, relativeTo: null };
    }
    return this.resolve(who, name);
  }

  private absolute(path: string): string {
    return checkAbsolutePath(path);
  }

  private knownDomain(domid: number): XsDomainInfo {
    const domain = this.domains.get(domid);
    if (!domain) throw new XsError('ENOENT', `domain ${domid} not introduced`);
    return domain;
  }

  private specialPerms(name: string): readonly XsPerm[] {
    return this.tree.get(name)?.perms ?? [{ domid: 0, perm: 'n' }];
  }

  /** Forget a connection's watches and open transactions (XS_RESET_WATCHES, disconnect). */
  private resetConnection(conn: XenstoreConnection): void {
    conn.transactions.clear();
    if (conn.watchCount > 0) this.watches.removeOwner(conn);
    conn.watchCount = 0;
  }

  // ---- watch events ----

  private fire(change: XsChange | null): void {
    if (change === null) return;
    // A removal also reaches watches on what went below the path, deepest first.
    if (change.removed !== undefined) {
      this.watches.forEachRemoved(change.path, change.removed, (path, node, watches) => {
        for (const watch of watches) if (mayRead(watch.owner, node.perms)) this.enqueueEvent(watch.owner, watch, path);
      });
    }
    for (const watch of this.watches.matching(change.path, change.exact)) {
      const conn = watch.owner;
      if (mayRead(conn, change.perms, change.previousPerms)) this.enqueueEvent(conn, watch, change.path);
    }
  }

  /** A batch's changes, in order: one event per changed node and watcher, and the removals'. */
  private fireBatch(batch: XsBatch): void {
    if (batch.log.length === 0) return;
    const matcher = this.watches.hasPathWatches ? this.watches.nodeMatcher() : null;
    for (const entry of batch.log) {
      if (!(entry instanceof TreeNode)) {
        this.fire(entry);
        continue;
      }
      const watches = matcher?.matching(entry) ?? NO_WATCHES;
      if (watches.length === 0) continue;
      // A node the batch removed afterwards is reported by that removal only.
      const path = this.tree.pathOf(entry);
      if (path === null) continue;
      const before = batch.previousPerms(entry);
      for (const watch of watches) {
        if (mayRead(watch.owner, entry.perms, before)) this.enqueueEvent(watch.owner, watch, path);
      }
    }
  }

  private enqueueEvent(conn: XenstoreConnection, watch: XsWatch<XenstoreConnection>, path: string): void {
    if (conn.closed) return;
    if (!conn.privileged && conn.pendingEvents >= this.quotas.pendingEventsPerConnection) {
      conn.droppedEvents++;
      return;
    }
    if (conn.pendingEvents >= this.quotas.queuedEventsPerConnection) {
      this.closeOverQueued(conn, `${conn.pendingEvents} watch events not yet written (limit ${this.quotas.queuedEventsPerConnection})`);
      return;
    }
    conn.pendingEvents++;
    this.events.push({ conn, watch, path });
    this.scheduleDeliveryTurn();
  }

  /** A connection that does not take what it is sent is closed, as xenstored closes one
   *  over its quota-maxoutstanding: it cannot make the daemon hold unbounded output. */
  private closeOverQueued(conn: XenstoreConnection, what: string): void {
    const who = conn.privileged ? `a privileged connection (domain ${conn.domid})` : `domain ${conn.domid}'s connection`;
    this.log(`xenstored: closing ${who}: ${what}`);
    conn.close(`output queue over its limit: ${what}`);
  }

  /** Removes a closed connection's events from the queue, keeping the others' order. */
  private dropQueuedEvents(conn: XenstoreConnection): void {
    let kept = 0;
    for (let i = this.eventHead; i < this.events.length; i++) {
      const e = this.events[i];
      if (e.conn !== conn) this.events[kept++] = e;
    }
    this.events.length = kept;
    this.eventHead = 0;
    conn.pendingEvents = 0;
  }

  private scheduleDeliveryTurn(): void {
    if (this.deliveryScheduled) return;
    this.deliveryScheduled = true;
    this.schedule(() => {
      this.deliveryScheduled = false;
      this.deliverBatch(this.batchSize);
    });
  }

  private deliverBatch(limit: number): void {
    // One buffer and one write per connection per turn: a fan-out costs a few syscalls and
    // allocations, not some per event.
    const out = new Map<XenstoreConnection, { paths: string[]; tokens: string[] }>();
    const end = Math.min(this.events.length, this.eventHead + limit);
    let written = 0;
    for (; this.eventHead < end; this.eventHead++) {
      const { conn, watch, path } = this.events[this.eventHead];
      conn.pendingEvents--;
      if (conn.closed || watch.removed) continue;
      written++;
      let events = out.get(conn);
      if (events === undefined) out.set(conn, events = { paths: [], tokens: [] });
      events.paths.push(relativize(path, watch.relativeTo));
      events.tokens.push(watch.token);
    }
    for (const [conn, events] of out) conn.sendEncoded(encodeWatchEvents(events.paths, events.tokens));
    if (written > 0) this.options.onWatchEvents?.(written);
    if (this.eventHead === this.events.length) {
      this.events.length = 0;
      this.eventHead = 0;
    } else if (limit !== Infinity) {
      this.scheduleDeliveryTurn();
    }
  }
}

/** A watcher sees a change it may read the node after — or, when given, before it. */
function mayRead(conn: XenstoreConnection, perms: readonly XsPerm[], before?: readonly XsPerm[]): boolean {
  if (accessFor(conn, perms) & PERM_READ) return true;
  return before !== undefined && (accessFor(conn, before) & PERM_READ) !== 0;
}

function requirePrivileged(conn: XsAccessor): void {
  if (!conn.privileged) throw new XsError('EACCES', 'privileged operation');
}

function isDomid(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < DOMID_FIRST_RESERVED;
}

function parseDomid(text: string): number {
  if (!/^\d{1,5}$/.test(text) || !isDomid(Number(text))) throw new XsError('EINVAL', `bad domid "${text.slice(0, 16)}"`);
  return Number(text);
}

function parseUnsigned(text: string): number {
  if (!/^\d{1,15}$/.test(text)) throw new XsError('EINVAL', `bad number "${text.slice(0, 16)}"`);
  return Number(text);
}
