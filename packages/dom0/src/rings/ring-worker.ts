/**
 * Runs one ring's service pass at a time. A kick that arrives while a pass is running asks
 * for one more pass after it (kicks coalesce, as event channel notifications do: a pending
 * bit, not a count), so a pass never interleaves with another over the same page.
 */
export class RingWorker {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** Virtual time at which the pass under way began: it read the ring then. */
  private passBegan = -1;

  /**
   * @param pass reads the ring first thing, before it awaits anything that lets the machine run.
   * @param now virtual time, which moves whenever a guest may have run; without it every
   *   flush() takes a pass of its own.
   */
  constructor(
    private readonly pass: () => Promise<void>,
    private readonly onError: (err: unknown) => void,
    private readonly now: (() => number) | null = null,
  ) {}

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

  /**
   * Resolves once a pass has read the ring as the guest left it, now: the pass under way if it
   * began at this virtual time (no guest has run since), else one more (a domain that shut down
   * while its last notification was being served needs no second look).
   */
  flush(): Promise<void> {
    if (this.running !== null && this.now !== null && this.passBegan === this.now()) return this.running;
    return this.kick();
  }

  /** No more passes (the domain is gone); a pass under way finishes. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.running ?? Promise.resolve();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      if (this.now !== null) this.passBegan = this.now();
      try {
        await this.pass();
      } catch (err) {
        this.onError(err);
        return;
      }
    } while (this.again && !this.stopped);
  }
}
