/**
 * A bridge's forwarding database (Linux's fdb): which port a (MAC, VLAN) was last seen on,
 * forgotten after the ageing time without a frame from it.
 *
 * It sits on the frame path, so it is an open-addressing hash table over typed arrays (linear
 * probing, deletion by backward shift, so no tombstones): a lookup or a learn allocates
 * nothing and never builds a string key. Ageing is lazy: an entry past its age is treated as
 * absent and removed when a lookup finds it, and a learn that finds the table full first sweeps
 * out the aged entries. No timers, so ageing follows virtual time exactly.
 */

/** Linux bridge's default ageing time (br_ageing_time: 300 s). */
export const DEFAULT_AGEING_NS = 300_000_000_000;
/** Entries a table holds at most: a guest sending from random MACs fills it and no further
 *  (new stations are then flooded to, not learned), as a switch's CAM has a size. */
export const DEFAULT_MAC_TABLE_ENTRIES = 4096;

const EMPTY = -1;

/** One learned station, as `bridge fdb show` lists them. */
export interface MacEntry {
  mac: string;
  vlan: number;
  port: number;
  /** Virtual ns since a frame from it was last seen. */
  ageNs: number;
}

export class MacTable {
  private readonly mask: number;
  private readonly hi: Uint16Array;
  private readonly lo: Int32Array;
  private readonly vid: Uint16Array;
  /** Port index, or EMPTY. */
  private readonly port: Int32Array;
  private readonly seen: Float64Array;
  private count = 0;

  constructor(
    private readonly ageingNs = DEFAULT_AGEING_NS,
    private readonly maxEntries = DEFAULT_MAC_TABLE_ENTRIES,
  ) {
    // At most half full, so probe runs stay short.
    let slots = 16;
    while (slots < maxEntries * 2) slots *= 2;
    this.mask = slots - 1;
    this.hi = new Uint16Array(slots);
    this.lo = new Int32Array(slots);
    this.vid = new Uint16Array(slots);
    this.port = new Int32Array(slots).fill(EMPTY);
    this.seen = new Float64Array(slots);
  }

  get size(): number {
    return this.count;
  }

  /** The port `mac` (hi, lo) was last seen on in VLAN `vid`, or -1 when unknown or aged out. */
  lookup(hi: number, lo: number, vid: number, now: number): number {
    const slot = this.find(hi, lo, vid);
    if (slot < 0) return -1;
    if (now - this.seen[slot] > this.ageingNs) {
      this.remove(slot);
      return -1;
    }
    return this.port[slot];
  }

  /** Records that `mac` (hi, lo) in VLAN `vid` was seen on `port` now (a station move updates it).
   *  False when the table is full of live entries and the station was not learned. */
  learn(hi: number, lo: number, vid: number, port: number, now: number): boolean {
    let slot = this.find(hi, lo, vid);
    if (slot < 0) {
      if (this.count >= this.maxEntries && this.sweep(now) === 0) return false;
      slot = this.hash(hi, lo, vid);
      while (this.port[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.hi[slot] = hi;
      this.lo[slot] = lo;
      this.vid[slot] = vid;
      this.count++;
    }
    this.port[slot] = port;
    this.seen[slot] = now;
    return true;
  }

  /** Forgets every station learned on `port` (it was unplugged). */
  forgetPort(port: number): void {
    this.removeWhere((slot) => this.port[slot] === port);
  }

  /** Removes the entries older than the ageing time; how many. */
  sweep(now: number): number {
    return this.removeWhere((slot) => now - this.seen[slot] > this.ageingNs);
  }

  /** The live entries, for listings (allocates: not for the frame path). */
  entries(now: number): MacEntry[] {
    const out: MacEntry[] = [];
    for (let slot = 0; slot <= this.mask; slot++) {
      const age = now - this.seen[slot];
      if (this.port[slot] === EMPTY || age > this.ageingNs) continue;
      const mac = [this.hi[slot] >> 8, this.hi[slot] & 0xff, this.lo[slot] >>> 24, (this.lo[slot] >> 16) & 0xff, (this.lo[slot] >> 8) & 0xff, this.lo[slot] & 0xff];
      out.push({ mac: mac.map((b) => b.toString(16).padStart(2, '0')).join(':'), vlan: this.vid[slot], port: this.port[slot], ageNs: age });
    }
    return out;
  }

  private hash(hi: number, lo: number, vid: number): number {
    let h = Math.imul(lo ^ (hi << 12) ^ vid, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 15) ^ hi, 0x85ebca6b);
    return (h ^ (h >>> 16)) & this.mask;
  }

  private find(hi: number, lo: number, vid: number): number {
    let slot = this.hash(hi, lo, vid);
    while (this.port[slot] !== EMPTY) {
      if (this.lo[slot] === lo && this.hi[slot] === hi && this.vid[slot] === vid) return slot;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  private removeWhere(match: (slot: number) => boolean): number {
    let removed = 0;
    for (let slot = 0; slot <= this.mask; slot++) {
      // A backward shift may move a later entry into this slot: look at it again.
      while (this.port[slot] !== EMPTY && match(slot)) {
        this.remove(slot);
        removed++;
      }
    }
    return removed;
  }

  /** Empties `slot` and shifts back the entries of its probe run that would no longer be found. */
  private remove(slot: number): void {
    let hole = slot;
    let next = (hole + 1) & this.mask;
    while (this.port[next] !== EMPTY) {
      const home = this.hash(this.hi[next], this.lo[next], this.vid[next]);
      // Move `next` into the hole unless its home lies cyclically in (hole, next].
      const stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
      if (!stays) {
        this.hi[hole] = this.hi[next];
        this.lo[hole] = this.lo[next];
        this.vid[hole] = this.vid[next];
        this.port[hole] = this.port[next];
        this.seen[hole] = this.seen[next];
        hole = next;
      }
      next = (next + 1) & this.mask;
    }
    this.port[hole] = EMPTY;
    this.count--;
  }
}
