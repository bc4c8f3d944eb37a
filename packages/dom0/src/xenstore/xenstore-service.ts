/**
 * xenstored as a dom0 service: the toolstack's entries for each domain (domain-entries.ts),
 * each guest's ring (store-ring.ts) introduced to xenstored, and the xenstore side of xl's
 * verbs — rename, mem-set, shutdown/reboot through control/shutdown — and cleanup at destroy.
 *
 * Determinism: xenstored's watch events are delivered in turns on dom0's virtual clock, and the
 * rings are served when the core reports a notification, so guests see xenstore traffic at
 * virtual times the run alone fixes. Host tools reach the same Xenstored through a
 * XenstoreSocketServer the boot loader opens (`xenstored` below).
 *
 * Cost: every request and every watch event written is charged to dom0 (cost-model.ts), on top
 * of the domctl calls the rings make.
 */
import type { Dom0ServiceContext } from '../dom0';
import type { BuiltDomainInfo, DomainServiceHooks } from '../platform';
import { removeDomainEntries, writeDomainEntries, writeDomainName, writeHostEntries } from '../toolstack/domain-entries';
import { domainPath } from './paths';
import type { XsPerm } from './permissions';
import type { XenstoreQuotas } from './quotas';
import { TombstoneMap } from './tombstone-map';
import { Xenstored } from './xenstored';
import { StoreRing } from './store-ring';

/** Virtual time between two delivery turns of watch events (a turn writes up to a batch). */
export const XENSTORE_DELIVERY_TURN_NS = 1_000;

export interface XenstoreServiceOptions {
  quotas?: Partial<XenstoreQuotas>;
  /** Watch events written per delivery turn (xenstored's default when absent). */
  eventBatchSize?: number;
  /** xenstored's diagnostics (XS_CONTROL print, internal errors). */
  log?: (line: string) => void;
}

export class XenstoreService implements DomainServiceHooks {
  readonly xenstored: Xenstored;
  private ctx: Dom0ServiceContext | null = null;
  /** Delivery turns asked for before dom0 attached (no clock yet). */
  private readonly early: Array<() => void> = [];
  // Domids and ports come back as domains come and go: see TombstoneMap.
  private readonly rings = new TombstoneMap<number, StoreRing>();
  private readonly ringsByPort = new TombstoneMap<number, StoreRing>();
  /** Rings being connected for an XS_INTRODUCE from a host tool. */
  private readonly connecting = new Set<number>();
  private readonly uuids = new TombstoneMap<number, string>();
  private flushQueued = false;

  constructor(options: XenstoreServiceOptions = {}) {
    this.xenstored = new Xenstored({
      quotas: options.quotas,
      log: options.log,
      ...(options.eventBatchSize !== undefined ? { eventBatchSize: options.eventBatchSize } : {}),
      scheduleDelivery: (run) => this.scheduleDelivery(run),
      onIntroduce: (domid, mfn, port) => this.introduced(domid, mfn, port),
      onRelease: (domid) => this.released(domid),
      onRequest: () => this.charge('xenstoreRequest', 1),
      onWatchEvents: (count) => this.charge('xenstoreWatchEvent', count),
    });
    writeHostEntries(this.xenstored);
  }

  /** For Dom0Options.services: `services: [xenstore.service]`. */
  readonly service = (ctx: Dom0ServiceContext): DomainServiceHooks => this.attach(ctx);

  /** dom0 is up: its clock drives delivery, its channel reaches the rings. */
  attach(ctx: Dom0ServiceContext): this {
    if (this.ctx !== null) throw new Error('the xenstore service is already attached to dom0');
    this.ctx = ctx;
    for (const run of this.early.splice(0)) this.scheduleDelivery(run);
    return this;
  }

  /** Guests connected through their ring. */
  get ringCount(): number {
    return this.rings.size;
  }

  // ---- DomainServiceHooks ----

  async domainBuilt(d: BuiltDomainInfo): Promise<void> {
    const ctx = this.context();
    this.uuids.set(d.domid, d.uuid);
    writeDomainEntries(this.xenstored, d, ctx.clock);
    await this.connectRing(d.domid, d.storeGfn, d.storeEvtchn, d.restored);
    this.xenstored.introduceDomain(d.domid, d.storeGfn, d.storeEvtchn);
  }

