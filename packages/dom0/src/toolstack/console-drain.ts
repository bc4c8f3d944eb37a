/**
 * The console drain: moves what a domain wrote with console_io / the SBI console from the
 * core (DomctlService.ConsoleRead, by absolute index) to dom0's console backend, one drain at
 * a time per domain, and has the domain services flush what they hold in rings.
 */
import type { ConsoleBackend } from '../console/console-backend';
import type { CostMeter } from '../cost-model';
import type { Domctl } from '../domctl';
import type { DomainServiceHooks } from '../platform';
import { logFailure } from './managed-domain';

export interface ConsoleDrainOptions {
  domctl: Domctl;
  cost: CostMeter;
  console: ConsoleBackend;
  hooks: readonly DomainServiceHooks[];
  log: (line: string) => void;
}

export class ConsoleDrain {
  /** Per drained domain, the core's index of the next byte to take. */
  private readonly nextIndex = new Map<number, number>();
  private readonly draining = new Map<number, Promise<void>>();

  constructor(private readonly o: ConsoleDrainOptions) {}

  /** Starts draining a new domain's output from its first byte. */
  follow(domid: number): void {
    this.nextIndex.set(domid, 0);
  }

  /** Stops: a drain under way ends without passing on what it read. */
  forget(domid: number): void {
    this.nextIndex.delete(domid);
  }

  /** Moves what the domain wrote with console_io / the SBI console from the core to the backend. */
  drain(domid: number): Promise<void> {
    const running = this.draining.get(domid);
    if (running !== undefined) return running.then(() => this.drain(domid));
    const job = this.drainLoop(domid).finally(() => this.draining.delete(domid));
    this.draining.set(domid, job);
    return job;
  }

  /** console_io output and what the domain services hold in rings (shutdown, destroy). */
  async drainAll(domid: number): Promise<void> {
    await this.drain(domid);
    for (const hook of this.o.hooks) await logFailure(this.o.log, `console of domain ${domid}`, () => hook.flushConsole?.(domid));
  }

  private async drainLoop(domid: number): Promise<void> {
    for (;;) {
      const index = this.nextIndex.get(domid);
      if (index === undefined) return;
      const r = await this.o.domctl.consoleRead(domid, index);
      if (!this.nextIndex.has(domid)) return;
      this.nextIndex.set(domid, Number(r.nextIndex));
      if (r.data.length === 0) return;
      this.o.cost.charge('consoleByte', r.data.length);
      this.o.console.append(domid, r.data);
    }
  }
}
