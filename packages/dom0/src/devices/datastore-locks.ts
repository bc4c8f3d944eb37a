/**
 * Disk locks other daemons see: lock files beside each image in the datastore, so two daemons
 * pointed at one datastore (`--datastore`) refuse a second read-write open across them as one
 * daemon refuses it within itself.
 *
 *   .IMAGE.lock            the writer: created with link(2), which fails when the name exists,
 *                          from a complete temp file, so it appears whole or not at all
 *   .IMAGE.ro.<daemon>     a reader file per daemon with read-only opens of the image
 *
 * Each holds its owner as JSON: host name, pid, this daemon's instance id, the domain (domid
 * and UUID), and whether a migration offers it. A writer checks the readers after creating its
 * file and a reader checks the writer after creating its own, so of two racing opens at least
 * one sees the other: both may refuse, never both succeed. A lock whose owner was on this
 * machine and whose pid is gone or a zombie (the daemon was killed) is stale and removed; one from another
 * machine (or a daemon stopped, not dead) only when `ownerGone` says so — a cluster that
 * fenced that host and restarts its domains elsewhere knows it; nothing else guesses.
 *
 * Migration: offer() rewrites the writer's file as offered (temp file, rename); the
 * destination's acquire() for the same UUID takes an offered lock by writing itself in; the
 * source's release() removes the file only while it is still the source's.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileError, readRegularFile, writeFileDurably } from '@hvsim/files';
import type { DiskLock, LockHolder, LockMode } from './disk-locks';

/** A lock file holds one owner's JSON: far less than this. */
const MAX_LOCK_FILE_BYTES = 4096;

interface Daemon {
  host: string;
  pid: number;
  /** One per daemon instance (a pid is reused; two embedded hosts share one). */
  daemon: string;
}

/** Who a lock file names. */
export interface LockOwner extends Daemon {
  domid: number;
  uuid: string;
  /** The source of a live migration, paused, lets the destination take it. */
  offered: boolean;
}

/** An attempt to take the writer's file may race a migration or a stale removal: retried. */
const ATTEMPTS = 4;

export class DatastoreDiskLocks implements DiskLock {
  private readonly me: Daemon = { host: os.hostname(), pid: process.pid, daemon: randomUUID() };
  /** This daemon's read-only opens per image: its reader file exists while there are some. */
  private readonly readers = new Map<string, number>();

  constructor(private readonly ownerGone: (owner: LockOwner, file: string) => boolean | Promise<boolean> = () => false) {}

  async acquire(file: string, holder: LockHolder, mode: LockMode): Promise<string | null> {
    return mode === 'rw' ? this.acquireWriter(file, holder) : this.acquireReader(file, holder);
  }

  async release(file: string, holder: LockHolder, mode: LockMode): Promise<void> {
    if (mode === 'ro') {
      const n = (this.readers.get(file) ?? 0) - 1;
      if (n > 0) return void this.readers.set(file, n);
      this.readers.delete(file);
      await fs.promises.rm(this.readerPath(file), { force: true });
      return;
    }
    const lock = writerPath(file);
    const owner = await readOwner(lock);
    if (owner !== null && owner !== 'garbage' && this.isMine(owner, holder)) await fs.promises.rm(lock, { force: true });
  }

  async offer(file: string, holder: LockHolder): Promise<void> {
    const lock = writerPath(file);
    const owner = await readOwner(lock);
    if (owner !== null && owner !== 'garbage' && this.isMine(owner, holder)) await replaceFile(lock, this.owner(holder, true));
  }

  async reclaim(file: string, holder: LockHolder): Promise<void> {
    await replaceFile(writerPath(file), this.owner(holder, false));
  }

