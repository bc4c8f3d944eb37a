/**
 * The toolstack's lifecycle of a domain (libxl + xl's role), with xl's semantics: create
 * (optionally paused), pause, unpause, shutdown and reboot (the guest is asked first; -w
 * waits; a guest that does not comply within a virtual timeout is destroyed when forced),
 * destroy, rename, the memory target and maximum, and the on_poweroff / on_reboot / on_crash /
 * on_watchdog actions when a domain shuts down. Each operation holds the domain's queue
 * (DomainRegistry.exclusive).
 */
import * as path from 'node:path';
import { RpcError, StatusCode, pb } from '@hvsim/control';
import { FileError } from '@hvsim/files';
import { ElfError, type ElfImage } from '@hvsim/riscv';
import { ConfigError } from '../config/config-error';
import { type DomainConfig, type ShutdownAction, domainNameProblem } from '../config/domain-config';
import { DiskError } from '../devices/block-service';
import { VifError } from '../devices/network-service';
import { assignVifMacs } from '../devices/vif-mac';
import type { DomainEvent } from '../domctl';
import { formatUuid } from '../uuid';
import type { ConsoleDrain } from './console-drain';
import { writeCoreDump } from './core-dump';
import { DomainBuilder } from './domain-builder';
import type { DomainEvents } from './domain-events';
import type { DomainRegistry } from './domain-registry';
import { KernelImages } from './kernel-images';
import { logFailure, type ManagedDomain } from './managed-domain';
import { ToolstackError } from './toolstack-error';
import type { ToolstackOptions } from './toolstack';

const KB_PER_PAGE = 4;

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

const ACTION_KEYS: Partial<Record<pb.ShutdownReason, keyof DomainConfig>> = {
  [pb.ShutdownReason.SHUTDOWN_REASON_POWEROFF]: 'onPoweroff',
  [pb.ShutdownReason.SHUTDOWN_REASON_REBOOT]: 'onReboot',
  [pb.ShutdownReason.SHUTDOWN_REASON_CRASH]: 'onCrash',
  [pb.ShutdownReason.SHUTDOWN_REASON_WATCHDOG]: 'onWatchdog',
};

export class Lifecycle {
  private readonly builder: DomainBuilder;
  private readonly kernels: KernelImages;
  /** Resolved when the domain shuts down or goes away. */
  private readonly waiters = new Map<number, Array<() => void>>();

  constructor(
    private readonly o: ToolstackOptions,
    private readonly registry: DomainRegistry,
    private readonly consoles: ConsoleDrain,
    private readonly events: DomainEvents,
  ) {
    this.builder = new DomainBuilder(o.domctl, o.cost, o.isa);
    this.kernels = new KernelImages(o.kernels);
  }

  /** An event from the core's WatchEvents stream. */
  async handleCoreEvent(event: DomainEvent): Promise<void> {
    const dom = this.registry.get(event.domid);
    switch (event.type) {
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_CONSOLE:
        if (dom !== undefined) await this.consoles.drain(dom.domid);
        return;
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_SHUTDOWN:
        if (dom !== undefined) await this.domainShutDown(dom, event.shutdownReason);
        return;
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_PAUSED:
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_UNPAUSED:
        if (dom !== undefined) this.events.emit(event.type, dom.domid, dom.name);
        return;
      case pb.DomainEventType.DOMAIN_EVENT_TYPE_DESTROYED:
        // Destroyed behind the toolstack's back (it forgets its own domains as it destroys them).
        if (dom !== undefined) await this.registry.exclusive(dom.domid, () => this.forget(dom));
        return;
      default:
        return;
    }
  }

  // ---- create ----------------------------------------------------------------------------

  async create(req: CreateRequest): Promise<ManagedDomain> {
    this.registry.reserveName(req.config.name);
    try {
      const kernel = await this.loadKernel(req.config.kernel);
      const domid = this.registry.allocateDomid();
      const handle = this.registry.newHandle(req.config.name, domid);
      // Vifs without a MAC get one now, so the config the domain keeps (and saves) has it.
      const config: DomainConfig = { ...req.config, vifs: assignVifMacs(req.config.vifs, this.o.seed ?? 0, formatUuid(handle)) };
      const built = await this.builder.build({ config, kernel, domid, nrCpus: this.o.nrCpus, handle });
      const dom: ManagedDomain = {
        domid: built.domid, name: config.name, config, configFile: req.configFile, layout: built.layout, uuid: formatUuid(handle), state: 'running', shutdownReason: null,
      };
      await this.start(dom, { paused: req.paused, restored: false });
      return dom;
    } catch (err) {
      this.registry.releaseName(req.config.name);
      if (err instanceof DiskError) throw diskConfigError(err, req);
      if (err instanceof VifError) throw vifConfigError(err, req);
      throw err;
    } finally {
      await this.o.cost.flush();
    }
  }

