/**
 * End-to-end: save, restore, migrate, mem-set, mem-max and top through the real `hvsim`
 * binary, with daemons in temporary directories.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, hvsim, listJson, ok, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(90_000);

const cfg = (name: string): string => path.join(DEMO, `${name}.cfg`);

let a: Daemon;
let b: Daemon;

beforeAll(async () => {
  [a, b] = await Promise.all([startDaemon(), startDaemon()]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

async function consoleOf(socket: string, domain: string): Promise<string> {
  return ok(socket, ['console', '--no-follow', domain]);
}

describe('hvsim save / restore / migrate', () => {
  it('saves a running sleeper to a file, restores it, and it ticks on', async () => {
    await ok(a.socket, ['create', cfg('sleeper')]);
    await until(async () => ((await consoleOf(a.socket, 'sleeper')).includes('tick 3') ? true : undefined), 10_000, 'tick 3');
    const file = path.join(a.dir, 'sleeper.save');
    expect(await ok(a.socket, ['save', 'sleeper', file])).toBe('');
    expect(fs.readFileSync(file).subarray(0, 10).toString()).toBe('hvsim-save');
    expect((await listJson(a.socket)).map((d) => d.name)).toEqual(['Domain-0']);

    const restored = await ok(a.socket, ['restore', file]);
    expect(restored).toMatch(/^Restored domain sleeper \(domid \d+\)\n$/);
    const text = await until(async () => {
      const t = await consoleOf(a.socket, 'sleeper');
      return /tick (\d+)0 /.test(t) ? t : undefined;
    }, 20_000, 'a tick after restore');
    expect(text).not.toMatch(/tick 1 /); // it goes on, it did not boot again
    await ok(a.socket, ['destroy', 'sleeper']);
  });

  it('a guest on the FIFO event-channel ABI takes its events in priority order on after a save/restore and a live migration', async () => {
    /** fifotick's tick lines once it printed tick `min` or later: every tick's two events in priority order. */
    const ticksFrom = async (socket: string, min: number): Promise<number | undefined> => {
      const lines = [...(await consoleOf(socket, 'fifotick')).matchAll(/fifotick: tick (\d+), (\d+) of (\d+) in priority order/g)];
      for (const m of lines) expect(m[2]).toBe(m[3]);
      const last = lines.length === 0 ? 0 : Number(lines[lines.length - 1][1]);
      return last >= min ? last : undefined;
    };
    await ok(a.socket, ['create', cfg('fifotick')]);
    const saved = await until(() => ticksFrom(a.socket, 3), 10_000, 'fifotick tick 3');
    const file = path.join(a.dir, 'fifotick.save');
    await ok(a.socket, ['save', 'fifotick', file]);
    await ok(a.socket, ['restore', file]);
    const restored = await until(() => ticksFrom(a.socket, saved + 10), 20_000, 'ticks after restore');
    expect(await consoleOf(a.socket, 'fifotick')).not.toMatch(/tick 1,/); // it went on, it did not boot again
    await ok(a.socket, ['migrate', 'fifotick', b.socket]);
    await until(() => ticksFrom(b.socket, restored + 10), 20_000, 'ticks after the migration');
    await ok(b.socket, ['destroy', 'fifotick']);
  });

  it('refuses a corrupt save file with one line naming it', async () => {
    const file = path.join(a.dir, 'junk.save');
    fs.writeFileSync(file, Buffer.from('hvsim-save\0\0\0\0\0\0\x01\0\0\0'));
    const r = await hvsim(a.socket, ['restore', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${file}: truncated`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('migrates xsinfo to another daemon: gone at the source, running at the destination, its xenstore ring working', async () => {
    await ok(a.socket, ['create', cfg('xsinfo')]);
    await until(async () => ((await consoleOf(a.socket, 'xsinfo')).includes('watching control/shutdown') ? true : undefined), 10_000, 'xsinfo ready');
    expect(await ok(a.socket, ['migrate', 'xsinfo', b.socket])).toBe('');
    expect((await listJson(a.socket)).map((d) => d.name)).toEqual(['Domain-0']);
    const there = (await listJson(b.socket)).find((d) => d.name === 'xsinfo');
    expect(there).toBeDefined();
    expect(there?.state).not.toContain('p');
    // The destination's xenstored serves its ring: the guest honours control/shutdown there.
    await ok(b.socket, ['shutdown', '-w', 'xsinfo']);
    expect(await consoleOf(b.socket, 'xsinfo').catch(() => '')).toBeDefined();
    expect((await listJson(b.socket)).map((d) => d.name)).toEqual(['Domain-0']);
  });

  it("a domain migrated onto a freshly booted host, whose clock is far behind, ticks on within a period", async () => {
    const fast = await startDaemon(['--pace', 'max']);
    try {
      await ok(fast.socket, ['create', cfg('sleeper')]);
      // At max pace an idle machine jumps from timer to timer: its clock races ahead.
      await until(async () => (/tick \d{4,} /.test(await consoleOf(fast.socket, 'sleeper')) ? true : undefined), 60_000, 'tick 1000 at max pace');
      const fresh = await startDaemon();
      try {
        await ok(fast.socket, ['migrate', 'sleeper', fresh.socket]);
        // sleeper prints every 10th tick: a line within 10 periods of guest time, however far
        // behind the fresh host's clock is, and that tick on time.
        const line = await until(async () => /sleeper: tick \d+ at \d+ ms, late (\d+) us/.exec(await consoleOf(fresh.socket, 'sleeper')) ?? undefined, 5_000, 'a tick on the fresh host');
        expect(Number(line[1])).toBeLessThan(10_000);
      } finally {
        await fresh.stop();
      }
    } finally {
      await fast.stop();
    }
  });

  it('a migration to a daemon that is not there fails and leaves the domain running at the source', async () => {
    await ok(a.socket, ['create', cfg('sleeper')]);
    const r = await hvsim(a.socket, ['migrate', 'sleeper', path.join(a.dir, 'nobody.sock')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no daemon running');
    const d = (await listJson(a.socket)).find((x) => x.name === 'sleeper');
    expect(d?.state).not.toContain('p');
    await ok(a.socket, ['destroy', 'sleeper']);
  });
});

describe('hvsim mem-set / mem-max / top', () => {
  it('mem-set writes memory/target in xenstore (and the guest reads it)', async () => {
    await ok(a.socket, ['create', '-p', cfg('xsinfo')]);
    await ok(a.socket, ['mem-set', 'xsinfo', '2m']);
    const info = await ok(a.socket, ['info']);
    const xsSocket = /^xenstore_socket\s*: (.+)$/m.exec(info)?.[1];
    expect(xsSocket).toBeDefined();
    const domid = (await listJson(a.socket)).find((d) => d.name === 'xsinfo')!.domid;
    const read = spawnSync('xenstore-read', [`/local/domain/${domid}/memory/target`], { env: { ...process.env, XENSTORED_PATH: xsSocket! }, encoding: 'utf8', timeout: 10_000 });
    expect(read.stdout.trim()).toBe(String(2 * 1024));
    await ok(a.socket, ['unpause', 'xsinfo']);
    const text = await until(async () => {
      const t = await consoleOf(a.socket, 'xsinfo');
      return t.includes('memory/target') ? t : undefined;
    }, 10_000, 'xsinfo output');
    expect(text).toContain('xsinfo: memory/target = 2048 KiB (2 MiB)');
    const bad = await hvsim(a.socket, ['mem-set', 'xsinfo', '12x']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("invalid memory size '12x'");
    await ok(a.socket, ['destroy', 'xsinfo']);
  });

  it('mem-max: refused below what the domain holds (as xl); at exactly that, the balloon guest gives back and takes again', async () => {
    await ok(a.socket, ['create', '-p', cfg('balloon'), 'name="b1"', 'on_poweroff="preserve"', 'on_crash="preserve"']);
    const listed = JSON.parse(await ok(a.socket, ['list', '--json'])) as Array<{ name: string; memory_kb: number }>;
    const holdsKb = listed.find((d) => d.name === 'b1')!.memory_kb;
    // The core's limit on populate_physmap is the hypervisor tests' (hypercalls.test.ts).
    const below = await hvsim(a.socket, ['mem-max', 'b1', `${holdsKb - 32}k`]);
    expect(below.stderr).toBe(`hvsim: cannot set the maximum memory of b1 to ${holdsKb - 32} KiB: below its current memory of ${holdsKb / 1024} MiB (mem-set it lower first)\n`);
    await ok(a.socket, ['mem-max', 'b1', `${holdsKb}k`]);
    await ok(a.socket, ['unpause', 'b1']);
    const text = await until(async () => {
      const t = await consoleOf(a.socket, 'b1');
      return /unexpected trap|balloon: (OK|FAILED)/.test(t) ? t : undefined;
    }, 10_000, 'balloon verdict');
    expect(text).toContain('balloon: OK');
    await ok(a.socket, ['destroy', 'b1']);

    await ok(a.socket, ['create', '-p', cfg('balloon'), 'name="b2"', 'on_poweroff="preserve"', 'on_crash="preserve"']);
    await ok(a.socket, ['unpause', 'b2']);
    const fine = await until(async () => {
      const t = await consoleOf(a.socket, 'b2');
      return /balloon: (OK|FAILED)/.test(t) ? t : undefined;
    }, 10_000, 'balloon verdict');
    expect(fine).toContain('balloon: OK');
    await ok(a.socket, ['destroy', 'b2']);
  });

  it('top -b -i 2 prints xentop columns twice', async () => {
    await ok(a.socket, ['create', cfg('spin')]);
    const text = await ok(a.socket, ['top', '-b', '-i', '2', '-d', '0.2']);
    const blocks = text.split('\n').filter((l) => l.includes('NAME'));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toBe('      NAME  STATE   CPU(sec) CPU(%)     MEM(k)  MAXMEM(k) VCPUS NETS NETTX(k) NETRX(k) VBDS   VBD_OO   VBD_RD   VBD_WR  VBD_RSECT  VBD_WSECT');
    const rows = text.split('\n').filter((l) => /^\s+spin /.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^ {6}spin [-a-z]{6} +\d+ +0\.0 +4096 +4096 +1 +0 +0 +0 +0 +0 +0 +0 +0 +0$/);
    // Between samples spin runs flat out: close to a whole pCPU of the virtual time.
    const pct = Number(rows[1].trim().split(/\s+/)[3]);
    expect(pct).toBeGreaterThan(30);
    expect(pct).toBeLessThanOrEqual(100.5);
    await ok(a.socket, ['destroy', 'spin']);
  });
});
