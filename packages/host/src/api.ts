/**
 * The embedding API: a whole host (core + dom0) in this process, no sockets, driven in
 * virtual time. Every operation goes through dom0's ManagementService on an in-process
 * channel — the same calls the CLI makes over the Unix socket — so a script sees what a
 * client of a daemon would see, deterministically:
 *
 *   const host = await Host.boot({ pcpus: 2, seed: 1 });
 *   const d = await host.create('images/demo/hello.cfg');
 *   await host.run('50ms');
 *   console.log(host.console(d));
 *   await host.halt();
 *
 * Virtual time moves only inside run()/runUntil() and inside operations that must wait for
 * the machine (shutdown -w, reboot -w); between steps dom0 reacts, so its actions land at
 * step boundaries fixed by virtual time alone.
 */
import * as path from 'node:path';
import { ManagementService, RpcClient, inProcessPair, pb } from '@hvsim/control';
import { bootHost, type BootedHost, type HostOptions } from './boot/host';
import type { Management } from './daemon-connection';
import { parseDomainRef } from './domain-ref';
import { parseDuration } from './duration';
import { domainJson, type DomainJson } from './views/domain';
import { infoEntries } from './views/info';
import type { MigrationReport } from './views/migration';
import { migrateDomain } from './migrate';
import { readConfigFile } from './config-file';

export type { DomainJson } from './views/domain';
export type { MigrationReport } from './views/migration';
export type { HostOptions } from './boot/host';

/** A domain, as xl names one: a domid, a name, or what create() returned. */
export type DomainRef = number | string | { domid: number };

export interface CreatedDomain {
  domid: number;
  name: string;
  /**
   * What the config asked for that hvsim does not do (a setting it ignores), one text each as
   * `hvsim create` prints them after "hvsim: warning: "; empty for a restored domain.
   */
  warnings: string[];
}

export interface CreateOptions {
  /** xl's trailing key=value settings, e.g. ['name="web2"', 'cpu_weight=512']. */
  overrides?: string[];
  /** xl create -p. */
  paused?: boolean;
}

/** A lifecycle event as dom0 reports it (ManagementService.Events), with its virtual time. */
export interface HostEvent {
  timeNs: number;
  type: 'created' | 'paused' | 'unpaused' | 'shutdown' | 'destroyed' | 'renamed' | 'rebooted';
  domid: number;
  name: string;
  /** With shutdown: poweroff, reboot, crash, ... */
  reason: string | null;
}

export interface DomainCounters {
  instructions: number;
  exits: Record<string, number>;
  hypercalls: Record<number, number>;
}

/** Virtual time run per step; dom0 reacts between steps. */
const STEP_NS = 250_000;
/** An operation that must wait for the machine gives up after this much virtual time. */
const OPERATION_LIMIT_NS = 600_000_000_000;

const turnEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class Host {
  /** Lifecycle events so far, oldest first. */
  readonly events: HostEvent[] = [];
  private readonly consoles = new Map<number, Buffer[]>();
  /** Latest domid of each name (a rebooted domain keeps its name under a new domid). */
  private readonly domidOfName = new Map<string, number>();
  private halted = false;

  private constructor(private readonly booted: BootedHost, private readonly rpc: RpcClient, private readonly m: Management) {}

  /** Boots the machine and dom0 (and autostart domains) in this process. */
  static async boot(options: HostOptions = {}): Promise<Host> {
    const booted = await bootHost(options);
    const server = booted.dom0.createManagementServer('hvsim-embedded');
    const [clientEnd, serverEnd] = inProcessPair();
    server.accept(serverEnd);
    const rpc = await RpcClient.connect(clientEnd, { name: 'hvsim-api' });
    const host = new Host(booted, rpc, rpc.service(ManagementService));
    host.follow();
    for (const a of booted.autostarted) if ('domid' in a) host.capture(a.domid, a.name);
    await host.turn();
    return host;
  }

  /** Virtual time since boot, ns. */
  get now(): number {
    return this.booted.hypervisor.now();
  }

  /** xl create CFG [key=value...] [-p]. */
  async create(configFile: string, options: CreateOptions = {}): Promise<CreatedDomain> {
    const { config, configFile: file } = readConfigFile(configFile);
    return this.createFromText(config, { ...options, file });
  }

  /** Create from xl.cfg text; `file` (if given) names it in errors and anchors relative kernel paths. */
  async createFromText(config: string, options: CreateOptions & { file?: string } = {}): Promise<CreatedDomain> {
    const r = await this.settle(this.m.CreateDomain({ config, configFile: options.file ?? '', overrides: options.overrides ?? [], paused: options.paused ?? false }));
    this.capture(r.domid, r.name);
    return { domid: r.domid, name: r.name, warnings: r.warnings };
  }

  /** Lets the machine run for a span of virtual time: a number of ns, or '50ms', '2s', ... */
  async run(duration: number | string): Promise<void> {
    const target = this.now + parseDuration(duration);
    while (this.now < target) {
      this.step(target);
      await this.turn();
    }
  }

  /** Runs until `done()` holds (checked between steps), at most `limit` of virtual time; false on time-out. */
  async runUntil(done: () => boolean, limit: number | string = '10s'): Promise<boolean> {
    const target = this.now + parseDuration(limit);
    await this.turn();
    while (!done()) {
      if (this.now >= target) return false;
      this.step(target);
      await this.turn();
    }
    return true;
  }

  /** Everything the domain wrote to its console so far (kept after it is gone). */
  console(d: DomainRef): string {
    const domid = this.domidOf(d);
    return Buffer.concat(this.consoles.get(domid) ?? []).toString('utf8');
  }

  /** xl list --json. */
  async list(...domains: DomainRef[]): Promise<DomainJson[]> {
    const r = await this.settle(this.m.ListDomains({ domains: domains.map((d) => this.ref(d)) }));
    return r.domains.map(domainJson);
  }

  /** One domain, or null when it does not exist. */
  async domain(d: DomainRef): Promise<DomainJson | null> {
    const found = await this.list(d).catch(() => []);
    return found[0] ?? null;
  }

  async pause(d: DomainRef): Promise<void> {
    await this.settle(this.m.PauseDomain({ domain: this.ref(d) }));
  }

  async unpause(d: DomainRef): Promise<void> {
    await this.settle(this.m.UnpauseDomain({ domain: this.ref(d) }));
  }

  /** xl shutdown [-w] [-F]; with wait, virtual time runs until the domain has shut down. */
  async shutdown(d: DomainRef, options: { wait?: boolean; force?: boolean } = {}): Promise<void> {
    await this.settle(this.m.ShutdownDomain({ domain: this.ref(d), wait: options.wait ?? false, force: options.force ?? false }));
  }

  async reboot(d: DomainRef, options: { wait?: boolean; force?: boolean } = {}): Promise<void> {
    await this.settle(this.m.RebootDomain({ domain: this.ref(d), wait: options.wait ?? false, force: options.force ?? false }));
  }

  async destroy(d: DomainRef): Promise<void> {
    await this.settle(this.m.DestroyDomain({ domain: this.ref(d) }));
  }

  async rename(d: DomainRef, name: string): Promise<void> {
    await this.settle(this.m.RenameDomain({ domain: this.ref(d), newName: name }));
  }

  /** xl save [-c | -p]: writes the domain to `file` (a path on this host); by default it is then destroyed. */
  async save(d: DomainRef, file: string, options: { checkpoint?: boolean; paused?: boolean } = {}): Promise<void> {
    await this.settle(this.m.Save({ domain: this.ref(d), file: path.resolve(file), checkpoint: options.checkpoint ?? false, paused: options.paused ?? false }));
  }

  /** xl restore [-p]: a new domain from a save file. */
  async restore(file: string, options: { paused?: boolean } = {}): Promise<CreatedDomain> {
    const r = await this.settle(this.m.Restore({ file: path.resolve(file), paused: options.paused ?? false }));
    return { domid: r.domid, name: r.name, warnings: [] };
  }

  /**
   * xl migrate [--no-live]: moves the domain to the daemon at `destination` (its socket path or
   * tcp:HOST:PORT), live unless `live` is false; `onProgress` sees each batch of each round.
   */
  async migrate(d: DomainRef, destination: string, options: { live?: boolean; onProgress?: (p: pb.MigrateProgress) => void } = {}): Promise<MigrationReport> {
    return this.settle(migrateDomain(this.m, { domain: this.ref(d), destination, live: options.live ?? true }, options.onProgress), true);
  }

  /** xl mem-set: the balloon target, in KiB. */
  async memSet(d: DomainRef, targetKb: number): Promise<void> {
    await this.settle(this.m.MemSet({ domain: this.ref(d), targetKb }));
  }

  /** xl mem-max: the most memory the domain may hold, in KiB. */
  async memMax(d: DomainRef, maxMemoryKb: number): Promise<void> {
    await this.settle(this.m.MemMax({ domain: this.ref(d), maxMemoryKb }));
  }

  /** hvsim disk-create: a raw sparse image of `bytes` in the host's datastore; its path. */
  async diskCreate(name: string, bytes: number): Promise<string> {
    return (await this.settle(this.m.DiskCreate({ name, sizeBytes: bytes }))).path;
  }

  /** xl block-attach D SPEC: the new device's number. */
  async blockAttach(d: DomainRef, diskSpec: string): Promise<number> {
    return (await this.settle(this.m.BlockAttach({ domain: this.ref(d), diskSpec }))).devid;
  }

  /** xl block-detach D DEV (vdev or number); `force` does not wait for the guest. */
  async blockDetach(d: DomainRef, device: string, options: { force?: boolean } = {}): Promise<void> {
    await this.settle(this.m.BlockDetach({ domain: this.ref(d), device, force: options.force ?? false }));
  }

  /** xl block-list D: the domain's virtual block devices, with their counters. */
  async blockList(d: DomainRef): Promise<pb.IVbd[]> {
    return (await this.settle(this.m.BlockList({ domain: this.ref(d) }))).devices;
  }

  /** xl network-attach D [SPEC]: the new vif's device number and MAC. */
  async networkAttach(d: DomainRef, vifSpec = ''): Promise<{ devid: number; mac: string }> {
    const { devid, mac } = await this.settle(this.m.NetworkAttach({ domain: this.ref(d), vifSpec }));
    return { devid, mac };
  }

  /** xl network-detach D DEV (device number or MAC); `force` does not wait for the guest. */
  async networkDetach(d: DomainRef, device: string, options: { force?: boolean } = {}): Promise<void> {
    await this.settle(this.m.NetworkDetach({ domain: this.ref(d), device, force: options.force ?? false }));
  }

  /** xl network-list D: the domain's virtual network interfaces, with their counters. */
  async networkList(d: DomainRef): Promise<pb.IVif[]> {
    return (await this.settle(this.m.NetworkList({ domain: this.ref(d) }))).devices;
  }

  /** xl sched-credit -d D [-w W] [-c C]: sets what is given, returns what is in effect. */
  async schedCredit(d: DomainRef, params: { weight?: number; cap?: number } = {}): Promise<{ weight: number; cap: number }> {
    if (params.weight === undefined && params.cap === undefined) {
      const r = await this.settle(this.m.SchedCreditGet({ domain: this.ref(d) }));
      const p = r.domains[0]?.params;
      return { weight: p?.weight ?? 0, cap: p?.cap ?? 0 };
    }
    const r = await this.settle(this.m.SchedCreditSet({ domain: this.ref(d), weight: params.weight ?? null, cap: params.cap ?? null }));
    return { weight: r.params?.weight ?? 0, cap: r.params?.cap ?? 0 };
  }

  /** xl vcpu-pin: hard affinity of one vCPU (or 'all') to these pCPUs (empty = every pCPU). */
  async vcpuPin(d: DomainRef, vcpu: number | 'all', cpus: number[]): Promise<void> {
    await this.settle(this.m.VcpuPin({ domain: this.ref(d), vcpu: vcpu === 'all' ? null : vcpu, hardAffinity: cpus }));
  }

  /** xl dmesg. */
  async dmesg(): Promise<string> {
    return (await this.settle(this.m.Dmesg({ clear: false }))).text;
  }

  /** xl info, as key/value pairs. */
  async info(): Promise<Record<string, string | number>> {
    return Object.fromEntries(infoEntries(await this.settle(this.m.Info({}))));
  }

  /** Machine frames not owned by any domain. */
  freePages(): number {
    return this.booted.hypervisor.physinfo().freePages;
  }

  /** Machine frames backed by host memory: those some domain has touched. */
  backedPages(): number {
    return this.booted.hypervisor.physinfo().backedPages;
  }

  /** Hash of the core's trace: equal for equal runs. */
  traceHash(): string {
    return this.booted.hypervisor.traceHash();
  }

  /** Instructions, exits by reason and hypercalls by number of a live domain. */
  counters(d: DomainRef): DomainCounters {
    return this.booted.hypervisor.counters(this.domidOf(d));
  }

  /** dom0's cost model totals (ns of dom0 work charged). */
  dom0Costs(): ReturnType<BootedHost['dom0']['costs']> {
    return this.booted.dom0.costs();
  }

  /** Destroys every domain and stops the host. */
  async halt(): Promise<void> {
    if (this.halted) return;
    this.halted = true;
    await this.booted.shutdown();
    this.rpc.close();
  }

  // ---- internals ----------------------------------------------------------------------------

  /**
   * Lets dom0 and the clients react (the event loop turns), and waits for dom0's file I/O:
   * no virtual time passes while dom0 waits for the disk, so a run is the same however long
   * the disk takes.
   */
  private async turn(): Promise<void> {
    await turnEventLoop();
    const io = this.booted.dom0.hostIo;
    while (io.busy) {
      await io.idle();
      await turnEventLoop();
    }
  }

  /** One step toward `target`: an idle machine jumps to its next event. */
  private step(target: number): void {
    const m = this.booted.machine;
    const now = m.now();
    const next = m.nextEventTime();
    const base = m.hasWork() ? now : Math.min(target, Math.max(now, next));
    m.runUntil(Math.min(target, base + STEP_NS));
  }

  /**
   * Waits for an operation, running the machine while it needs virtual time to complete. An
   * `external` operation also waits on another host (a migration's destination): with the
   * machine idle it waits for that host in wall time instead of giving up.
   */
  private async settle<T>(operation: Promise<T>, external = false): Promise<T> {
    let settled = false;
    const watched = operation.finally(() => {
      settled = true;
    });
    watched.catch(() => undefined);
    const limit = this.now + OPERATION_LIMIT_NS;
    await this.turn();
    const m = this.booted.machine;
    while (!settled) {
      if (!m.hasWork() && m.nextEventTime() === Infinity) {
        if (!external) throw new Error('the operation waits for something that cannot happen: the machine is idle');
        await new Promise((resolve) => setTimeout(resolve, 1));
        continue;
      }
      if (this.now >= limit) throw new Error('the operation did not complete within 600 s of virtual time');
      this.step(limit);
      await this.turn();
    }
    return watched;
  }

  private ref(d: DomainRef): string {
    return typeof d === 'object' ? String(d.domid) : String(d);
  }

  private domidOf(d: DomainRef): number {
    if (typeof d === 'object') return d.domid;
    const ref = parseDomainRef(d);
    if ('domid' in ref) return ref.domid;
    const domid = this.domidOfName.get(ref.name);
    if (domid === undefined) throw new Error(`unknown domain '${ref.name}'`);
    return domid;
  }

  /** Keeps every domain's console output from its creation on. */
  private capture(domid: number, name: string): void {
    this.domidOfName.set(name, domid);
    if (this.consoles.has(domid)) return;
    const chunks: Buffer[] = [];
    this.consoles.set(domid, chunks);
    void (async () => {
      try {
        for await (const m of this.m.ConsoleStream({ domain: String(domid), follow: true, history: true })) chunks.push(Buffer.from(m.data));
      } catch {
        // The domain went away before its console could be attached; nothing to keep.
      }
    })();
  }

  private follow(): void {
    const T = pb.DomainEventType;
    // What the toolstack reports (ManagementService.Events).
    const names: Record<number, HostEvent['type']> = {
      [T.DOMAIN_EVENT_TYPE_CREATED]: 'created', [T.DOMAIN_EVENT_TYPE_PAUSED]: 'paused', [T.DOMAIN_EVENT_TYPE_UNPAUSED]: 'unpaused',
      [T.DOMAIN_EVENT_TYPE_SHUTDOWN]: 'shutdown', [T.DOMAIN_EVENT_TYPE_DESTROYED]: 'destroyed',
      [T.DOMAIN_EVENT_TYPE_RENAMED]: 'renamed', [T.DOMAIN_EVENT_TYPE_REBOOTED]: 'rebooted',
    };
    void (async () => {
      try {
        for await (const { event } of this.m.Events({ domains: [] })) {
          if (!event) continue;
          const type = names[event.type];
          if (type === undefined) continue;
          if (type === 'created' || type === 'renamed' || type === 'rebooted') this.capture(event.domid, event.name);
          this.events.push({
            timeNs: Number(event.timeNs), type, domid: event.domid, name: event.name,
            reason: type === 'shutdown' ? reasonName(event.shutdownReason) : null,
          });
        }
      } catch {
        // The host halted.
      }
    })();
  }
}

function reasonName(reason: pb.ShutdownReason): string | null {
  const name = pb.ShutdownReason[reason] as string | undefined;
  return name === undefined || reason === pb.ShutdownReason.SHUTDOWN_REASON_UNSPECIFIED ? null : name.replace('SHUTDOWN_REASON_', '').toLowerCase();
}
