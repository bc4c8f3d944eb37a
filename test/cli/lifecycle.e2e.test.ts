/**
 * End-to-end: the real `hvsim` binary against a daemon on a real Unix socket. One daemon
 * for the file; every domain a test starts is gone (or paused) when the test ends, so the
 * daemon does not burn CPU between tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, hvsim, listJson, ok, sleep, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(60_000);

let daemon: Daemon;
let socket: string;
const cfg = (name: string): string => path.join(DEMO, `${name}.cfg`);

beforeAll(async () => {
  daemon = await startDaemon();
  socket = daemon.socket;
});

afterAll(async () => {
  await daemon?.stop();
});

describe('hvsim against a daemon', () => {
  it('boots with dom0 alone, as xl list shows it', async () => {
    const text = await ok(socket, ['list']);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Name                                        ID   Mem VCPUs\tState\tTime(s)');
    expect(lines[1]).toMatch(/^Domain-0 {37}0 {3}128 {5}1 {5}[r-][b-]-{4} +\d+\.\d$/);
    expect(lines).toHaveLength(3);
    const info = await ok(socket, ['info']);
    expect(info).toMatch(/^nr_cpus {16}: 2$/m);
    expect(info).toMatch(/^xen_scheduler {10}: credit$/m);
    expect(info).toContain(`control_socket         : ${socket}`);
    expect(fs.statSync(path.dirname(socket)).mode & 0o777).toBe(0o700);
  });

  it('creates three domains, lists them, pauses and unpauses, and shows a console', async () => {
    expect((await hvsim(socket, ['create', '-p', cfg('hello'), 'on_poweroff="preserve"'])).stdout).toBe('Created domain hello (domid 1), paused\n');
    const spin = JSON.parse(await ok(socket, ['create', '-p', cfg('spin'), 'name="spin-a"', '--json'])) as { domid: number; name: string };
    expect(spin).toEqual({ domid: 2, name: 'spin-a' });
    await ok(socket, ['create', '-p', cfg('spin'), 'name="spin-b"', 'cpu_weight=512']);

    let list = await listJson(socket);
    expect(list.map((d) => [d.name, d.domid, d.state])).toEqual([
      ['Domain-0', 0, expect.stringMatching(/^[r-][b-]----$/)],
      ['hello', 1, '--p---'],
      ['spin-a', 2, '--p---'],
      ['spin-b', 3, '--p---'],
    ]);
    const table = await ok(socket, ['list', 'spin-a', '3']);
    expect(table.split('\n').slice(1, 3).map((l) => l.split(/\s+/)[0])).toEqual(['spin-a', 'spin-b']);

    await ok(socket, ['unpause', 'spin-a']);
    list = await listJson(socket);
    expect(list.find((d) => d.name === 'spin-a')?.state).toMatch(/^[r-][b-]-{4}$/);
    await ok(socket, ['pause', '2']);
    expect((await listJson(socket)).find((d) => d.domid === 2)?.state).toBe('--p---');
    expect((await ok(socket, ['sched-credit', '-d', 'spin-b'])).split('\n')[1]).toMatch(/^spin-b +3 +512 +0$/);

    await ok(socket, ['unpause', 'hello']);
    const hello = await until(async () => {
      const d = (await listJson(socket)).find((x) => x.name === 'hello');
      return d?.state === '---s--' ? d : undefined;
    }, 10_000, 'hello to power off');
    expect(hello.shutdown_reason).toBe('poweroff');
    const console = await ok(socket, ['console', '--no-follow', 'hello']);
    expect(console).toContain('Hello from domain 1!');
    expect(console).toContain('Xen 4.17.0-hvsim1.0, 1024 pages of RAM, command line "console=hvc0"');

    for (const d of ['hello', 'spin-a', 'spin-b']) await ok(socket, ['destroy', d]);
    expect((await listJson(socket)).map((d) => d.name)).toEqual(['Domain-0']);
  });

  it('shutdown: the domain is destroyed (on_poweroff = destroy)', async () => {
    await ok(socket, ['create', cfg('spin'), 'name="victim"']);
    await ok(socket, ['shutdown', '-w', 'victim']);
    await until(async () => ((await listJson(socket)).some((d) => d.name === 'victim') ? undefined : true), 10_000, 'victim to go');
    const r = await hvsim(socket, ['list', 'victim']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^hvsim: .*victim/);
    expect(await ok(socket, ['dmesg'])).toMatch(/shut down \(poweroff\)/);
  });

  it('reboot: the domain comes back under a new domid (on_reboot = restart)', async () => {
    const first = Number((await ok(socket, ['create', cfg('spin'), 'name="rebooter"', '--json'])).match(/"domid": (\d+)/)?.[1]);
    await ok(socket, ['reboot', 'rebooter']);
    const second = await until(async () => {
      const r = await hvsim(socket, ['domid', 'rebooter']);
      const id = Number(r.stdout.trim());
      return r.code === 0 && id !== first ? id : undefined;
    }, 10_000, 'rebooter to come back');
    expect(second).toBeGreaterThan(first);
    expect((await ok(socket, ['domname', String(second)])).trim()).toBe('rebooter');
    const d = (await listJson(socket)).find((x) => x.name === 'rebooter');
    expect(d?.state).toMatch(/^[r-][b-]-{4}$/);
    await ok(socket, ['destroy', 'rebooter']);
  });

  it('crash: on_crash is honoured (preserve keeps it crashed, destroy removes it)', async () => {
    await ok(socket, ['create', cfg('crash'), 'name="crash-keep"', 'on_crash="preserve"']);
    await ok(socket, ['create', cfg('crash'), 'name="crash-gone"']);
    const kept = await until(async () => {
      const list = await listJson(socket);
      const keep = list.find((d) => d.name === 'crash-keep');
      return keep?.state === '---sc-' && !list.some((d) => d.name === 'crash-gone') ? keep : undefined;
    }, 10_000, 'both crashes to be handled');
    expect(kept.shutdown_reason).toBe('crash');
    expect(await ok(socket, ['console', '--no-follow', 'crash-keep'])).toContain('crash: about to store to 0x40000000');
    await ok(socket, ['destroy', 'crash-keep']);
  });

  it('console follows a domain until it is gone', async () => {
    await ok(socket, ['create', '-p', cfg('hello'), 'name="followed"']);
    const attached = hvsim(socket, ['console', 'followed']);
    await sleep(300); // let it attach
    await ok(socket, ['unpause', 'followed']);
    const r = await attached;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Hello from domain \d+!\n/);
    expect((await listJson(socket)).map((d) => d.name)).toEqual(['Domain-0']);
  });

  it('renames, pins vCPUs and lists them', async () => {
    await ok(socket, ['create', '-p', cfg('spin'), 'name="old"']);
    await ok(socket, ['rename', 'old', 'new']);
    await ok(socket, ['vcpu-pin', 'new', '0', '1']);
    const vcpus = JSON.parse(await ok(socket, ['vcpu-list', 'new', '--json'])) as Array<{ name: string; hard_affinity: number[] }>;
    expect(vcpus).toEqual([expect.objectContaining({ name: 'new', hard_affinity: [1] })]);
    expect((await ok(socket, ['vcpu-list', 'new'])).split('\n')[1]).toMatch(/^new +\d+ +0 +\d+ +--p +\d+\.\d 1 \/ all$/);
    await ok(socket, ['destroy', 'new']);
  });

  it('fails with one line naming the problem', async () => {
    const unknown = await hvsim(socket, ['pause', 'nosuch']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/^hvsim: .*nosuch.*\n$/);

    const dir = fs.mkdtempSync(path.join(daemon.dir, 'cfg-'));
    const bad = path.join(dir, 'bad.cfg');
    fs.writeFileSync(bad, `name = "bad"\nkernel = "${path.join(DEMO, 'hello.elf')}"\nmemory = "lots"\n`);
    const r = await hvsim(socket, ['create', bad]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^hvsim: .*bad\.cfg:3: memory: /)]);

    const missing = await hvsim(socket, ['create', path.join(dir, 'none.cfg')]);
    expect(missing.stderr).toMatch(/^hvsim: .*none\.cfg: cannot read config file/);

    const noDaemon = await hvsim(path.join(dir, 'nobody.sock'), ['list']);
    expect(noDaemon.code).not.toBe(0);
    expect(noDaemon.stderr).toBe(`hvsim: no daemon running at ${path.join(dir, 'nobody.sock')} (start one with \`hvsim boot --detach\`)\n`);

    const usage = await hvsim(socket, ['sched-credit', '-w', '5']);
    expect(usage.code).not.toBe(0);
    expect(usage.stderr).toMatch(/^hvsim: -w and -c need a domain/);
    expect((await listJson(socket)).map((d) => d.name)).toEqual(['Domain-0']);
  });
});
