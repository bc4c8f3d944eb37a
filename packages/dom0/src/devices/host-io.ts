/**
 * Host I/O the backends have in flight (file reads, writes, fsyncs). A host that steps virtual
 * time itself (the embedding API) waits for it to drain before the next step, so a request's
 * completion lands at the virtual time the service-time model gives it, never later because
 * the host's disk was slow: runs stay deterministic. The daemon does not wait (a slow disk
 * must not stall other domains); there a completion later than the model lands when it lands.
 */
export class HostIo {
  private pending = 0;
  private waiters: Array<() => void> = [];

  /** Runs `work` as in-flight host I/O. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await work();
    } finally {
      if (--this.pending === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  get inFlight(): number {
    return this.pending;
  }

  /** Resolves once nothing is in flight. */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
