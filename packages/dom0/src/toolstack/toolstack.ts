/**
 * The toolstack (libxl + xl's role): the domains dom0 manages, by name and domid, and their
 * lifecycle with xl's semantics — create (optionally paused), pause, unpause, shutdown and
 * reboot (the guest is asked first; -w waits; a guest that does not comply within a virtual
 * timeout is destroyed when forced), destroy, rename, and the on_poweroff / on_reboot /
 * on_crash / on_watchdog actions when a domain shuts down.
 *
 * Operations on one domain run one at a time (a per-domain queue), so a shutdown event that
 * arrives while a client destroys the domain cannot act on it twice.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { RpcError, StatusCode, pb } from '@hvsim/control';
import { ElfError, type ElfImage } from '@hvsim/riscv';
import { ConfigError } from '../config/config-error';
import { formatDomainConfig } from '../config/config-text';
import { DiskError, diskStatusCode } from '../devices/block-service';
import { VifError } from '../devices/network-service';
import { assignVifMacs } from '../devices/vif-mac';
import { DomainConfig, ShutdownAction, domainNameProblem, parseDomainConfig } from '../config/domain-config';
import { ConsoleBackend } from '../console/console-backend';
import { CostMeter } from '../cost-model';
import { DeviceModels } from '../device-models/device-models';
import { Domctl, DomainEvent } from '../domctl';
import { formatUuid, parseUuid } from '../uuid';
import { DomainServiceHooks, VirtualClock } from '../platform';
import { writeCoreDump } from './core-dump';
import { DomainBuilder, DomainLayout } from './domain-builder';
import { DomidAllocator } from './domid-allocator';
import type { HostIo } from '../files/host-io';
import { FileError } from '@hvsim/files';
import { fileRpcError } from '../files/file-error';
import { KernelImages, type KernelSource } from './kernel-images';
import { captureDomain, captureState, createShell, restoreState, writeImageMemory } from './save-restore';
import { decodeSaveImage, encodeSaveImage, SaveImageError, type SaveMetadata } from './save-image';
import { migrateDomain, type MigrateOptions, type MigrationLink, type MigrationResult } from './live-migration';
import { STREAM_VERSION, type HostCompat } from './migration-stream';

const KB_PER_PAGE = 4;

/** dom0's name, as xl lists it. */
export const DOM0_NAME = 'Domain-0';

export type DomainState = 'running' | 'shutdown' | 'dying';

/** A domain the toolstack manages. */
export interface ManagedDomain {
  readonly domid: number;
  name: string;
  readonly config: DomainConfig;
  readonly configFile: string;
  readonly layout: DomainLayout;
  /** xen_domain_handle_t as a UUID string. */
  readonly uuid: string;
  /** The toolstack's view; the core's flags come from GetDomainInfo. */
  state: DomainState;
  /** Set once the domain has shut down. */
  shutdownReason: pb.ShutdownReason | null;
}

export interface CreateRequest {
  config: DomainConfig;
  configFile: string;
  /** xl create -p. */
  paused: boolean;
  /** Where each of config.disks was written, so a disk that cannot be attached is reported
   *  with its file and line (absent: the config file, no line). */
  diskSources?: ReadonlyArray<{ file: string; line: number }>;
  /** The same for config.vifs. */
  vifSources?: ReadonlyArray<{ file: string; line: number }>;
}

export interface ShutdownOptions {
  /** -w: resolve only once the domain has shut down (or been destroyed). */
  wait: boolean;
  /** Destroy the domain when it has not shut down within the timeout. */
  force: boolean;
}

/** What happens to a domain once it is saved (xl save; -c; -p). */
export type AfterSave = 'destroy' | 'running' | 'paused';

export interface RestoreOptions {
  /** Where the image came from, for messages ("FILE: ..."). */
  source: string;
  /** xl restore -p. */
  paused: boolean;
}

/** What creating a received domain takes (from a save image's metadata, or a migration stream's header). */
export interface IncomingSpec {
  /** The domain's config as xl.cfg text. */
  config: string;
  configFile: string;
  uuid: string;
  vcpus: number;
  nrPages: number;
  maxPages: number;
}

/** A domain being received: built paused, its name reserved, not yet managed. */
export interface IncomingDomain {
  readonly domid: number;
  readonly config: DomainConfig;
  readonly configFile: string;
  readonly handle: Uint8Array;
  /** Where it comes from, for messages. */
  readonly source: string;
}

