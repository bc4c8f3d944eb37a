/**
 * The boot loader: the one place that loads both the core (@hvsim/hypervisor) and dom0
 * (@hvsim/dom0) and joins them, as a boot loader hands Xen its dom0 kernel:
 *   1. the machine (pCPUs, memory, scheduler, seed);
 *   2. domain 0 — privileged, its kernel TypeScript (host work charged to its vCPU);
 *   3. DomctlService served by the core through the adapter, on an in-process channel;
 *   4. dom0 boots over that channel with its services — xenstored and the PV console ring
 *      backend — and autostarts its domUs.
 * Who drives virtual time (a daemon's TimeDriver, or the embedding API's run()) is the
 * caller's choice.
 */
import * as fs from 'node:fs';
import { DomctlService, RpcClient, RpcError, RpcServer, StatusCode, inProcessPair } from '@hvsim/control';
import { BlockBackendService, ConsoleRingService, NetworkBackendService, Datastore, Dom0, FULL_ISA, canonicalIsa, XenstoreService, type AutostartEntry, type AutostartResult, type BridgeSpec, type HostDescription, type LockOwner, type MigrationPeer, type UplinkSpec } from '@hvsim/dom0';
import { METHOD_PREFIX, NoDaemonError, connectDaemon, daemonAddress, type DaemonConnection } from '../daemon-connection';
import { defaultDatastoreDir } from '../socket-path';
import { Hypervisor, HypervisorError } from '@hvsim/hypervisor';
import { DomctlAdapter, hvsimVersion } from './domctl-adapter';
import { Machine } from './machine';

export interface HostOptions {
  /** Physical CPUs (default 2). */
  pcpus?: number;
  /** Machine memory in MiB (default 4096). */
  memoryMb?: number;
  /** Scheduler (default credit). */
  sched?: 'credit';
  /** PRNG seed (default 1). */
  seed?: number;
  /** Memory of dom0 in MiB (default 128). */
  dom0MemoryMb?: number;
  /** domUs to start once dom0 is up. */
  autostart?: AutostartEntry[];
  /** Per-domain console logs (default none). */
  logDir?: string | null;
  /** Where coredump-* on_crash actions write (default none: they only log). */
  dumpDir?: string | null;
  /** Virtual ns a guest gets to comply with shutdown/reboot before -F forces it (dom0's default when absent). */
  shutdownTimeoutNs?: number;
  /** The directory disk targets resolve in (default: `datastore/` in the runtime directory); made if missing. */
  datastore?: string;
  /** The ISA the host offers its domains, e.g. "rv32ima_zicsr_zifencei" (default: all the hart
   *  implements); fewer extensions keep domains from other hosts that offer more from moving here. */
  isa?: string;
  /** The host's bridges (default: one, xenbr0). */
  bridges?: readonly BridgeSpec[];
  /** VXLAN uplinks of the bridges to other hosts (default none). */
  uplinks?: readonly UplinkSpec[];
  /** Why writes to a disk (its target) are refused now, or null (a cluster host's fence). */
  diskWriteFence?: (target: string) => string | null | Promise<string | null>;
  /** Whether the daemon named by a disk's lock file in the datastore is known gone though its
   *  process may live (a cluster host that holds the disk's lock in etcd knows). */
  diskLockOwnerGone?: (owner: LockOwner, target: string) => boolean | Promise<boolean>;
}

export interface BootOptions extends HostOptions {
  /** What Info reports about the host. */
  description?: HostDescription;
  /** A client asked to Halt. */
  onHalt?: () => void;
  log?: (line: string) => void;
}

export interface BootedHost {
  readonly hypervisor: Hypervisor;
  readonly machine: Machine;
  readonly dom0: Dom0;
  /** dom0's xenstored (the daemon also serves it on a Unix socket for xenstore-* tools). */
  readonly xenstore: XenstoreService;
  readonly autostarted: AutostartResult[];
  /** Calls fn whenever a control request may have changed the machine. */
  onActivity(fn: () => void): void;
  /** Destroys every domU and detaches dom0 from the core. */
  shutdown(): Promise<void>;
}

const DEFAULT_MEMORY_MB = 4096;
const DEFAULT_DOM0_MEMORY_MB = 128;

