import { HostTimers } from '../../src/boot/host-timers';
import { parseBridgeFlags, parseHostConfig, parseUplinkFlags } from '../../src/boot/host-config';
import { TimeDriver, type DrivenMachine } from '../../src/boot/time-driver';

const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

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

  it('shortens its steps while commands keep arriving, and lengthens them again after', async () => {
    // The host runs the machine at a quarter of real time: a step of s virtual ns takes s/250_000 ms.
    let wallMs = 0;
    const slices: number[] = [];
    const m = new (class extends FakeMachine {
      override runUntil(target: number): void {
        slices.push(target - this.t);
        wallMs += (target - this.t) / 250_000;
        super.runUntil(target);
      }
    })();
    m.work = Infinity;
    const d = new TimeDriver(m, 'max', { sliceNs: 250_000, stepWallMs: 0.5, interactiveStepWallMs: 0.1, interactiveWindowMs: 5, wallClock: () => wallMs });
    d.start();
    await turns(30);
    expect(slices[slices.length - 1]).toBe(125_000); // 0.5 ms steps
    d.kick();
    await turns(10);
    expect(slices[slices.length - 1]).toBe(25_000); // 0.1 ms steps while commands arrive
    await turns(80); // no more commands: past the 5 ms window
    expect(slices[slices.length - 1]).toBe(125_000);
    d.stop();
  });

  it('ends a step at the first quantum boundary past its wall-time budget', async () => {
    // Quanta of 10 µs of virtual time, each taking 8 µs of wall time: a step of 0.02 ms
    // (interactive) stops after the third quantum, whatever slice it was given.
    let wallMs = 0;
    const stops: number[] = [];
    const m = new (class extends FakeMachine {
      override runUntil(target: number, stopEarly?: () => boolean): void {
        this.runs++;
        while (this.t < target) {
          this.t = Math.min(target, this.t + 10_000);
          wallMs += 0.008;
          if (stopEarly?.()) break;
        }
        stops.push(this.t);
      }
    })();
    m.work = Infinity;
    const d = new TimeDriver(m, 'max', { sliceNs: 250_000, stepWallMs: 0.5, interactiveStepWallMs: 0.02, interactiveWindowMs: 5, wallClock: () => wallMs });
    d.start();
    d.kick();
    await turns(3);
    d.stop();
    expect(stops.length).toBeGreaterThan(1);
    for (let i = 1; i < stops.length; i++) expect(stops[i] - stops[i - 1]).toBe(30_000);
  });
  it('keeps one chain of steps when the machine kicks it from inside a step', async () => {
    // dom0 sets a timer or charges host work while its services run inside runUntil, and both
    // kick the driver: that must not start a second chain of steps beside the running one.
    let d: TimeDriver | null = null;
    const m = new (class extends FakeMachine {
      override runUntil(target: number): void {
        d?.kick();
        super.runUntil(target);
      }
    })();
    m.work = Infinity;
    d = new TimeDriver(m, 'max', { sliceNs: 250_000 });
    d.start();
    await turns(12);
    d.stop();
    expect(m.runs).toBeLessThanOrEqual(13); // each orphaned chain doubled them: 4,095
  });

  it('a kick while it sleeps for the wall clock wakes it once, and then it sleeps again', async () => {
    const m = new FakeMachine();
    m.events = [10_000_000];
    const wallMs = 0;
    const d = new TimeDriver(m, 'realtime', { sliceNs: 250_000, wallClock: () => wallMs });
    d.start();
    await turns(5);
    for (let i = 0; i < 50; i++) d.kick();
    await turns(5);
    d.stop();
    expect(m.runs).toBe(0); // ahead of the wall clock: nothing ran, and no spin either
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
    expect(() => parseHostConfig('\ndatastore = ""\n', 'h.cfg')).toThrow('h.cfg:2: datastore: expected a directory, got ""');
  });

  it('declares bridges, each named at its line when bad', () => {
    expect(parseHostConfig('bridges = [ "xenbr0", "xenbr1 vlan-aware ageing=30" ]\n', 'h.cfg').bridges).toEqual([
      { name: 'xenbr0', vlanAware: false, ageingNs: 300e9 },
      { name: 'xenbr1', vlanAware: true, ageingNs: 30e9 },
    ]);
    expect(parseHostConfig('bridges = "br-lan"\n', 'h.cfg').bridges).toEqual([{ name: 'br-lan', vlanAware: false, ageingNs: 300e9 }]);
    expect(() => parseHostConfig('bridges = [ "xenbr0",\n  "xenbr1 vlan" ]\n', 'h.cfg')).toThrow('h.cfg:2: bridges: bridge xenbr1: unknown option "vlan"');
    expect(() => parseHostConfig('bridges = [ "xenbr0", "xenbr0" ]\n', 'h.cfg')).toThrow('h.cfg:1: bridges: bridge xenbr0 is declared twice');
    expect(() => parseBridgeFlags(['xenbr0', 'xenbr0 vlan-aware'])).toThrow('bridge xenbr0 is declared twice');
  });

  it('declares VXLAN uplinks, each named at its line when bad', () => {
    expect(parseHostConfig('uplinks = [ "xenbr0 vxlan vni=42 local=127.0.0.1:5000 remote=127.0.0.1:5001" ]\n', 'h.cfg').uplinks).toEqual([
      { bridge: 'xenbr0', vni: 42, local: { host: '127.0.0.1', port: 5000 }, remote: { host: '127.0.0.1', port: 5001 } },
    ]);
    expect(() => parseHostConfig('uplinks = [ "xenbr0 vxlan vni=42 remote=10.0.0.2",\n  "xenbr0 vxlan vni=42 remote=peer2" ]\n', 'h.cfg'))
      .toThrow('h.cfg:2: uplinks: uplink of xenbr0: bad address "peer2": expected a numeric IP address, optionally :PORT');
    expect(() => parseUplinkFlags(['xenbr0 vxlan remote=10.0.0.2'])).toThrow(/vni= must be 0\.\.16777215 \(missing\)/);
  });

  it('resolves the datastore against the host config\'s directory', () => {
    expect(parseHostConfig('datastore = "images"\n', '/etc/hvsim/host.cfg').datastore).toBe('/etc/hvsim/images');
    expect(parseHostConfig('datastore = "/srv/disks"\n', '/etc/hvsim/host.cfg').datastore).toBe('/srv/disks');
  });

  it('reads the cluster to join and the host\'s name in it; refuses a bad URL or name', () => {
    const c = parseHostConfig('cluster = "http://127.0.0.1:2379"\nhost_name = "h1"\n', 'h.cfg');
    expect([c.cluster, c.hostName]).toEqual(['http://127.0.0.1:2379', 'h1']);
    expect(() => parseHostConfig('cluster = "127.0.0.1:2379"\n', 'h.cfg')).toThrow('h.cfg:1: cluster: expected an etcd URL');
    expect(() => parseHostConfig('host_name = "../x"\n', 'h.cfg')).toThrow('h.cfg:1: host_name: expected a host name');
  });
});
