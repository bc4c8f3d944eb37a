import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Host } from '../src/api';

const DEMO = path.resolve(__dirname, '../../../images/demo');
const cfg = (name: string): string => path.join(DEMO, `${name}.cfg`);

jest.setTimeout(60_000);

const lines = (text: string, pattern: RegExp): string[] => text.split('\n').filter((l) => pattern.test(l));

describe('save / restore through the embedding API', () => {
  let host: Host;
  let dir: string;
  beforeEach(async () => {
    host = await Host.boot({ pcpus: 1, seed: 1 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-save-'));
  });
  afterEach(async () => {
    await host.halt();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a restored spin goes on exactly where it was: same output as a run never saved', async () => {
    const reference = await Host.boot({ pcpus: 1, seed: 1 });
    try {
      const r = await reference.create(cfg('spin'));
      await reference.run('80ms');
      const expected = lines(reference.console(r), /^spin:/);

      const d = await host.create(cfg('spin'));
      await host.run('30ms');
      const file = path.join(dir, 'spin.save');
      await host.save(d, file);
      expect(await host.domain(d)).toBeNull(); // xl save destroys the domain
      const before = lines(host.console(d), /^spin:/);
      expect(before.length).toBeGreaterThan(0);

      const back = await host.restore(file);
      expect(back.name).toBe('spin');
      expect(back.domid).not.toBe(d.domid);
      await host.run('60ms');
      const after = lines(host.console(back), /^spin:/);
      expect(after.length).toBeGreaterThan(0);
      const all = [...before, ...after];
      const n = Math.min(all.length, expected.length);
      expect(n).toBeGreaterThan(before.length);
      expect(all.slice(0, n)).toEqual(expected.slice(0, n));
    } finally {
      await reference.halt();
    }
  });

  it('a restored sleeper keeps counting its ticks; save -c keeps it running', async () => {
    const d = await host.create(cfg('sleeper'));
    await host.run('45ms');
    const file = path.join(dir, 'sleeper.save');
    await host.save(d, file, { checkpoint: true });
    expect((await host.domain(d))?.state).not.toContain('p');
    await host.destroy(d);
    const back = await host.restore(file, { paused: true });
    expect((await host.domain(back))?.state).toBe('--p---');
    await host.unpause(back);
    await host.run('120ms');
    const ticks = lines(host.console(back), /tick/).map((l) => Number(/tick (\d+)/.exec(l)?.[1]));
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks[0]).toBeGreaterThanOrEqual(10); // ticks 1..3 were printed before the save
    expect(host.console(back)).not.toContain('tick 1 ');
  });

  it('a restored xsinfo keeps its xenstore ring, its watch and its feature nodes: it honours control/shutdown', async () => {
    const d = await host.create(cfg('xsinfo'));
    await host.run('20ms');
    expect(host.console(d)).toContain('xsinfo: watching control/shutdown');
    const file = path.join(dir, 'xsinfo.save');
    await host.save(d, file);
    const back = await host.restore(file);
    await host.run('5ms');
    await host.shutdown(back, { wait: true });
    expect(host.console(back)).toContain('control/shutdown = "poweroff": powering off');
    await host.run('1ms');
    expect(await host.domain(back)).toBeNull();
  });

  it('refuses a truncated or corrupt file with an error naming it', async () => {
    const d = await host.create(cfg('sleeper'));
    await host.run('5ms');
    const file = path.join(dir, 'good.save');
    await host.save(d, file);
    const bytes = fs.readFileSync(file);

    const truncated = path.join(dir, 'truncated.save');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 100));
    await expect(host.restore(truncated)).rejects.toThrow(`${truncated}: truncated`);

    const corrupt = path.join(dir, 'corrupt.save');
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 40] ^= 0xff;
    fs.writeFileSync(corrupt, flipped);
    await expect(host.restore(corrupt)).rejects.toThrow(`${corrupt}: checksum mismatch`);

    const notSave = path.join(dir, 'not.save');
    fs.writeFileSync(notSave, 'name = "x"\n');
    await expect(host.restore(notSave)).rejects.toThrow(`${notSave}: not an hvsim save image`);
    await expect(host.restore(path.join(dir, 'missing.save'))).rejects.toThrow('missing.save: cannot read');

    expect((await host.list()).map((x) => x.name)).toEqual(['Domain-0']);
    // The good image still restores, and a name in use is refused.
    await host.restore(file);
    await expect(host.restore(file)).rejects.toThrow(/already in use/);
  });

  it('saving the same state twice gives the same bytes', async () => {
    const d = await host.create(cfg('sleeper'), { paused: true });
    const a = path.join(dir, 'a.save');
    const b = path.join(dir, 'b.save');
    await host.save(d, a, { paused: true });
    await host.save(d, b, { paused: true });
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    expect(fs.readFileSync(a).subarray(0, 10).toString()).toBe('hvsim-save');
  });
});