/** The hypervisor's boot command line, as XENVER_commandline reports it. */
function commandLine(o: HostOptions): string {
  return `pcpus=${o.pcpus ?? 2} mem=${o.memoryMb ?? DEFAULT_MEMORY_MB}M sched=${o.sched ?? 'credit'} seed=${o.seed ?? 1} dom0_mem=${o.dom0MemoryMb ?? DEFAULT_DOM0_MEMORY_MB}M`;
}

export async function bootHost(options: BootOptions = {}): Promise<BootedHost> {
  if (options.isa !== undefined) canonicalIsa(options.isa); // an ISA hvsim cannot offer fails the boot, before anything starts
  const memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
  if (!Number.isInteger(memoryMb) || memoryMb < 1) throw new RangeError(`memory must be a whole number of MiB, got ${memoryMb}`);
  const hv = new Hypervisor({
    pcpus: options.pcpus,
    memoryBytes: memoryMb * 1024 * 1024,
    seed: options.seed,
    sched: options.sched,
  });
  const machine = new Machine(hv);
  const adapter = new DomctlAdapter(hv, { commandline: commandLine(options), version: hvsimVersion() });
  machine.afterRun = () => adapter.collectConsoles();

  const dom0Memory = options.dom0MemoryMb ?? DEFAULT_DOM0_MEMORY_MB;
  hv.createDomain({ domid: 0, memoryKb: dom0Memory * 1024, maxVcpus: 1, privileged: true, type: 'pv', hostKernel: true });
  // dom0 holds two ports per domU: the FIFO ABI's 2^17, not the two-level 4,096, as Linux dom0s do.
  hv.evtchnUseFifo(0);
  hv.unpauseDomain(0);

  const domctlServer = new RpcServer({ name: 'hvsim-core' }).addService(DomctlService, adapter.implementation());
  const [dom0End, coreEnd] = inProcessPair();
  domctlServer.accept(coreEnd);
  const domctl = await RpcClient.connect(dom0End, { name: 'hvsim-dom0' });

  let activity: () => void = () => undefined;
  adapter.onActivity = () => activity();
  const xenstore = new XenstoreService({ log: options.log });
  const datastore = new Datastore(options.datastore ?? defaultDatastoreDir());
  fs.mkdirSync(datastore.dir, { recursive: true, mode: 0o700 });
  const blockDevices = new BlockBackendService({ xenstored: xenstore.xenstored, datastore, writeFence: options.diskWriteFence, lockOwnerGone: options.diskLockOwnerGone });
  const networkDevices = new NetworkBackendService({ xenstored: xenstore.xenstored });
  const { dom0, autostarted } = await Dom0.boot({
    domctl,
    clock: {
      now: () => hv.now(),
      // A timer set while the time driver idles must wake it, or it would not fire until
      // something else did (shutdown -F with every guest blocked).
      setTimer: (delayNs, fn) => {
        const cancel = machine.setTimer(delayNs, fn);
        activity();
        return cancel;
      },
    },
    chargeHostWork: (ns) => {
      hv.addHostWork(0, Math.round(ns));
      activity();
    },
    logDir: options.logDir ?? null,
    dumpDir: options.dumpDir ?? null,
    autostart: options.autostart,
    services: [xenstore.service, (ctx) => new ConsoleRingService(ctx), blockDevices.service, networkDevices.service],
    blockDevices,
    networkDevices,
    log: options.log,
    host: { seed: options.seed ?? 1, ...options.description, isa: canonicalIsa(options.isa ?? FULL_ISA) },
    onHalt: options.onHalt,
    migrationPeer: connectMigrationPeer,
    ...(options.bridges !== undefined ? { bridges: options.bridges } : {}),
    ...(options.uplinks !== undefined ? { uplinks: options.uplinks } : {}),
    ...(options.shutdownTimeoutNs !== undefined ? { shutdownTimeoutNs: options.shutdownTimeoutNs } : {}),
  });

  // HVM domains' device accesses go synchronously to dom0's device models (Xen's ioreq,
  // simplified), and the PLIC's outputs come back as the vCPUs' external interrupt lines.
  adapter.hvmDevices = (req) => {
    if (!req.write) return dom0.deviceModels.mmioRead(req.domid, req.addr, req.size);
    return dom0.deviceModels.mmioWrite(req.domid, req.addr, req.size, req.value) ? 0 : null;
  };
  dom0.deviceModels.connectIrq((domid, vcpu, level) => {
    try {
      hv.setExternalIrq(domid, vcpu, level);
    } catch (err) {
      // A line that changes while its domain is being destroyed has no vCPU left to reach.
      if (!(err instanceof HypervisorError)) throw err;
    }
  });

  let down: Promise<void> | null = null;
  return {
    hypervisor: hv,
    machine,
    dom0,
    xenstore,
    autostarted,
    onActivity: (fn) => {
      activity = fn;
    },
    shutdown: () => {
      down ??= (async () => {
        await dom0.halt();
        domctl.close();
        domctlServer.closeConnections();
      })();
      return down;
    },
  };
}

