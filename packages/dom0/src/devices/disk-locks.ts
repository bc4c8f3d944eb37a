/**
 * Who has which image open: a disk opened read-write by a domain cannot be opened by another
 * (xl's "already in use"); read-only sharing is allowed. Images are named by real path, so two
 * names of one file are one disk.
 *
 * A lock is kept behind the DiskLock interface so that several can guard one open: this
 * daemon's own table (ProcessDiskLocks, which also lets a domain open one file read-only more
 * than once), lock files in the datastore that other daemons sharing it see
 * (datastore-locks.ts), and a cluster's lock beside them. BlockBackendService takes them in
 * order and gives back those it took when a later one refuses.
 *
 * Live migration moves a read-write lock at commit: the source, paused for the last round,
 * offers it (offer); the destination takes an offered lock of the same domain (its UUID) when
 * it attaches the disk; the source then releases only what is still its own. A migration that
 * fails before the commit leaves the lock with the source (reclaim).
 */
export type LockMode = 'ro' | 'rw';

/** The domain a lock is taken for; its UUID is what a migration carries from host to host. */
export interface LockHolder {
  domid: number;
  uuid: string;
}

export interface DiskLock {
  /** Takes the lock or returns why not. */
  acquire(file: string, holder: LockHolder, mode: LockMode): Promise<string | null>;
  release(file: string, holder: LockHolder, mode: LockMode): Promise<void>;
  /** The holder is migrating and paused: a destination running the same domain may take the read-write lock. */
  offer(file: string, holder: LockHolder): Promise<void>;
  /** The migration failed before the destination committed: the lock is the holder's alone again. */
  reclaim(file: string, holder: LockHolder): Promise<void>;
}

interface Holders {
  writer: number | null;
  readers: Map<number, number>;
}

/** This daemon's table of its domains' opens. */
export class ProcessDiskLocks implements DiskLock {
  private readonly byFile = new Map<string, Holders>();

  /** A domain may hold one file more than once (two vdevs) read-only. */
  async acquire(file: string, { domid }: LockHolder, mode: LockMode): Promise<string | null> {
    const h = this.byFile.get(file) ?? { writer: null, readers: new Map<number, number>() };
    if (h.writer !== null) return `${file} is already in use read-write by domain ${h.writer}`;
    if (mode === 'rw' && h.readers.size > 0) return `${file} is already in use by domain ${[...h.readers.keys()][0]}`;
    if (mode === 'rw') h.writer = domid;
    else h.readers.set(domid, (h.readers.get(domid) ?? 0) + 1);
    this.byFile.set(file, h);
    return null;
  }

  async release(file: string, { domid }: LockHolder, mode: LockMode): Promise<void> {
    const h = this.byFile.get(file);
    if (h === undefined) return;
    if (mode === 'rw' && h.writer === domid) h.writer = null;
    if (mode === 'ro') {
      const n = (h.readers.get(domid) ?? 0) - 1;
      if (n > 0) h.readers.set(domid, n);
      else h.readers.delete(domid);
    }
    if (h.writer === null && h.readers.size === 0) this.byFile.delete(file);
  }

  /** The destination is another daemon, with a table of its own: nothing to hand over here. */
  async offer(): Promise<void> {}

  async reclaim(): Promise<void> {}
}

/** Several locks as one: taken in order, given back in reverse when a later one refuses. */
export class DiskLockChain implements DiskLock {
  constructor(private readonly locks: readonly DiskLock[]) {}

  async acquire(file: string, holder: LockHolder, mode: LockMode): Promise<string | null> {
    for (let i = 0; i < this.locks.length; i++) {
      const busy = await this.locks[i].acquire(file, holder, mode);
      if (busy === null) continue;
      for (let j = i - 1; j >= 0; j--) await this.locks[j].release(file, holder, mode);
      return busy;
    }
    return null;
  }

  async release(file: string, holder: LockHolder, mode: LockMode): Promise<void> {
    for (let i = this.locks.length - 1; i >= 0; i--) await this.locks[i].release(file, holder, mode);
  }

  async offer(file: string, holder: LockHolder): Promise<void> {
    for (const lock of this.locks) await lock.offer(file, holder);
  }

  async reclaim(file: string, holder: LockHolder): Promise<void> {
    for (const lock of this.locks) await lock.reclaim(file, holder);
  }
}
