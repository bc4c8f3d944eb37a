import { ByteHistory } from '../src/byte-history';

const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('ByteHistory', () => {
  it('keeps everything while it fits', () => {
    const h = new ByteHistory(8);
    h.append(bytes('abc'));
    h.append(bytes('de'));
    expect(text(h.read(0).data)).toBe('abcde');
    expect(h.read(3)).toEqual({ data: bytes('de'), nextIndex: 5, lostBytes: 0 });
    expect([h.start, h.end]).toEqual([0, 5]);
  });

  it('reads by absolute index and resumes where it left off', () => {
    const h = new ByteHistory(16);
    h.append(bytes('hello '));
    h.append(bytes('world'));
    const a = h.read(0, 4);
    expect(text(a.data)).toBe('hell');
    const b = h.read(a.nextIndex, 100);
    expect(text(b.data)).toBe('o world');
    expect(b).toMatchObject({ nextIndex: 11, lostBytes: 0 });
    expect(h.read(11, 100).data.length).toBe(0);
  });

  it('keeps the last capacity bytes across the wrap and reports what a reader lost', () => {
    const h = new ByteHistory(8);
    h.append(bytes('abcdef'));
    h.append(bytes('ghijk'));
    expect(h.read(0)).toEqual({ data: bytes('defghijk'), nextIndex: 11, lostBytes: 3 });
    expect(text(h.read(9).data)).toBe('jk');
    expect(h.read(11).data.length).toBe(0);
    expect(h.read(50).data.length).toBe(0);
    expect([h.start, h.end]).toEqual([3, 11]);
  });

  it('keeps the tail of an input larger than the history', () => {
    const h = new ByteHistory(4);
    h.append(bytes('x'));
    h.append(bytes('0123456789'));
    expect(h.read(0)).toEqual({ data: bytes('6789'), nextIndex: 11, lostBytes: 7 });
  });

  it('pushes byte by byte as append does, the oldest byte going once full', () => {
    const h = new ByteHistory(4);
    for (const b of bytes('abcdef')) h.push(b);
    expect(h.read(0)).toEqual({ data: bytes('cdef'), nextIndex: 6, lostBytes: 2 });
  });

  it('rejects a useless capacity', () => {
    expect(() => new ByteHistory(0)).toThrow(RangeError);
    expect(() => new ByteHistory(1.5)).toThrow(RangeError);
  });

  it('agrees with a plain model of "the newest bytes" across growth and wrap-around', () => {
    // A seeded LCG: appends and pushes of varied sizes (some over the capacity), reads from
    // varied indices, bounded or not.
    let seed = 12345;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (const capacity of [1000, 300]) {
      const h = new ByteHistory(capacity);
      let all = '';
      for (let step = 0; step < 400; step++) {
        const len = step % 50 === 49 ? capacity + next(300) : next(180);
        let s = '';
        for (let i = 0; i < len; i++) s += String.fromCharCode(97 + next(26));
        if (step % 7 === 3) for (const b of bytes(s)) h.push(b);
        else h.append(bytes(s));
        all += s;
        expect(h.end).toBe(all.length);
        const index = next(all.length + 10);
        const max = step % 3 === 0 ? Infinity : 1 + next(1500);
        const kept = Math.max(0, all.length - capacity);
        const from = Math.min(Math.max(index, kept), all.length);
        const to = Math.min(all.length, from + max);
        const r = h.read(index, max);
        expect(text(r.data)).toBe(all.slice(from, to));
        expect(r.lostBytes).toBe(Math.max(0, kept - index));
        expect(r.nextIndex).toBe(to);
        expect(h.start).toBe(kept);
      }
    }
  });
});