export interface ToolstackOptions {
  domctl: Domctl;
  cost: CostMeter;
  console: ConsoleBackend;
  deviceModels: DeviceModels;
  clock: VirtualClock;
  hooks: readonly DomainServiceHooks[];
  /** pCPUs of the host. */
  nrCpus: number;
  /** Reads kernel images (dom0 passes the file system, whose versions allow caching). */
  kernels: KernelSource;
  /** Counts dom0's file operations (kernels, core dumps) as under way while they are. */
  io: HostIo;
  /** Where coredump-* actions write core files; null = they fail (logged) and carry on. */
  dumpDir: string | null;
  /** Virtual ns a guest has to comply with a shutdown/reboot request before force applies. */
  shutdownTimeoutNs: number;
  /** dom0's own log (what went wrong in the background: failed restarts, dumps). */
  log: (line: string) => void;
  /** The ISA the host offers (boot --isa), for HVM device trees; default all the hart implements. */
  isa?: string;
  /** The host's seed: vifs without a MAC get one drawn from it (devices/vif-mac.ts). */
  seed?: number;
}

type Listener = (event: pb.DomainEvent.$Properties) => void;

const ACTION_KEYS: Partial<Record<pb.ShutdownReason, keyof DomainConfig>> = {
  [pb.ShutdownReason.SHUTDOWN_REASON_POWEROFF]: 'onPoweroff',
  [pb.ShutdownReason.SHUTDOWN_REASON_REBOOT]: 'onReboot',
  [pb.ShutdownReason.SHUTDOWN_REASON_CRASH]: 'onCrash',
  [pb.ShutdownReason.SHUTDOWN_REASON_WATCHDOG]: 'onWatchdog',
};

export class Toolstack {
  private readonly domains = new Map<number, ManagedDomain>();
  /** Names in use, including those of domains still being built (domid -1). */
  private readonly names = new Map<string, number>();
  private readonly queues = new Map<number, Promise<unknown>>();
  /** Resolved when the domain shuts down or goes away. */
  private readonly waiters = new Map<number, Array<() => void>>();
  private readonly consoleIndex = new Map<number, number>();
  private readonly draining = new Map<number, Promise<void>>();
  private readonly listeners = new Set<Listener>();
  private readonly builder: DomainBuilder;
  private readonly kernels: KernelImages;
  private readonly domids = new DomidAllocator();
  /** Domids of incoming domains (built, not yet managed): no new domain may take them. */
  private readonly incoming = new Set<number>();
  /** Domains created so far (feeds newHandle). */
  private created = 0;

  constructor(private readonly o: ToolstackOptions) {
    this.builder = new DomainBuilder(o.domctl, o.cost, o.isa);
    this.kernels = new KernelImages(o.kernels);
    this.names.set(DOM0_NAME, 0);
  }

  // ---- lookup ----------------------------------------------------------------------------

  /** Domains in domid order. */
  list(): ManagedDomain[] {
    return [...this.domains.values()].sort((a, b) => a.domid - b.domid);
  }

  /** dom0's file operations under way. */
  get io(): HostIo {
    return this.o.io;
  }

  get(domid: number): ManagedDomain | undefined {
    return this.domains.get(domid);
  }

  /** What xl takes for a domain: a name, or a domid in decimal. ESRCH when unknown. */
  resolve(ref: string): number {
    const trimmed = ref.trim();
    if (/^[0-9]+$/.test(trimmed)) {
      const domid = Number(trimmed);
      if (domid === 0 || this.domains.has(domid)) return domid;
    } else {
      const domid = this.names.get(trimmed);
      if (domid !== undefined && domid >= 0) return domid;
    }
    throw new RpcError(StatusCode.STATUS_CODE_ESRCH, `domain ${JSON.stringify(ref)} does not exist`);
  }

  /** The managed domU a reference names; dom0 gives EPERM (xl refuses to act on it). */
  domU(ref: string, verb: string): ManagedDomain {
    const domid = this.resolve(ref);
    if (domid === 0) throw new RpcError(StatusCode.STATUS_CODE_EPERM, `cannot ${verb} Domain-0`);
    return this.domains.get(domid)!;
  }

  nameOf(domid: number): string | null {
    return domid === 0 ? DOM0_NAME : (this.domains.get(domid)?.name ?? null);
  }

  // ---- events ----------------------------------------------------------------------------

  /** Lifecycle events with names (ManagementService.Events). Returns an unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(type: pb.DomainEventType, domid: number, name: string, extra: Partial<pb.DomainEvent.$Properties> = {}): void {
    const event = { timeNs: this.o.clock.now(), type, domid, name, ...extra };
    for (const l of [...this.listeners]) l(event);
  }

  /** An event from the core's WatchEvents stream. */
  async handleCoreEvent(event: DomainEvent): Promise<void> {
    const dom = this.domains.get(event.domid);
    switch (event.type) {
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_CONSOLE:
        if (dom !== undefined) await this.drainConsole(dom.domid);
        return;
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_SHUTDOWN:
        if (dom !== undefined) await this.domainShutDown(dom, event.shutdownReason);
        return;
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_PAUSED:
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_UNPAUSED:
        if (dom !== undefined) this.emit(event.type, dom.domid, dom.name);
        return;
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_DESTROYED:
        // Destroyed behind the toolstack's back (it forgets its own domains as it destroys them).
        if (dom !== undefined) await this.exclusive(dom.domid, () => this.forget(dom));
        return;
      default:
        return;
    }
  }

