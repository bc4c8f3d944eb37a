import { timeFields } from '../src/machine/time-fields';
import { EventQueue, Timer, type TimedEvent } from '../src/machine/event-queue';
import { Prng } from '../src/machine/prng';

function ev(log: string[], name: string): TimedEvent {
  return { time: 0, seq: 0, cancelled: false, fire: () => log.push(name) };
}

describe('event queue', () => {
  test('pops by time, then insertion order', () => {
    const q = new EventQueue();
    const log: string[] = [];
    q.push(ev(log, 'c'), 30);
    q.push(ev(log, 'a1'), 10);
    q.push(ev(log, 'b'), 20);
    q.push(ev(log, 'a2'), 10);
    q.push(ev(log, 'a3'), 10);
    while (q.size > 0) q.pop()?.fire(0);
    expect(log).toEqual(['a1', 'a2', 'a3', 'b', 'c']);
  });

  test('a thousand random events come out sorted', () => {
    const q = new EventQueue();
    const rng = new Prng(7);
    const out: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t = rng.below(500);
      q.push({ time: 0, seq: 0, cancelled: false, fire: () => out.push(t) }, t);
    }
    while (q.peekTime() !== Infinity) q.pop()?.fire(0);
    expect(out).toHaveLength(1000);
    for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThanOrEqual(out[i - 1]);
  });

  test('timers re-arm and cancel without firing stale entries', () => {
    const q = new EventQueue();
    const fired: number[] = [];
    const t = new Timer(q, (now) => fired.push(now));
    t.arm(100);
    t.arm(50);
    expect(t.deadline).toBe(50);
    const t2 = new Timer(q, () => fired.push(-1));
    t2.arm(70);
    t2.cancel();
    expect(t2.armed).toBe(false);
    while (q.peekTime() !== Infinity) {
      const time = q.peekTime();
      q.pop()?.fire(time);
    }
    expect(fired).toEqual([50]);
    expect(t.armed).toBe(false);
  });
});

describe('prng', () => {
  test('same seed, same sequence; another seed, another one', () => {
    const a = new Prng(42), b = new Prng(42), c = new Prng(43);
    const sa = Array.from({ length: 8 }, () => a.nextU32());
    expect(Array.from({ length: 8 }, () => b.nextU32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.nextU32())).not.toEqual(sa);
  });

  test('below(n) stays in range and covers it', () => {
    const r = new Prng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const x = r.below(5);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(5);
      seen.add(x);
    }
    expect(seen.size).toBe(5);
  });
});

describe('timeFields', () => {
  it('leaves the values as they were, and refuses a field that does not hold a number', () => {
    const o = { now: 7, at: 0, name: 'x' };
    timeFields(o, 'now', 'at');
    expect(o).toEqual({ now: 7, at: 0, name: 'x' });
    expect(Object.is(o.at, 0)).toBe(true);
    const times = [0, 5, 0, 0];
    timeFields(times, 0, 1, 2, 3);
    expect(times).toEqual([0, 5, 0, 0]);
    expect(() => timeFields(o, 'name')).toThrow(TypeError);
  });
});
