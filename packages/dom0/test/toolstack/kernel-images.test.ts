import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ElfError, type ElfImage } from '@hvsim/riscv';
import { FileError } from '@hvsim/files';
import { KernelImages, fileKernelSource, readerKernelSource, type KernelSource } from '../../src/toolstack/kernel-images';

const IMAGES = path.resolve(__dirname, '../../../../images/demo');
const hello = fs.readFileSync(path.join(IMAGES, 'hello.elf'));
const sleeper = fs.readFileSync(path.join(IMAGES, 'sleeper.elf'));

/** The bytes of every loadable segment, to tell two kernels apart. */
const loaded = (image: ElfImage): number[] => image.segments.map((s) => s.data.length);

describe('KernelImages', () => {
  it('reads and parses a kernel once while its version stays the same', async () => {
    let reads = 0;
    let version = 'v1';
    const source: KernelSource = {
      open: async () => ({ version, read: async () => (reads++, hello), close: async () => undefined }),
    };
    const kernels = new KernelImages(source);
    const first = await kernels.load('k.elf');
    expect(await kernels.load('k.elf')).toBe(first);
    expect(reads).toBe(1);
    version = 'v2';
    expect(await kernels.load('k.elf')).not.toBe(first);
    expect(reads).toBe(2);
  });

  it('caches nothing without versions', async () => {
    let reads = 0;
    const kernels = new KernelImages(readerKernelSource(() => (reads++, hello)));
    await kernels.load('k.elf');
    await kernels.load('k.elf');
    expect(reads).toBe(2);
  });

  it('re-reads a file on disk that was replaced or rewritten, and never caches a bad one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-kernels-'));
    try {
      const file = path.join(dir, 'kernel.elf');
      const kernels = new KernelImages(fileKernelSource);
      fs.writeFileSync(file, hello);
      const a = await kernels.load(file);
      expect(await kernels.load(file)).toBe(a);

      // Rewritten in place (same inode, other size and times).
      fs.writeFileSync(file, sleeper);
      const b = await kernels.load(file);
      expect(loaded(b)).toEqual(loaded(await new KernelImages(readerKernelSource(() => sleeper)).load('x')));
      expect(loaded(b)).not.toEqual(loaded(a));

      // Replaced by rename (another inode), even with the same size.
      const other = path.join(dir, 'other.elf');
      fs.writeFileSync(other, hello);
      fs.renameSync(other, file);
      expect(loaded(await kernels.load(file))).toEqual(loaded(a));

      fs.writeFileSync(file, 'not an ELF');
      await expect(kernels.load(file)).rejects.toThrow(ElfError);
      await expect(kernels.load(file)).rejects.toThrow(ElfError);
      fs.rmSync(file);
      await expect(kernels.load(file)).rejects.toThrow(/ENOENT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a regular file, without reading it', async () => {
    const kernels = new KernelImages(fileKernelSource);
    for (const file of ['/dev/zero', '/dev/null', os.tmpdir()]) {
      await expect(kernels.load(file)).rejects.toThrow(FileError);
      await expect(kernels.load(file)).rejects.toThrow(`${file}: not a regular file`);
    }
  });
});
