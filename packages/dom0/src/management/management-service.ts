/**
 * ManagementService, dom0's face to its clients: xl's verbs over the toolstack. Each handler
 * is charged to dom0 by the cost model. Errors are RpcErrors with Xen errno codes: ESRCH for
 * an unknown domain, EEXIST for a name in use, EINVAL for a bad argument or config (the
 * message names file, line and key), EPERM for acting on Domain-0, ENOMEM from the core.
 * dom0's errors (ErrnoErrors: the toolstack's, the devices', the datastore's, a config's) and
 * host files' errors become these statuses here and nowhere else (rpc-errors.ts, applied to
 * every handler).
 *
 * dom0 opens no sockets: the CLI's boot loader binds `createManagementServer()`'s RpcServer
 * (or these handlers on a server of its own) to the Unix socket with @hvsim/control.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMID_XEN } from '@hvsim/abi';
import { ManagementService, RpcError, StatusCode, pb } from '@hvsim/control';
import type { CallContext, ServiceImplementation } from '@hvsim/control';
import { parseDomainConfig } from '../config/domain-config';
import { ConsoleBackend } from '../console/console-backend';
import { CostMeter } from '../cost-model';
import { DomainInfo, Domctl, MAX_CALL_BYTES } from '../domctl';
import { DurableFile } from '@hvsim/files';
import type { HostIo } from '../files/host-io';
import { readRegularFile } from '@hvsim/files';
import { MAX_SAVE_IMAGE_BYTES } from '../toolstack/save-image';
import { FULL_ISA, localCompat } from '../toolstack/host-compat';
import type { MigrationLink, MigrationResult, MigrationProgress } from '../toolstack/live-migration';
import { MigrationReceiver } from '../toolstack/migration-receiver';
import { rpcErrorOf } from './rpc-errors';
import type { VirtualClock } from '../platform';
import { Toolstack } from '../toolstack/toolstack';
import type { BlockBackendService } from '../devices/block-service';
import type { NetworkBackendService } from '../devices/network-service';
import { assignVifMacs } from '../devices/vif-mac';
import { parseVifSpec, type VifSpec } from '../config/vif-spec';
import { parseDiskSpec, type DiskSpec } from '../config/disk-spec';
import { forgetDisk, forgetVif, recordDisk, recordVif } from '../toolstack/hotplug-config';
import { formatUuid } from '../uuid';
import type { Bridges } from '../network/bridge-directory';
import { streamCapture } from '../network/capture-stream';
import { listBridges } from '../network/bridge-list';
import type { Uplinks } from '../network/uplinks';

export type ManagementImplementation = ServiceImplementation<typeof ManagementService>;

/** What `Info` reports that only the host knows. */
export interface HostDescription {
  xenstoreSocket?: string;
  controlSocket?: string;
  pacing?: string;
  seed?: number;
  /** The ISA the host offers its domains (boot --isa; default all the hart implements). */
  isa?: string;
}

export interface ManagementDeps {
  domctl: Domctl;
  toolstack: Toolstack;
  console: ConsoleBackend;
  cost: CostMeter;
  host: HostDescription;
  /** Opens the receiving daemon of a migration (the boot loader's sockets; absent: Migrate is ENOSYS). */
  migrationPeer?: (destination: string) => Promise<MigrationPeer>;
  clock: VirtualClock;
  /** Counts dom0's file operations (save files, restore images) as under way while they are. */
  io: HostIo;
  /** The virtual block device backends (absent: block-attach/-detach/-list are ENOSYS). */
  blockDevices?: BlockBackendService;
  /** The virtual network interface backends (absent: network-attach/-detach/-list are ENOSYS). */
  networkDevices?: NetworkBackendService;
  /** The host's bridges and their uplinks (net-capture, bridge-list). */
  bridges: Bridges;
  uplinks: Uplinks;
  /** Called after Halt has answered: the daemon stops. */
  onHalt: () => void;
  log: (line: string) => void;
}

/** The receiving end of a migration: another daemon's ManagementService. */
export interface MigrationPeer {
  /** Opens a session there (MigrateReceive, xl migrate-receive): the link the stream goes over. */
  open(): Promise<MigrationLink>;
  close(): void;
}

const KB_PER_PAGE = 4;