  domainRenamed(domid: number, name: string): void {
    const uuid = this.uuids.get(domid);
    if (uuid !== undefined) writeDomainName(this.xenstored, domid, uuid, name);
  }

  /**
   * xl shutdown / reboot: write control/shutdown for a guest that can take the request — one
   * that advertised control/feature-poweroff or feature-reboot, as Linux's xenbus driver does
   * (hvsim's stand-in for libxl's "PV control interface available"). Any other guest is left to
   * the toolstack's fallback (a remote shutdown), and one that advertised but does not comply is
   * left to the force/timeout rule.
   */
  requestShutdown(domid: number, kind: 'poweroff' | 'reboot'): boolean {
    const control = `${domainPath(domid)}/control`;
    if (!this.rings.has(domid) || !this.xenstored.exists(`${control}/shutdown`)) return false;
    const feature = `${control}/feature-${kind}`;
    if (!this.xenstored.exists(feature) || this.xenstored.read(feature).toString('utf8') !== '1') return false;
    this.write(`${control}/shutdown`, kind);
    return true;
  }

  memoryTargetChanged(domid: number, targetKb: number): void {
    const target = `${domainPath(domid)}/memory/target`;
    if (this.xenstored.exists(target)) this.write(target, String(targetKb));
  }

  async domainDestroyed(domid: number): Promise<void> {
    const uuid = this.uuids.get(domid);
    this.uuids.delete(domid);
    if (uuid !== undefined) removeDomainEntries(this.xenstored, domid, uuid);
    await this.closeRing(domid);
    if (this.xenstored.isIntroduced(domid)) this.xenstored.releaseDomain(domid);
  }

  // ---- save / restore ----

  readonly stateKey = 'xenstore';

  /**
   * What a saved guest has in xenstore beyond what the toolstack writes for every domain: the
   * nodes it owns under its home (control/feature-*, data/...) and its watches. Xen's PV guests
   * write these again on resume; a guest restored without its cooperation gets them back.
   */
  saveDomainState(domid: number): SavedXenstoreState {
    const home = domainPath(domid);
    const nodes: SavedXenstoreState['nodes'] = [];
    const walk = (path: string): void => {
      const node = this.xenstored.tree.get(path);
      if (node === undefined) return;
      if (path !== home && node.perms[0]?.domid === domid) {
        nodes.push({ path: path.slice(home.length + 1), value: node.value.toString('base64'), perms: node.perms.map((p) => ({ domid: p.domid, perm: p.perm })) });
      }
      for (const child of node.children.keys()) walk(`${path}/${child}`);
    };
    walk(home);
    return { nodes, watches: this.xenstored.guestWatches(domid) };
  }

  /**
   * The restored domain's nodes go back under its own home only (paths are relative and
   * checked), owned by the domain itself — or by dom0, as libxl owns some — never by another
   * domain: a node's owner is charged for it (quota), so a crafted image could otherwise use up
   * a victim's quota. No more nodes than a domain may own.
   */
  restoreDomainState(domid: number, savedDomid: number, state: unknown): void {
    const saved = checkSavedState(state);
    const home = domainPath(domid);
    // Written by dom0, these nodes are not checked against the domain's quota one by one.
    const quota = this.xenstored.quotas.nodesPerDomain;
    if (saved.nodes.length > quota) throw new Error(`xenstore state in the save image: ${saved.nodes.length} nodes, more than the ${quota} a domain may own`);
    for (const node of saved.nodes) {
      const owner = node.perms[0].domid;
      if (owner !== savedDomid && owner !== 0) {
        throw new Error(`xenstore state in the save image: node ${JSON.stringify(node.path)} is owned by domain ${owner}, not by the saved domain ${savedDomid}`);
      }
    }
    for (const node of saved.nodes) {
      const path = `${home}/${node.path}`;
      this.xenstored.write(path, Buffer.from(node.value, 'base64'));
      this.xenstored.setPerms(path, node.perms.map((p) => ({ domid: p.domid === savedDomid ? domid : p.domid, perm: p.perm })));
    }
    this.xenstored.restoreGuestWatches(domid, saved.watches);
  }

  evtchnNotified(port: number): void {
    void this.ringsByPort.get(port)?.kick();
  }

  // ---- rings ----

