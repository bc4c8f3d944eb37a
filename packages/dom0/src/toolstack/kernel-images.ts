/**
 * Kernel images as the domain builder needs them: read and parsed once per version of the
 * file, not once per domain. Creating the same kernel a thousand times (a test farm, a
 * benchmark, on_reboot=restart) otherwise reads and parses the same ELF a thousand times.
 *
 * A cached image is used only while the file's version — for files on disk its device, inode,
 * size, mtime and ctime — is unchanged: a rebuilt or replaced kernel is read again. A source
 * without versions caches nothing. Images are shared between builds and only read (the
 * builder copies segments into guest RAM).
 *
 * A cache hit costs one stat of the path, done synchronously: stat opens nothing, so it
 * cannot wait on a FIFO or a device, and a version equal to a cached one names the same
 * regular file. Everything else — open, fstat, read — goes through the source's open().
 */
import * as fs from 'node:fs';
import { loadElf, type ElfImage } from '@hvsim/riscv';
import { MAX_KERNEL_BYTES, openRegularFile, versionOf } from '@hvsim/files';

/** A kernel file, opened. */
export interface KernelFile {
  /** Identifies the file's current contents, or null when that cannot be told (then no caching). */
  readonly version: string | null;
  read(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface KernelSource {
  /** Opens `file`; throws what opening throws (FileError for files on disk). */
  open(file: string): Promise<KernelFile>;
  /** The version open() would report now, when it can be told cheaply (else null). */
  currentVersion?(file: string): string | null;
}

/** Parsed images kept at most (a host typically runs a handful of kernels). */
const MAX_CACHED = 64;

export class KernelImages {
  private readonly cache = new Map<string, { version: string; image: ElfImage }>();

  constructor(private readonly source: KernelSource) {}

  /** The parsed image of `file`. Throws what reading (FileError) or parsing (ElfError) throws. */
  async load(file: string): Promise<ElfImage> {
    const cached = this.cache.get(file);
    if (cached !== undefined && this.source.currentVersion?.(file) === cached.version) return cached.image;
    const f = await this.source.open(file);
    try {
      const { version } = f;
      const again = this.cache.get(file);
      if (version !== null && again !== undefined && again.version === version) return again.image;
      const image = loadElf(await f.read());
      if (version !== null) {
        this.cache.delete(file);
        if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
        this.cache.set(file, { version, image });
      }
      return image;
    } finally {
      await f.close();
    }
  }
}

/** The file system as a KernelSource: regular files of at most MAX_KERNEL_BYTES, versions from fstat. */
export const fileKernelSource: KernelSource = {
  open: (file) => openRegularFile(file, MAX_KERNEL_BYTES),
  currentVersion: (file) => {
    try {
      const st = fs.statSync(file, { throwIfNoEntry: false });
      return st !== undefined && st.isFile() ? versionOf(st) : null;
    } catch {
      return null; // unreachable or not allowed: open() reports why
    }
  },
};

/** A KernelSource over a plain read function (tests, embedders): nothing is cached. */
export function readerKernelSource(read: (file: string) => Uint8Array | Promise<Uint8Array>): KernelSource {
  return {
    open: async (file) => ({ version: null, read: async () => read(file), close: async () => undefined }),
  };
}
