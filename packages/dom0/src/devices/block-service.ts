/**
 * Virtual block devices as a dom0 domain service: at build, each of the domain's disks is
 * resolved in the datastore, locked (read-write by one domain at most), opened and given its
 * xenstore entries and a blkback; at destroy, all of it is undone. block-attach / -detach /
 * -list (xl's verbs) act on a running domain through the same steps.
 */
import * as fsp from 'node:fs/promises';
import type { DiskSpec } from '../config/disk-spec';
import type { Dom0ServiceContext } from '../dom0';
import { ErrnoError } from '../errno-error';
import type { BuiltDomainInfo, DomainServiceHooks } from '../platform';
import type { Xenstored } from '../xenstore';
import { Blkback, type VbdStats } from './blkback';
import { Datastore, DatastoreError, SECTOR_BYTES } from './datastore';
import { DatastoreDiskLocks, type LockOwner } from './datastore-locks';
import { DiskLockChain, ProcessDiskLocks, type DiskLock, type LockHolder } from './disk-locks';
import { removeVbdEntries, vbdBackendPath, writeVbdEntries } from './vbd-entries';
import { XsWatcher } from './xs-watcher';

/** A disk of a domain's config that cannot be attached; `index` is its place in `disk = [...]`. */
export class DiskError extends ErrnoError {
  constructor(readonly index: number, message: string, errno: 'ENOENT' | 'EINVAL' | 'EEXIST' | 'EACCES' | 'EBUSY' | 'EIO') {
    super(errno, message);
    this.name = 'DiskError';
  }
}

/** A device as block-list shows it. */
export interface VbdInfo {
  domid: number;
  devid: number;
  vdev: string;
  /** XenbusState of the backend and of the frontend. */
  backendState: number;
  frontendState: number;
  eventChannel: number;
  ringRef: number;
  backendPath: string;
  target: string;
  access: 'ro' | 'rw';
  stats: VbdStats;
}

interface Device {
  disk: DiskSpec;
  file: string;
  handle: fsp.FileHandle;
  backend: Blkback;
}

export interface BlockServiceOptions {
  xenstored: Xenstored;
  datastore: Datastore;
  /** Blkback's write fence, for every device (a cluster host's lease and disk locks). */
  writeFence?: (target: string) => string | null | Promise<string | null>;
  /** Locks taken after this daemon's own and the datastore's lock files (a cluster's). */
  locks?: readonly DiskLock[];
  /** Whether the owner of a datastore lock file on disk `target` is known gone though it may
   *  not look it (on another machine, or stopped): a cluster that holds the disk's own lock
   *  for this host says so (its old holder's lease expired). Default: never. */
  lockOwnerGone?: (owner: LockOwner, target: string) => boolean | Promise<boolean>;
}

export class BlockBackendService implements DomainServiceHooks {
  private ctx: Dom0ServiceContext | null = null;
  private watcher: XsWatcher | null = null;
  private readonly locks: DiskLock;
  private readonly devices = new Map<number, Device[]>();
  /** Each domain's UUID: locks are held for it, and a migration hands them over by it. */
  private readonly uuids = new Map<number, string>();

  constructor(private readonly o: BlockServiceOptions) {
    this.locks = new DiskLockChain([new ProcessDiskLocks(), new DatastoreDiskLocks(o.lockOwnerGone && ((owner, file) => o.lockOwnerGone!(owner, o.datastore.targetOf(file)))), ...(o.locks ?? [])]);
  }

  /** For Dom0Options.services. */
  readonly service = (ctx: Dom0ServiceContext): DomainServiceHooks => {
    this.ctx = ctx;
    this.watcher = new XsWatcher(this.o.xenstored, ctx.log);
    return this;
  };

  get datastore(): Datastore {
    return this.o.datastore;
  }

  async domainBuilt(d: BuiltDomainInfo): Promise<void> {
    this.uuids.set(d.domid, d.uuid);
    for (let i = 0; i < d.disks.length; i++) await this.attach(d.domid, d.disks[i], i);
  }

  evtchnNotified(port: number): void {
    for (const list of this.devices.values()) for (const dev of list) if (dev.backend.localPort === port) dev.backend.kick();
  }

  async domainDestroyed(domid: number): Promise<void> {
    for (const dev of [...(this.devices.get(domid) ?? [])]) await this.remove(domid, dev);
    this.devices.delete(domid);
    this.uuids.delete(domid);
  }

  /**
   * Live migration, the domain paused for its last round: requests it left on its rings are
   * served first (their data written, their answers in its memory, which the last round
   * sends), then its read-write locks are offered to the destination, which takes them when
   * it attaches the disks at the commit.
   */
  async migrationPaused(domid: number): Promise<void> {
    for (const dev of this.devices.get(domid) ?? []) {
      await dev.backend.quiesce();
      if (dev.disk.access === 'rw') await this.context().io.track(this.locks.offer(dev.file, this.holder(domid)));
    }
  }

  /** The migration failed before the destination committed: the locks are this host's again. */
  async migrationAborted(domid: number): Promise<void> {
    for (const dev of this.devices.get(domid) ?? []) if (dev.disk.access === 'rw') await this.context().io.track(this.locks.reclaim(dev.file, this.holder(domid)));
  }

