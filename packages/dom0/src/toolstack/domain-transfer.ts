/**
 * Domains leaving and arriving (xl save, migrate, restore, and the receiving side of a
 * migration): the toolstack's steps around the mechanisms of save-restore.ts and
 * live-migration.ts — the domain's queue held, consoles drained before its state is taken,
 * and on failure the domain left as it was (a saved or migrating domain runs on; a domain
 * being received is destroyed and its name freed).
 */
import { RpcError } from '@hvsim/control';
import { ConfigError } from '../config/config-error';
import { formatDomainConfig } from '../config/config-text';
import { type DomainConfig, parseSavedDomainConfig } from '../config/domain-config';
import { DiskError } from '../devices/block-service';
import { VifError } from '../devices/network-service';
import { formatUuid, parseUuid } from '../uuid';
import type { ConsoleDrain } from './console-drain';
import type { DomainRegistry } from './domain-registry';
import type { Lifecycle } from './lifecycle';
import { migrateDomain, type MigrateOptions, type MigrationLink, type MigrationResult } from './live-migration';
import { logFailure, type ManagedDomain } from './managed-domain';
import { STREAM_VERSION, type HostCompat } from './migration-stream';
import { decodeSaveImage, encodeSaveImage, SaveImageError, type SaveMetadata } from './save-image';
import { captureDomain, captureState, createShell, restoreState, writeImageMemory } from './save-restore';
import type { ToolstackOptions } from './toolstack';
import { ToolstackError } from './toolstack-error';

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

export class DomainTransfer {
  constructor(
    private readonly o: ToolstackOptions,
    private readonly registry: DomainRegistry,
    private readonly lifecycle: Lifecycle,
    private readonly consoles: ConsoleDrain,
  ) {}

  /**
   * xl save: pauses the domain, takes in what it left in its console rings, captures it (see
   * save-restore.ts), hands the image to `persist` (which makes it durable: written, flushed,
   * in place), then destroys it, or leaves it running (-c) or paused (-p). When capture or
   * persist fails nothing is destroyed: the domain runs on (or stays paused, for -p).
   */
  async save(ref: string, after: AfterSave, persist?: (image: Buffer) => Promise<void>): Promise<Buffer> {
    const dom = this.registry.domU(ref, 'save');
    try {
      return await this.registry.exclusive(dom.domid, async () => {
        this.checkStillRunning(dom, 'save');
        await this.o.domctl.pauseDomain(dom.domid);
        let image: Buffer;
        try {
          await this.consoles.drainAll(dom.domid);
          image = await captureDomain(this.o.domctl, this.o.cost, {
            domid: dom.domid, name: dom.name, uuid: dom.uuid, configText: formatDomainConfig({ ...dom.config, name: dom.name }), configFile: dom.configFile,
            layout: dom.layout, nowNs: this.o.clock.now(), hooks: this.o.hooks,
          });
          await persist?.(image);
        } catch (err) {
          if (after !== 'paused') await this.o.domctl.unpauseDomain(dom.domid).catch(() => undefined);
          throw err;
        }
        if (after === 'destroy') await this.lifecycle.destroyNow(dom);
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
    const dom = this.registry.domU(ref, 'migrate');
    try {
      return await this.registry.exclusive(dom.domid, async () => {
        this.checkStillRunning(dom, 'migrate');
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
            await this.consoles.drainAll(dom.domid);
            for (const hook of this.o.hooks) await logFailure(this.o.log, `devices of domain ${dom.domid}`, () => hook.migrationPaused?.(dom.domid));
          },
          unpause: async () => {
            for (const hook of this.o.hooks) await logFailure(this.o.log, `devices of domain ${dom.domid}`, () => hook.migrationAborted?.(dom.domid));
            await this.o.domctl.unpauseDomain(dom.domid);
          },
          captureState: async (populated) => encodeSaveImage(await captureState(this.o.domctl, {
            domid: dom.domid, name: dom.name, uuid: dom.uuid, configText, configFile: dom.configFile, layout: dom.layout, nowNs: this.o.clock.now(), hooks: this.o.hooks,
          }, { populated, data: [] }), []),
        }, opts);
        await this.lifecycle.destroyNow(dom);
        return result;
      });
    } finally {
      await this.o.cost.flush();
    }
  }

