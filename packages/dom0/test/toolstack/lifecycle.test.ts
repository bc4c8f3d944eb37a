import * as fs from 'node:fs';
import * as path from 'node:path';
import { StatusCode, pb } from '@hvsim/control';
import { DomainServiceHooks } from '../../src';
import { eventually, settle } from '../support/fake-core';
import { Harness, bootHarness, create } from './harness';

const R = pb.ShutdownReason;
const E = pb.DomainEventType;

async function names(h: Harness): Promise<Array<[string, number]>> {
  return (await h.mgmt.ListDomains({ domains: [] })).domains.map((d) => [d.name, d.info!.domid]);
}

/** Collects ManagementService.Events while a test runs. */
function recordEvents(h: Harness, domains: string[] = []): { events: pb.DomainEvent[]; stop(): void } {
  const stream = h.mgmt.Events({ domains });
  const events: pb.DomainEvent[] = [];
  void (async () => {
    for await (const m of stream) if (m.event) events.push(m.event);
  })();
  return { events, stop: () => stream.cancel() };
}

describe('lifecycle', () => {
  let h: Harness;
  afterEach(() => h.close());

  describe('basic verbs', () => {
    beforeEach(async () => {
      h = await bootHarness();
    });

    it('lists Domain-0 and the domains by name, in domid order', async () => {
      const a = await create(h, 'a');
      const b = await create(h, 'b');
      expect(await names(h)).toEqual([['Domain-0', 0], ['a', a], ['b', b]]);
      const only = await h.mgmt.ListDomains({ domains: ['b', String(a)] });
      expect(only.domains.map((d) => d.name)).toEqual(['a', 'b']);
      const info = await h.mgmt.GetDomainInfo({ domain: 'a' });
      expect(info.domain).toMatchObject({ name: 'a', memoryKb: 4096, maxMemoryKb: 4096, targetKb: 4096, maxVcpus: 1, configFile: path.join(h.dir, 'a.cfg') });
      expect((await h.mgmt.DomainId({ name: 'b' })).domid).toBe(b);
      expect((await h.mgmt.DomainName({ domid: 0 })).name).toBe('Domain-0');
      expect((await h.mgmt.DomainName({ domid: a })).name).toBe('a');
    });

    it('pauses and unpauses', async () => {
      const a = await create(h, 'a');
      await h.mgmt.PauseDomain({ domain: 'a' });
      expect((await h.mgmt.GetDomainInfo({ domain: 'a' })).domain?.info?.paused).toBe(true);
      await h.mgmt.UnpauseDomain({ domain: String(a) });
      expect(h.core.domains.get(a)!.pauseCount).toBe(0);
    });

    it('answers ESRCH for unknown domains, EEXIST for a name in use, EPERM for Domain-0', async () => {
      await create(h, 'a');
      await expect(h.mgmt.PauseDomain({ domain: 'nope' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ESRCH, message: 'domain "nope" does not exist' });
      await expect(h.mgmt.DestroyDomain({ domain: '77' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ESRCH });
      await expect(h.mgmt.DomainName({ domid: 77 })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ESRCH });
      await expect(create(h, 'a')).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EEXIST, message: expect.stringContaining('"a" is already in use') });
      await expect(create(h, 'Domain-0')).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EEXIST });
      await expect(h.mgmt.DestroyDomain({ domain: '0' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EPERM, message: 'cannot destroy Domain-0' });
      await expect(h.mgmt.ShutdownDomain({ domain: 'Domain-0' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EPERM });
    });

    it('reports a bad config as EINVAL naming file, line and key, and warns about unknown keys', async () => {
      const file = path.join(h.dir, 'demo.cfg');
      await expect(h.mgmt.CreateDomain({ config: 'name = "d"\nkernel = "guest.elf"\nmemory = "lots"\n', configFile: file })).rejects.toMatchObject({
        code: StatusCode.STATUS_CODE_EINVAL,
        message: `${file}:3: memory: expected a number, got "lots"`,
      });
      await expect(h.mgmt.CreateDomain({ config: 'name = "d"\nkernel = "guest.elf"\n', configFile: file, overrides: ['vcpus=many'] })).rejects.toMatchObject({
        message: 'command line:1: vcpus: expected a number, got "many"',
      });
      const created = await h.mgmt.CreateDomain({ config: 'name = "d"\nkernel = "guest.elf"\nvtpm = []\nmemory = 4\n', configFile: file, overrides: ['name="d2"'] });
      expect(await names(h)).toEqual([['Domain-0', 0], ['d2', 1]]);
      // The client that asked is told; the daemon's log keeps it too.
      expect(created.warnings).toEqual([`${file}:3: vtpm: unknown setting, ignored`]);
      expect(h.logs).toContain(`warning: domain 1 (d2): ${file}:3: vtpm: unknown setting, ignored`);
    });

    it('gives restarted and re-created domains new domids, as Xen does', async () => {
      const a = await create(h, 'a');
      await h.mgmt.DestroyDomain({ domain: 'a' });
      const again = await create(h, 'a');
      expect(again).toBe(a + 1);
    });

    it('renames, refusing names in use or invalid, and moves the console log', async () => {
      const rec = recordEvents(h);
      const a = await create(h, 'a');
      await create(h, 'b');
      await h.mgmt.RenameDomain({ domain: 'a', newName: 'c' });
      expect(await names(h)).toEqual([['Domain-0', 0], ['c', a], ['b', a + 1]]);
      await expect(h.mgmt.RenameDomain({ domain: 'c', newName: 'b' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EEXIST });
      await expect(h.mgmt.RenameDomain({ domain: 'c', newName: '42' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL });
      await expect(h.mgmt.RenameDomain({ domain: 'c', newName: 'a/b' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL });
      h.core.guestWrites(a, 'after rename\n');
      await settle();
      expect(fs.readFileSync(path.join(h.dir, 'log', 'guest-c.log'), 'utf8')).toBe('after rename\n');
      rec.stop();
      expect(rec.events.filter((e) => e.type === E.DOMAIN_EVENT_TYPE_RENAMED).map((e) => [e.domid, e.name])).toEqual([[a, 'c']]);
    });

    it('destroys: the domain, its console and its pages go', async () => {
      const free = h.core.freePages;
      const a = await create(h, 'a');
      expect(h.core.freePages).toBe(free - 1024);
      expect((await h.mgmt.DestroyDomain({ domain: 'a' })).domid).toBe(a);
      await settle();
      expect(h.core.freePages).toBe(free);
      expect(h.dom0.console.has(a)).toBe(false);
      expect(await names(h)).toEqual([['Domain-0', 0]]);
    });

    it('notices a domain destroyed behind its back', async () => {
      const a = await create(h, 'a');
      h.core.domains.delete(a);
      h.core.emit({ type: E.DOMAIN_EVENT_TYPE_DESTROYED, domid: a });
      await settle();
      expect(h.dom0.domains()).toEqual([]);
    });

    it('sets sched-credit, vcpu-pin, mem-set and mem-max through the core', async () => {
      const a = await create(h, 'a', 'vcpus = 2\nmaxvcpus = 2');
      expect((await h.mgmt.SchedCreditSet({ domain: 'a', weight: 1024 })).params).toMatchObject({ weight: 1024, cap: 0 });
      const all = await h.mgmt.SchedCreditGet({ domain: '' });
      expect(all.domains.map((d) => [d.name, d.params?.weight])).toEqual([['Domain-0', 256], ['a', 1024]]);
      await h.mgmt.VcpuPin({ domain: 'a', hardAffinity: [1] });
      expect(h.core.domains.get(a)!.affinity).toEqual([[1], [1]]);
      await h.mgmt.VcpuPin({ domain: 'a', vcpu: 0, hardAffinity: [] });
      expect(h.core.domains.get(a)!.affinity).toEqual([[], [1]]);
      await expect(h.mgmt.VcpuPin({ domain: 'a', vcpu: 5, hardAffinity: [] })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL });
      const list = await h.mgmt.VcpuList({ domains: ['a'] });
      expect(list.vcpus.map((v) => [v.name, v.vcpu?.vcpu, v.vcpu?.hardAffinity])).toEqual([['a', 0, [0, 1]], ['a', 1, [1]]]);
      await h.mgmt.MemSet({ domain: 'a', targetKb: 2048 });
      await h.mgmt.MemMax({ domain: 'a', maxMemoryKb: 8192 });
      expect((await h.mgmt.GetDomainInfo({ domain: 'a' })).domain).toMatchObject({ targetKb: 2048, maxMemoryKb: 8192 });
    });

    it('reads the hypervisor log with dmesg, and -c clears it', async () => {
      expect((await h.mgmt.Dmesg({ clear: true })).text).toBe('hvsim: booted\n');
      h.core.hypervisorLog += 'later\n';
      expect((await h.mgmt.Dmesg({ clear: false })).text).toBe('later\n');
    });

    it('reports physinfo and info', async () => {
      const info = await h.mgmt.Info({});
      expect(info).toMatchObject({ nrDomains: 1, totalMemoryKb: 65536 * 4, freeMemoryKb: 65536 * 4, protocolVersion: 1 });
      expect(info.version?.capabilities).toBe('hvsim-1.0-riscv32');
      expect((await h.mgmt.Physinfo({})).physinfo?.nrCpus).toBe(2);
    });

    it('halts: every domU destroyed, then the daemon is told', async () => {
      await create(h, 'a');
      await create(h, 'b');
      await h.mgmt.Halt({});
      await settle();
      expect([...h.core.domains.keys()]).toEqual([0]);
      expect(h.halted.count).toBe(1);
    });

    it('charges its work to dom0 through the cost model', async () => {
      const before = h.core.chargedNs;
      await create(h, 'a');
      await h.mgmt.ListDomains({ domains: [] });
      await settle();
      expect(h.core.chargedNs).toBeGreaterThan(before + 200_000);
      expect(h.core.chargedNs).toBe(h.dom0.costs().totalNs);
      const { byKind } = h.dom0.costs();
      expect(byKind.domainBuild).toBe(200_000);
      expect(byKind.managementRequest).toBeGreaterThanOrEqual(2 * 20_000);
      expect(byKind.builderPage).toBe(3 * 1000); // code page, data page, start_info page
    });
  });

  describe('console', () => {
    beforeEach(async () => {
      h = await bootHarness();
    });

    const collect = async (stream: AsyncIterable<{ data: Uint8Array }>): Promise<string> => {
      let out = '';
      for await (const m of stream) out += Buffer.from(m.data).toString();
      return out;
    };

    it('streams what the guest wrote (history), then follows until the domain goes', async () => {
      const a = await create(h, 'a');
      h.core.guestWrites(a, 'one\n');
      await settle();
      expect(await collect(h.mgmt.ConsoleStream({ domain: 'a', history: true, follow: false }))).toBe('one\n');
      const followed = collect(h.mgmt.ConsoleStream({ domain: 'a', history: true, follow: true }));
      await settle();
      h.core.guestWrites(a, 'two\n');
      await settle();
      await h.mgmt.DestroyDomain({ domain: 'a' });
      expect(await followed).toBe('one\ntwo\n');
      expect(fs.readFileSync(path.join(h.dir, 'log', 'guest-a.log'), 'utf8')).toBe('one\ntwo\n');
    });

    it('drains output written just before a shutdown into the log', async () => {
      const a = await create(h, 'a');
      h.core.domains.get(a)!.console.push(...Buffer.from('last words\n')); // no CONSOLE event
      h.core.guestShutsDown(a, R.SHUTDOWN_REASON_POWEROFF);
      await settle();
      expect(fs.readFileSync(path.join(h.dir, 'log', 'guest-a.log'), 'utf8')).toBe('last words\n');
    });

    it('stops sending to a client that cancelled', async () => {
      const a = await create(h, 'a');
      const stream = h.mgmt.ConsoleStream({ domain: 'a', history: false, follow: true });
      await settle();
      stream.cancel();
      await settle();
      h.core.guestWrites(a, 'nobody listens\n');
      await settle();
      expect(await collect(stream)).toBe('');
    });

    it('queues input for the guest and answers EAGAIN when the queue is full', async () => {
      const a = await create(h, 'a');
      await h.mgmt.ConsoleWrite({ domain: 'a', data: Buffer.from('ls\n') });
      expect(h.dom0.console.pendingInput(a)).toBe(3);
      await expect(h.mgmt.ConsoleWrite({ domain: 'a', data: new Uint8Array(4094) })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EAGAIN });
      // Nothing of a refused write was queued: the client sends it again whole.
      expect(h.dom0.console.pendingInput(a)).toBe(3);
      await h.mgmt.ConsoleWrite({ domain: 'a', data: new Uint8Array(4093) });
      expect(h.dom0.console.pendingInput(a)).toBe(4096);
    });

    it('answers ESRCH for an unknown domain and ENOENT for Domain-0', async () => {
      await expect(collect(h.mgmt.ConsoleStream({ domain: 'x', history: true, follow: false }))).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ESRCH });
      await expect(collect(h.mgmt.ConsoleStream({ domain: '0', history: true, follow: false }))).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ENOENT });
      await expect(h.mgmt.ConsoleWrite({ domain: 'Domain-0', data: Buffer.from('x') })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ENOENT });
    });

    it('reports lifecycle events, filtered by domain', async () => {
      const all = recordEvents(h);
      const a = await create(h, 'a', '', true);
      const onlyA = recordEvents(h, ['a']);
      await settle();
      const b = await create(h, 'b', '', true);
      await h.mgmt.UnpauseDomain({ domain: 'a' });
      await h.mgmt.DestroyDomain({ domain: 'b' });
      await settle();
      all.stop();
      onlyA.stop();
      const show = (events: pb.DomainEvent[]): unknown[] => events.map((e) => [E[e.type].replace('DOMAIN_EVENT_TYPE_', ''), e.domid, e.name]);
      expect(show(all.events)).toEqual([['CREATED', a, 'a'], ['CREATED', b, 'b'], ['UNPAUSED', a, 'a'], ['DESTROYED', b, 'b']]);
      expect(show(onlyA.events)).toEqual([['UNPAUSED', a, 'a']]);
      await expect(h.mgmt.Events({ domains: ['nope'] }).collect()).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ESRCH });
    });
  });

  describe('domain service hooks (the xenstore seam)', () => {
    it('are told of every domain\'s life, in order, and may refuse a build', async () => {
      const seen: string[] = [];
      const hook: DomainServiceHooks = {
        domainBuilt: (d) => {
          seen.push(`built ${d.domid} ${d.name} ${d.memory} ${d.type} store=${d.storeGfn}/${d.storeEvtchn} console=${d.consoleGfn}/${d.consoleEvtchn}`);
          if (d.name === 'refused') throw new Error('no room in the store');
        },
        domainRenamed: (domid, name) => void seen.push(`renamed ${domid} ${name}`),
        memoryTargetChanged: (domid, kb) => void seen.push(`target ${domid} ${kb}`),
        domainDestroyed: (domid) => void seen.push(`destroyed ${domid}`),
        evtchnNotified: (port) => void seen.push(`port ${port}`),
      };
      h = await bootHarness({ services: [() => hook] });
      const a = await create(h, 'a', '', true);
      const top = 0x80000 + 1024 - 1;
      expect(h.core.domains.get(a)!.pauseCount).toBe(1); // built, still paused, when told
      await h.mgmt.RenameDomain({ domain: 'a', newName: 'b' });
      await h.mgmt.MemSet({ domain: 'b', targetKb: 1024 });
      h.core.emit({ type: E.DOMAIN_EVENT_TYPE_EVTCHN, port: 7 });
      await settle();
      await h.mgmt.DestroyDomain({ domain: 'b' });
      const free = h.core.freePages;
      await expect(create(h, 'refused')).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_INTERNAL });
      expect(h.core.freePages).toBe(free);
      expect(seen).toEqual([
        `built ${a} a 4 pv store=${top - 2}/2 console=${top}/1`,
        `renamed ${a} b`,
        `target ${a} 1024`,
        'port 7',
        `destroyed ${a}`,
        `built ${a + 1} refused 4 pv store=${top - 2}/2 console=${top}/1`,
        `destroyed ${a + 1}`,
      ]);
      expect(await names(h)).toEqual([['Domain-0', 0]]);
    });
  });

  describe('hostile input', () => {
    beforeEach(async () => {
      h = await bootHarness();
    });

    it('answers garbage configs with EINVAL and keeps serving', async () => {
      const garbage = [
        String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
        'name = "a"\n'.repeat(20000) + 'kernel = [',
        '[[[[',
        '\u0000\u0001',
      ];
      for (const config of garbage) {
        await expect(h.mgmt.CreateDomain({ config, configFile: 'x.cfg' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL, message: expect.stringMatching(/^x\.cfg(:\d+)?: /) });
      }
      await expect(h.mgmt.CreateDomain({ config: 'name="a"\nkernel="/dev/null"\n', configFile: '' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL, message: expect.stringContaining('/dev/null: not a regular file') });
      await expect(h.mgmt.RenameDomain({ domain: '', newName: 'x' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ESRCH });
      await expect(h.mgmt.DomainId({ name: '3' })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL });
      await create(h, 'still-serving');
      expect((await names(h)).map((n) => n[0])).toEqual(['Domain-0', 'still-serving']);
    });

    it('does not let two concurrent creates take the same name', async () => {
      const file = h.cfg('twin');
      const text = fs.readFileSync(file, 'utf8');
      const results = await Promise.allSettled([
        h.mgmt.CreateDomain({ config: text, configFile: file }),
        h.mgmt.CreateDomain({ config: text, configFile: file }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((await names(h)).map((n) => n[0])).toEqual(['Domain-0', 'twin']);
    });
  });

  describe('shutdown and reboot', () => {
    beforeEach(async () => {
      h = await bootHarness({ shutdownTimeoutNs: 1_000_000 });
    });

    it('without a way to ask the guest, shuts it down remotely; -w waits until it is gone', async () => {
      const a = await create(h, 'a');
      const r = await h.mgmt.ShutdownDomain({ domain: 'a', wait: true });
      expect(r.domid).toBe(a);
      expect(h.core.calls).toContain('ShutdownDomain');
      await settle();
      expect(await names(h)).toEqual([['Domain-0', 0]]);
    });

    it('asks through a domain service first; -F destroys a guest that ignores it', async () => {
      await h.close();
      const asked: Array<[number, string]> = [];
      const hook: DomainServiceHooks = {
        requestShutdown: (domid, kind) => {
          asked.push([domid, kind]);
          return true; // delivered; this guest never acts on it
        },
      };
      h = await bootHarness({ shutdownTimeoutNs: 1_000_000, services: [() => hook] });
      const a = await create(h, 'a');
      const b = await create(h, 'b');
      await h.mgmt.ShutdownDomain({ domain: 'a', force: true });
      await h.mgmt.RebootDomain({ domain: 'b' });
      expect(asked).toEqual([[a, 'poweroff'], [b, 'reboot']]);
      expect(h.core.calls).not.toContain('ShutdownDomain');
      h.core.clock.advance(999_999);
      await settle();
      expect((await names(h)).map((n) => n[0])).toEqual(['Domain-0', 'a', 'b']);
      h.core.clock.advance(1);
      await settle();
      // a was forced; b (no -F) is left running.
      expect((await names(h)).map((n) => n[0])).toEqual(['Domain-0', 'b']);
      expect(h.logs.some((l) => l.includes(`domain ${a} (a) did not shut down within 1000000 ns`))).toBe(true);
    });

    it('-F does nothing to a guest that complies in time', async () => {
      await h.close();
      let core: Harness['core'] | null = null;
      h = await bootHarness({
        shutdownTimeoutNs: 1_000_000,
        services: [() => ({ requestShutdown: (domid) => {
          core!.guestShutsDown(domid, R.SHUTDOWN_REASON_POWEROFF);
          return true;
        } })],
      });
      core = h.core;
      await create(h, 'a', 'on_poweroff = "preserve"');
      const waited = h.mgmt.ShutdownDomain({ domain: 'a', wait: true, force: true });
      await waited;
      expect(h.core.clock.pendingTimers).toBe(0);
      h.core.clock.advance(10_000_000);
      await settle();
      expect((await names(h)).map((n) => n[0])).toEqual(['Domain-0', 'a']);
    });
  });

  describe('on_poweroff / on_reboot / on_crash / on_watchdog', () => {
    beforeEach(async () => {
      h = await bootHarness();
    });

    const reasons: Array<[string, pb.ShutdownReason]> = [
      ['on_poweroff', R.SHUTDOWN_REASON_POWEROFF],
      ['on_reboot', R.SHUTDOWN_REASON_REBOOT],
      ['on_crash', R.SHUTDOWN_REASON_CRASH],
      ['on_watchdog', R.SHUTDOWN_REASON_WATCHDOG],
    ];

    it.each(reasons)('%s = "destroy" destroys', async (key, reason) => {
      const a = await create(h, 'a', `${key} = "destroy"`);
      h.core.guestShutsDown(a, reason);
      await settle();
      expect(await names(h)).toEqual([['Domain-0', 0]]);
    });

    it.each(reasons)('%s = "restart" rebuilds from the same config under a new domid', async (key, reason) => {
      const rec = recordEvents(h);
      const a = await create(h, 'a', `${key} = "restart"\nmemory = 8\ncmdline = "x"`);
      const free = h.core.freePages;
      h.core.guestShutsDown(a, reason);
      await eventually(async () => expect(await names(h)).toEqual([['Domain-0', 0], ['a', a + 1]]));
      expect(h.core.domains.has(a)).toBe(false);
      expect(h.core.domains.get(a + 1)!.nrPages).toBe(8 * 256);
      expect(h.core.domains.get(a + 1)!.pauseCount).toBe(0);
      expect(h.core.freePages).toBe(free);
      rec.stop();
      const kinds = rec.events.map((e) => [E[e.type], e.domid]);
      expect(kinds).toEqual(expect.arrayContaining([['DOMAIN_EVENT_TYPE_SHUTDOWN', a], ['DOMAIN_EVENT_TYPE_DESTROYED', a], ['DOMAIN_EVENT_TYPE_CREATED', a + 1]]));
      expect(kinds.some(([t]) => t === 'DOMAIN_EVENT_TYPE_REBOOTED')).toBe(reason === R.SHUTDOWN_REASON_REBOOT);
    });

    it.each(reasons)('%s = "preserve" leaves it shut down until destroyed', async (key, reason) => {
      const a = await create(h, 'a', `${key} = "preserve"`);
      h.core.guestShutsDown(a, reason);
      await settle();
      const info = (await h.mgmt.GetDomainInfo({ domain: 'a' })).domain!.info!;
      expect([info.shutdown, info.shutdownReason]).toEqual([true, reason]);
      expect(h.dom0.toolstack.get(a)!.state).toBe('shutdown');
      await h.mgmt.DestroyDomain({ domain: 'a' });
      expect(await names(h)).toEqual([['Domain-0', 0]]);
    });

    it.each(reasons)('%s = "rename-restart" keeps the old one renamed and starts a new one', async (key, reason) => {
      const a = await create(h, 'a', `${key} = "rename-restart"`);
      h.core.clock.advance(90 * 60 * 1e9); // 01:30 of virtual time
      h.core.guestShutsDown(a, reason);
      await eventually(async () => expect(await names(h)).toEqual([['Domain-0', 0], ['a-19700101T0130Z', a], ['a', a + 1]]));
      expect(h.core.domains.get(a)!.shutdownReason).toBe(reason);
    });

    it.each(reasons)('%s = "coredump-destroy" writes a core file, then destroys', async (key, reason) => {
      const a = await create(h, 'a', `${key} = "coredump-destroy"`);
      h.core.domains.get(a)!.contexts[0] = { pc: 0x80000004, regs: Array.from({ length: 32 }, (_, i) => i * 3) };
      h.core.guestShutsDown(a, reason);
      await eventually(async () => expect(await names(h)).toEqual([['Domain-0', 0]]));
      checkCore(path.join(h.dir, 'dump', `a.${a}.core`), 1024);
    });

    it.each(reasons)('%s = "coredump-restart" writes a core file, then restarts', async (key, reason) => {
      const a = await create(h, 'a', `${key} = "coredump-restart"`);
      h.core.guestShutsDown(a, reason);
      await eventually(async () => expect(await names(h)).toEqual([['Domain-0', 0], ['a', a + 1]]));
      expect(fs.existsSync(path.join(h.dir, 'dump', `a.${a}.core`))).toBe(true);
    });

    it('uses xl\'s defaults: poweroff destroys, reboot restarts, crash destroys', async () => {
      const a = await create(h, 'a');
      const b = await create(h, 'b');
      const c = await create(h, 'c');
      h.core.guestShutsDown(a, R.SHUTDOWN_REASON_POWEROFF);
      h.core.guestShutsDown(b, R.SHUTDOWN_REASON_REBOOT);
      h.core.guestShutsDown(c, R.SHUTDOWN_REASON_CRASH);
      await eventually(async () => expect(await names(h)).toEqual([['Domain-0', 0], ['b', c + 1]]));
    });

    it('logs a restart that fails and carries on', async () => {
      const a = await create(h, 'a', 'on_reboot = "restart"');
      fs.rmSync(path.join(h.dir, 'guest.elf'));
      h.core.guestShutsDown(a, R.SHUTDOWN_REASON_REBOOT);
      await eventually(() => expect(h.logs.some((l) => l.startsWith(`restart of a (was domain ${a}) failed: kernel: ${path.join(h.dir, 'guest.elf')}: cannot read`))).toBe(true));
      expect(await names(h)).toEqual([['Domain-0', 0]]);
    });
  });
});

/** The core file is an ELF32 RISC-V core: notes with the registers, RAM at 0x8000_0000. */
function checkCore(file: string, nrPages: number): void {
  const b = fs.readFileSync(file);
  expect([...b.subarray(0, 6)]).toEqual([0x7f, 0x45, 0x4c, 0x46, 1, 1]);
  expect(b.readUInt16LE(16)).toBe(4); // ET_CORE
  expect(b.readUInt16LE(18)).toBe(243); // EM_RISCV
  expect(b.readUInt16LE(44)).toBe(2);
  const note = { type: b.readUInt32LE(52), offset: b.readUInt32LE(56), size: b.readUInt32LE(68) };
  const load = { type: b.readUInt32LE(84), offset: b.readUInt32LE(88), vaddr: b.readUInt32LE(92), size: b.readUInt32LE(100) };
  expect([note.type, load.type, load.vaddr, load.size]).toEqual([4, 1, 0x80000000, nrPages * 4096]);
  expect(b.length).toBe(load.offset + load.size);
  // First note: NT_PRSTATUS "CORE" with pc then x1..x31.
  expect(b.readUInt32LE(note.offset + 8)).toBe(1);
  expect(b.toString('latin1', note.offset + 12, note.offset + 16)).toBe('CORE');
  const reg = note.offset + 20 + 72;
  expect(b.readUInt32LE(reg)).toBe(0x80000004);
  expect(b.readUInt32LE(reg + 4 * 31)).toBe(93);
  expect(b.toString('latin1', note.offset, note.offset + note.size)).toContain('"name":"a"');
  // The guest's first instruction is in the image of RAM.
  expect([...b.subarray(load.offset, load.offset + 4)]).toEqual([0x13, 0x05, 0x10, 0x00]);
}
