import { ConsoleJournal } from '../src/boot/console-journal';
import { HostTimers } from '../src/boot/host-timers';
import { parseHostConfig } from '../src/boot/host-config';
import { TimeDriver, type DrivenMachine } from '../src/boot/time-driver';

const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

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
});

describe('HostTimers', () => {
  it('fires due timers in time order, ties in the order set, and honours cancel', () => {
    const t = new HostTimers();
    const fired: string[] = [];
    t.add(30, () => fired.push('c'));
    t.add(10, () => fired.push('a'));
    const cancel = t.add(20, () => fired.push('x'));
    t.add(10, () => fired.push('b'));
    cancel();
    expect(t.nextTime()).toBe(10);
    expect(t.fireDue(25)).toBe(2);
    expect(fired).toEqual(['a', 'b']);
    expect(t.nextTime()).toBe(30);
    t.fireDue(30);
    expect(fired).toEqual(['a', 'b', 'c']);
    expect(t.nextTime()).toBe(Infinity);
  });
});

/** A machine that only keeps time: work is a budget of ns, events a list of times. */
class FakeMachine implements DrivenMachine {
  t = 0;
  work = 0;
  events: number[] = [];
  runs = 0;
  now(): number {
    return this.t;
  }
  hasWork(): boolean {
    return this.work > 0;
  }
  nextEventTime(): number {
    return this.events.length > 0 ? Math.min(...this.events) : Infinity;
  }
  runUntil(target: number): void {
    this.runs++;
    this.work = Math.max(0, this.work - (target - this.t));
    this.t = target;
    this.events = this.events.filter((e) => e > target);
  }
}

describe('TimeDriver', () => {
  it('max pace: runs while there is work, jumps to events, then idles until kicked', async () => {
    const m = new FakeMachine();
    m.work = 1_000_000;
    m.events = [50_000_000];
    const d = new TimeDriver(m, 'max', { sliceNs: 250_000 });
    d.start();
    await turns(20);
    expect(m.t).toBe(50_000_000 + 250_000);
    const runs = m.runs;
    await turns(10);
    expect(m.runs).toBe(runs); // idle: nothing runnable, no event
    m.work = 500_000;
    d.kick();
    await turns(10);
    expect(m.t).toBe(50_000_000 + 750_000);
    d.stop();
  });

  it('realtime pace: virtual time never runs ahead of the wall clock since start', async () => {
    const m = new FakeMachine();
    m.work = Infinity;
    let wallMs = 1000;
    const d = new TimeDriver(m, 'realtime', { sliceNs: 250_000, wallClock: () => wallMs });
    d.start();
    await turns(10);
    expect(m.t).toBe(0);
    wallMs += 2; // 2 ms of wall time pass
    d.kick();
    await turns(20);
    expect(m.t).toBe(2_000_000);
    d.stop();
  });

  it('realtime pace drops a backlog instead of bursting', async () => {
    const m = new FakeMachine();
    m.work = Infinity;
    let wallMs = 0;
    const d = new TimeDriver(m, 'realtime', { sliceNs: 1_000_000, maxLagNs: 5_000_000, wallClock: () => wallMs });
    d.start();
    wallMs = 1000; // the host stalled for a second
    d.kick();
    await turns(20);
    expect(m.t).toBeLessThan(5_000_000);
    d.stop();
  });
});

describe('host config', () => {
  it('reads host settings and autostart entries with overrides', () => {
    const c = parseHostConfig('pcpus = 4\nmemory = 2048\npace = "max"\nseed = 9\nautostart = [ "demo/hello.cfg", "demo/spin.cfg name=s2 cpu_weight=512" ]\n', '/etc/hvsim/host.cfg');
    expect(c).toEqual({
      pcpus: 4, memoryMb: 2048, pace: 'max', seed: 9,
      autostart: [
        { file: '/etc/hvsim/demo/hello.cfg', overrides: [] },
        { file: '/etc/hvsim/demo/spin.cfg', overrides: ['name=s2', 'cpu_weight=512'] },
      ],
    });
  });

  it('names file, line and key on errors', () => {
    expect(() => parseHostConfig('pcpus = 2\npace = "fast"\n', 'h.cfg')).toThrow('h.cfg:2: pace: expected one of max, realtime, got "fast"');
    expect(() => parseHostConfig('pcpus = 99\n', 'h.cfg')).toThrow('h.cfg:1: pcpus: expected a whole number 1..32, got "99"');
    expect(() => parseHostConfig('\n\nturbo = 1\n', 'h.cfg')).toThrow(/^h\.cfg:3: turbo: unknown host setting/);
    expect(() => parseHostConfig('autostart = [ "a.cfg memory" ]\n', 'h.cfg')).toThrow('h.cfg:1: autostart: bad override "memory": expected key=value');
  });
});