  /** EINVAL when the domain shut down or was destroyed while the operation waited its turn. */
  private checkStillRunning(dom: ManagedDomain, verb: string): void {
    if (this.registry.holds(dom) && dom.state === 'running') return;
    throw new ToolstackError('EINVAL', `domain ${dom.domid} (${dom.name}) has ${dom.state === 'dying' ? 'been destroyed' : 'shut down'}; there is nothing to ${verb}`);
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
      if (err instanceof SaveImageError) throw new ToolstackError('EINVAL', `${opts.source}: ${err.message}`);
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
      config = parseSavedDomainConfig(spec.config, `${source} (saved config)`).config;
    } catch (err) {
      if (err instanceof ConfigError) throw new ToolstackError('EINVAL', `${source}: ${err.message}`);
      throw err;
    }
    if (spec.vcpus !== config.maxvcpus) throw new ToolstackError('EINVAL', `${source}: ${spec.vcpus} vCPU contexts for maxvcpus = ${config.maxvcpus}`);
    const handle = parseUuid(spec.uuid);
    if (handle === null) throw new ToolstackError('EINVAL', `${source}: bad UUID ${JSON.stringify(spec.uuid)}`);
    this.registry.reserveName(config.name);
    try {
      const domid = this.registry.allocateDomid();
      this.registry.countCreated();
      this.registry.setIncoming(domid, true);
      try {
        await createShell(this.o.domctl, { domid, handle, type: config.type, vcpus: spec.vcpus, nrPages: spec.nrPages, maxPages: spec.maxPages, maxEvtchnPort: config.maxEventChannels });
      } catch (err) {
        this.registry.setIncoming(domid, false);
        throw err;
      }
      return { domid, config, configFile: spec.configFile, handle, source };
    } catch (err) {
      this.registry.releaseName(config.name);
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
    this.registry.setIncoming(domid, false);
    try {
      await this.lifecycle.start(dom, { paused: true, restored: true });
      try {
        for (const hook of this.o.hooks) {
          const state = hook.stateKey !== undefined ? meta.services[hook.stateKey] : undefined;
          if (state !== undefined) await hook.restoreDomainState?.(domid, meta.domid, state);
        }
        if (meta.targetPages > 0 && meta.targetPages !== meta.layout.nrPages) await this.lifecycle.setTargetNow(domid, meta.targetPages * 4);
        if (!paused) await this.o.domctl.unpauseDomain(domid);
      } catch (err) {
        await this.registry.exclusive(domid, () => this.lifecycle.destroyNow(dom));
        throw err instanceof RpcError || err instanceof ToolstackError ? err : new ToolstackError('EINVAL', `${source}: ${(err as Error).message}`);
      }
      return dom;
    } catch (err) {
      this.registry.releaseName(config.name);
      throw incomingDeviceError(err, source);
    } finally {
      await this.o.cost.flush();
    }
  }

  /** Undoes beginIncoming: the domain destroyed, its name free again. */
  async discardIncoming(incoming: IncomingDomain): Promise<void> {
    await this.o.domctl.destroyDomain(incoming.domid).catch(() => undefined);
    this.registry.setIncoming(incoming.domid, false);
    this.registry.releaseName(incoming.config.name);
  }
}

/** A disk or vif a received domain could not get back (its image is not in this host's
 *  datastore, its bridge is not here), as the client sees it. */
function incomingDeviceError(err: unknown, source: string): unknown {
  if (err instanceof DiskError) return new ToolstackError(err.errno, `${source}: disk: ${err.message}`);
  if (err instanceof VifError) return new ToolstackError(err.errno, `${source}: vif: ${err.message}`);
  return err;
}
