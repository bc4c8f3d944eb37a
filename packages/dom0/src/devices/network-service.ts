/**
 * Virtual network interfaces as a dom0 domain service: at build, each of the domain's vifs
 * gets its xenstore entries and a netback plugged into its bridge (one of the host's bridges,
 * Dom0ServiceContext.bridges); at destroy, all of it is
 * undone. network-attach / -detach / -list (xl's verbs) act on a running domain through the
 * same steps.
 */
import type { VifSpec } from '../config/vif-spec';
import type { Dom0ServiceContext } from '../dom0';
import { ErrnoError } from '../errno-error';
import type { BuiltDomainInfo, DomainServiceHooks } from '../platform';
import type { Xenstored } from '../xenstore';
import { Netback, type VifStats } from './netback';
import { removeVifEntries, vifBackendPath, vifFrontendPath, writeVifEntries } from './vif-entries';
import { XsWatcher } from './xs-watcher';

/** A vif of a domain's config that cannot be attached; `index` is its place in `vif = [...]`. */
export class VifError extends ErrnoError {
  constructor(readonly index: number, message: string, errno: 'ENOENT' | 'EINVAL' | 'EEXIST') {
    super(errno, message);
    this.name = 'VifError';
  }
}

/** A vif as network-list shows it. */
export interface VifInfo {
  domid: number;
  devid: number;
  mac: string;
  bridge: string;
  vlan: number | null;
  /** XenbusState of the backend and of the frontend. */
  backendState: number;
  frontendState: number;
  eventChannel: number;
  txRingRef: number;
  rxRingRef: number;
  backendPath: string;
  stats: VifStats;
}

export interface NetworkServiceOptions {
  xenstored: Xenstored;
}

export class NetworkBackendService implements DomainServiceHooks {
  private ctx: Dom0ServiceContext | null = null;
  private watcher: XsWatcher | null = null;
  private readonly devices = new Map<number, Netback[]>();

  constructor(private readonly o: NetworkServiceOptions) {}

  /** For Dom0Options.services. */
  readonly service = (ctx: Dom0ServiceContext): DomainServiceHooks => {
    this.ctx = ctx;
    this.watcher = new XsWatcher(this.o.xenstored, ctx.log);
    return this;
  };

  async domainBuilt(d: BuiltDomainInfo): Promise<void> {
    for (let i = 0; i < d.vifs.length; i++) this.attach(d.domid, d.vifs[i], i, d.restored);
  }

  readonly stateKey = 'vif';

  /** The devids of the domain's vifs: each must be in the config it is restored with. */
  saveDomainState(domid: number): number[] {
    return (this.devices.get(domid) ?? []).map((nb) => nb.devid);
  }

  /**
   * The domain's saved xenstore nodes are back, its frontends' states among them: each vif's
   * frontend is made to start over, as on a Xen destination, so the guest connects new rings
   * and announces its MAC on the bridge it now sits on.
   */
  restoreDomainState(domid: number, _savedDomid: number, state: unknown): void {
    const list = this.devices.get(domid) ?? [];
    if (!Array.isArray(state) || !state.every((devid) => Number.isSafeInteger(devid) && list.some((nb) => nb.devid === devid))) {
      throw new Error(`vif state in the save image: ${JSON.stringify(state).slice(0, 80)} does not name the config's vifs (${list.map((nb) => nb.devid).join(', ') || 'none'})`);
    }
    for (const nb of list) nb.restartFrontend();
  }

  evtchnNotified(port: number): void {
    for (const list of this.devices.values()) for (const nb of list) if (nb.localPort === port) nb.kick();
  }

  async domainDestroyed(domid: number): Promise<void> {
    for (const nb of [...(this.devices.get(domid) ?? [])]) await this.remove(domid, nb);
    this.devices.delete(domid);
  }

  /**
   * Attaches `vif` (its devid and MAC assigned) to a domain, at build or network-attach; throws
   * VifError, leaving nothing behind. Returns the devid.
   */
  attach(domid: number, vif: VifSpec, index = 0, restored = false): number {
    const ctx = this.context();
    const list = this.devices.get(domid) ?? [];
    const devid = vif.devid ?? nextDevid(list);
    if (vif.mac === null) throw new VifError(index, 'no MAC address assigned', 'EINVAL');
    if (list.some((nb) => nb.devid === devid)) throw new VifError(index, `devid ${devid} is already attached to domain ${domid}`, 'EEXIST');
    const bridge = ctx.bridges.get(vif.bridge);
    if (bridge === undefined) {
      const known = ctx.bridges.names();
      throw new VifError(index, `bridge ${JSON.stringify(vif.bridge)} does not exist on this host (${known.length > 0 ? `bridges: ${known.join(', ')}` : 'it has none'})`, 'ENOENT');
    }
    const nb = new Netback({
      domctl: ctx.domctl, xenstored: this.o.xenstored, watcher: this.watcher as XsWatcher, clock: ctx.clock, log: ctx.log,
      domid, vif: { ...vif, devid, mac: vif.mac }, restored,
    });
    writeVifEntries(this.o.xenstored, domid, vif, devid, vif.mac);
    try {
      nb.start(bridge);
    } catch (err) {
      removeVifEntries(this.o.xenstored, domid, devid);
      throw new VifError(index, `bridge ${vif.bridge}: ${(err as Error).message}`, 'EINVAL');
    }
    list.push(nb);
    this.devices.set(domid, list);
    return devid;
  }

  /**
   * network-detach: the frontend is asked to let go and the vif is removed once it has (or
   * after libxl's timeout); with `force`, at once. `device` is the devid or the MAC.
   */
  async detach(domid: number, device: string, force: boolean): Promise<number> {
    const nb = (this.devices.get(domid) ?? []).find((n) => String(n.devid) === device || n.mac === device.toLowerCase());
    if (nb === undefined) throw new VifError(0, `domain ${domid} has no vif ${device}`, 'ENOENT');
    if (!force) await nb.requestClose();
    await this.remove(domid, nb);
    return nb.devid;
  }

  list(domid: number): VifInfo[] {
    return (this.devices.get(domid) ?? []).map((nb) => this.info(domid, nb));
  }

  private info(domid: number, nb: Netback): VifInfo {
    const xs = this.o.xenstored;
    const fe = vifFrontendPath(domid, nb.devid);
    const num = (key: string): number => {
      const p = `${fe}/${key}`;
      const t = xs.exists(p) ? xs.read(p).toString('utf8') : '';
      return /^[0-9]{1,10}$/.test(t) ? Number(t) : -1;
    };
    return {
      domid, devid: nb.devid, mac: nb.mac, bridge: nb.bridge, vlan: nb.vlan, backendState: nb.backendState, frontendState: num('state'),
      eventChannel: num('event-channel'), txRingRef: num('tx-ring-ref'), rxRingRef: num('rx-ring-ref'),
      backendPath: vifBackendPath(domid, nb.devid), stats: { ...nb.stats },
    };
  }

  private async remove(domid: number, nb: Netback): Promise<void> {
    const list = this.devices.get(domid) ?? [];
    const i = list.indexOf(nb);
    if (i < 0) return;
    list.splice(i, 1);
    await nb.stop();
    removeVifEntries(this.o.xenstored, domid, nb.devid);
  }

  private context(): Dom0ServiceContext {
    if (this.ctx === null) throw new Error('the network backend service is not attached to dom0');
    return this.ctx;
  }
}

/** libxl's choice for a new vif: one past the highest devid in use. */
function nextDevid(list: readonly Netback[]): number {
  return list.reduce((max, nb) => Math.max(max, nb.devid + 1), 0);
}
