/**
 * The hypervisor as an embedder sees it: a machine (MachineConfig) with its control surface
 * (Control) and pacing. `max` pacing runs as fast as the host allows (runFor/runUntil);
 * `realtime` pacing (run()) keeps virtual time from running ahead of wall time since the run
 * began — wall time is read only to decide how long to sleep, never inside the simulation.
 */
import { Control, type MachineConfig } from './control';

export type Pacing = 'max' | 'realtime';

export interface RunOptions {
  /** Stop at this virtual time (ns); default: run until `signal` aborts. */
  until?: number;
  pacing?: Pacing;
  /** Virtual time per step between host turns (default 1 ms); commands land between steps. */
  stepNs?: number;
  signal?: AbortSignal;
  /** Called after every step (dom0 services poll the core here). */
  onStep?: () => void;
}

export class Hypervisor extends Control {
  constructor(cfg: MachineConfig = {}) {
    super(cfg);
  }

  /** Runs in steps, yielding to the host event loop between them so commands can arrive. */
  async run(opts: RunOptions = {}): Promise<void> {
    const step = opts.stepNs ?? 1_000_000;
    const wallStart = performance.now();
    const virtStart = this.now();
    while (!opts.signal?.aborted && (opts.until === undefined || this.now() < opts.until)) {
      const target = opts.until === undefined ? this.now() + step : Math.min(this.now() + step, opts.until);
      this.runUntil(target);
      opts.onStep?.();
      let sleepMs = 0;
      if (opts.pacing === 'realtime') {
        const aheadNs = this.now() - virtStart - (performance.now() - wallStart) * 1e6;
        sleepMs = Math.max(0, Math.floor(aheadNs / 1e6));
      }
      await new Promise<void>((resolve) => setTimeout(resolve, sleepMs));
    }
  }
}