  // ---- create ----------------------------------------------------------------------------

  async create(req: CreateRequest): Promise<ManagedDomain> {
    this.reserveName(req.config.name);
    try {
      const kernel = await this.loadKernel(req.config.kernel);
      const domid = this.domids.next((d) => this.domains.has(d) || this.queues.has(d) || this.incoming.has(d));
      if (domid === null) throw new RpcError(StatusCode.STATUS_CODE_ENOSPC, 'no free domain ID');
      const handle = this.newHandle(req.config.name, domid);
      // Vifs without a MAC get one now, so the config the domain keeps (and saves) has it.
      const config: DomainConfig = { ...req.config, vifs: assignVifMacs(req.config.vifs, this.o.seed ?? 0, formatUuid(handle)) };
      const built = await this.builder.build({ config, kernel, domid, nrCpus: this.o.nrCpus, handle });
      const dom: ManagedDomain = {
        domid: built.domid, name: config.name, config, configFile: req.configFile, layout: built.layout, uuid: formatUuid(handle), state: 'running', shutdownReason: null,
      };
      await this.start(dom, { paused: req.paused, restored: false });
      return dom;
    } catch (err) {
      if (this.names.get(req.config.name) === -1) this.names.delete(req.config.name);
      if (err instanceof DiskError) throw diskConfigError(err, req);
      if (err instanceof VifError) throw vifConfigError(err, req);
      throw err;
    } finally {
      await this.o.cost.flush();
    }
  }

  /**
   * A UUID for a new domain (libxl makes a random one). Derived from the name, domid and a
   * creation counter, so runs stay deterministic and no two domains of a boot share one;
   * shaped as a version-4 UUID.
   */
  private newHandle(name: string, domid: number): Uint8Array {
    const digest = createHash('sha256').update(`${name}\0${domid}\0${this.created++}`).digest();
    const handle = new Uint8Array(digest.subarray(0, 16));
    handle[6] = (handle[6] & 0x0f) | 0x40;
    handle[8] = (handle[8] & 0x3f) | 0x80;
    return handle;
  }

  private reserveName(name: string): void {
    const holder = this.names.get(name);
    if (holder !== undefined) {
      throw new RpcError(StatusCode.STATUS_CODE_EEXIST, holder >= 0 ? `domain name ${JSON.stringify(name)} is already in use by domain ${holder}` : `domain name ${JSON.stringify(name)} is already in use`);
    }
    this.names.set(name, -1);
  }

