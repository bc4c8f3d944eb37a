/**
 * The machine's event queue: a binary min-heap keyed by (time, sequence). The sequence
 * number breaks ties in insertion order, so events due at the same nanosecond always fire
 * in the same order — nothing depends on heap internals.
 */
/** An event's time until it is queued: a double, so that `time` never changes representation
 *  when times outgrow 31 bits (see time-fields.ts), at no cost per event. */
const NOT_QUEUED = Number.NaN;

/** Something that happens at a virtual time. Cancelled events stay in the heap and are
 *  skipped when they reach the top (cheaper than removal from the middle). */
export interface TimedEvent {
  time: number;
  seq: number;
  cancelled: boolean;
  fire(now: number): void;
}

export class EventQueue {
  private heap: TimedEvent[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Queues `ev` at `time` (integer ns). The event object is reused, so a timer can be re-armed without allocating. */
  push(ev: TimedEvent, time: number): void {
    // A NaN would sort nowhere and stop the machine without a word: refuse it loudly.
    if (!Number.isFinite(time)) throw new RangeError(`event time ${time} is not a finite number`);
    ev.time = time;
    ev.seq = this.nextSeq++;
    ev.cancelled = false;
    const h = this.heap;
    h.push(ev);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(ev, h[parent])) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = ev;
  }

  /** Time of the earliest live event, or Infinity. */
  peekTime(): number {
    this.dropCancelled();
    return this.heap.length > 0 ? this.heap[0].time : Infinity;
  }

  /** Removes and returns the earliest live event, or undefined. */
  pop(): TimedEvent | undefined {
    this.dropCancelled();
    return this.take();
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0].cancelled) this.take();
  }

  private take(): TimedEvent | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop() as TimedEvent;
    if (h.length > 0) {
      let i = 0;
      const n = h.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && before(h[r], h[l]) ? r : l;
        if (!before(h[c], last)) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function before(a: TimedEvent, b: TimedEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

/** A re-armable one-shot timer: `arm` (re)schedules it, `cancel` disarms it. */
export class Timer implements TimedEvent {
  time = NOT_QUEUED;
  seq = 0;
  cancelled = true;
  /** The heap slot currently owned; re-arming abandons the old entry (marked cancelled). */
  private entry: TimerEntry | null = null;

  constructor(private readonly queue: EventQueue, private readonly onFire: (now: number) => void) {}

  get armed(): boolean {
    return this.entry !== null;
  }

  get deadline(): number {
    return this.entry ? this.entry.time : Infinity;
  }

  arm(time: number): void {
    this.cancel();
    const entry = new TimerEntry(this);
    this.entry = entry;
    this.queue.push(entry, time);
  }

  cancel(): void {
    if (this.entry) {
      this.entry.cancelled = true;
      this.entry = null;
    }
  }

  fire(now: number): void {
    this.entry = null;
    this.onFire(now);
  }

  /** @internal called by the heap entry */
  fireFrom(entry: TimerEntry, now: number): void {
    if (entry === this.entry) this.fire(now);
  }
}

class TimerEntry implements TimedEvent {
  time = NOT_QUEUED;
  seq = 0;
  cancelled = false;
  constructor(private readonly timer: Timer) {}
  fire(now: number): void {
    this.timer.fireFrom(this, now);
  }
}
