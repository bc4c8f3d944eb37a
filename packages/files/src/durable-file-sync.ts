/**
 * writeFileDurably's steps for code that may not wait (an exit handler, a script's loop): the
 * data goes to a new temporary file beside the target, is flushed, then renamed over it, and
 * the directory is flushed. A reader meanwhile sees the old file or the new one, never part of
 * one; a failure leaves what existed and removes the temporary file. As with DurableFile, only
 * a regular file (or none) is replaced, keeping its mode, and a symbolic link is followed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileError, kindOf } from './regular-file';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDONLY, O_DIRECTORY } = fs.constants;

/** Writes `data` as the whole of `file`; a new file gets `mode` (less the umask). */
export function writeFileDurablySync(file: string, data: Uint8Array, mode = 0o600): void {
  const target = fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() === true ? fs.realpathSync(file) : path.resolve(file);
  const existing = fs.statSync(target, { throwIfNoEntry: false });
  if (existing !== undefined && !existing.isFile()) throw new FileError('EINVAL', `${file}: not a regular file (${kindOf(existing)}); hvsim writes only regular files`);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}`);
  const fd = fs.openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode);
  try {
    try {
      if (existing !== undefined) fs.fchmodSync(fd, existing.mode & 0o7777);
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
  const dir = fs.openSync(path.dirname(target), O_RDONLY | O_DIRECTORY);
  try {
    fs.fsyncSync(dir);
  } finally {
    fs.closeSync(dir);
  }
}