  private async acquireWriter(file: string, holder: LockHolder): Promise<string | null> {
    const lock = writerPath(file);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (await createFile(lock, this.owner(holder, false))) {
        const reader = await this.liveReader(file);
        if (reader === null) return null;
        await fs.promises.rm(lock, { force: true });
        return `${file} is already in use read-only by ${reader}`;
      }
      const owner = await readOwner(lock);
      if (owner === null) continue; // removed meanwhile
      if (owner === 'garbage') return `${file} is locked by ${lock}, which hvsim did not write; remove it if no daemon uses the disk`;
      if (owner.offered && owner.uuid === holder.uuid) {
        await replaceFile(lock, this.owner(holder, false)); // the migration's commit: the lock is ours now
        return null;
      }
      if (!(await this.isStale(owner, file))) return `${file} is already in use read-write by ${describe(owner)}`;
      await removeIfUnchanged(lock, owner);
    }
    return `${file}: its lock file ${lock} keeps changing; try again`;
  }

  private async acquireReader(file: string, holder: LockHolder): Promise<string | null> {
    const n = this.readers.get(file) ?? 0;
    if (n === 0) await replaceFile(this.readerPath(file), this.owner(holder, false));
    const lock = writerPath(file);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const owner = await readOwner(lock);
      if (owner === null) break;
      if (owner !== 'garbage' && (await this.isStale(owner, file))) {
        await removeIfUnchanged(lock, owner);
        continue;
      }
      if (n === 0) await fs.promises.rm(this.readerPath(file), { force: true });
      return owner === 'garbage' ? `${file} is locked by ${lock}, which hvsim did not write; remove it if no daemon uses the disk`
        : `${file} is already in use read-write by ${describe(owner)}`;
    }
    this.readers.set(file, n + 1);
    return null;
  }

  /** Another daemon's reader of `file` that is alive, described (stale ones are removed on the way). */
  private async liveReader(file: string): Promise<string | null> {
    const dir = path.dirname(file);
    const prefix = `.${path.basename(file)}.ro.`;
    for (const name of await fs.promises.readdir(dir)) {
      if (!name.startsWith(prefix) || name === path.basename(this.readerPath(file))) continue;
      const p = path.join(dir, name);
      const owner = await readOwner(p);
      if (owner === null) continue;
      if (owner === 'garbage') return `the reader named by ${p}, which hvsim did not write`;
      if (!(await this.isStale(owner, file))) return describe(owner);
      await removeIfUnchanged(p, owner);
    }
    return null;
  }

  private readerPath(file: string): string {
    return path.join(path.dirname(file), `.${path.basename(file)}.ro.${this.me.daemon}`);
  }

  private owner(holder: LockHolder, offered: boolean): LockOwner {
    return { ...this.me, domid: holder.domid, uuid: holder.uuid, offered };
  }

  private isMine(owner: LockOwner, holder: LockHolder): boolean {
    return owner.daemon === this.me.daemon && owner.domid === holder.domid;
  }

  /** Its daemon was on this machine and is gone, or `ownerGone` knows it is (for `file`). */
  private async isStale(owner: LockOwner, file: string): Promise<boolean> {
    if (owner.daemon === this.me.daemon) return false;
    if (await this.ownerGone(owner, file)) return true;
    if (owner.host !== this.me.host) return false;
    return processGone(owner.pid);
  }
}

/** Whether process `pid` of this machine has ended: no such process, or a zombie — a killed
 *  daemon nobody has reaped yet (a container's PID 1 may never reap orphans) holds no lock. */
async function processGone(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
  try {
    // /proc/PID/stat: "pid (comm) STATE ..."; comm may hold spaces or parentheses.
    const stat = await fs.promises.readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) === 'Z';
  } catch {
    return false; // no procfs: the process exists, as far as kill(pid, 0) can tell
  }
}

function writerPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

function describe(o: LockOwner): string {
  return `domain ${o.domid} of the hvsim daemon with pid ${o.pid} on ${o.host}`;
}

/** The owner a lock file names; null when there is no such file, 'garbage' when it holds something else. */
async function readOwner(p: string): Promise<LockOwner | 'garbage' | null> {
  let text: string;
  try {
    // Only a small regular file: a FIFO or a huge file planted under the name is garbage, and
    // never holds up the thread pool.
    text = (await readRegularFile(p, MAX_LOCK_FILE_BYTES)).toString('utf8');
  } catch (err) {
    if (err instanceof FileError && err.code === 'ENOENT') return null;
    return 'garbage';
  }
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    const ok = typeof o.host === 'string' && typeof o.daemon === 'string' && typeof o.uuid === 'string' && typeof o.offered === 'boolean'
      && Number.isSafeInteger(o.pid) && Number.isSafeInteger(o.domid);
    return ok ? (o as LockOwner) : 'garbage';
  } catch {
    return 'garbage';
  }
}

/** A complete temp file (written, fsynced) beside `p`, for link(2) into place. Made afresh
 *  (O_EXCL, which never follows a symlink): a name left or planted there is removed, not written through. */
async function writeTemp(p: string, owner: LockOwner): Promise<string> {
  const tmp = `${p}.${owner.daemon}.${owner.domid}.tmp`;
  await fs.promises.rm(tmp, { force: true });
  const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
  const handle = await fs.promises.open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return tmp;
}

/** Creates `p` holding `owner` unless it exists; whether it did. */
async function createFile(p: string, owner: LockOwner): Promise<boolean> {
  const tmp = await writeTemp(p, owner);
  try {
    await fs.promises.link(tmp, p);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
}

/** Makes `p` hold `owner`, whether it existed or not, in one step (a durable rename). */
async function replaceFile(p: string, owner: LockOwner): Promise<void> {
  await writeFileDurably(p, Buffer.from(`${JSON.stringify(owner)}\n`));
}

/** Removes a stale lock file unless someone rewrote it since it was read (the window is the read to the unlink). */
async function removeIfUnchanged(p: string, seen: LockOwner): Promise<void> {
  const now = await readOwner(p);
  if (now !== null && now !== 'garbage' && JSON.stringify(now) === JSON.stringify(seen)) await fs.promises.rm(p, { force: true });
}
