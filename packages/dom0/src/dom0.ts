/**
 * dom0's boot (docs/ARCHITECTURE.md, "dom0"): the core has created domain 0 (privileged)
 * and handed dom0 a DomctlService client; dom0 then
 *   1. checks it really is the privileged domain 0 and learns the host (physinfo);
 *   2. starts its services: console backend, device models, the plugged-in domain services
 *      (xenstored), the toolstack, the management service;
 *   3. follows the core's events (domain shutdowns → on_* actions, console output);
 *   4. autostarts the domUs its boot config names;
 *   5. is ready.
 * Everything it does is charged to its own vCPU time through the cost model.
 */
import * as fs from 'node:fs';
import { ManagementService, RpcClient, RpcServer, pb, type RpcServerOptions } from '@hvsim/control';
import type { ClientStream } from '@hvsim/control';
import { ConfigError } from './config/config-error';
import { parseDomainConfig } from './config/domain-config';
import { ConsoleBackend } from './console/console-backend';
import type { BlockBackendService } from './devices/block-service';
import type { NetworkBackendService } from './devices/network-service';
import { ChargeSink, CostMeter } from './cost-model';
import { DeviceModels } from './device-models/device-models';
import { Domctl } from './domctl';
import { HostDescription, ManagementImplementation, MigrationPeer, createManagementService } from './management/management-service';
import { DomainServiceHooks, VirtualClock } from './platform';
import { HostIo } from './files/host-io';
import { Bridges, DEFAULT_BRIDGES, type BridgeSpec } from './network/bridge-directory';
import type { BridgeDirectory } from './network/bridge-port';
import type { UplinkSpec } from './network/uplink-spec';
import { Uplinks } from './network/uplinks';
import { FileError, MAX_CONFIG_BYTES, readRegularFile } from '@hvsim/files';
import { fileKernelSource, readerKernelSource } from './toolstack/kernel-images';
import { ManagedDomain, Toolstack } from './toolstack/toolstack';

/** One domU to start at boot (xendomains' role): an xl.cfg file plus overrides. */
export interface AutostartEntry {
  /** Path of the xl.cfg file (relative kernel paths resolve against its directory). */
  file: string;
  /** The config text; read from `file` when absent. */
  text?: string;
  overrides?: string[];
}

/** What a plugged-in service (xenstored) gets to work with. */
export interface Dom0ServiceContext {
  domctl: Domctl;
  console: ConsoleBackend;
  clock: VirtualClock;
  cost: CostMeter;
  /** dom0's host file I/O under way (see HostIo): services track theirs here too. */
  io: HostIo;
  /** The host's bridges (virtual switches), where vifs and uplinks plug in. */
  bridges: BridgeDirectory;
  log: (line: string) => void;
}

export interface Dom0Options {
  /** A connected DomctlService client (the boot loader's in-process channel to the core). */
  domctl: RpcClient;
  clock: VirtualClock;
  /** Hands dom0's charged work to the core (accounted to dom0's vCPU). Without it the cost
   *  model still counts (see costs()) but nothing is charged. */
  chargeHostWork?: ChargeSink;
  /** Per-domain console logs; null/absent = none. */
  logDir?: string | null;
  /** Where coredump-* actions write core files; null/absent = they only log. */
  dumpDir?: string | null;
  consoleHistoryBytes?: number;
  /** domUs to start once dom0 is up. */
  autostart?: AutostartEntry[];
  /** Services following every domU's life, e.g. xenstored (issue 5). Built once dom0's
   *  channel and console backend exist. */
  services?: Array<(ctx: Dom0ServiceContext) => DomainServiceHooks>;
  /** Virtual ns a guest gets to comply with shutdown/reboot before -F destroys it (default 10 s). */
  shutdownTimeoutNs?: number;
  /** Reads kernels and config files (default: regular files on disk, each kind within its cap). */
  readFile?: (file: string) => Uint8Array | Promise<Uint8Array>;
  /** dom0's log lines (warnings, background failures); default: dropped. */
  log?: (line: string) => void;
  /** What Info reports about the host (socket paths, pacing, seed). */
  host?: HostDescription;
  /** Called after a client's Halt has been answered. */
  onHalt?: () => void;
  /** The virtual block device backends (also in `services`), for block-attach/-detach/-list
   *  (absent: those answer ENOSYS). */
  blockDevices?: BlockBackendService;
  /** The virtual network interface backends (also in `services`), for network-attach/-detach/-list. */
  networkDevices?: NetworkBackendService;
  /** Reaches the receiving daemon of a migration (absent: Migrate answers ENOSYS). */
  migrationPeer?: (destination: string) => Promise<MigrationPeer>;
  /** The host's bridges (default: one, `xenbr0`). */
  bridges?: readonly BridgeSpec[];
  /** VXLAN uplinks of the bridges to other hosts (default none). */
  uplinks?: readonly UplinkSpec[];
}

