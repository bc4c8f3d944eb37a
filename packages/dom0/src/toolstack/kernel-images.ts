/**
 * Kernel images as the domain builder needs them: read and parsed once per version of the
 * file, not once per domain. Creating the same kernel a thousand times (a test farm, a
 * benchmark, on_reboot=restart) otherwise reads and parses the same ELF a thousand times.
 *
 * A cached image is used only while the file's version — what `version(file)` reports, for
 * files on disk its device, inode, size, mtime and ctime — is unchanged: a rebuilt or
 * replaced kernel is read again. Without a version function nothing is cached. Images are
 * shared between builds and only read (the builder copies segments into guest RAM).
 */
import * as fs from 'node:fs';
import { loadElf, type ElfImage } from '@hvsim/riscv';

export interface KernelSource {
  read(file: string): Uint8Array;
  /** Identifies the file's current contents, or null when that cannot be told (then no caching). */
  version?(file: string): string | null;
}

/** Parsed images kept at most (a host typically runs a handful of kernels). */
const MAX_CACHED = 64;

export class KernelImages {
  private readonly cache = new Map<string, { version: string; image: ElfImage }>();

  constructor(private readonly source: KernelSource) {}

  /** The parsed image of `file`. Throws what reading (fs errors) or parsing (ElfError) throws. */
  load(file: string): ElfImage {
    const version = this.source.version?.(file) ?? null;
    if (version === null) return loadElf(this.source.read(file));
    const cached = this.cache.get(file);
    if (cached !== undefined && cached.version === version) return cached.image;
    const image = loadElf(this.source.read(file));
    this.cache.delete(file);
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(file, { version, image });
    return image;
  }
}

/** The file system as a KernelSource: versions from stat (times, inode, size). */
export const fileKernelSource: KernelSource = {
  read: (file) => fs.readFileSync(file),
  version: (file) => {
    // Millisecond times as doubles still resolve well under a microsecond today.
    const st = fs.statSync(file);
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  },
};