/** The receiving daemon of `hvsim migrate` (its socket path or tcp:HOST:PORT): a client of its
 *  ManagementService, as xl migrate talks to `xl migrate-receive`. */
async function connectMigrationPeer(destination: string): Promise<MigrationPeer> {
  let conn: DaemonConnection;
  try {
    conn = await connectDaemon(daemonAddress(destination), 'hvsim-migrate');
  } catch (err) {
    // The destination is the user's to fix: a status that says so, not an internal error.
    throw new RpcError(StatusCode.STATUS_CODE_ECONNREFUSED, `migration destination ${destination}: ${(err as Error).message.replace(/ \(start one with .*\)$/, '')}`);
  }
  return {
    open: async () => {
      const session = await askDestination(destination, 'the migration request', (signal) => openSession(conn, signal));
      return {
        send: async (records) => {
          const r = await askDestination(destination, 'the migration stream', (signal) => conn.management.MigrateChunk({ session, records }, { signal }));
          return { domid: r.domid, committed: r.committed, resumeVirtualNs: Number(r.resumeVirtualNs) };
        },
        resolve: () => resolveSession(destination, session),
      };
    },
    close: () => conn.close(),
  };
}

/** MigrateReceive: the session its first message names (the call stays open as long as the session). */
async function openSession(conn: DaemonConnection, signal: AbortSignal): Promise<number> {
  const stream = conn.management.MigrateReceive({});
  const cancel = (): void => stream.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const first = await stream[Symbol.asyncIterator]().next();
    if (first.done === true) throw new RpcError(StatusCode.STATUS_CODE_UNAVAILABLE, 'the migration session ended before it began');
    return Number(first.value.session);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/**
 * Asks the destination, on a new connection, whether a session whose connection was lost
 * committed (ending it there if not). No daemon listening there means nothing runs there; any
 * other failure leaves the answer unknown (null).
 */
async function resolveSession(destination: string, session: number): Promise<boolean | null> {
  let conn: DaemonConnection;
  try {
    conn = await connectDaemon(daemonAddress(destination), 'hvsim-migrate');
  } catch (err) {
    return err instanceof NoDaemonError ? false : null;
  }
  try {
    return (await conn.management.MigrateChunk({ session, resolve: true }, { signal: AbortSignal.timeout(MIGRATION_PEER_TIMEOUT_MS) })).committed;
  } catch (err) {
    return err instanceof RpcError && err.code === StatusCode.STATUS_CODE_ESRCH ? false : null;
  } finally {
    conn.close();
  }
}

/**
 * Wall ms the destination has to answer each step of a migration (a chunk of the stream is
 * at most a few MiB: seconds over a slow link; the commit takes well under a second); without a
 * deadline a destination that stalls would keep the domain paused at the source for ever. Wall
 * time, as the connection limits: it guards the host process, outside any simulation.
 */
export const MIGRATION_PEER_TIMEOUT_MS = 30_000;

/** `call`, cancelled (and ETIMEDOUT) when the destination has not answered in time; whatever
 *  goes wrong is named as the destination's, so the user knows which side failed. */
async function askDestination<T>(destination: string, what: string, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const signal = AbortSignal.timeout(MIGRATION_PEER_TIMEOUT_MS);
  try {
    return await call(signal);
  } catch (err) {
    if (signal.aborted) throw new RpcError(StatusCode.STATUS_CODE_ETIMEDOUT, `migration destination ${destination}: no answer to ${what} within ${MIGRATION_PEER_TIMEOUT_MS / 1000} s`);
    if (!(err instanceof RpcError)) throw err;
    throw new RpcError(err.code, `migration destination ${destination}: ${err.message.replace(METHOD_PREFIX, '')}`);
  }
}