  /** `inUse`: the page may already hold requests and indices (a restored domain, a ring a host
   *  tool introduces), rather than the zeros of a freshly built domain's. */
  private async connectRing(domid: number, gfn: number, guestPort: number, inUse: boolean): Promise<void> {
    const ctx = this.context();
    await this.closeRing(domid);
    const ring = await StoreRing.connect(ctx.domctl, this.xenstored, domid, gfn, guestPort, inUse, ctx.log);
    this.rings.set(domid, ring);
    this.ringsByPort.set(ring.localPort, ring);
  }

  private async closeRing(domid: number): Promise<void> {
    const ring = this.rings.get(domid);
    if (ring === undefined) return;
    this.rings.delete(domid);
    this.ringsByPort.delete(ring.localPort);
    await ring.close();
  }

  /** XS_INTRODUCE from a host tool for a domain whose ring dom0 does not serve yet. */
  private introduced(domid: number, gfn: number, port: number): void {
    if (this.ctx === null || this.rings.has(domid) || this.connecting.has(domid)) return;
    this.connecting.add(domid);
    void this.connectRing(domid, gfn, port, true)
      .catch((err) => this.ctx?.log(`xenstore: introducing domain ${domid}: ${(err as Error).message}`))
      .finally(() => this.connecting.delete(domid));
  }

  /** XS_RELEASE (from a host tool, or domainDestroyed): stop serving the ring. */
  private released(domid: number): void {
    void this.closeRing(domid);
  }

  // ---- plumbing ----

  /** The toolstack's own write (xl's libxl call): a request's worth of work, so it is charged
   *  like one — which also tells the host that dom0 has work (the watch events it fires). */
  private write(path: string, value: string): void {
    this.charge('xenstoreRequest', 1);
    this.xenstored.write(path, value);
  }

  private context(): Dom0ServiceContext {
    if (this.ctx === null) throw new Error('the xenstore service is not attached to dom0');
    return this.ctx;
  }

  private scheduleDelivery(run: () => void): void {
    if (this.ctx === null) this.early.push(run);
    else this.ctx.clock.setTimer(XENSTORE_DELIVERY_TURN_NS, run);
  }

  /** Charges dom0 and hands the charge over once the current burst of work is done. */
  private charge(kind: 'xenstoreRequest' | 'xenstoreWatchEvent', count: number): void {
    const ctx = this.ctx;
    if (ctx === null) return;
    ctx.cost.charge(kind, count);
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      void ctx.cost.flush();
    });
  }
}

/** The xenstore part of a save image. */
export interface SavedXenstoreState {
  /** Nodes the guest owns, paths relative to its home, parents first; values base64. */
  nodes: Array<{ path: string; value: string; perms: XsPerm[] }>;
  /** Its watches, paths as it gave them. */
  watches: Array<{ path: string; token: string }>;
}

const PERM_LETTERS = new Set(['n', 'r', 'w', 'b']);

/** The state comes from a save file: every field is checked before use. */
function checkSavedState(state: unknown): SavedXenstoreState {
  const fail = (what: string): never => {
    throw new Error(`xenstore state in the save image: ${what}`);
  };
  if (typeof state !== 'object' || state === null) fail('not an object');
  const { nodes, watches } = state as Record<string, unknown>;
  if (!Array.isArray(nodes) || !Array.isArray(watches)) fail('nodes and watches must be lists');
  const isText = (v: unknown): v is string => typeof v === 'string';
  for (const n of nodes as unknown[]) {
    const node = n as Record<string, unknown>;
    if (typeof n !== 'object' || n === null || !isText(node.path) || !isText(node.value) || !Array.isArray(node.perms)) fail('a node is malformed');
    if (node.path === '' || (node.path as string).startsWith('/') || (node.path as string).split('/').some((c) => c === '' || c === '.' || c === '..')) fail(`bad node path ${JSON.stringify(node.path)}`);
    for (const p of node.perms as unknown[]) {
      const perm = p as Record<string, unknown>;
      if (typeof p !== 'object' || p === null || !Number.isInteger(perm.domid) || (perm.domid as number) < 0 || (perm.domid as number) > 0xffff || !PERM_LETTERS.has(perm.perm as string)) fail('a permission is malformed');
    }
    if ((node.perms as unknown[]).length === 0) fail('a node has no permissions');
  }
  for (const w of watches as unknown[]) {
    const watch = w as Record<string, unknown>;
    if (typeof w !== 'object' || w === null || !isText(watch.path) || !isText(watch.token)) fail('a watch is malformed');
  }
  return state as SavedXenstoreState;
}