export function createManagementService(d: ManagementDeps): ManagementImplementation {
  const { domctl, toolstack } = d;
  let dmesgStart = 0;
  const compat = localCompat(d.host.isa ?? FULL_ISA);
  const receiver = new MigrationReceiver({ toolstack, domctl, cost: d.cost, clock: d.clock, compat, log: d.log });

  /** xl migrate: the domain goes to the destination daemon's MigrateReceive session. */
  const migrate = async (req: pb.MigrateRequest, onProgress?: (p: MigrationProgress) => void): Promise<pb.MigrateResponse.$Properties> => {
    if (d.migrationPeer === undefined) throw new RpcError(StatusCode.STATUS_CODE_ENOSYS, 'this daemon cannot reach other daemons');
    toolstack.domU(req.domain, 'migrate');
    const peer = await d.migrationPeer(req.destination);
    try {
      const r = await toolstack.migrate(req.domain, await peer.open(), compat, { live: req.live, onProgress });
      return { domid: r.domid, stats: migrationStats(r) };
    } finally {
      peer.close();
    }
  };

  const describe = (info: DomainInfo): pb.Domain.$Properties => {
    const dom = toolstack.get(info.domid);
    const memoryKb = Number(info.totPages) * KB_PER_PAGE;
    const targetPages = Number(info.targetPages);
    return {
      name: toolstack.nameOf(info.domid) ?? '(null)',
      info,
      uuid: formatUuid(info.handle),
      type: info.hvm ? pb.DomainType.DOMAIN_TYPE_HVM : pb.DomainType.DOMAIN_TYPE_PV,
      memoryKb,
      maxMemoryKb: Number(info.maxPages) * KB_PER_PAGE,
      targetKb: targetPages > 0 ? targetPages * KB_PER_PAGE : memoryKb,
      maxVcpus: info.maxVcpuId + 1,
      configFile: dom?.configFile ?? '',
      maxEventChannels: dom?.config.maxEventChannels ?? 0,
    };
  };

  /** Domids of the refs (all domains the core lists when empty), in domid order. */
  const selected = async (refs: string[]): Promise<DomainInfo[]> => {
    const all = await domctl.listDomains();
    if (refs.length === 0) return all;
    const wanted = new Set(refs.map((r) => toolstack.resolve(r)));
    return all.filter((info) => wanted.has(info.domid));
  };

  const blockDevices = (verb: string): BlockBackendService => {
    if (d.blockDevices === undefined) throw new RpcError(StatusCode.STATUS_CODE_ENOSYS, `${verb}: this host serves no block devices`);
    return d.blockDevices;
  };

  const networkDevices = (verb: string): NetworkBackendService => {
    if (d.networkDevices === undefined) throw new RpcError(StatusCode.STATUS_CODE_ENOSYS, `${verb}: this host serves no network devices`);
    return d.networkDevices;
  };

  const impl: ManagementImplementation = {
    CreateDomain: async (req) => {
      const file = req.configFile || 'config';
      const parsed = req.configFile ? parseDomainConfig(req.config, req.configFile, req.overrides) : parseDomainConfig(req.config, file, req.overrides, process.cwd());
      const warnings = parsed.warnings.map((w) => w.message);
      const dom = await toolstack.create({ config: parsed.config, configFile: req.configFile, paused: req.paused, diskSources: parsed.diskSources, vifSources: parsed.vifSources });
      for (const w of warnings) d.log(`warning: domain ${dom.domid} (${dom.name}): ${w}`);
      return { domid: dom.domid, name: dom.name, warnings };
    },

    DiskCreate: async (req) => {
      const store = blockDevices('disk-create').datastore;
      return { path: await d.io.track(store.create(req.name, Number(req.sizeBytes))) };
    },

    BlockAttach: async (req) => {
      const blk = blockDevices('block-attach');
      const dom = toolstack.domU(req.domain, 'block-attach');
      let disk: DiskSpec;
      try {
        disk = parseDiskSpec(req.diskSpec);
      } catch (err) {
        throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `disk spec: ${(err as Error).message}`);
      }
      await blk.attach(dom.domid, disk);
      recordDisk(dom.config, disk);
      return { devid: disk.devid };
    },

    BlockDetach: async (req) => {
      const blk = blockDevices('block-detach');
      const dom = toolstack.domU(req.domain, 'block-detach');
      forgetDisk(dom.config, await blk.detach(dom.domid, req.device, req.force));
      return {};
    },

    BlockList: async (req) => ({
      devices: blockDevices('block-list').list(toolstack.resolve(req.domain)).map((v) => ({
        devid: v.devid, vdev: v.vdev, backendId: 0, frontendId: v.domid, state: v.frontendState, backendState: v.backendState,
        eventChannel: v.eventChannel, ringRef: v.ringRef, backendPath: v.backendPath, target: v.target, access: v.access,
        rdReq: v.stats.rdReq, wrReq: v.stats.wrReq, ooReq: v.stats.ooReq, rdSect: v.stats.rdSect, wrSect: v.stats.wrSect,
        flushReq: v.stats.flReq, discardReq: v.stats.dsReq, errors: v.stats.errors,
      })),
    }),

    NetworkAttach: async (req) => {
      const net = networkDevices('network-attach');
      const dom = toolstack.domU(req.domain, 'network-attach');
      let vif: VifSpec;
      try {
        vif = parseVifSpec(req.vifSpec);
      } catch (err) {
        throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `vif spec: ${(err as Error).message}`);
      }
      const others = net.list(dom.domid);
      const devid = vif.devid ?? others.reduce((max, v) => Math.max(max, v.devid + 1), 0);
      const [withMac] = assignVifMacs([{ ...vif, devid }], d.host.seed ?? 0, dom.uuid, others.map((v) => v.mac));
      net.attach(dom.domid, withMac);
      recordVif(dom.config, withMac);
      return { devid, mac: withMac.mac ?? '' };
    },

    NetworkDetach: async (req) => {
      const dom = toolstack.domU(req.domain, 'network-detach');
      forgetVif(dom.config, await networkDevices('network-detach').detach(dom.domid, req.device, req.force));
      return {};
    },

    NetworkList: async (req) => ({
      devices: networkDevices('network-list').list(toolstack.resolve(req.domain)).map((v) => ({
        devid: v.devid, mac: v.mac, backendId: 0, frontendId: v.domid, state: v.frontendState, backendState: v.backendState,
        eventChannel: v.eventChannel, txRingRef: v.txRingRef, rxRingRef: v.rxRingRef, backendPath: v.backendPath, bridge: v.bridge,
        vlan: v.vlan ?? 0, txFrames: v.stats.txFrames, txBytes: v.stats.txBytes, txErrors: v.stats.txErrors, rxFrames: v.stats.rxFrames,
        rxBytes: v.stats.rxBytes, rxDropped: v.stats.rxDropped, errors: v.stats.errors,
      })),
    }),
    NetCapture: (req, call) => streamCapture(d.bridges, d.clock, req, call),

    BridgeList: () => listBridges(d.bridges, d.uplinks),

    ListDomains: async (req) => ({ domains: (await selected(req.domains)).map(describe) }),

    GetDomainInfo: async (req) => ({ domain: describe(await domctl.getDomainInfo(toolstack.resolve(req.domain))) }),

    PauseDomain: async (req) => {
      await toolstack.pause(req.domain);
      return {};
    },

    UnpauseDomain: async (req) => {
      await toolstack.unpause(req.domain);
      return {};
    },

    ShutdownDomain: async (req) => ({ domid: await toolstack.shutdown(req.domain, 'poweroff', { wait: req.wait, force: req.force }) }),

    RebootDomain: async (req) => ({ domid: await toolstack.shutdown(req.domain, 'reboot', { wait: req.wait, force: req.force }) }),

    DestroyDomain: async (req) => ({ domid: await toolstack.destroy(req.domain) }),

    RenameDomain: async (req) => {
      await toolstack.rename(req.domain, req.newName);
      return {};
    },

    ConsoleStream: async (req, call) => {
      const domid = toolstack.resolve(req.domain);
      if (!d.console.has(domid)) throw new RpcError(StatusCode.STATUS_CODE_ENOENT, `domain ${domid} has no console`);
      await toolstack.drainConsole(domid);
      await new Promise<void>((resolve) => {
        // Announced before the subscription sends the history; nothing runs in between.
        if (req.notifyAttached) call.send({ attached: true });
        const sub = d.console.subscribe(domid, { history: req.history, follow: req.follow }, {
          data: (bytes) => {
            d.cost.charge('consoleByte', bytes.length);
            call.send({ data: bytes });
          },
          end: resolve,
        });
        call.signal.addEventListener('abort', () => {
          sub.cancel();
          resolve();
        }, { once: true });
      });
    },

    ConsoleWrite: async (req) => {
      const domid = toolstack.resolve(req.domain);
      if (!d.console.has(domid)) throw new RpcError(StatusCode.STATUS_CODE_ENOENT, `domain ${domid} has no console`);
      // All or nothing, so that a client whose write was refused sends the same bytes again.
      const room = d.console.inputRoom(domid);
      if (req.data.length > room) throw new RpcError(StatusCode.STATUS_CODE_EAGAIN, `console input of domain ${domid} is full (room for ${room} of ${req.data.length} bytes; nothing queued)`);
      d.console.queueInput(domid, req.data);
      return {};
    },

    Dmesg: async (req) => {
      const parts: Uint8Array[] = [];
      let index = dmesgStart;
      for (;;) {
        const r = await domctl.consoleRead(DOMID_XEN, index);
        index = Number(r.nextIndex);
        if (r.data.length === 0) break;
        parts.push(r.data);
      }
      if (req.clear) dmesgStart = index;
      return { text: Buffer.concat(parts).toString('utf8') };
    },

    VcpuList: async (req) => {
      const vcpus: pb.VcpuListEntry.$Properties[] = [];
      for (const info of await selected(req.domains)) {
        const name = toolstack.nameOf(info.domid) ?? '(null)';
        for (const vcpu of await domctl.getVcpuInfo(info.domid)) vcpus.push({ name, domid: info.domid, vcpu });
      }
      return { vcpus };
    },

    VcpuPin: async (req) => {
      const domid = toolstack.resolve(req.domain);
      const count = (await domctl.getVcpuInfo(domid)).length;
      if (req.vcpu !== undefined && req.vcpu !== null && req.vcpu >= count) {
        throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `domain ${domid} has no vCPU ${req.vcpu} (it has ${count})`);
      }
      const targets = req.vcpu !== undefined && req.vcpu !== null ? [req.vcpu] : [...Array(count).keys()];
      for (const vcpu of targets) await domctl.setVcpuAffinity(domid, vcpu, req.hardAffinity);
      return {};
    },

    SchedCreditGet: async (req) => {
      const infos = await selected(req.domain ? [req.domain] : []);
      const domains: pb.SchedCreditEntry.$Properties[] = [];
      for (const info of infos) {
        domains.push({ name: toolstack.nameOf(info.domid) ?? '(null)', domid: info.domid, params: await domctl.schedCreditGet(info.domid) });
      }
      return { domains };
    },

    SchedCreditSet: async (req) => {
      const domid = toolstack.resolve(req.domain);
      const params: { weight?: number; cap?: number } = {};
      if (req.weight !== undefined && req.weight !== null) params.weight = req.weight;
      if (req.cap !== undefined && req.cap !== null) params.cap = req.cap;
      return { params: await domctl.schedCreditSet(domid, params) };
    },

    MemSet: async (req) => {
      await toolstack.setMemoryTarget(req.domain, Number(req.targetKb));
      return {};
    },

    MemMax: async (req) => {
      await toolstack.setMaxMemory(req.domain, Number(req.maxMemoryKb));
      return {};
    },

    Save: async (req) => {
      const after = req.paused ? 'paused' : req.checkpoint ? 'running' : 'destroy';
      if (req.file === '') return { image: await toolstack.save(req.domain, after, fitsAnAnswer) };
      // The file is durable before the domain is destroyed; a path that cannot be written
      // fails before the domain is touched (see DurableFile).
      const out = await DurableFile.create(req.file, d.io);
      try {
        await toolstack.save(req.domain, after, (image) => out.write(image).then(() => out.commit()));
      } finally {
        await out.discard();
      }
      return {};
    },

    Restore: async (req) => {
      if (req.overrides.length > 0) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, 'restore takes no config overrides');
      let bytes: Uint8Array = req.image;
      let source = 'migration stream';
      if (req.file !== '') {
        source = req.file;
        bytes = await d.io.track(readRegularFile(path.resolve(req.file), MAX_SAVE_IMAGE_BYTES));
      } else if (bytes.length === 0) {
        throw new RpcError(StatusCode.STATUS_CODE_EINVAL, 'restore needs a file or an image');
      }
      const dom = await toolstack.restore(bytes, { source, paused: req.paused });
      return { domid: dom.domid, name: dom.name };
    },

    Migrate: (req) => migrate(req),

    MigrateWithProgress: async (req, call) => {
      const done = await migrate(req, (progress) => call.send({ progress }));
      call.send({ done });
    },

    MigrateReceive: async (_req, call) => {
      call.send({ session: receiver.open(call.peer, call.signal) });
      // The session lives as long as this call (its connection).
      await new Promise<void>((resolve) => call.signal.addEventListener('abort', () => resolve(), { once: true }));
    },

    MigrateChunk: async (req) => {
      if (req.resolve) return { committed: await receiver.resolve(Number(req.session)) };
      const a = await receiver.chunk(Number(req.session), req.records);
      return { domid: a.domid, committed: a.committed, resumeVirtualNs: a.resumeVirtualNs };
    },

    Events: async (req, call) => {
      const wanted = req.domains.length === 0 ? null : new Set(req.domains.map((r) => toolstack.resolve(r)));
      await new Promise<void>((resolve) => {
        const unsubscribe = toolstack.subscribe((event) => {
          if (wanted === null || wanted.has(event.domid ?? -1)) call.send({ event });
        });
        call.signal.addEventListener('abort', () => {
          unsubscribe();
          resolve();
        }, { once: true });
      });
    },

    Physinfo: async () => ({ physinfo: await domctl.physinfo() }),

    DomainId: async (req) => {
      if (/^[0-9]+$/.test(req.name.trim())) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, `expected a domain name, got ${JSON.stringify(req.name)}`);
      return { domid: toolstack.resolve(req.name) };
    },

    DomainName: async (req) => {
      const name = toolstack.nameOf(req.domid);
      if (name === null) throw new RpcError(StatusCode.STATUS_CODE_ESRCH, `domain ${req.domid} does not exist`);
      return { name };
    },

    Halt: async () => {
      await toolstack.destroyAll();
      // After the answer has gone out.
      setImmediate(d.onHalt);
      return {};
    },

    Info: async (_req, context: CallContext) => {
      const physinfo = await domctl.physinfo();
      const domains = await domctl.listDomains();
      return {
        host: os.hostname(),
        version: await domctl.getVersion(),
        physinfo,
        protocolVersion: context.protocolVersion,
        xenstoreSocket: d.host.xenstoreSocket ?? '',
        controlSocket: d.host.controlSocket ?? '',
        freeMemoryKb: Number(physinfo.freePages) * KB_PER_PAGE,
        totalMemoryKb: Number(physinfo.totalPages) * KB_PER_PAGE,
        pacing: d.host.pacing ?? '',
        seed: d.host.seed ?? 0,
        nrDomains: domains.length,
      };
    },
  };
  return chargeEachRequest(impl, d.cost);
}

