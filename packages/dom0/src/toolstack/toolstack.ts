/**
 * The toolstack (libxl + xl's role): the domains dom0 manages, by name and domid, and what
 * can be done to them. It joins four parts, each in its own file:
 *   - the registry (domain-registry.ts): domains by domid and name, reserved names, domids
 *     being received, and a queue per domain so its operations run one at a time;
 *   - the lifecycle (lifecycle.ts): create, pause, shutdown/reboot, destroy, rename, memory,
 *     and the on_* actions, with xl's semantics;
 *   - save, migrate and restore, and receiving a domain (domain-transfer.ts);
 *   - the console drain (console-drain.ts): a domain's console_io output, core to backend.
 * Errors are ToolstackErrors named by Xen errnos (the core's RpcErrors pass through); the
 * management service turns them into RPC statuses for its clients (management/rpc-errors.ts).
 */
import type { ConsoleBackend } from '../console/console-backend';
import type { CostMeter } from '../cost-model';
import type { DeviceModels } from '../device-models/device-models';
import type { Domctl, DomainEvent } from '../domctl';
import type { HostIo } from '../files/host-io';
import type { DomainServiceHooks, VirtualClock } from '../platform';
import { ConsoleDrain } from './console-drain';
import { DomainEvents, type DomainEventListener } from './domain-events';
import { DomainRegistry } from './domain-registry';
import { DomainTransfer, type AfterSave, type IncomingDomain, type IncomingSpec, type RestoreOptions } from './domain-transfer';
import type { KernelSource } from './kernel-images';
import { Lifecycle, type CreateRequest, type ShutdownOptions } from './lifecycle';
import type { MigrateOptions, MigrationLink, MigrationResult } from './live-migration';
import type { ManagedDomain } from './managed-domain';
import type { HostCompat } from './migration-stream';
import type { SaveMetadata } from './save-image';

export { DOM0_NAME, type DomainState, type ManagedDomain } from './managed-domain';
export { formatKb, type CreateRequest, type ShutdownOptions } from './lifecycle';
export type { AfterSave, IncomingDomain, IncomingSpec, RestoreOptions } from './domain-transfer';

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

export class Toolstack {
  private readonly registry = new DomainRegistry();
  private readonly events: DomainEvents;
  private readonly consoles: ConsoleDrain;
  private readonly lifecycle: Lifecycle;
  private readonly transfer: DomainTransfer;

  constructor(private readonly o: ToolstackOptions) {
    this.events = new DomainEvents(o.clock);
    this.consoles = new ConsoleDrain(o);
    this.lifecycle = new Lifecycle(o, this.registry, this.consoles, this.events);
    this.transfer = new DomainTransfer(o, this.registry, this.lifecycle, this.consoles);
  }

  // ---- lookup ----------------------------------------------------------------------------

  /** Domains in domid order. */
  list(): ManagedDomain[] {
    return this.registry.list();
  }

  /** dom0's file operations under way. */
  get io(): HostIo {
    return this.o.io;
  }

  get(domid: number): ManagedDomain | undefined {
    return this.registry.get(domid);
  }

  /** What xl takes for a domain: a name, or a domid in decimal. ESRCH when unknown. */
  resolve(ref: string): number {
    return this.registry.resolve(ref);
  }

  /** The managed domU a reference names; dom0 gives EPERM (xl refuses to act on it). */
  domU(ref: string, verb: string): ManagedDomain {
    return this.registry.domU(ref, verb);
  }

  nameOf(domid: number): string | null {
    return this.registry.nameOf(domid);
  }

  // ---- events ----------------------------------------------------------------------------

  /** Lifecycle events with names (ManagementService.Events). Returns an unsubscribe. */
  subscribe(listener: DomainEventListener): () => void {
    return this.events.subscribe(listener);
  }

  /** An event from the core's WatchEvents stream. */
  handleCoreEvent(event: DomainEvent): Promise<void> {
    return this.lifecycle.handleCoreEvent(event);
  }

  // ---- lifecycle -------------------------------------------------------------------------

  create(req: CreateRequest): Promise<ManagedDomain> {
    return this.lifecycle.create(req);
  }

  pause(ref: string): Promise<number> {
    return this.lifecycle.pause(ref);
  }

  unpause(ref: string): Promise<number> {
    return this.lifecycle.unpause(ref);
  }

  destroy(ref: string): Promise<number> {
    return this.lifecycle.destroy(ref);
  }

  /** xl mem-set. */
  setMemoryTarget(ref: string, targetKb: number): Promise<void> {
    return this.lifecycle.setMemoryTarget(ref, targetKb);
  }

  /** xl mem-max. */
  setMaxMemory(ref: string, maxKb: number): Promise<void> {
    return this.lifecycle.setMaxMemory(ref, maxKb);
  }

  rename(ref: string, newName: string): Promise<void> {
    return this.lifecycle.rename(ref, newName);
  }

  /** xl shutdown / xl reboot [-w] [-F]. */
  shutdown(ref: string, kind: 'poweroff' | 'reboot', options: ShutdownOptions): Promise<number> {
    return this.lifecycle.shutdown(ref, kind, options);
  }

  /** Destroys every domU (Halt). */
  destroyAll(): Promise<void> {
    return this.lifecycle.destroyAll();
  }

  // ---- save / migrate / restore ----------------------------------------------------------

  /** xl save [-c | -p]; `persist` makes the image durable before the domain is destroyed. */
  save(ref: string, after: AfterSave, persist?: (image: Buffer) => Promise<void>): Promise<Buffer> {
    return this.transfer.save(ref, after, persist);
  }

  /** xl migrate, the sending side. */
  migrate(ref: string, link: MigrationLink, host: HostCompat, opts: MigrateOptions): Promise<MigrationResult> {
    return this.transfer.migrate(ref, link, host, opts);
  }

  /** xl restore [-p]. */
  restore(bytes: Uint8Array, opts: RestoreOptions): Promise<ManagedDomain> {
    return this.transfer.restore(bytes, opts);
  }

  /** Receiving a domain, step one: an empty paused domain under its reserved name. */
  beginIncoming(source: string, spec: IncomingSpec): Promise<IncomingDomain> {
    return this.transfer.beginIncoming(source, spec);
  }

  /** Receiving a domain, step two: its saved state, and it is one of the toolstack's domains. */
  commitIncoming(incoming: IncomingDomain, meta: SaveMetadata, paused: boolean): Promise<ManagedDomain> {
    return this.transfer.commitIncoming(incoming, meta, paused);
  }

  /** Undoes beginIncoming. */
  discardIncoming(incoming: IncomingDomain): Promise<void> {
    return this.transfer.discardIncoming(incoming);
  }

  // ---- console ---------------------------------------------------------------------------

  /** Moves what the domain wrote with console_io / the SBI console from the core to the backend. */
  drainConsole(domid: number): Promise<void> {
    return this.consoles.drain(domid);
  }
}
