/**
 * A Map whose deleted keys stay behind, mapped to nothing, until they outnumber the live ones
 * and the map is rebuilt without them. V8's Map slows down badly — microseconds per operation,
 * growing with its size — when one key is deleted and set again over and over in a large map,
 * and xenstored does just that: a domid is reused (its /local/domain entry goes and comes
 * back), a guest watches and unwatches the same path. Setting a key that is already there
 * costs no such thing, and rebuilding stays O(1) per deletion on average.
 */
export class TombstoneMap<K, V> {
  private map = new Map<K, V | undefined>();
  private live = 0;

  get size(): number {
    return this.live;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.get(key) !== undefined;
  }

  set(key: K, value: V): void {
    if (this.map.get(key) === undefined) this.live++;
    this.map.set(key, value);
  }

  delete(key: K): boolean {
    if (this.map.get(key) === undefined) return false;
    this.map.set(key, undefined);
    this.live--;
    if (this.map.size > 2 * this.live + 16) this.sweep();
    return true;
  }

  private sweep(): void {
    const map = new Map<K, V>();
    for (const [key, value] of this.map) if (value !== undefined) map.set(key, value);
    this.map = map;
  }
}
