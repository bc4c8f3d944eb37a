/**
 * Writing a file so that nothing is lost (save images, core dumps, packet captures): the data goes to a new
 * temporary file beside the target, is flushed to disk (fsync), and only then renamed over the
 * target, whose directory is flushed too. Until commit() the target is untouched; a failure at
 * any step leaves what existed and removes the temporary file.
 *
 * Only regular files are created or replaced: a target that is a directory, a device node, a
 * FIFO or a socket is refused up front (rename would put a regular file in a device node's
 * place, and writing into one would feed a device). A symbolic link is followed: the file it
 * names is replaced and the link stays.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileError, kindOf } from './regular-file';
import { writeFully } from './write-fully';

/** Counts file operations as under way while they are (dom0's HostIo, which the embedding API
 *  waits on so no virtual time passes during one). */
export interface IoTracker {
  track<T>(work: Promise<T>): Promise<T>;
}

/** A writer nobody waits on (a client's own files). */
const UNTRACKED: IoTracker = { track: (work) => work };

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
/** New files hold guest memory: readable by their owner only. */
const NEW_FILE_MODE = 0o600;

let tempCounter = 0;

export class DurableFile {
  private constructor(
    /** The file that commit() replaces (a link's target when the path was a link). */
    readonly target: string,
    /** The path as the caller gave it, for messages. */
    private readonly shown: string,
    private readonly temp: string,
    private handle: fs.promises.FileHandle | null,
    private readonly io: IoTracker,
  ) {}

  /**
   * Checks that `file` can be written as a regular file (it is one, or is absent and its
   * directory exists) and creates the temporary file beside it; the target is not touched.
   */
  static create(file: string, io: IoTracker = UNTRACKED): Promise<DurableFile> {
    return io.track(DurableFile.open(file, io));
  }

  private static async open(file: string, io: IoTracker): Promise<DurableFile> {
    const target = await resolveTarget(file);
    const existing = await checkDestination(target, file);
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${tempCounter++}`);
    const handle = await fs.promises.open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, NEW_FILE_MODE).catch((err: NodeJS.ErrnoException) => {
      throw fileError(err, file, 'cannot write');
    });
    const out = new DurableFile(target, file, temp, handle, io);
    // A replaced file keeps its mode exactly; a new one gets 0o600 less the umask.
    if (existing !== null) await handle.chmod(existing.mode & 0o7777).catch(async (err: NodeJS.ErrnoException) => {
      await out.discard();
      throw fileError(err, file, 'cannot write');
    });
    return out;
  }

  /** Writes `data` at `position` (default: after what was written last). */
  async write(data: Uint8Array, position?: number): Promise<void> {
    await this.io.track(writeFully(this.opened(), data, position ?? null).catch((err: NodeJS.ErrnoException) => {
      throw fileError(err, this.shown, 'cannot write');
    }));
  }

  /** Sets the file's length (a sparse tail reads as zeros). */
  async truncate(length: number): Promise<void> {
    await this.io.track(this.opened().truncate(length).catch((err: NodeJS.ErrnoException) => {
      throw fileError(err, this.shown, 'cannot write');
    }));
  }

  /** Flushes the data, puts the file in the target's place and flushes the directory. */
  commit(): Promise<void> {
    return this.io.track(this.persist());
  }

  private async persist(): Promise<void> {
    const handle = this.opened();
    try {
      await handle.sync();
      await handle.close();
      this.handle = null;
      // Checked again: something else may have taken the name since create().
      await checkDestination(this.target, this.shown);
      await fs.promises.rename(this.temp, this.target);
    } catch (err) {
      await this.discard();
      throw err instanceof FileError ? err : fileError(err as NodeJS.ErrnoException, this.shown, 'cannot write');
    }
    await syncDirectory(path.dirname(this.target), this.shown);
  }

  /** Drops the temporary file; the target stays as it was. Safe to call at any time. */
  discard(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    return this.io.track((async () => {
      await handle?.close().catch(() => undefined);
      await fs.promises.rm(this.temp, { force: true }).catch(() => undefined);
    })());
  }

  private opened(): fs.promises.FileHandle {
    if (this.handle === null) throw new Error(`${this.shown}: the file was already committed or discarded`);
    return this.handle;
  }
}

/** Writes `data` as the whole of `file`, durably (see DurableFile). */
export async function writeFileDurably(file: string, data: Uint8Array, io?: IoTracker): Promise<void> {
  const out = await DurableFile.create(file, io);
  try {
    await out.write(data);
    await out.commit();
  } finally {
    await out.discard();
  }
}

/** The file a path names: a link's target (so the link survives), else the path itself. */
async function resolveTarget(file: string): Promise<string> {
  const absolute = path.resolve(file);
  const lst = await fs.promises.lstat(absolute).catch(() => null);
  if (lst === null || !lst.isSymbolicLink()) return absolute;
  return fs.promises.realpath(absolute).catch((err: NodeJS.ErrnoException) => {
    throw fileError(err, file, 'a symbolic link to nothing');
  });
}

/** The target's stat when it is a regular file, null when it does not exist; else FileError. */
async function checkDestination(target: string, shown: string): Promise<fs.Stats | null> {
  const st = await fs.promises.lstat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw fileError(err, shown, 'cannot write');
  });
  if (st === null) {
    const dir = await fs.promises.stat(path.dirname(target)).catch((err: NodeJS.ErrnoException) => {
      throw fileError(err, shown, 'cannot write: its directory');
    });
    if (!dir.isDirectory()) throw new FileError('ENOTDIR', `${shown}: cannot write: ${path.dirname(target)} is not a directory`);
    return null;
  }
  if (!st.isFile()) throw new FileError(st.isDirectory() ? 'EISDIR' : 'EINVAL', `${shown}: not a regular file (${kindOf(st)}); hvsim writes only regular files`);
  return st;
}

async function syncDirectory(dir: string, shown: string): Promise<void> {
  const handle = await fs.promises.open(dir, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
  try {
    await handle.sync();
  } catch (err) {
    throw fileError(err as NodeJS.ErrnoException, shown, 'written, but its directory could not be flushed');
  } finally {
    await handle.close();
  }
}

function fileError(err: NodeJS.ErrnoException, shown: string, what: string): FileError {
  return new FileError(err.code ?? 'EINVAL', `${shown}: ${what}: ${err.message}`);
}
