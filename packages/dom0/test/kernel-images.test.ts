import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ElfError } from '@hvsim/riscv';
import { KernelImages, fileKernelSource, type KernelSource } from '../src/toolstack/kernel-images';

const IMAGES = path.resolve(__dirname, '../../../images/demo');
const hello = fs.readFileSync(path.join(IMAGES, 'hello.elf'));
const sleeper = fs.readFileSync(path.join(IMAGES, 'sleeper.elf'));

/** The bytes of every loadable segment, to tell two kernels apart. */
const loaded = (image: ReturnType<KernelImages['load']>): number[] => image.segments.map((s) => s.data.length);

describe('KernelImages', () => {
  it('reads and parses a kernel once while its version stays the same', () => {
    let reads = 0;
    let version = 'v1';
    const source: KernelSource = { read: () => (reads++, hello), version: () => version };
    const kernels = new KernelImages(source);
    const first = kernels.load('k.elf');
    expect(kernels.load('k.elf')).toBe(first);
    expect(reads).toBe(1);
    version = 'v2';
    expect(kernels.load('k.elf')).not.toBe(first);
    expect(reads).toBe(2);
  });

  it('caches nothing without a version function', () => {
    let reads = 0;
    const kernels = new KernelImages({ read: () => (reads++, hello) });
    kernels.load('k.elf');
    kernels.load('k.elf');
    expect(reads).toBe(2);
  });

  it('re-reads a file on disk that was replaced or rewritten, and never caches a bad one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-kernels-'));
    try {
      const file = path.join(dir, 'kernel.elf');
      const kernels = new KernelImages(fileKernelSource);
      fs.writeFileSync(file, hello);
      const a = kernels.load(file);
      expect(kernels.load(file)).toBe(a);

      // Rewritten in place (same inode, other size and times).
      fs.writeFileSync(file, sleeper);
      const b = kernels.load(file);
      expect(loaded(b)).toEqual(loaded(new KernelImages({ read: () => sleeper }).load('x')));
      expect(loaded(b)).not.toEqual(loaded(a));

      // Replaced by rename (another inode), even with the same size.
      const other = path.join(dir, 'other.elf');
      fs.writeFileSync(other, hello);
      fs.renameSync(other, file);
      expect(loaded(kernels.load(file))).toEqual(loaded(a));

      fs.writeFileSync(file, 'not an ELF');
      expect(() => kernels.load(file)).toThrow(ElfError);
      expect(() => kernels.load(file)).toThrow(ElfError);
      fs.rmSync(file);
      expect(() => kernels.load(file)).toThrow(/ENOENT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
