/**
 * Log files that grow by appending (per-domain console logs, the daemon's log): opened only
 * when the path is, or becomes, a regular file. O_NONBLOCK makes the open of a FIFO return at
 * once instead of waiting for a reader; the open descriptor is then checked (fstat), so a
 * FIFO, device node, socket or directory in a log's place is refused, never written into.
 */
import * as fs from 'node:fs';
import { FileError, kindOf } from './regular-file';

const { O_WRONLY, O_APPEND, O_CREAT, O_NONBLOCK, O_NOCTTY } = fs.constants;

/** Opens `file` for appending (created with `mode` when absent); the caller closes the fd. */
export function openAppendLog(file: string, mode = 0o644): number {
  let fd: number;
  try {
    fd = fs.openSync(file, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_NOCTTY, mode);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    // ENXIO: a FIFO without a reader (or a device without its device) refused the open.
    const st = e.code === 'ENXIO' ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
    if (st !== undefined) throw notRegular(file, st);
    throw new FileError(e.code ?? 'EINVAL', `${file}: cannot open for logging: ${e.message}`);
  }
  const st = fs.fstatSync(fd);
  if (!st.isFile()) {
    fs.closeSync(fd);
    throw notRegular(file, st);
  }
  return fd;
}

function notRegular(file: string, st: fs.Stats): FileError {
  return new FileError('EINVAL', `${file}: not a regular file (${kindOf(st)}); hvsim logs only to regular files`);
}
