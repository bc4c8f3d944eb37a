/**
 * The cluster with real processes: etcd, three daemons joined to it, a shared datastore.
 * Join and status, placement, migrate, evacuate, leave; HA after kill -9 of the manager's
 * host (failover time, priority order, disabled stays off, never twice, no decision twice).
 */
import { ClusterRig } from './rig';
import { alive, ok, sleep, until } from '../e2e-helpers';

jest.setTimeout(90_000);

describe('a cluster of three hosts on etcd', () => {
  let rig: ClusterRig;

  beforeAll(async () => {
    rig = await ClusterRig.start(['h1', 'h2', 'h3']);
  });

  afterAll(async () => {
    await rig?.stop();
  });

  test('hosts join with capacity; status shows them, one manager, placed domains; migrate, evacuate, leave', async () => {
    const s = await until(async () => {
      const st = await rig.status();
      return st.hosts.length === 3 && st.manager !== null ? st : undefined;
    }, 10_000, 'three hosts and a manager');
    expect(s.hosts.map((h) => [h.name, h.pcpus, h.memoryMb, h.state])).toEqual([['h1', 2, 256, 'connected'], ['h2', 2, 256, 'connected'], ['h3', 2, 256, 'connected']]);
    expect(s.hosts.filter((h) => h.manager)).toHaveLength(1);

    // Idle domains spread: equal loads go to the host with the most memory free.
    const placed = [];
    // a2 is CPU-bound: evacuate and migrate work under load.
    for (const n of ['a1', 'a2', 'a3']) placed.push((await rig.cluster(['create', rig.config(n, n === 'a2' ? 'spin' : 'sleeper'), '--json'])).trim());
    const hostsOf = async (): Promise<Record<string, string | null>> => Object.fromEntries((await rig.status()).domains.map((d) => [d.name, d.host]));
    expect(new Set(Object.values(await hostsOf())).size).toBe(3);

    const text = await rig.cluster(['status']);
    expect(text).toMatch(/^Host\s+State\s+Load/m);
    expect(text).toMatch(/^a1\s+h\d\s+running\s+medium/m);

    // A second create of the same name is refused.
    const again = await rig.cluster(['create', rig.config('a1', 'sleeper')]).then(() => 'created', (e: Error) => e.message);
    expect(again).toMatch(/exists already/);

    // migrate: the domain runs at the destination only, its UUID kept.
    const from = (await hostsOf()).a1 as string;
    const to = ['h1', 'h2', 'h3'].find((h) => h !== from) as string;
    const uuidBefore = [...(await rig.running()).get(from) ?? []].find((d) => d.name === 'a1')?.uuid;
    await rig.cluster(['migrate', 'a1', to]);
    const after = await rig.running();
    expect(after.get(to)?.find((d) => d.name === 'a1')?.uuid).toBe(uuidBefore);
    expect(after.get(from)?.some((d) => d.name === 'a1')).toBe(false);

    // evacuate h2: it ends empty, nothing lost; new placements avoid it.
    await rig.cluster(['evacuate', 'h2']);
    const evacuated = await rig.running();
    expect(evacuated.get('h2')).toEqual([]);
    expect([...evacuated.values()].flat().map((d) => d.name).sort()).toEqual(['a1', 'a2', 'a3']);
    expect((await rig.status()).hosts.find((h) => h.name === 'h2')?.state).toBe('maintenance');
    await rig.cluster(['create', rig.config('a4', 'sleeper')]);
    expect((await hostsOf()).a4).not.toBe('h2');
    expect(await rig.runningTwice()).toEqual([]);

    // leave: h2 (empty) deregisters; its daemon runs on alone.
    await rig.cluster(['leave', 'h2']);
    expect((await rig.status()).hosts.map((h) => h.name)).toEqual(['h1', 'h3']);
    expect(alive(rig.host('h2').pid)).toBe(true);
  });

  test('kill -9 of the manager\'s host: its HA domains run elsewhere within 10 s, in priority order; disabled stay off; never twice', async () => {
    const s0 = await rig.status();
    const victim = s0.manager as string;
    const survivors = s0.hosts.map((h) => h.name).filter((h) => h !== victim);
    // Everything onto the victim: the survivors in maintenance while these are placed.
    for (const h of survivors) await rig.admin.store.setMaintenance(h, true);
    const prio = { hi1: 'high', hi2: 'high', med1: 'medium', low1: 'low', off1: 'disabled' } as const;
    // hi1 writes a disk: its lock goes with the victim's lease, and comes back under its new host's.
    await ok(rig.host(victim).socket, ['disk-create', 'hi1.img', '64K']);
    const disk = 'disk = [ "format=raw, vdev=xvda, access=rw, target=hi1.img" ]\n';
    for (const [n, p] of Object.entries(prio)) await rig.cluster(['create', n === 'hi1' ? rig.config(n, 'diskstamp', disk) : rig.config(n, 'sleeper'), '--ha-priority', p]);
    expect((await rig.admin.store.readLocks()).map((l) => [l.disk, l.domain, l.host])).toEqual([['hi1.img', 'hi1', victim]]);
    for (const h of survivors) await rig.admin.store.setMaintenance(h, false);
    const onVictim = (await rig.status()).domains.filter((d) => d.host === victim).map((d) => d.name);
    expect(onVictim).toEqual(expect.arrayContaining(Object.keys(prio)));
    const decisionsBefore = (await rig.admin.store.decisions()).length;

    let twice: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        twice = twice.concat(await rig.runningTwice());
        await sleep(100);
      }
    })();
    const killedAt = Date.now();
    rig.kill(victim);
    const protectedOnes = onVictim.filter((n) => n !== 'off1');
    await until(async () => {
      const running = [...(await rig.running()).values()].flat().map((d) => d.name);
      return protectedOnes.every((n) => running.includes(n)) ? true : undefined;
    }, 20_000, 'the protected domains to run on survivors');
    const failoverMs = Date.now() - killedAt;
    await sleep(1500); // a late duplicate or a late start of the disabled one would show now
    watching = false;
    await watcher;

    expect(failoverMs).toBeLessThan(10_000);
    expect(twice).toEqual([]);
    const running = await rig.running();
    expect(alive(rig.host(victim).pid)).toBe(false);
    expect([...running.values()].flat().some((d) => d.name === 'off1')).toBe(false);
    const status = await rig.status();
    expect(status.manager).not.toBe(victim);
    expect(status.domains.find((d) => d.name === 'off1')?.state).toBe('off');

    const restarts = (await rig.admin.store.decisions()).slice(decisionsBefore).filter((d) => d.kind === 'restart');
    const order = { high: 0, medium: 1, low: 2, disabled: 3 };
    const priorityOf = new Map(status.domains.map((d) => [d.name, d.haPriority]));
    const ranks = restarts.map((d) => order[priorityOf.get(d.domain) ?? 'disabled']);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // No decision twice: each domain restarted once.
    const names = restarts.map((d) => d.domain);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual([...protectedOnes].sort());
    const hi1At = status.domains.find((d) => d.name === 'hi1')?.host as string;
    const lease = (await rig.admin.store.snapshot()).hosts.get(hi1At)?.lease;
    expect((await rig.admin.store.readLocks()).map((l) => [l.disk, l.domain, l.host, l.lease])).toEqual([['hi1.img', 'hi1', hi1At, lease]]);
  });
});
