/**
 * Xen's own xenstore-* clients (Debian's xenstore-utils, XENSTORED_PATH=<socket>) against a
 * booted hvsim — the real core and dom0 with its xenstore service, virtual time driven by the
 * boot loader's TimeDriver as in `hvsim boot` — seeing the domains the toolstack created and the
 * entries libxl would have written, with real guests on the rings.
 */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { TimeDriver } from '../../packages/host/src/boot/time-driver';
import { DEMO, client, ok, startDaemon, until } from '../e2e-helpers';
import { missingTools } from '../host-tools';
import { bootXenstoreRig, type XenstoreRig } from './rig';

const TOOLS = ['xenstore-read', 'xenstore-write', 'xenstore-ls', 'xenstore-list', 'xenstore-exists', 'xenstore-watch'];
const missing = missingTools(TOOLS);
const describeWithTools = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) console.warn(`xenstore-e2e SKIPPED: ${missing.join(', ')} not installed (apt-get install xenstore-utils)`);

interface Result { code: number; stdout: string; stderr: string }

describeWithTools('Xen xenstore-* clients against a booted hvsim', () => {
  let rig: XenstoreRig;
  let driver: TimeDriver;

  const run = (tool: string, ...argv: string[]): Promise<Result> => new Promise((resolve) => {
    execFile(tool, argv, { env: { ...process.env, XENSTORED_PATH: rig.socket! }, timeout: 10_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });

  /** Waits in wall time (the driver runs virtual time meanwhile). */
  const eventually = async (probe: () => boolean, what: string): Promise<void> => {
    for (let i = 0; i < 400 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!probe()) throw new Error(`timed out waiting for ${what}`);
  };

  beforeEach(async () => {
    rig = await bootXenstoreRig({ socket: true });
    driver = new TimeDriver(rig.machine, 'max');
    rig.onActivity = () => driver.kick();
    driver.start();
  });
  afterEach(async () => {
    driver.stop();
    await rig.close();
  });

  it('xenstore-read and xenstore-list see the created domains by name', async () => {
    const web = await rig.create('xsinfo.cfg', ['name="web"']);
    const db = await rig.create('spin.cfg', ['name="db"']);
    expect((await run('xenstore-read', `/local/domain/${web}/name`)).stdout).toBe('web\n');
    expect((await run('xenstore-read', `/local/domain/${db}/name`)).stdout).toBe('db\n');
    expect((await run('xenstore-list', '/local/domain')).stdout).toBe(`0\n${web}\n${db}\n`);
    expect((await run('xenstore-read', '/local/domain/0/name')).stdout).toBe('Domain-0\n');
    const vm = (await run('xenstore-read', `/local/domain/${web}/vm`)).stdout.trim();
    expect(vm).toMatch(/^\/vm\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await run('xenstore-read', `${vm}/name`)).stdout).toBe('web\n');
    const info = (await rig.mgmt.GetDomainInfo({ domain: 'web' })).domain!;
    expect(vm).toBe(`/vm/${info.uuid}`);
  });

  it("xenstore-ls -p shows libxl's layout and permissions", async () => {
    const d = await rig.create('spin.cfg', ['name="perm"', 'maxmem=8', 'maxvcpus=2']);
    const r = await run('xenstore-ls', '-p', `/local/domain/${d}`);
    expect(r.code).toBe(0);
    const line = (name: string): string => r.stdout.split('\n').find((l) => l.trimStart().startsWith(`${name} =`)) ?? `(no ${name})`;
    expect(line('name')).toMatch(new RegExp(`^name = "perm" [ .]+\\(n0,r${d}\\)$`));
    expect(line('domid')).toContain(`"${d}"`);
    expect(line('static-max')).toContain('"8192"');
    expect(line('target')).toContain('"4096"');
    expect(line('shutdown')).toContain(`(n${d})`);
    expect(line('data')).toContain(`(n${d})`);
    expect(r.stdout).toMatch(/ 0 = "" [ .]*\(n0,r\d+\)\n +availability = "online"/);
    expect(r.stdout).toMatch(/ 1 = "" [ .]*\(n0,r\d+\)\n +availability = "offline"/);
    expect(line('ring-ref')).toMatch(/"\d+"/);
    expect(line('type')).toContain('"xenconsoled"');
    expect((await run('xenstore-exists', `/local/domain/0/backend/console/${d}/0/frontend`)).code).toBe(0);
  });

  it('xenstore-write to control/shutdown is honoured by a guest watching it', async () => {
    const d = await rig.create('xsinfo.cfg', ['on_poweroff="preserve"']);
    await eventually(() => rig.console(d).includes('watching control/shutdown'), 'xsinfo to come up');
    expect((await run('xenstore-write', `/local/domain/${d}/control/shutdown`, 'poweroff')).code).toBe(0);
    await eventually(() => rig.console(d).includes('powering off'), 'the guest to take the request');
    expect((await run('xenstore-read', `/local/domain/${d}/control/shutdown`)).stdout).toBe('\n');
  });

  it('xenstore-watch sees @introduceDomain at create and @releaseDomain at destroy', async () => {
    const watch = (path: string) => {
      const child = spawn('xenstore-watch', ['-n', '2', path], { env: { ...process.env, XENSTORED_PATH: rig.socket! } });
      const w = { out: '', exited: new Promise<number | null>((resolve) => child.on('exit', resolve)) };
      child.stdout.on('data', (c: Buffer) => { w.out += c.toString(); });
      return w;
    };
    const introduce = watch('@introduceDomain');
    const release = watch('@releaseDomain');
    await eventually(() => introduce.out !== '' && release.out !== '', 'the initial events');
    const d = await rig.create('spin.cfg', ['name="gone"']);
    expect(await introduce.exited).toBe(0);
    expect(introduce.out).toBe('@introduceDomain\n@introduceDomain\n');
    expect(release.out).toBe('@releaseDomain\n');
    await rig.mgmt.DestroyDomain({ domain: String(d) });
    expect(await release.exited).toBe(0);
    expect(release.out).toBe('@releaseDomain\n@releaseDomain\n');
    expect((await run('xenstore-exists', `/local/domain/${d}`)).code).not.toBe(0);
  });
});

describeWithTools('Xen xenstore-* clients against `hvsim boot`', () => {
  it('hvsim info names the xenstore socket; xenstore-read and xenstore-ls -f see created domains', async () => {
    const daemon = await startDaemon();
    try {
      const info = JSON.parse(await ok(daemon.socket, ['info', '--json'])) as Record<string, string>;
      const socket = info.xenstore_socket;
      expect(socket).toMatch(/xenstored\.sock$/);
      const xs = (tool: string, ...argv: string[]): Promise<string> => new Promise((resolve, reject) => {
        execFile(tool, argv, { env: { ...process.env, XENSTORED_PATH: socket }, timeout: 10_000 }, (err, stdout, stderr) => {
          if (err) reject(new Error(`${tool} ${argv.join(' ')}: ${stderr}`));
          else resolve(stdout);
        });
      });
      const created = JSON.parse(await ok(daemon.socket, ['create', join(DEMO, 'xsinfo.cfg'), 'name="xs-e2e"', '--json'])) as { domid: number };
      const d = created.domid;
      expect(await xs('xenstore-read', `/local/domain/${d}/name`)).toBe('xs-e2e\n');
      const tree = await xs('xenstore-ls', '-f', `/local/domain/${d}`);
      expect(tree).toContain(`/local/domain/${d}/domid = "${d}"\n`);
      expect(tree).toContain(`/local/domain/${d}/memory/target = "4096"\n`);
      // The guest came up on its rings: it wrote its feature nodes through the xenstore ring.
      await until(async () => ((await xs('xenstore-read', `/local/domain/${d}/control/feature-poweroff`)) === '1\n' ? true : undefined), 10_000, 'xsinfo to advertise feature-poweroff');
      // Console input (what `hvsim console` sends from a terminal) reaches the guest's in[] ring.
      const { rpc, m } = await client(daemon.socket);
      try {
        await m.ConsoleWrite({ domain: 'xs-e2e', data: Buffer.from('over the ring\r') });
      } finally {
        rpc.close();
      }
      await until(async () => ((await ok(daemon.socket, ['console', '--no-follow', 'xs-e2e'])).includes('you typed "over the ring"') ? true : undefined), 10_000, 'the echo');
      await ok(daemon.socket, ['shutdown', '-w', 'xs-e2e']);
      await until(async () => ((await xs('xenstore-list', '/local/domain')) === '0\n' ? true : undefined), 10_000, 'the domain to leave xenstore');
    } finally {
      await daemon.stop();
    }
  }, 60_000);
});
