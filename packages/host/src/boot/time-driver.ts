/**
 * Drives a daemon's virtual time. The machine runs in slices of virtual time between which
 * the event loop serves clients, so commands land at quantum boundaries (the core runs whole
 * quanta inside runUntil). Two paces:
 *   max       as fast as the host allows; an idle machine jumps to its next timer at once;
 *   realtime  virtual time never runs ahead of wall time since start; idle time sleeps.
 * With nothing runnable and no timer pending the driver sleeps until kick()ed.
 *
 * The wall clock here only paces; nothing inside the simulation sees it.
 */

export type Pace = 'max' | 'realtime';

/** What the driver needs of the machine. */
export interface DrivenMachine {
  /** Virtual time, ns. */
  now(): number;
  /** Runs the machine to virtual time `t` (timers fire on time), or less far once `stopEarly`,
   *  asked between quanta, says so. */
  runUntil(t: number, stopEarly?: () => boolean): void;
  /** Earliest pending timer or event, Infinity when none. */
  nextEventTime(): number;
  /** Is some vCPU runnable? */
  hasWork(): boolean;
}

export interface TimeDriverOptions {
  /** Longest virtual time run per step (default 250 µs). After each step the event loop runs:
   *  clients are served and dom0 reacts, so a step bounds both command latency and dom0's
   *  reaction time. */
  sliceNs?: number;
  /** Wall time a step may take (default 0.5 ms): a step ends at the first quantum boundary
   *  past it, and when guests keep the host busy the next slices shrink (down to minSliceNs
   *  of virtual time), so clients still get quick answers. */
  stepWallMs?: number;
  /** Wall time a step may take while commands keep arriving (default 0.01 ms): a command
   *  waits for the step in progress, so a busy machine answers a client that is issuing
   *  commands sooner, at the price of more, shorter steps while it does. */
  interactiveStepWallMs?: number;
  /** How long after the last kick() steps stay interactive (default 5 ms of wall time). */
  interactiveWindowMs?: number;
  /** Shortest virtual time per step (default 10 µs). */
  minSliceNs?: number;
  /** Realtime pacing drops a backlog larger than this instead of racing to catch up (default 100 ms). */
  maxLagNs?: number;
  /** Milliseconds, monotonic (default performance.now). */
  wallClock?: () => number;
  /** Told when a step throws (the driver stops). */
  onError?: (err: unknown) => void;
}

export class TimeDriver {
  private readonly maxSliceNs: number;
  private readonly minSliceNs: number;
  private readonly stepWallMs: number;
  private readonly interactiveStepWallMs: number;
  private readonly interactiveWindowMs: number;
  /** Wall time of the last kick() (a command changed the machine). */
  private lastKick = -Infinity;
  /** Virtual time of the next step, adapted to how fast the host runs the machine. */
  private sliceNs: number;
  private readonly maxLagNs: number;
  private readonly wall: () => number;
  private readonly onError: (err: unknown) => void;
  private running = false;
  /** Inside step(): a kick() then (dom0 set a timer or charged work while the machine ran)
   *  needs no wake-up, since the step schedules the next one as it ends. */
  private stepping = false;
  /** Wall time by which the step in progress should end. */
  private stepDeadline = 0;
  private readonly pastDeadline = (): boolean => this.wall() >= this.stepDeadline;
  private immediate: NodeJS.Immediate | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Realtime: virtual time `virtualBase` corresponds to wall time `wallBase`. */
  private wallBase = 0;
  private virtualBase = 0;

  constructor(private readonly machine: DrivenMachine, readonly pace: Pace, options: TimeDriverOptions = {}) {
    this.maxSliceNs = options.sliceNs ?? 250_000;
    this.minSliceNs = Math.min(options.minSliceNs ?? 10_000, this.maxSliceNs);
    this.stepWallMs = options.stepWallMs ?? 0.5;
    this.interactiveStepWallMs = Math.min(options.interactiveStepWallMs ?? 0.01, this.stepWallMs);
    this.interactiveWindowMs = options.interactiveWindowMs ?? 5;
    this.sliceNs = this.maxSliceNs;
    this.maxLagNs = options.maxLagNs ?? 100_000_000;
    this.wall = options.wallClock ?? (() => performance.now());
    this.onError = options.onError ?? (() => undefined);
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wallBase = this.wall();
    this.virtualBase = this.machine.now();
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.cancelWakeups();
  }

  /** Something outside changed the machine (a command): look again now rather than at the planned wake-up. */
  kick(): void {
    if (!this.running) return;
    this.lastKick = this.wall();
    // A second wake-up would start a second chain of steps beside this one, and every kick
    // inside a step another, each running on until the machine idles.
    if (this.stepping || this.immediate !== null) return;
    this.cancelWakeups();
    this.schedule();
  }

  private schedule(): void {
    this.immediate = setImmediate(() => {
      this.immediate = null;
      this.stepping = true;
      try {
        this.step();
      } catch (err) {
        this.stop();
        this.onError(err);
      } finally {
        this.stepping = false;
      }
    });
  }

  private sleep(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.schedule();
    }, Math.max(1, Math.ceil(ms)));
  }

  private cancelWakeups(): void {
    if (this.immediate !== null) clearImmediate(this.immediate);
    if (this.timer !== null) clearTimeout(this.timer);
    this.immediate = null;
    this.timer = null;
  }

  /** Virtual time the machine may reach now. */
  private target(): number {
    if (this.pace === 'max') return Infinity;
    const target = this.virtualBase + Math.floor((this.wall() - this.wallBase) * 1e6);
    const now = this.machine.now();
    if (target - now > this.maxLagNs) {
      // The host fell behind; pace from here instead of bursting to catch up.
      this.virtualBase = now;
      this.wallBase = this.wall();
      return now;
    }
    return target;
  }

  private step(): void {
    if (!this.running) return;
    const m = this.machine;
    const now = m.now();
    const busy = m.hasWork();
    const next = m.nextEventTime();
    if (!busy && next === Infinity) return; // idle until kicked
    const target = this.target();
    const base = busy ? now : Math.max(now, next);
    if (base >= target) {
      // Realtime and ahead of the wall clock: sleep until the wall catches up with `base`.
      this.sleep((base - target) / 1e6);
      return;
    }
    const began = this.wall();
    const wantMs = began - this.lastKick <= this.interactiveWindowMs ? this.interactiveStepWallMs : this.stepWallMs;
    this.stepDeadline = began + wantMs;
    m.runUntil(Math.min(target, base + this.sliceNs), this.pastDeadline);
    this.adapt(m.now() - base, this.wall() - began, wantMs);
    this.schedule();
  }

  /** Scales the next slice so that a step takes about `wantMs` of wall time. */
  private adapt(ranNs: number, tookMs: number, wantMs: number): void {
    if (ranNs < this.sliceNs || tookMs <= 0) return; // a short step says little about speed
    const factor = Math.min(2, Math.max(0.25, wantMs / tookMs));
    this.sliceNs = Math.round(Math.min(this.maxSliceNs, Math.max(this.minSliceNs, this.sliceNs * factor)));
  }
}
