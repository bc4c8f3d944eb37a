import * as path from 'node:path';
import { Host } from '../src/api';

const DEMO = path.resolve(__dirname, '../../../images/demo');
const cfg = (name: string): string => path.join(DEMO, `${name}.cfg`);

jest.setTimeout(30_000);

describe('embedding API', () => {
  let host: Host;
  beforeEach(async () => {
    host = await Host.boot({ pcpus: 2, seed: 1 });
  });
  afterEach(async () => {
    await host.halt();
  });

  it('boots dom0 and runs hello to completion', async () => {
    expect((await host.list()).map((d) => d.name)).toEqual(['Domain-0']);
    const d = await host.create(cfg('hello'));
    expect(d).toEqual({ domid: 1, name: 'hello', warnings: [] });
    await host.run('50ms');
    expect(host.now).toBe(50_000_000);
    expect(host.console(d)).toContain('Hello from domain 1!');
    expect(host.console('hello')).toContain('Hello from domain 1!');
    expect(await host.domain(d)).toBeNull(); // on_poweroff = "destroy"
    expect(host.events.filter((e) => e.domid === 1).map((e) => e.type)).toEqual(['created', 'unpaused', 'shutdown', 'destroyed']);
    expect(host.events.find((e) => e.type === 'shutdown')?.reason).toBe('poweroff');
  });

  it('pauses, unpauses, shuts down with wait, and reboots into a new domid', async () => {
    const s = await host.create(cfg('sleeper'));
    await host.run('25ms');
    await host.pause(s);
    expect((await host.domain(s))?.state).toBe('--p---');
    const ticks = host.console(s);
    await host.run('50ms');
    expect(host.console(s)).toBe(ticks); // paused: no progress
    await host.unpause(s);
    await host.run('20ms');
    expect(host.console(s)).not.toBe(ticks);

    await host.reboot(s);
    expect(await host.runUntil(() => host.events.some((e) => e.type === 'rebooted'), '1s')).toBe(true);
    const again = (await host.list()).find((d) => d.name === 'sleeper');
    expect(again?.domid).toBe(2);
    await host.run('15ms');
    expect(host.console(2)).toContain('sleeper: tick 1');

    await host.shutdown('sleeper', { wait: true, force: true });
    await host.run('1ms');
    expect((await host.list()).map((d) => d.name)).toEqual(['Domain-0']);
  });

  it('returns the warnings `hvsim create` prints: settings of the file and of the overrides that hvsim ignores', async () => {
    const file = path.join(DEMO, 'unknown-settings.cfg');
    const text = `name = "odd"\nkernel = "spin.elf"\nnot_an_xl_setting = 1\n`;
    const d = await host.createFromText(text, { file, overrides: ['also_unknown="x"'], paused: true });
    expect(d).toEqual({
      domid: 1,
      name: 'odd',
      warnings: [`${file}:3: not_an_xl_setting: unknown setting, ignored`, 'command line:1: also_unknown: unknown setting, ignored'],
    });
    expect((await host.domain(d))?.state).toBe('--p---');
  });

  it('honours on_crash and reports errors as xl would', async () => {
    const c = await host.create(cfg('crash'), { overrides: ['on_crash="preserve"'] });
    await host.run('5ms');
    expect((await host.domain(c))?.state).toBe('---sc-');
    expect(host.console(c)).toContain('unexpected trap');
    await expect(host.pause('nosuch')).rejects.toThrow(/nosuch/);
    await expect(host.create(cfg('hello'), { overrides: ['memory=999999'] })).rejects.toThrow();
    await expect(host.create(cfg('crash'))).rejects.toThrow(/already in use/);
  });

  it('weights CPU between two spinning domains competing for one pCPU', async () => {
    await host.halt();
    host = await Host.boot({ pcpus: 1, seed: 1 });
    const a = await host.create(cfg('spin'), { overrides: ['name="a"', 'cpu_weight=256'] });
    const b = await host.create(cfg('spin'), { overrides: ['name="b"', 'cpu_weight=512'] });
    // Ten 30 ms credit timeslices: enough for the 2:1 weights to show.
    await host.run('300ms');
    const [da, db] = await Promise.all([host.domain(a), host.domain(b)]);
    const share = (db?.cpu_time_ns ?? 0) / ((da?.cpu_time_ns ?? 0) + (db?.cpu_time_ns ?? 0));
    expect(share).toBeGreaterThan(0.58);
    expect(share).toBeLessThan(0.75);
    expect(host.counters(a).instructions).toBeGreaterThan(1_000_000);
  });
});

describe('determinism', () => {
  async function scenario(seed: number): Promise<{ hash: string; consoles: string[]; times: number[] }> {
    const host = await Host.boot({ pcpus: 2, seed });
    try {
      const s = await host.create(cfg('sleeper'));
      const p = await host.create(cfg('spin'));
      const h = await host.create(cfg('hello'));
      await host.run('30ms');
      await host.pause(p);
      await host.run('10ms');
      await host.destroy(p);
      return { hash: host.traceHash(), consoles: [host.console(s), host.console(h)], times: host.events.map((e) => e.timeNs) };
    } finally {
      await host.halt();
    }
  }

  it('gives the same trace hash, consoles and event times for the same inputs', async () => {
    const a = await scenario(1);
    const b = await scenario(1);
    expect(b).toEqual(a);
    expect(a.consoles[0]).toContain('sleeper: tick 3');
  });
});