  private async loadKernel(file: string): Promise<ElfImage> {
    try {
      return await this.o.io.track(this.kernels.load(file));
    } catch (err) {
      if (err instanceof ElfError) throw new ToolstackError('EINVAL', `kernel: ${file}: ${err.message}`);
      if (err instanceof FileError) throw new ToolstackError(err.code, `kernel: ${err.message}`);
      throw err;
    }
  }

  /** Registers a built (paused) domain with dom0's services and, unless `paused`, runs it. */
  async start(dom: ManagedDomain, { paused, restored }: { paused: boolean; restored: boolean }): Promise<void> {
    const { domid } = dom;
    this.registry.add(dom);
    this.consoles.follow(domid);
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
      this.events.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED, domid, dom.name);
      if (!paused) await this.o.domctl.unpauseDomain(domid);
    } catch (err) {
      await this.destroyNow(dom);
      throw err instanceof FileError ? new ToolstackError(err.code, err.message) : err;
    }
  }

  // ---- simple verbs ----------------------------------------------------------------------

  async pause(ref: string): Promise<number> {
    const dom = this.registry.domU(ref, 'pause');
    await this.registry.exclusive(dom.domid, () => this.o.domctl.pauseDomain(dom.domid));
    return dom.domid;
  }

  async unpause(ref: string): Promise<number> {
    const dom = this.registry.domU(ref, 'unpause');
    await this.registry.exclusive(dom.domid, () => this.o.domctl.unpauseDomain(dom.domid));
    return dom.domid;
  }

  async destroy(ref: string): Promise<number> {
    const dom = this.registry.domU(ref, 'destroy');
    await this.registry.exclusive(dom.domid, () => this.destroyNow(dom));
    return dom.domid;
  }

  /** xl mem-set: tells the core and the domain services (xenstore's memory/target). */
  async setMemoryTarget(ref: string, targetKb: number): Promise<void> {
    const domid = this.registry.resolve(ref);
    await this.registry.exclusive(domid, () => this.setTargetNow(domid, targetKb));
  }

  /**
   * xl mem-max: the most memory the domain may hold. As libxl, refused below the balloon
   * target (memory_static_max must be at least memory_dynamic_max), and below what the
   * domain holds now, which it could not give back.
   */
  async setMaxMemory(ref: string, maxKb: number): Promise<void> {
    const domid = this.registry.resolve(ref);
    await this.registry.exclusive(domid, async () => {
      const info = await this.o.domctl.getDomainInfo(domid);
      const holdsKb = Number(info.totPages) * KB_PER_PAGE;
      const targetKb = Number(info.targetPages) * KB_PER_PAGE;
      const floor = targetKb > holdsKb ? { kb: targetKb, what: 'balloon target' } : { kb: holdsKb, what: 'current memory' };
      if (maxKb < floor.kb) {
        throw new ToolstackError('EINVAL',
          `cannot set the maximum memory of ${this.registry.nameOf(domid) ?? domid} to ${formatKb(maxKb)}: below its ${floor.what} of ${formatKb(floor.kb)} (mem-set it lower first)`);
      }
      await this.o.domctl.setMaxMem(domid, maxKb);
    });
  }

  /** The balloon target now (the caller holds the domain's queue). */
  async setTargetNow(domid: number, targetKb: number): Promise<void> {
    await this.o.domctl.setMemoryTarget(domid, targetKb);
    for (const hook of this.o.hooks) await logFailure(this.o.log, `memory target of domain ${domid}`, () => hook.memoryTargetChanged?.(domid, targetKb));
  }

  async rename(ref: string, newName: string): Promise<void> {
    const dom = this.registry.domU(ref, 'rename');
    checkNewName(newName);
    await this.registry.exclusive(dom.domid, () => this.renameNow(dom, newName));
  }

  private async renameNow(dom: ManagedDomain, newName: string): Promise<void> {
    if (newName === dom.name) return;
    this.registry.reserveName(newName);
    try {
      this.o.console.rename(dom.domid, newName);
    } catch (err) {
      this.registry.releaseName(newName);
      throw err instanceof FileError ? new ToolstackError(err.code, err.message) : err;
    }
    this.registry.rename(dom, newName);
    for (const hook of this.o.hooks) await logFailure(this.o.log, `rename of domain ${dom.domid}`, () => hook.domainRenamed?.(dom.domid, newName));
    this.events.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_RENAMED, dom.domid, newName);
  }

  // ---- shutdown / reboot -----------------------------------------------------------------

  /**
   * xl shutdown / xl reboot: asks the guest (through a hook such as xenstore's
   * control/shutdown; without one, a remote shutdown with that reason, which the core
   * applies at once). With `force`, a guest still not shut down after the timeout is destroyed;
   * with `wait`, resolves once the domain has shut down or is gone.
   */
  async shutdown(ref: string, kind: 'poweroff' | 'reboot', options: ShutdownOptions): Promise<number> {
    const dom = this.registry.domU(ref, kind === 'poweroff' ? 'shut down' : 'reboot');
    const { domid } = dom;
    const gone = this.whenShutDown(domid);
    await this.registry.exclusive(domid, () => this.ask(dom, kind));
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
      if (complied || !this.registry.holds(dom) || dom.state !== 'running') return;
      this.o.log(`domain ${dom.domid} (${dom.name}) did not shut down within ${this.o.shutdownTimeoutNs} ns; destroying it`);
      void this.registry.exclusive(dom.domid, () => this.destroyNow(dom)).catch((err) => this.o.log(`forced destroy of domain ${dom.domid} failed: ${(err as Error).message}`));
    });
    void gone.then(() => {
      complied = true;
      cancel();
    });
  }

  /** Resolves when the domain has shut down or is gone. */
  private whenShutDown(domid: number): Promise<void> {
    const dom = this.registry.get(domid);
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
    await this.registry.exclusive(dom.domid, async () => {
      if (!this.registry.holds(dom) || dom.state !== 'running') return;
      dom.state = 'shutdown';
      dom.shutdownReason = reason;
      await this.consoles.drainAll(dom.domid);
      this.events.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_SHUTDOWN, dom.domid, dom.name, { shutdownReason: reason });
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
      if (reason === pb.ShutdownReason.SHUTDOWN_REASON_REBOOT) this.events.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_REBOOTED, dom.domid, dom.name);
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
    return this.registry.nameTaken(name) ? `${name}-${dom.domid}` : name;
  }

  private async dumpCore(dom: ManagedDomain): Promise<void> {
    if (this.o.dumpDir === null) {
      this.o.log(`domain ${dom.domid} (${dom.name}): no dump directory configured; core not written`);
      return;
    }
    const file = path.join(this.o.dumpDir, `${dom.config.name}.${dom.domid}.core`);
    await logFailure(this.o.log, `core dump of domain ${dom.domid}`, async () => {
      await writeCoreDump(this.o.domctl, this.o.cost, { domid: dom.domid, name: dom.name, nrPages: dom.layout.nrPages, nrVcpus: dom.config.maxvcpus }, file, this.o.io);
      this.o.log(`domain ${dom.domid} (${dom.name}): core written to ${file}`);
    });
  }

  // ---- destroy ---------------------------------------------------------------------------

  /** Destroys a domain now (caller holds its queue) and forgets it. */
  async destroyNow(dom: ManagedDomain): Promise<void> {
    if (!this.registry.holds(dom)) return;
    // A domain that shut down had its consoles drained then, and has not run since.
    const drained = dom.state === 'shutdown';
    dom.state = 'dying';
    if (!drained) await this.consoles.drainAll(dom.domid).catch(() => undefined);
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
    if (!this.registry.remove(dom)) return;
    const { domid } = dom;
    this.consoles.forget(domid);
    this.o.deviceModels.remove(domid);
    this.o.console.close(domid);
    for (const hook of this.o.hooks) await logFailure(this.o.log, `release of domain ${domid}`, () => hook.domainDestroyed?.(domid));
    this.events.emit(pb.DomainEventType.DOMAIN_EVENT_TYPE_DESTROYED, domid, dom.name);
    this.wake(domid);
  }

  /** Destroys every domU (Halt). */
  async destroyAll(): Promise<void> {
    for (const dom of this.registry.list()) await this.registry.exclusive(dom.domid, () => this.destroyNow(dom));
  }
}

/** A memory size as users read it: MiB when whole, else KiB. */
export function formatKb(kb: number): string {
  return kb % 1024 === 0 ? `${kb / 1024} MiB` : `${kb} KiB`;
}

function checkNewName(name: string): void {
  const problem = domainNameProblem(name);
  if (problem !== null) throw new ToolstackError('EINVAL', `invalid domain name: ${problem}`);
}

/** A vif that could not be attached (an unknown bridge, a MAC in use), as xl reports it. */
function vifConfigError(err: VifError, req: CreateRequest): ToolstackError {
  const where = req.vifSources?.[err.index] ?? { file: req.configFile || 'config', line: 0 };
  return new ToolstackError(err.errno, new ConfigError(where.file, where.line, 'vif', err.message).message);
}

/** A disk that could not be attached, as xl reports a config problem: file, line, key. */
function diskConfigError(err: DiskError, req: CreateRequest): ToolstackError {
  const where = req.diskSources?.[err.index] ?? { file: req.configFile || 'config', line: 0 };
  return new ToolstackError(err.errno, new ConfigError(where.file, where.line, 'disk', err.message).message);
}