/**
 * A save image that goes back in SaveResponse must fit the answer's frame. Checked before the
 * domain is destroyed: an answer too large to send would otherwise lose the domain and its
 * image both (a file has no such limit).
 */
async function fitsAnAnswer(image: Buffer): Promise<void> {
  if (image.length > MAX_CALL_BYTES) {
    throw new RpcError(StatusCode.STATUS_CODE_EMSGSIZE, `the save image is ${image.length} bytes, more than an answer carries (${MAX_CALL_BYTES}): save it to a file`);
  }
}

function migrationStats(r: MigrationResult): pb.MigrationStats.$Properties {
  return {
    pagesPerRound: r.pagesPerRound, bytes: r.bytes, totalWallMs: r.totalWallMs,
    downtimeVirtualNs: r.downtimeVirtualNs, downtimeWallMs: r.downtimeWallMs, live: r.live,
  };
}

/** Wraps every handler so each request is charged to dom0 and the charge handed on, and so
 *  what dom0 throws reaches the client as an RPC status (rpc-errors.ts). */
function chargeEachRequest(impl: ManagementImplementation, cost: CostMeter): ManagementImplementation {
  const wrapped: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(impl) as Array<[string, (req: unknown, ctx: unknown) => unknown]>) {
    wrapped[name] = async (req: unknown, ctx: unknown) => {
      cost.charge('managementRequest');
      try {
        return await handler(req, ctx);
      } catch (err) {
        throw rpcErrorOf(err);
      } finally {
        await cost.flush();
      }
    };
  }
  return wrapped as ManagementImplementation;
}