/** The outcome of one autostart entry. */
export type AutostartResult = { file: string; domid: number; name: string } | { file: string; error: string };

export const DEFAULT_SHUTDOWN_TIMEOUT_NS = 10_000_000_000;

export class Dom0 {
  readonly management: ManagementImplementation;
  private events: ClientStream<pb.DomctlServiceWatchEventsResponse> | null = null;
  private eventLoop: Promise<void> = Promise.resolve();
  private halted = false;

  private constructor(
    readonly domctl: Domctl,
    readonly cost: CostMeter,
    readonly console: ConsoleBackend,
    readonly deviceModels: DeviceModels,
    readonly toolstack: Toolstack,
    /** The host's virtual switches. */
    readonly bridges: Bridges,
    /** Their uplinks to other hosts. */
    readonly uplinks: Uplinks,
    private readonly hooks: readonly DomainServiceHooks[],
    private readonly log: (line: string) => void,
    options: Dom0Options,
  ) {
    this.management = createManagementService({
      domctl,
      toolstack,
      console,
      cost,
      host: options.host ?? {},
      clock: options.clock,
      io: toolstack.io,
      onHalt: () => options.onHalt?.(),
      bridges,
      uplinks,
      ...(options.migrationPeer !== undefined ? { migrationPeer: options.migrationPeer } : {}),
      ...(options.blockDevices !== undefined ? { blockDevices: options.blockDevices } : {}),
      ...(options.networkDevices !== undefined ? { networkDevices: options.networkDevices } : {}),
      log,
    });
  }

  /** Boots dom0 on a core that has created the privileged domain 0. */
  static async boot(options: Dom0Options): Promise<{ dom0: Dom0; autostarted: AutostartResult[] }> {
    const log = options.log ?? (() => undefined);
    const readFile = options.readFile ?? ((file: string) => readRegularFile(file, MAX_CONFIG_BYTES));
    const cost = new CostMeter(options.chargeHostWork ?? null);
    const domctl = new Domctl(options.domctl, cost);

    const self = await domctl.getDomainInfo(0);
    if (!self.privileged) throw new Error('domain 0 is not privileged: the core must create dom0 with privileged = true');
    const physinfo = await domctl.physinfo();

    const consoles = new ConsoleBackend({ logDir: options.logDir ?? null, historyBytes: options.consoleHistoryBytes });
    const deviceModels = new DeviceModels(consoles, cost);
    const io = new HostIo();
    const bridges = new Bridges(options.bridges ?? DEFAULT_BRIDGES, () => options.clock.now(), log);
    const ctx: Dom0ServiceContext = { domctl, console: consoles, clock: options.clock, cost, io, bridges, log };
    // The device models' state travels with a saved HVM domain like a service's.
    const hooks = [...(options.services ?? []).map((make) => make(ctx)), deviceModels];
    const toolstack = new Toolstack({
      domctl,
      cost,
      console: consoles,
      deviceModels,
      clock: options.clock,
      hooks,
      nrCpus: physinfo.nrCpus,
      kernels: options.readFile === undefined ? fileKernelSource : readerKernelSource(options.readFile),
      io,
      dumpDir: options.dumpDir ?? null,
      shutdownTimeoutNs: options.shutdownTimeoutNs ?? DEFAULT_SHUTDOWN_TIMEOUT_NS,
      log,
      ...(options.host?.isa !== undefined ? { isa: options.host.isa } : {}),
      seed: options.host?.seed ?? 0,
    });
    if (options.dumpDir) fs.mkdirSync(options.dumpDir, { recursive: true });
    // Last of what may fail: a boot that fails leaves no socket bound.
    const uplinks = await Uplinks.open(options.uplinks ?? [], bridges, options.clock, log);

    const dom0 = new Dom0(domctl, cost, consoles, deviceModels, toolstack, bridges, uplinks, hooks, log, options);
    dom0.followCoreEvents();
    const autostarted = await dom0.autostart(options.autostart ?? [], (file) => toolstack.io.track(Promise.resolve(readFile(file))));
    await cost.flush();
    return { dom0, autostarted };
  }