  private async loadKernel(file: string): Promise<ElfImage> {
    try {
      return await this.o.io.track(this.kernels.load(file));
    } catch (err) {
      if (err instanceof ElfError) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `kernel: ${file}: ${err.message}`);
      if (err instanceof FileError) throw new RpcError(fileRpcError(err).code, `kernel: ${err.message}`);
      throw err;
    }
  }

  /** Registers a built (paused) domain with dom0's services and, unless `paused`, runs it. */
  private async start(dom: ManagedDomain, { paused, restored }: { paused: boolean; restored: boolean }): Promise<void> {
    const { domid } = dom;
    this.domains.set(domid, dom);
    this.names.set(dom.name, domid);
    this.consoleIndex.set(domid, 0);
    try {
      // Inside: a console log that cannot be opened (not a regular file) fails the create cleanly.
      this.o.console.open(domid, dom.name);
      if (dom.config.type === 'hvm') this.o.deviceModels.add(domid, dom.config.maxvcpus);
      const { layout, config } = dom;
      for (const hook of this.o.hooks) {
        await hook.domainBuilt?.({
          domid, name: dom.name, uuid: dom.uuid, memory: config.memory, maxmem: config.maxmem, vcpus: config.vcpus, maxVcpus: config.maxvcpus, type: config.type,
          consoleGfn: layout.consoleGfn, consoleEvtchn: layout.consoleEvtchn, storeGfn: layout.storeGfn, storeEvtchn: layout.storeEvtchn, startInfoGfn: layout.startInfoGfn,
          restored, disks: config.disks, vifs: config.vifs,
        });
      }
      this.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED, domid, dom.name);
      if (!paused) await this.o.domctl.unpauseDomain(domid);
    } catch (err) {
      await this.destroyNow(dom);
      throw err instanceof FileError ? fileRpcError(err) : err;
    }
  }

  // ---- simple verbs ----------------------------------------------------------------------

  async pause(ref: string): Promise<number> {
    const dom = this.domU(ref, 'pause');
    await this.exclusive(dom.domid, () => this.o.domctl.pauseDomain(dom.domid));
    return dom.domid;
  }

  async unpause(ref: string): Promise<number> {
    const dom = this.domU(ref, 'unpause');
    await this.exclusive(dom.domid, () => this.o.domctl.unpauseDomain(dom.domid));
    return dom.domid;
  }

  async destroy(ref: string): Promise<number> {
    const dom = this.domU(ref, 'destroy');
    await this.exclusive(dom.domid, () => this.destroyNow(dom));
    return dom.domid;
  }

  /** xl mem-set: tells the core and the domain services (xenstore's memory/target). */
  async setMemoryTarget(ref: string, targetKb: number): Promise<void> {
    const domid = this.resolve(ref);
    await this.exclusive(domid, () => this.setTargetNow(domid, targetKb));
  }

  /**
   * xl mem-max: the most memory the domain may hold. As libxl, refused below the balloon
   * target (memory_static_max must be at least memory_dynamic_max), and below what the
   * domain holds now, which it could not give back.
   */
  async setMaxMemory(ref: string, maxKb: number): Promise<void> {
    const domid = this.resolve(ref);
    await this.exclusive(domid, async () => {
      const info = await this.o.domctl.getDomainInfo(domid);
      const holdsKb = Number(info.totPages) * KB_PER_PAGE;
      const targetKb = Number(info.targetPages) * KB_PER_PAGE;
      const floor = targetKb > holdsKb ? { kb: targetKb, what: 'balloon target' } : { kb: holdsKb, what: 'current memory' };
      if (maxKb < floor.kb) {
        throw new RpcError(StatusCode.STATUS_CODE_EINVAL,
          `cannot set the maximum memory of ${this.nameOf(domid) ?? domid} to ${formatKb(maxKb)}: below its ${floor.what} of ${formatKb(floor.kb)} (mem-set it lower first)`);
      }
      await this.o.domctl.setMaxMem(domid, maxKb);
    });
  }

  private async setTargetNow(domid: number, targetKb: number): Promise<void> {
    await this.o.domctl.setMemoryTarget(domid, targetKb);
    for (const hook of this.o.hooks) await this.safely(`memory target of domain ${domid}`, () => hook.memoryTargetChanged?.(domid, targetKb));
  }

  async rename(ref: string, newName: string): Promise<void> {
    const dom = this.domU(ref, 'rename');
    checkNewName(newName);
    await this.exclusive(dom.domid, () => this.renameNow(dom, newName));
  }

  private async renameNow(dom: ManagedDomain, newName: string): Promise<void> {
    if (newName === dom.name) return;
    this.reserveName(newName);
    try {
      this.o.console.rename(dom.domid, newName);
    } catch (err) {
      this.names.delete(newName);
      throw err instanceof FileError ? fileRpcError(err) : err;
    }
    this.names.delete(dom.name);
    this.names.set(newName, dom.domid);
    dom.name = newName;
    for (const hook of this.o.hooks) await this.safely(`rename of domain ${dom.domid}`, () => hook.domainRenamed?.(dom.domid, newName));
    this.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_RENAMED, dom.domid, newName);
  }

  // ---- save / restore --------------------------------------------------------------------

  /**
   * xl save: pauses the domain, takes in what it left in its console rings, captures it (see
   * save-restore.ts), hands the image to `persist` (which makes it durable: written, flushed,
   * in place), then destroys it, or leaves it running (-c) or paused (-p). When capture or
   * persist fails nothing is destroyed: the domain runs on (or stays paused, for -p).
   */
  async save(ref: string, after: AfterSave, persist?: (image: Buffer) => Promise<void>): Promise<Buffer> {
    const dom = this.domU(ref, 'save');
    try {
      return await this.exclusive(dom.domid, async () => {
        if (this.domains.get(dom.domid) !== dom || dom.state !== 'running') {
          throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `domain ${dom.domid} (${dom.name}) has ${dom.state === 'dying' ? 'been destroyed' : 'shut down'}; there is nothing to save`);
        }
        await this.o.domctl.pauseDomain(dom.domid);
        let image: Buffer;
        try {
          await this.drainAllConsoles(dom.domid);
          image = await captureDomain(this.o.domctl, this.o.cost, {
            domid: dom.domid, name: dom.name, uuid: dom.uuid, configText: formatDomainConfig({ ...dom.config, name: dom.name }), configFile: dom.configFile,
            layout: dom.layout, nowNs: this.o.clock.now(), hooks: this.o.hooks,
          });
          await persist?.(image);
        } catch (err) {
          if (after !== 'paused') await this.o.domctl.unpauseDomain(dom.domid).catch(() => undefined);
          throw err;
        }
        if (after === 'destroy') await this.destroyNow(dom);
        else if (after === 'running') await this.o.domctl.unpauseDomain(dom.domid);
        return image;
      });
    } finally {
      await this.o.cost.flush();
    }
  }

  /**
   * xl migrate, the sending side (live-migration.ts): the domain's pages and state go over
   * `link` to a destination session, which commits and runs it; then it is destroyed here.
   * Until the destination committed, any failure leaves it running here.
   */
  async migrate(ref: string, link: MigrationLink, host: HostCompat, opts: MigrateOptions): Promise<MigrationResult> {
    const dom = this.domU(ref, 'migrate');
    try {
      return await this.exclusive(dom.domid, async () => {
        if (this.domains.get(dom.domid) !== dom || dom.state !== 'running') {
          throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `domain ${dom.domid} (${dom.name}) has ${dom.state === 'dying' ? 'been destroyed' : 'shut down'}; there is nothing to migrate`);
        }
        const info = await this.o.domctl.getDomainInfo(dom.domid);
        const configText = formatDomainConfig({ ...dom.config, name: dom.name });
        const result = await migrateDomain(this.o.domctl, this.o.cost, this.o.clock, link, {
          domid: dom.domid,
          header: {
            version: STREAM_VERSION,
            host,
            domain: {
              name: dom.name, uuid: dom.uuid, config: configText, configFile: dom.configFile,
              nrPages: dom.layout.nrPages, maxPages: Number(info.maxPages), vcpus: info.maxVcpuId + 1,
            },
            live: opts.live,
          },
          pause: async () => {
            await this.o.domctl.pauseDomain(dom.domid);
            await this.drainAllConsoles(dom.domid);
            for (const hook of this.o.hooks) await this.safely(`devices of domain ${dom.domid}`, () => hook.migrationPaused?.(dom.domid));
          },
          unpause: async () => {
            for (const hook of this.o.hooks) await this.safely(`devices of domain ${dom.domid}`, () => hook.migrationAborted?.(dom.domid));
            await this.o.domctl.unpauseDomain(dom.domid);
          },
          captureState: async (populated) => encodeSaveImage(await captureState(this.o.domctl, {
            domid: dom.domid, name: dom.name, uuid: dom.uuid, configText, configFile: dom.configFile, layout: dom.layout, nowNs: this.o.clock.now(), hooks: this.o.hooks,
          }, { populated, data: [] }), []),
        }, opts);
        await this.destroyNow(dom);
        return result;
      });
    } finally {
      await this.o.cost.flush();
    }
  }

  /**
   * xl restore: a new domain (new domid, the saved name and UUID) from a save image, with its
   * memory, vCPUs and event channels as they were, dom0's services reconnected to its rings at
   * the same ports, and its xenstore state back; running unless `paused`.
   */
  async restore(bytes: Uint8Array, opts: RestoreOptions): Promise<ManagedDomain> {
    let image;
    try {
      image = decodeSaveImage(bytes);
    } catch (err) {
      if (err instanceof SaveImageError) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `${opts.source}: ${err.message}`);
      throw err;
    }
    const { meta } = image;
    const incoming = await this.beginIncoming(opts.source, {
      config: meta.config, configFile: meta.configFile, uuid: meta.uuid, vcpus: meta.vcpus.length, nrPages: meta.layout.nrPages, maxPages: meta.maxPages,
    });
    try {
      await writeImageMemory(this.o.domctl, this.o.cost, incoming.domid, image);
    } catch (err) {
      await this.discardIncoming(incoming);
      throw err;
    }
    return this.commitIncoming(incoming, meta, opts.paused);
  }

  /**
   * The first step of receiving a domain (a restore, an incoming migration): its saved config
   * checked, its name reserved, an empty paused domain created for its memory. Not yet one of
   * the toolstack's domains: commitIncoming makes it one, discardIncoming undoes this.
   */
  async beginIncoming(source: string, spec: IncomingSpec): Promise<IncomingDomain> {
    let config: DomainConfig;
    try {
      config = parseDomainConfig(spec.config, `${source} (saved config)`, [], '/').config;
    } catch (err) {
      if (err instanceof ConfigError) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `${source}: ${err.message}`);
      throw err;
    }
    if (spec.vcpus !== config.maxvcpus) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `${source}: ${spec.vcpus} vCPU contexts for maxvcpus = ${config.maxvcpus}`);
    const handle = parseUuid(spec.uuid);
    if (handle === null) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `${source}: bad UUID ${JSON.stringify(spec.uuid)}`);
    this.reserveName(config.name);
    try {
      const domid = this.domids.next((d) => this.domains.has(d) || this.queues.has(d) || this.incoming.has(d));
      if (domid === null) throw new RpcError(StatusCode.STATUS_CODE_ENOSPC, 'no free domain ID');
      this.created++;
      this.incoming.add(domid);
      try {
        await createShell(this.o.domctl, { domid, handle, type: config.type, vcpus: spec.vcpus, nrPages: spec.nrPages, maxPages: spec.maxPages });
      } catch (err) {
        this.incoming.delete(domid);
        throw err;
      }
      return { domid, config, configFile: spec.configFile, handle, source };
    } catch (err) {
      this.releaseName(config.name);
      throw err;
    } finally {
      await this.o.cost.flush();
    }
  }

  /** Gives an incoming domain whose memory is in place its saved state and makes it one of the
   *  toolstack's domains, dom0's services reconnected; running unless `paused`. Destroyed on failure. */
  async commitIncoming(incoming: IncomingDomain, meta: SaveMetadata, paused: boolean): Promise<ManagedDomain> {
    const { domid, config, source } = incoming;
    try {
      await restoreState(this.o.domctl, domid, meta, this.o.log);
    } catch (err) {
      await this.discardIncoming(incoming);
      throw err;
    }
    const dom: ManagedDomain = {
      domid, name: config.name, config, configFile: incoming.configFile, layout: { ...meta.layout }, uuid: formatUuid(incoming.handle), state: 'running', shutdownReason: null,
    };
    this.incoming.delete(domid);
    try {
      await this.start(dom, { paused: true, restored: true });
      try {
        for (const hook of this.o.hooks) {
          const state = hook.stateKey !== undefined ? meta.services[hook.stateKey] : undefined;
          if (state !== undefined) await hook.restoreDomainState?.(domid, meta.domid, state);
        }
        if (meta.targetPages > 0 && meta.targetPages !== meta.layout.nrPages) await this.setTargetNow(domid, meta.targetPages * 4);
        if (!paused) await this.o.domctl.unpauseDomain(domid);
      } catch (err) {
        await this.exclusive(domid, () => this.destroyNow(dom));
        throw err instanceof RpcError ? err : new RpcError(StatusCode.STATUS_CODE_EINVAL, `${source}: ${(err as Error).message}`);
      }
      return dom;
    } catch (err) {
      this.releaseName(config.name);
      throw incomingDeviceError(err, source);
    } finally {
      await this.o.cost.flush();
    }
  }

  /** Undoes beginIncoming: the domain destroyed, its name free again. */
  async discardIncoming(incoming: IncomingDomain): Promise<void> {
    await this.o.domctl.destroyDomain(incoming.domid).catch(() => undefined);
    this.incoming.delete(incoming.domid);
    this.releaseName(incoming.config.name);
  }

  /** A name reserved for a domain not (or no longer) being built is free again. */
  private releaseName(name: string): void {
    if (this.names.get(name) === -1) this.names.delete(name);
  }

  // ---- shutdown / reboot -----------------------------------------------------------------

  /**
   * xl shutdown / xl reboot: asks the guest (through a hook such as xenstore's
   * control/shutdown; without one, a remote shutdown with that reason, which the core
   * applies at once). With `force`, a guest still not shut down after the timeout is destroyed;
   * with `wait`, resolves once the domain has shut down or is gone.
   */
  async shutdown(ref: string, kind: 'poweroff' | 'reboot', options: ShutdownOptions): Promise<number> {
    const dom = this.domU(ref, kind === 'poweroff' ? 'shut down' : 'reboot');
    const { domid } = dom;
    const gone = this.whenShutDown(domid);
    await this.exclusive(domid, () => this.ask(dom, kind));
    if (options.force) this.forceAfterTimeout(dom, gone);
    if (options.wait) await gone;
    return domid;
  }

  private async ask(dom: ManagedDomain, kind: 'poweroff' | 'reboot'): Promise<void> {
    if (dom.state !== 'running') return; // already shut down: nothing to ask
    for (const hook of this.o.hooks) {
      if (hook.requestShutdown !== undefined && (await hook.requestShutdown(dom.domid, kind))) return;
    }
    const reason = kind === 'poweroff' ? pb.ShutdownReason.SHUTDOWN_REASON_POWEROFF : pb.ShutdownReason.SHUTDOWN_REASON_REBOOT;
    await this.o.domctl.shutdownDomain(dom.domid, reason);
  }

  private forceAfterTimeout(dom: ManagedDomain, gone: Promise<void>): void {
    let complied = false;
    const cancel = this.o.clock.setTimer(this.o.shutdownTimeoutNs, () => {
      if (complied || this.domains.get(dom.domid) !== dom || dom.state !== 'running') return;
      this.o.log(`domain ${dom.domid} (${dom.name}) did not shut down within ${this.o.shutdownTimeoutNs} ns; destroying it`);
      void this.exclusive(dom.domid, () => this.destroyNow(dom)).catch((err) => this.o.log(`forced destroy of domain ${dom.domid} failed: ${(err as Error).message}`));
    });
    void gone.then(() => {
      complied = true;
      cancel();
    });
  }

  /** Resolves when the domain has shut down or is gone. */
  private whenShutDown(domid: number): Promise<void> {
    const dom = this.domains.get(domid);
    if (dom === undefined || dom.state !== 'running') return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.waiters.get(domid) ?? [];
      list.push(resolve);
      this.waiters.set(domid, list);
    });
  }

  private wake(domid: number): void {
    const list = this.waiters.get(domid);
    this.waiters.delete(domid);
    for (const resolve of list ?? []) resolve();
  }

  /** The core reports the domain shut down: carry out its on_* action. */
  private async domainShutDown(dom: ManagedDomain, reason: pb.ShutdownReason): Promise<void> {
    await this.exclusive(dom.domid, async () => {
      if (this.domains.get(dom.domid) !== dom || dom.state !== 'running') return;
      dom.state = 'shutdown';
      dom.shutdownReason = reason;
      await this.drainAllConsoles(dom.domid);
      this.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_SHUTDOWN, dom.domid, dom.name, { shutdownReason: reason });
      this.wake(dom.domid);
      const key = ACTION_KEYS[reason];
      // suspend and soft_reset have no xl.cfg action here: the domain stays as it is. A code
      // Xen does not define (a guest may shut down with any) is destroyed, as xl does.
      if (key !== undefined) await this.carryOut(dom, dom.config[key] as ShutdownAction, reason);
      else if (reason > pb.ShutdownReason.SHUTDOWN_REASON_SOFT_RESET) await this.destroyNow(dom);
    });
    await this.o.cost.flush();
  }

  private async carryOut(dom: ManagedDomain, action: ShutdownAction, reason: pb.ShutdownReason): Promise<void> {
    switch (action) {
      case 'preserve':
        return;
      case 'destroy':
        return this.destroyNow(dom);
      case 'restart':
        await this.destroyNow(dom);
        return this.restart(dom, reason);
      case 'rename-restart':
        await this.renameNow(dom, this.preservedName(dom));
        return this.restart(dom, reason);
      case 'coredump-destroy':
        await this.dumpCore(dom);
        return this.destroyNow(dom);
      case 'coredump-restart':
        await this.dumpCore(dom);
        await this.destroyNow(dom);
        return this.restart(dom, reason);
    }
  }

  /** Builds the domain again from the same config, under a new domid, and runs it. */
  private async restart(old: ManagedDomain, reason: pb.ShutdownReason): Promise<void> {
    try {
      const dom = await this.create({ config: old.config, configFile: old.configFile, paused: false });
      if (reason === pb.ShutdownReason.SHUTDOWN_REASON_REBOOT) this.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_REBOOTED, dom.domid, dom.name);
    } catch (err) {
      this.o.log(`restart of ${old.config.name} (was domain ${old.domid}) failed: ${(err as Error).message}`);
    }
  }

  /** xl's rename-restart suffix: the time as -YYYYMMDDTHHMMZ (virtual time since the epoch);
   *  if that name is taken too, the old domid is appended. */
  private preservedName(dom: ManagedDomain): string {
    const iso = new Date(Math.floor(this.o.clock.now() / 1e6)).toISOString(); // 1970-01-01T00:00:00.000Z
    const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
    const name = `${dom.name}-${stamp}`;
    return this.names.has(name) ? `${name}-${dom.domid}` : name;
  }

  private async dumpCore(dom: ManagedDomain): Promise<void> {
    if (this.o.dumpDir === null) {
      this.o.log(`domain ${dom.domid} (${dom.name}): no dump directory configured; core not written`);
      return;
    }
    const file = path.join(this.o.dumpDir, `${dom.config.name}.${dom.domid}.core`);
    await this.safely(`core dump of domain ${dom.domid}`, async () => {
      await writeCoreDump(this.o.domctl, this.o.cost, { domid: dom.domid, name: dom.name, nrPages: dom.layout.nrPages, nrVcpus: dom.config.maxvcpus }, file, this.o.io);
      this.o.log(`domain ${dom.domid} (${dom.name}): core written to ${file}`);
    });
  }

  // ---- destroy ---------------------------------------------------------------------------

  /** Destroys a domain now (caller holds its queue) and forgets it. */
  private async destroyNow(dom: ManagedDomain): Promise<void> {
    if (this.domains.get(dom.domid) !== dom) return;
    // A domain that shut down had its consoles drained then, and has not run since.
    const drained = dom.state === 'shutdown';
    dom.state = 'dying';
    if (!drained) await this.drainAllConsoles(dom.domid).catch(() => undefined);
    try {
      await this.o.domctl.destroyDomain(dom.domid);
    } catch (err) {
      // Already gone in the core: forget it all the same.
      if (!(err instanceof RpcError && err.code === StatusCode.STATUS_CODE_ESRCH)) {
        dom.state = dom.shutdownReason === null ? 'running' : 'shutdown';
        throw err;
      }
    }
    await this.forget(dom);
  }

  private async forget(dom: ManagedDomain): Promise<void> {
    if (this.domains.get(dom.domid) !== dom) return;
    const { domid } = dom;
    this.domains.delete(domid);
    if (this.names.get(dom.name) === domid) this.names.delete(dom.name);
    this.consoleIndex.delete(domid);
    this.o.deviceModels.remove(domid);
    this.o.console.close(domid);
    for (const hook of this.o.hooks) await this.safely(`release of domain ${domid}`, () => hook.domainDestroyed?.(domid));
    this.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_DESTROYED, domid, dom.name);
    this.wake(domid);
  }

  /** Destroys every domU (Halt). */
  async destroyAll(): Promise<void> {
    for (const dom of this.list()) await this.exclusive(dom.domid, () => this.destroyNow(dom));
  }

  // ---- console ---------------------------------------------------------------------------

  /** Moves what the domain wrote with console_io / the SBI console from the core to the backend. */
  drainConsole(domid: number): Promise<void> {
    const running = this.draining.get(domid);
    if (running !== undefined) return running.then(() => this.drainConsole(domid));
    const job = this.drainLoop(domid).finally(() => this.draining.delete(domid));
    this.draining.set(domid, job);
    return job;
  }

  /** console_io output and what the domain services hold in rings (shutdown, destroy). */
  private async drainAllConsoles(domid: number): Promise<void> {
    await this.drainConsole(domid);
    for (const hook of this.o.hooks) await this.safely(`console of domain ${domid}`, () => hook.flushConsole?.(domid));
  }

  private async drainLoop(domid: number): Promise<void> {
    for (;;) {
      const index = this.consoleIndex.get(domid);
      if (index === undefined) return;
      const r = await this.o.domctl.consoleRead(domid, index);
      if (!this.consoleIndex.has(domid)) return;
      this.consoleIndex.set(domid, Number(r.nextIndex));
      if (r.data.length === 0) return;
      this.o.cost.charge('consoleByte', r.data.length);
      this.o.console.append(domid, r.data);
    }
  }

  // ---- plumbing --------------------------------------------------------------------------

  /** Runs `fn` after every earlier operation on the domain has finished. */
  private exclusive<T>(domid: number, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(domid) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.queues.set(domid, tail);
    void tail.then(() => {
      if (this.queues.get(domid) === tail) this.queues.delete(domid);
    });
    return run;
  }

  private async safely(what: string, fn: () => unknown): Promise<void> {
    try {
      await fn();
    } catch (err) {
      this.o.log(`${what} failed: ${(err as Error).message}`);
    }
  }
}

