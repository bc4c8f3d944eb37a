import { ConsoleJournal } from '../src/domain/console-journal';

describe('ConsoleJournal', () => {
  it('reads by absolute index and resumes where it left off', () => {
    const j = new ConsoleJournal(16);
    j.append(Buffer.from('hello '));
    j.append(Buffer.from('world'));
    const a = j.read(0, 4);
    expect(Buffer.from(a.data).toString()).toBe('hell');
    const b = j.read(a.nextIndex, 100);
    expect(Buffer.from(b.data).toString()).toBe('o world');
    expect(b).toMatchObject({ nextIndex: 11, lostBytes: 0 });
    expect(j.read(11, 100).data.length).toBe(0);
  });

  it('keeps the newest bytes and reports what a late reader lost', () => {
    const j = new ConsoleJournal(8);
    j.append(Buffer.from('0123456789'));
    j.append(Buffer.from('ab'));
    expect(j.end).toBe(12);
    const r = j.read(0, 100);
    expect(Buffer.from(r.data).toString()).toBe('456789ab');
    expect(r).toMatchObject({ nextIndex: 12, lostBytes: 4 });
    j.append(Buffer.from('cd'));
    expect(Buffer.from(j.read(10, 100).data).toString()).toBe('abcd');
  });

  it('agrees with a plain model of "the newest bytes" across growth and wrap-around', () => {
    // A seeded LCG: appends of varied sizes (some over the capacity), reads from varied indices.
    let seed = 12345;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const capacity = 1000;
    const j = new ConsoleJournal(capacity);
    let all = '';
    for (let step = 0; step < 400; step++) {
      const len = step % 50 === 49 ? capacity + next(300) : 1 + next(180);
      let text = '';
      for (let i = 0; i < len; i++) text += String.fromCharCode(97 + next(26));
      j.append(Buffer.from(text));
      all += text;
      expect(j.end).toBe(all.length);
      const index = next(all.length + 10);
      const max = 1 + next(1500);
      const kept = Math.max(0, all.length - capacity);
      const from = Math.min(Math.max(index, kept), all.length);
      const r = j.read(index, max);
      expect(Buffer.from(r.data).toString()).toBe(all.slice(from, Math.min(all.length, from + max)));
      expect(r.lostBytes).toBe(Math.max(0, kept - index));
      expect(r.nextIndex).toBe(Math.min(all.length, from + max));
    }
  });

  it('pushes byte by byte as append does, the oldest byte going once full', () => {
    const j = new ConsoleJournal(4);
    for (const b of Buffer.from('abcdef')) j.push(b);
    expect(j.end).toBe(6);
    const r = j.read(0, 100);
    expect(Buffer.from(r.data).toString()).toBe('cdef');
    expect(r.lostBytes).toBe(2);
  });

  it('hands out new bytes once (takeNew, markTaken) and says when a byte arrives after them', () => {
    const j = new ConsoleJournal(8);
    let unread = 0;
    j.onUnread = () => unread++;
    j.push(0x61);
    j.append(Buffer.from('bc'));
    expect(unread).toBe(1);
    expect(j.hasNew).toBe(true);
    expect(Buffer.from(j.takeNew()).toString()).toBe('abc');
    expect(j.hasNew).toBe(false);
    expect(j.takeNew()).toHaveLength(0);
    j.append(Buffer.from('0123456789'));
    expect(unread).toBe(2);
    // Only what is still kept comes out; the history reader sees the same bytes.
    expect(Buffer.from(j.takeNew()).toString()).toBe('23456789');
    j.push(0x7a);
    j.markTaken();
    expect(j.hasNew).toBe(false);
    expect(Buffer.from(j.read(12, 10).data).toString()).toBe('9z');
    expect(unread).toBe(3);
  });
});
