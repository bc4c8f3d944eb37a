import type { FileHandle } from 'node:fs/promises';

/**
 * Writes all of `data` at `position` (null: at the file's offset). One write(2) may take
 * fewer bytes than asked — a large image, a signal, a nearly full disk — so it loops; a write
 * that takes nothing is EIO rather than a spin.
 */
export async function writeFully(handle: FileHandle, data: Uint8Array, position: number | null): Promise<void> {
  for (let done = 0; done < data.length;) {
    const { bytesWritten } = await handle.write(data, done, data.length - done, position === null ? null : position + done);
    if (bytesWritten === 0) throw Object.assign(new Error('the file system took no more bytes'), { code: 'EIO' });
    done += bytesWritten;
  }
}
