/**
 * dom0's xenstore and console ring services on the real core, with real guest kernels
 * (images/demo/xsinfo.elf, pingpong.elf built on the SDK's xenstore client and console ring
 * driver): the toolstack's entries, the xenstore ring, the PV console ring both ways, and
 * shutdown through control/shutdown.
 */
import { pb } from '@hvsim/control';
import { bootXenstoreRig, type XenstoreRig } from './rig';

/** domids dom0 lists. */
async function domids(r: XenstoreRig): Promise<number[]> {
  return (await r.mgmt.ListDomains({ domains: [] })).domains.map((d) => d.info!.domid);
}

describe('xenstore and console ring services with real guests', () => {
  let rig: XenstoreRig;
  beforeEach(async () => {
    rig = await bootXenstoreRig();
  });
  afterEach(async () => {
    await rig.close();
  });

  const ready = (domid: number) => () => rig.console(domid).includes('watching control/shutdown');

  it('xsinfo reads its name and memory target through the ring, and prints through the console ring', async () => {
    const domid = await rig.create('xsinfo.cfg');
    await rig.runUntil(ready(domid));
    const out = rig.console(domid);
    expect(out).toContain(`xsinfo: I am "xsinfo", domain ${domid}, at /local/domain/${domid}\n`);
    expect(out).toContain('xsinfo: memory/target = 4096 KiB (4 MiB)\n');
    expect(out).toContain('type a line at the console and I echo it');
    // The guest advertised what it honours, in nodes the toolstack made its own.
    const xs = rig.xenstore.xenstored;
    expect(xs.read(`/local/domain/${domid}/control/feature-poweroff`).toString()).toBe('1');
    // Nothing went through console_io: the SDK printed on the ring.
    expect(Buffer.from(rig.hv.drainConsole(domid)).length).toBe(0);
    expect(rig.logs.filter((l) => /ring/.test(l))).toEqual([]);
  });

  it('console input typed at the backend reaches the guest through in[] and is echoed', async () => {
    const domid = await rig.create('xsinfo.cfg');
    await rig.runUntil(ready(domid));
    rig.dom0.console.queueInput(domid, Buffer.from('hello ring\r'));
    await rig.runUntil(() => rig.console(domid).includes('you typed'));
    expect(rig.console(domid)).toContain('hello ring\r\nxsinfo: you typed "hello ring"\r\n');
  });

  it.each([
    ['shutdown', 'poweroff', pb.ShutdownReason.SHUTDOWN_REASON_POWEROFF],
    ['reboot', 'reboot', pb.ShutdownReason.SHUTDOWN_REASON_REBOOT],
  ] as const)('%s writes control/shutdown = %s and the guest shuts itself down with that reason', async (verb, request, reason) => {
    const domid = await rig.create('xsinfo.cfg', ['on_poweroff="preserve"', 'on_reboot="preserve"']);
    await rig.runUntil(ready(domid));
    const call = verb === 'shutdown'
      ? rig.mgmt.ShutdownDomain({ domain: String(domid), wait: false, force: false })
      : rig.mgmt.RebootDomain({ domain: String(domid), wait: false, force: false });
    await call;
    expect(rig.xenstore.xenstored.read(`/local/domain/${domid}/control/shutdown`).toString()).toBe(request);
    await rig.runUntil(async () => (await rig.mgmt.GetDomainInfo({ domain: String(domid) })).domain!.info!.shutdown);
    const info = (await rig.mgmt.GetDomainInfo({ domain: String(domid) })).domain!.info!;
    expect(info.shutdownReason).toBe(reason);
    // The guest took the request (cleared the node) and said so on its console, which was
    // drained from the ring before the toolstack handled the shutdown.
    expect(rig.xenstore.xenstored.read(`/local/domain/${domid}/control/shutdown`).toString()).toBe('');
    expect(rig.console(domid)).toContain(`control/shutdown = "${request}"`);
  });

  it('a guest that does not advertise control/feature-poweroff is shut down remotely', async () => {
    const domid = await rig.create('spin.cfg');
    await rig.run(1);
    await rig.mgmt.ShutdownDomain({ domain: String(domid), wait: false, force: false });
    expect(rig.xenstore.xenstored.read(`/local/domain/${domid}/control/shutdown`).toString()).toBe('');
    expect(await domids(rig)).toContain(domid);
    await rig.runUntil(async () => !(await domids(rig)).includes(domid));
  });

  it('a guest that advertised control/shutdown but ignores it is destroyed after the timeout with -F', async () => {
    const impatient = await bootXenstoreRig({ shutdownTimeoutNs: 5_000_000 });
    try {
      const domid = await impatient.create('spin.cfg');
      // spin never reads xenstore; make it look like a guest that advertised and then hung.
      impatient.xenstore.xenstored.write(`/local/domain/${domid}/control/feature-poweroff`, '1');
      await impatient.mgmt.ShutdownDomain({ domain: String(domid), wait: false, force: true });
      expect(impatient.xenstore.xenstored.read(`/local/domain/${domid}/control/shutdown`).toString()).toBe('poweroff');
      await impatient.run(4);
      expect(await domids(impatient)).toContain(domid);
      await impatient.runUntil(async () => !(await domids(impatient)).includes(domid), 10);
      expect(impatient.logs.join('\n')).toContain('did not shut down within 5000000 ns');
    } finally {
      await impatient.close();
    }
  });

  it('destroy removes the entries, releases the domain (@releaseDomain) and frees the rings', async () => {
    const xs = rig.xenstore.xenstored;
    const domid = await rig.create('xsinfo.cfg');
    await rig.runUntil(ready(domid));
    const vm = xs.read(`/local/domain/${domid}/vm`).toString();
    expect(xs.isIntroduced(domid)).toBe(true);
    expect(rig.xenstore.ringCount).toBe(1);
    await rig.mgmt.DestroyDomain({ domain: String(domid) });
    expect(xs.exists(`/local/domain/${domid}`)).toBe(false);
    expect(xs.exists(vm)).toBe(false);
    expect(xs.exists(`/libxl/${domid}`)).toBe(false);
    expect(xs.exists(`/local/domain/0/backend/console/${domid}`)).toBe(false);
    expect(xs.isIntroduced(domid)).toBe(false);
    expect(rig.xenstore.ringCount).toBe(0);
    expect(xs.directory('/local/domain')).toEqual(['0']);
  });

  it('pingpong: two guests meet through xenstore, within the permissions libxl gives them', async () => {
    const keep = ['on_poweroff="preserve"'];
    const ping = await rig.create('pingpong-a.cfg', keep);
    await rig.runUntil(() => rig.console(ping).includes('waiting for a client'));
    const pong = await rig.create('pingpong-b.cfg', keep);
    await rig.runUntil(() => rig.console(ping).includes('round trips with domain'), 3000, 0.25).catch((err) => {
      throw new Error(`${(err as Error).message}\nping: ${rig.console(ping)}\npong: ${rig.console(pong)}\n${rig.logs.join('\n')}`);
    });
    expect(rig.console(pong)).toContain(`found "ping" as domain ${ping}`);
    expect(rig.console(ping)).toContain(`client is domain ${pong}`);
    expect(rig.console(ping)).toContain(`pingpong: 1000 round trips with domain ${pong}`);
    await rig.runUntil(() => rig.console(pong).includes('the server counted'));
    expect(rig.console(pong)).toContain('pingpong: answered 1000 events; the server counted 1000 round trips');
    // The rendezvous node is readable by pong alone, as ping set it.
    const perms = rig.xenstore.xenstored.getPerms(`/local/domain/${ping}/data/pingpong/port`);
    expect(perms).toEqual([{ domid: ping, perm: 'n' }, { domid: pong, perm: 'r' }]);
  });

  it('is deterministic: the same run twice gives the same trace and the same xenstore traffic', async () => {
    const once = async (r: XenstoreRig): Promise<{ hash: string; console: string; now: number; cost: number }> => {
      const domid = await r.create('xsinfo.cfg', ['on_poweroff="preserve"']);
      await r.runUntil(() => r.console(domid).includes('watching control/shutdown'));
      r.dom0.console.queueInput(domid, Buffer.from('abc\r'));
      await r.runUntil(() => r.console(domid).includes('you typed'));
      await r.mgmt.ShutdownDomain({ domain: String(domid), wait: false, force: false });
      await r.runUntil(() => r.console(domid).includes('powering off'));
      return { hash: r.hv.traceHash(), console: r.console(domid), now: r.machine.now(), cost: r.dom0.costs().totalNs };
    };
    const first = await once(rig);
    const other = await bootXenstoreRig();
    try {
      expect(await once(other)).toEqual(first);
    } finally {
      await other.close();
    }
    expect(rig.dom0.costs().byKind.xenstoreRequest).toBeGreaterThan(0);
  });
});
