/**
 * Who has which image open: a disk opened read-write by a domain cannot be opened by another
 * (xl's "already in use"); read-only sharing is allowed. Kept by the daemon for its domains;
 * images are named by real path, so two names of one file are one disk.
 */
export type LockMode = 'ro' | 'rw';

interface Holders {
  writer: number | null;
  readers: Map<number, number>;
}

export class DiskLocks {
  private readonly byFile = new Map<string, Holders>();

  /** Takes the lock or returns why not. A domain may hold one file more than once (two vdevs) read-only. */
  acquire(file: string, domid: number, mode: LockMode): string | null {
    const h = this.byFile.get(file) ?? { writer: null, readers: new Map<number, number>() };
    if (h.writer !== null) return `${file} is already in use read-write by domain ${h.writer}`;
    if (mode === 'rw' && h.readers.size > 0) return `${file} is already in use by domain ${[...h.readers.keys()][0]}`;
    if (mode === 'rw') h.writer = domid;
    else h.readers.set(domid, (h.readers.get(domid) ?? 0) + 1);
    this.byFile.set(file, h);
    return null;
  }

  release(file: string, domid: number, mode: LockMode): void {
    const h = this.byFile.get(file);
    if (h === undefined) return;
    if (mode === 'rw' && h.writer === domid) h.writer = null;
    if (mode === 'ro') {
      const n = (h.readers.get(domid) ?? 0) - 1;
      if (n > 0) h.readers.set(domid, n);
      else h.readers.delete(domid);
    }
    if (h.writer === null && h.readers.size === 0) this.byFile.delete(file);
  }
}
