/**
 * The datastore: the directory a host keeps its disk images in (`datastore =` in the host
 * config, `hvsim boot --datastore DIR`). A disk's target names a regular file inside it; the
 * name may not lead out of it (`..`, an absolute path elsewhere, a symlink pointing out), nor
 * name a directory or a device node. New images are raw sparse files, written whole or not at
 * all (temp file, fsync, link into place, so an existing image is never overwritten).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ErrnoError } from '../errno-error';

/** A target that cannot be used; the message says why (the caller adds file, line and key). */
export class DatastoreError extends ErrnoError {
  declare readonly errno: 'ENOENT' | 'EINVAL' | 'EEXIST' | 'EACCES';

  constructor(message: string, errno: DatastoreError['errno']) {
    super(errno, message);
    this.name = 'DatastoreError';
  }
}

export const SECTOR_BYTES = 512;
/** The largest image disk-create makes (2 TiB: sector numbers stay exact in a double). */
export const MAX_DISK_BYTES = 2 ** 41;

export class Datastore {
  /** The directory, absolute. */
  readonly dir: string;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
  }

  /** The real path of `target` if it is a regular file inside the datastore. */
  resolve(target: string): string {
    const real = this.realDir();
    const candidate = path.resolve(real, target);
    if (!isInside(real, candidate)) throw new DatastoreError(`target ${JSON.stringify(target)} is outside the datastore ${real}`, 'EACCES');
    let resolved: string;
    try {
      resolved = fs.realpathSync(candidate);
    } catch {
      throw new DatastoreError(`target ${JSON.stringify(target)} does not exist in the datastore ${real}`, 'ENOENT');
    }
    if (!isInside(real, resolved)) throw new DatastoreError(`target ${JSON.stringify(target)} leads outside the datastore ${real}`, 'EACCES');
    const st = fs.statSync(resolved);
    if (!st.isFile()) {
      throw new DatastoreError(`target ${JSON.stringify(target)} is ${st.isDirectory() ? 'a directory' : 'not a regular file'}; disks are regular files`, 'EINVAL');
    }
    if (st.size % SECTOR_BYTES !== 0) throw new DatastoreError(`target ${JSON.stringify(target)} is ${st.size} bytes, not a whole number of ${SECTOR_BYTES}-byte sectors`, 'EINVAL');
    return resolved;
  }

  /** The target naming `file`, a path resolve() gave: its path inside the datastore. */
  targetOf(file: string): string {
    return path.relative(this.realDir(), file);
  }

  /** Makes `name` a raw sparse image of `bytes`; refuses to overwrite. Returns its path. The
   *  file work is asynchronous: an fsync must not hold up the daemon's event loop. */
  async create(name: string, bytes: number): Promise<string> {
    if (!Number.isSafeInteger(bytes) || bytes <= 0 || bytes % SECTOR_BYTES !== 0 || bytes > MAX_DISK_BYTES) {
      throw new DatastoreError(`size ${bytes}: expected a positive multiple of ${SECTOR_BYTES} bytes up to 2 TiB`, 'EINVAL');
    }
    if (name === '' || name.includes('/') || name === '.' || name === '..' || name.includes('\0')) {
      throw new DatastoreError(`name ${JSON.stringify(name)}: expected a file name without "/"`, 'EINVAL');
    }
    await fs.promises.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const real = this.realDir();
    const file = path.join(real, name);
    const exists = (): DatastoreError => new DatastoreError(`${name} already exists in the datastore ${real}`, 'EEXIST');
    const tmp = path.join(real, `.${name}.${process.pid}.tmp`);
    const handle = await fs.promises.open(tmp, 'wx', 0o600);
    try {
      await handle.truncate(bytes); // sparse: no block is written
      await handle.sync();
    } catch (err) {
      await handle.close();
      await fs.promises.rm(tmp, { force: true });
      throw err;
    }
    await handle.close();
    try {
      await fs.promises.link(tmp, file); // unlike rename, fails if the name exists
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
      throw err;
    } finally {
      await fs.promises.rm(tmp, { force: true });
    }
    await syncDir(real);
    return file;
  }

  private realDir(): string {
    try {
      return fs.realpathSync(this.dir);
    } catch {
      throw new DatastoreError(`the datastore ${this.dir} does not exist`, 'ENOENT');
    }
  }
}

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Makes a directory entry durable. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

