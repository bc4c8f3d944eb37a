import { CallTable } from '../src/rpc/call-table';

/** A small deterministic PRNG (xorshift32), so the model test is the same every run. */
function prng(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe('CallTable', () => {
  it('finds, takes and deletes calls; a long call does not hide the others as ids wrap around', () => {
    const table = new CallTable<string>();
    table.add(1, 'stream'); // stays while thousands of short calls come and go
    const wrong: number[] = [];
    for (let id = 2; id < 5000; id++) {
      table.add(id, `call ${id}`);
      if (table.get(1) !== 'stream' || table.take(id) !== `call ${id}` || table.get(id) !== undefined) wrong.push(id);
    }
    expect(wrong).toEqual([]);
    expect(table.size).toBe(1);
    expect(table.delete(1)).toBe(true);
    expect(table.delete(1)).toBe(false);
    expect(table.take(1)).toBeUndefined();
    expect(table.size).toBe(0);
  });

  it('agrees with a Map under random adds and removals, ids large and small', () => {
    const random = prng(0x2545f491);
    const table = new CallTable<number>();
    const model = new Map<number, number>();
    let nextId = 1;
    const wrong: number[] = [];
    for (let step = 0; step < 20000; step++) {
      if (model.size === 0 || random() < 0.55) {
        // Mostly counter ids; some far apart, past 2^32, as another client could pick.
        const id = random() < 0.9 ? nextId++ : 2 ** 32 + Math.floor(random() * 2 ** 20) * 64 + 1;
        if (model.has(id)) continue;
        table.add(id, step);
        model.set(id, step);
      } else {
        const ids = [...model.keys()];
        const id = ids[Math.floor(random() * ids.length)];
        const removed = random() < 0.5 ? table.take(id) : (table.delete(id) ? model.get(id) : -1);
        if (removed !== model.get(id)) wrong.push(step);
        model.delete(id);
      }
      if (table.size !== model.size) wrong.push(step);
    }
    expect(wrong).toEqual([]);
    for (const [id, value] of model) expect(table.get(id)).toBe(value);
    expect(table.get(nextId)).toBeUndefined();
    // takeAll: in id order, then empty.
    expect(table.takeAll()).toEqual([...model.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v));
    expect(table.size).toBe(0);
    expect(table.get([...model.keys()][0])).toBeUndefined();
  });
});