/** A memory size as users read it: MiB when whole, else KiB. */
export function formatKb(kb: number): string {
  return kb % 1024 === 0 ? `${kb / 1024} MiB` : `${kb} KiB`;
}

function checkNewName(name: string): void {
  const problem = domainNameProblem(name);
  if (problem !== null) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `invalid domain name: ${problem}`);
}

/** A vif that could not be attached (an unknown bridge, a MAC in use), as xl reports it. */
function vifConfigError(err: VifError, req: CreateRequest): RpcError {
  const where = req.vifSources?.[err.index] ?? { file: req.configFile || 'config', line: 0 };
  return new RpcError(err.code, new ConfigError(where.file, where.line, 'vif', err.message).message);
}

/** A disk or vif a received domain could not get back (its image is not in this host's
 *  datastore, its bridge is not here), as the client sees it. */
function incomingDeviceError(err: unknown, source: string): unknown {
  if (err instanceof DiskError) return new RpcError(diskStatusCode(err.code), `${source}: disk: ${err.message}`);
  if (err instanceof VifError) return new RpcError(err.code, `${source}: vif: ${err.message}`);
  return err;
}

/** A disk that could not be attached, as xl reports a config problem: file, line, key. */
function diskConfigError(err: DiskError, req: CreateRequest): RpcError {
  const where = req.diskSources?.[err.index] ?? { file: req.configFile || 'config', line: 0 };
  return new RpcError(diskStatusCode(err.code), new ConfigError(where.file, where.line, 'disk', err.message).message);
}
