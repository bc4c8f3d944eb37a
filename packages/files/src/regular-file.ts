/**
 * Reading the files hvsim is handed (kernels, configs, save images): regular files only, read
 * asynchronously and never beyond a cap, so that no path — /dev/zero, a FIFO nobody writes,
 * a directory — can block the daemon's event loop or fill its memory.
 *
 * The file is opened first and the open descriptor is examined (fstat), so what is checked is
 * what is read (no window in which the path can be swapped). O_NONBLOCK makes the open itself
 * return at once even for a FIFO without a writer (it would otherwise wait for one, holding a
 * libuv thread); it changes nothing for a regular file.
 */
import * as fs from 'node:fs';

/** Caps on what dom0 reads, by kind of file. */
export const MAX_KERNEL_BYTES = 64 * 1024 * 1024;
export const MAX_CONFIG_BYTES = 1024 * 1024;

const { O_RDONLY, O_NONBLOCK, O_NOCTTY } = fs.constants;

/** A file that is not there, not a regular file, too large, or unreadable. `code` is the
 *  errno name when the system gave one (ENOENT, EACCES, ...), else EINVAL. */
export class FileError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** An open regular file: its identity (for caches) and a way to read it whole. */
export interface OpenRegularFile {
  /** Device, inode, size and times: changes whenever the contents may have. */
  readonly version: string;
  readonly size: number;
  /** Reads it whole (at most `maxBytes`; a file that grew past the cap meanwhile fails). */
  read(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Opens `file` for reading if it is a regular file of at most `maxBytes`; the caller closes it. */
export async function openRegularFile(file: string, maxBytes: number): Promise<OpenRegularFile> {
  const handle = await fs.promises.open(file, O_RDONLY | O_NONBLOCK | O_NOCTTY).catch((err: NodeJS.ErrnoException) => {
    throw new FileError(err.code ?? 'EINVAL', `${file}: cannot read: ${err.message}`);
  });
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new FileError('EINVAL', `${file}: not a regular file (${kindOf(st)})`);
    if (st.size > maxBytes) throw new FileError('EFBIG', `${file}: ${st.size} bytes is more than the ${maxBytes} allowed`);
    return {
      version: versionOf(st),
      size: st.size,
      read: () => readAll(handle, file, maxBytes),
      close: () => handle.close(),
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** A regular file's identity and state: changes whenever its contents may have. */
export function versionOf(st: fs.Stats): string {
  // Millisecond times as doubles still resolve well under a microsecond today.
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** Reads a regular file of at most `maxBytes` whole. */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  const f = await openRegularFile(file, maxBytes);
  try {
    return await f.read();
  } finally {
    await f.close();
  }
}

async function readAll(handle: fs.promises.FileHandle, file: string, maxBytes: number): Promise<Buffer> {
  // One byte more than the size (or the cap) finds a file that grew while being read.
  let buf = Buffer.alloc(Math.min((await handle.stat()).size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (length > maxBytes) throw new FileError('EFBIG', `${file}: grew past the ${maxBytes} bytes allowed while being read`);
      const bigger = Buffer.alloc(Math.min(maxBytes + 1, buf.length * 2));
      buf.copy(bigger);
      buf = bigger;
    }
    const { bytesRead } = await handle.read(buf, length, buf.length - length, length).catch((err: NodeJS.ErrnoException) => {
      throw new FileError(err.code ?? 'EINVAL', `${file}: cannot read: ${err.message}`);
    });
    if (bytesRead === 0) return buf.subarray(0, length);
    length += bytesRead;
  }
}

/**
 * The synchronous form, for a command-line client reading its own config file (nothing else
 * waits on its event loop): the same rules — a regular file, within `maxBytes`.
 */
export function readRegularFileSync(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, O_RDONLY | O_NONBLOCK | O_NOCTTY);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new FileError(e.code ?? 'EINVAL', `${file}: cannot read: ${e.message}`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new FileError('EINVAL', `${file}: not a regular file (${kindOf(st)})`);
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buf.length && (n = fs.readSync(fd, buf, length, buf.length - length, length)) > 0;) length += n;
    if (length === buf.length) {
      throw length > maxBytes ? new FileError('EFBIG', `${file}: more than the ${maxBytes} bytes allowed`) : new FileError('EAGAIN', `${file}: changed while being read`);
    }
    return buf.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** What a file that is not a regular file is, for messages (from stat, so never a link). */
export function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'it is a directory';
  if (st.isFIFO()) return 'it is a FIFO';
  if (st.isSocket()) return 'it is a socket';
  if (st.isCharacterDevice()) return 'it is a character device';
  if (st.isBlockDevice()) return 'it is a block device';
  return 'it is neither a file nor a directory';
}