  /** Attaches `disk` to a domain (at build, or block-attach); throws DiskError, leaving nothing behind. */
  async attach(domid: number, disk: DiskSpec, index = 0): Promise<void> {
    const ctx = this.context();
    const list = this.devices.get(domid) ?? [];
    if (list.some((dev) => dev.disk.devid === disk.devid)) throw new DiskError(index, `vdev ${disk.vdev} is already attached to domain ${domid}`, 'EEXIST');
    let file: string;
    try {
      file = this.o.datastore.resolve(disk.target);
    } catch (err) {
      if (err instanceof DatastoreError) throw new DiskError(index, err.message, err.errno);
      throw err;
    }
    const holder = this.holder(domid);
    let busy: string | null;
    try {
      busy = await this.context().io.track(this.locks.acquire(file, holder, disk.access));
    } catch (err) {
      throw new DiskError(index, `cannot lock ${file}: ${(err as Error).message}`, 'EIO');
    }
    if (busy !== null) throw new DiskError(index, busy, 'EBUSY');
    let handle: fsp.FileHandle;
    let size: number;
    try {
      ({ handle, size } = await this.context().io.track((async () => {
        // O_NONBLOCK and a check of the open descriptor: a path swapped for a FIFO after
        // resolve() neither holds the open nor gets served as a disk.
        const { O_RDWR, O_RDONLY, O_NONBLOCK } = fsp.constants;
        const h = await fsp.open(file, (disk.access === 'rw' ? O_RDWR : O_RDONLY) | O_NONBLOCK);
        const st = await h.stat();
        if (!st.isFile()) {
          await h.close();
          throw new Error('not a regular file');
        }
        return { handle: h, size: st.size };
      })()));
    } catch (err) {
      await this.release(file, holder, disk.access);
      throw new DiskError(index, `cannot open ${file}: ${(err as Error).message}`, 'EIO');
    }
    const backend = new Blkback({
      domctl: ctx.domctl, xenstored: this.o.xenstored, watcher: this.watcher as XsWatcher, clock: ctx.clock, log: ctx.log,
      domid, disk, file: handle, sectors: Math.floor(size / SECTOR_BYTES), hostIo: this.context().io, writeFence: this.o.writeFence,
    });
    list.push({ disk, file, handle, backend });
    this.devices.set(domid, list);
    writeVbdEntries(this.o.xenstored, domid, disk, file);
    backend.start();
  }

  /**
   * block-detach: the frontend is asked to let go and the device is removed once it has; with
   * `force`, at once. Returns the devid.
   */
  async detach(domid: number, vdev: string, force: boolean): Promise<number> {
    const dev = (this.devices.get(domid) ?? []).find((d) => d.disk.vdev === vdev || String(d.disk.devid) === vdev);
    if (dev === undefined) throw new DiskError(0, `domain ${domid} has no disk ${vdev}`, 'ENOENT');
    if (!force) await dev.backend.requestClose();
    await this.remove(domid, dev);
    return dev.disk.devid;
  }

  list(domid: number): VbdInfo[] {
    return (this.devices.get(domid) ?? []).map((dev) => this.info(domid, dev));
  }

  private info(domid: number, dev: Device): VbdInfo {
    const xs = this.o.xenstored;
    const fe = `/local/domain/${domid}/device/vbd/${dev.disk.devid}`;
    const num = (p: string): number => {
      const t = xs.exists(p) ? xs.read(p).toString('utf8') : '';
      return /^[0-9]+$/.test(t) ? Number(t) : -1;
    };
    return {
      domid, devid: dev.disk.devid, vdev: dev.disk.vdev, backendState: dev.backend.backendState, frontendState: num(`${fe}/state`),
      eventChannel: num(`${fe}/event-channel`), ringRef: num(`${fe}/ring-ref`), backendPath: vbdBackendPath(domid, dev.disk.devid),
      target: dev.disk.target, access: dev.disk.access, stats: { ...dev.backend.stats },
    };
  }

  private async remove(domid: number, dev: Device): Promise<void> {
    const list = this.devices.get(domid) ?? [];
    const i = list.indexOf(dev);
    if (i < 0) return;
    list.splice(i, 1);
    await dev.backend.stop();
    await this.context().io.track(dev.handle.close()).catch(() => undefined);
    await this.release(dev.file, this.holder(domid), dev.disk.access);
    removeVbdEntries(this.o.xenstored, domid, dev.disk.devid);
  }

  /** Gives a lock back; a lock file that cannot be removed is logged, not a failure of the detach. */
  private async release(file: string, holder: LockHolder, mode: 'ro' | 'rw'): Promise<void> {
    await this.context().io.track(this.locks.release(file, holder, mode)).catch((err: Error) => this.context().log(`disk lock of ${file}: ${err.message}`));
  }

  private holder(domid: number): LockHolder {
    return { domid, uuid: this.uuids.get(domid) ?? '' };
  }

  private context(): Dom0ServiceContext {
    if (this.ctx === null) throw new Error('the block backend service is not attached to dom0');
    return this.ctx;
  }
}
