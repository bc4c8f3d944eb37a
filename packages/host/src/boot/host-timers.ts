/**
 * Timers in virtual time for dom0's TypeScript services (its VirtualClock): shutdown
 * time-outs and the like. The machine never runs past the earliest one, so each fires at
 * exactly its time, between quanta; equal times fire in the order they were set.
 */
interface HostTimer {
  time: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export class HostTimers {
  /** Kept sorted by (time, seq); there are only ever a few. */
  private readonly pending: HostTimer[] = [];
  private nextSeq = 0;

  /** Earliest live timer's time, or Infinity. */
  nextTime(): number {
    return this.pending.length > 0 ? this.pending[0].time : Infinity;
  }

  /** Calls fn at virtual time `time`; returns a canceller. */
  add(time: number, fn: () => void): () => void {
    const t: HostTimer = { time, seq: this.nextSeq++, fn, cancelled: false };
    let i = this.pending.length;
    while (i > 0 && this.pending[i - 1].time > time) i--;
    this.pending.splice(i, 0, t);
    return () => {
      if (t.cancelled) return;
      t.cancelled = true;
      const at = this.pending.indexOf(t);
      if (at >= 0) this.pending.splice(at, 1);
    };
  }

  /** Fires every timer due at or before `now`; returns how many fired. */
  fireDue(now: number): number {
    let fired = 0;
    while (this.pending.length > 0 && this.pending[0].time <= now) {
      const t = this.pending.shift() as HostTimer;
      t.cancelled = true;
      fired++;
      t.fn();
    }
    return fired;
  }
}