  /** An RpcServer serving ManagementService; the caller binds it to its listener(s). */
  createManagementServer(name = 'hvsim-dom0', options: Pick<RpcServerOptions, 'limits' | 'onLimit'> = {}): RpcServer {
    return new RpcServer({ ...options, name, onInternalError: (err, method) => this.log(`${method}: internal error: ${(err as Error).stack ?? String(err)}`) })
      .addService(ManagementService, this.management);
  }

  /** dom0's file operations under way: a host driving virtual time deterministically lets
   *  none pass while one is (see HostIo). */
  get hostIo(): HostIo {
    return this.toolstack.io;
  }

  /** Totals of the cost model, for reports. */
  costs(): ReturnType<CostMeter['totals']> {
    return this.cost.totals();
  }

  /** Domains dom0 manages, in domid order. */
  domains(): ManagedDomain[] {
    return this.toolstack.list();
  }

  /** Destroys every domU and stops following the core (the daemon is going away). */
  async halt(): Promise<void> {
    if (this.halted) return;
    this.halted = true;
    await this.toolstack.destroyAll();
    await this.uplinks.close();
    this.events?.cancel();
    await this.eventLoop;
    this.console.closeAll();
    await this.cost.flush();
  }

  private followCoreEvents(): void {
    const wantsEvtchn = this.hooks.some((h) => h.evtchnNotified !== undefined);
    const stream = this.domctl.watchEvents(wantsEvtchn);
    this.events = stream;
    this.eventLoop = (async () => {
      try {
        for await (const m of stream) {
          if (m.event) this.dispatch(m.event);
        }
      } catch (err) {
        if (!this.halted) this.log(`the core's event stream failed: ${(err as Error).message}`);
      }
    })();
  }

  private dispatch(event: pb.DomainEvent): void {
    if (event.type === pb.DomainEventType.DOMAIN_EVENT_TYPE_EVTCHN) {
      for (const hook of this.hooks) hook.evtchnNotified?.(event.port);
      return;
    }
    // Operations on one domain are queued inside the toolstack; events of different
    // domains proceed independently.
    void this.toolstack.handleCoreEvent(event)
      .then(() => this.cost.flush())
      .catch((err) => this.log(`handling ${pb.DomainEventType[event.type]} of domain ${event.domid} failed: ${(err as Error).message}`));
  }

  private async autostart(entries: AutostartEntry[], readFile: (file: string) => Promise<Uint8Array>): Promise<AutostartResult[]> {
    const results: AutostartResult[] = [];
    for (const entry of entries) {
      try {
        const text = entry.text ?? Buffer.from(await readFile(entry.file)).toString('utf8');
        const { config, warnings, diskSources, vifSources } = parseDomainConfig(text, entry.file, entry.overrides ?? []);
        for (const w of warnings) this.log(`warning: ${w.message}`);
        const dom = await this.toolstack.create({ config, configFile: entry.file, paused: false, diskSources, vifSources });
        results.push({ file: entry.file, domid: dom.domid, name: dom.name });
      } catch (err) {
        const message = err instanceof ConfigError || err instanceof FileError ? err.message : `${entry.file}: ${(err as Error).message}`;
        this.log(`autostart: ${message}`);
        results.push({ file: entry.file, error: message });
      }
    }
    return results;
  }
}
