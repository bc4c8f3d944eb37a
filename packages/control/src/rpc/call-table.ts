/**
 * A client's calls in flight, by request id.
 *
 * A Map that gains and loses an entry on every call reallocates its table each time (a
 * Map with no entries shrinks, the next set grows it again): a tenth of a microsecond per
 * call. The client numbers its calls from a counter, so in an open-addressing table indexed
 * by the id's low bits each call lands in a slot of its own and a lookup is one compare.
 * Linear probing covers the few calls that live long (a stream) while the counter wraps
 * around the table; deletion shifts the probe run back, so no tombstones pile up.
 */
export class CallTable<T> {
  /** 0 marks an empty slot: request id 0 is reserved and never in flight. */
  private keys: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
  private entries: Array<T | undefined> = new Array<T | undefined>(8).fill(undefined);
  private mask = 7;
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(id: number): T | undefined {
    const slot = this.find(id);
    return slot < 0 ? undefined : this.entries[slot];
  }

  /** Add a call; `id` must not be in the table (ids come from a counter). */
  add(id: number, entry: T): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.mask;
    let slot = id & mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    this.keys[slot] = id;
    this.entries[slot] = entry;
    this.count++;
  }

  /** Remove a call and return it (undefined when it was not there). */
  take(id: number): T | undefined {
    const slot = this.find(id);
    if (slot < 0) return undefined;
    const entry = this.entries[slot];
    this.removeAt(slot);
    return entry;
  }

  /** Remove a call; false when it was not there. */
  delete(id: number): boolean {
    const slot = this.find(id);
    if (slot < 0) return false;
    this.removeAt(slot);
    return true;
  }

  private removeAt(slot: number): void {
    const { keys, entries, mask } = this;
    // Move back every later entry of the probe run that may fill the hole (its home slot
    // is not between the hole and where it sits), so lookups never meet a gap before it.
    let hole = slot;
    for (let at = (slot + 1) & mask; keys[at] !== 0; at = (at + 1) & mask) {
      const home = keys[at] & mask;
      if (((at - home) & mask) >= ((at - hole) & mask)) {
        keys[hole] = keys[at];
        entries[hole] = entries[at];
        hole = at;
      }
    }
    keys[hole] = 0;
    entries[hole] = undefined;
    this.count--;
  }

  /** Every call, in the order of their ids (the order they were made); the table is then empty. */
  takeAll(): T[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.keys[slot] !== 0) slots.push(slot);
    }
    slots.sort((a, b) => this.keys[a] - this.keys[b]);
    const all = slots.map((slot) => this.entries[slot] as T);
    this.keys.fill(0);
    this.entries.fill(undefined);
    this.count = 0;
    return all;
  }

  private find(id: number): number {
    const mask = this.mask;
    for (let slot = id & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === id) return slot;
      if (key === 0) return -1;
    }
  }

  private grow(): void {
    const { keys, entries } = this;
    const capacity = keys.length * 2;
    this.keys = new Array<number>(capacity).fill(0);
    this.entries = new Array<T | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] !== 0) this.add(keys[slot], entries[slot] as T);
    }
  }
}
