/**
 * Runs one ring's service pass at a time. A kick that arrives while a pass is running asks
 * for one more pass after it (kicks coalesce, as event channel notifications do: a pending
 * bit, not a count), so a pass never interleaves with another over the same page.
 */
export class RingWorker {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly pass: () => Promise<void>, private readonly onError: (err: unknown) => void) {}

  /** Asks for a pass; resolves once a pass that started after this call has finished. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running !== null) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** No more passes (the domain is gone); a pass under way finishes. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.running ?? Promise.resolve();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.pass();
      } catch (err) {
        this.onError(err);
        return;
      }
    } while (this.again && !this.stopped);
  }
}
