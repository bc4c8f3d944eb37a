/**
 * dom0's waits on the host's file system (kernels, configs, save images, core dumps). They
 * are asynchronous so the daemon keeps serving meanwhile, and inside the simulation they take
 * no virtual time: whoever drives virtual time deterministically (the embedding API) lets none
 * pass while one is under way, so a run is the same however long the disk takes.
 */
export class HostIo {
  private pending = 0;
  private waiters: Array<() => void> = [];

  /** Is some file operation under way? */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Counts `work` (a file operation just started) as under way until it settles. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending++;
    return work.finally(() => {
      if (--this.pending > 0) return;
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
    });
  }

  /** Resolves once no file operation is under way. */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
