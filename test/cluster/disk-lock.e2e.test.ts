/**
 * The cluster-wide disk lock, with real processes: a clustered domain's read-write disk is
 * locked in etcd to the lease of the host that runs it — taken in the transaction that
 * places it, handed over in the one that records a migration. A host whose lock is someone
 * else's has its writes refused even while its own lease is alive (the lease fence open):
 * the lock is checked on its own. `cluster list` and `cluster destroy` (stopped where it
 * runs, its lock freed, gone from the cluster).
 */
import { keys } from '@hvsim/cluster';
import { ClusterRig } from './rig';
import { ok, sleep, until } from '../e2e-helpers';

jest.setTimeout(90_000);

test('a disk locked to its host\'s lease: placed, migrated, stolen (the holder refuses), destroyed (freed); cluster list', async () => {
  const rig = await ClusterRig.start(['h1', 'h2']);
  try {
    await until(async () => ((await rig.status()).manager !== null ? true : undefined), 10_000, 'a manager');
    await ok(rig.host('h1').socket, ['disk-create', 'stamp.img', '64K']);
    // "./stamp.img": two spellings of one file are one lock.
    const cfg = rig.config('stamp', 'diskstamp', 'disk = [ "format=raw, vdev=xvda, access=rw, target=./stamp.img" ]\n');
    const first = (JSON.parse(await rig.cluster(['create', cfg, '--json'])) as { host: string }).host;
    const second = first === 'h1' ? 'h2' : 'h1';
    const lock = async (): Promise<Array<{ domain: string; host: string; lease: string }>> =>
      (await rig.admin.store.readLocks()).filter((l) => l.disk === 'stamp.img').map(({ domain, host, lease }) => ({ domain, host, lease }));
    const leaseOf = async (h: string): Promise<string | undefined> => (await rig.admin.store.snapshot()).hosts.get(h)?.lease;
    expect(await lock()).toEqual([{ domain: 'stamp', host: first, lease: await leaseOf(first) }]);
    expect(await rig.cluster(['list'])).toMatch(new RegExp(`^stamp\\s+${first}\\s+4\\s+1\\s+running\\s+medium\\s+stamp\\.img$`, 'm'));

    // Migration: the lock follows the domain in the same transaction; the writes go on at
    // the destination (they wait for the hand-over, never refused).
    await rig.cluster(['migrate', 'stamp', second]);
    expect(await lock()).toEqual([{ domain: 'stamp', host: second, lease: await leaseOf(second) }]);
    await sleep(1500);
    expect(rig.log(second, 5000)).not.toMatch(/write refused/);
    expect(rig.log(first, 5000)).not.toMatch(/write refused/);

    // A wrong decision hands the lock to another lease while `second` runs the domain, its
    // own lease alive: `second` refuses the writes (once its view of the lock is re-read).
    const thief = rig.admin.store.etcd.lease(30);
    await thief.put(keys.diskLock('stamp.img')).value(JSON.stringify({ domain: 'stamp', host: 'h9' })).exec();
    await until(async () => (/write refused: disk stamp\.img is locked by domain stamp on host h9/.test(rig.log(second, 200)) ? true : undefined), 15_000, `${second} to refuse the writes`);
    expect((await rig.status()).hosts.find((h) => h.name === second)?.domains.map((d) => d.name)).toEqual(['stamp']);
    await thief.revoke();

    // A record another writer mangled is skipped, never taken for a destroy: the domain runs on.
    const good = await rig.admin.store.etcd.get(keys.domain('stamp')).string();
    await rig.admin.store.etcd.put(keys.domain('stamp')).value('{mangled').exec();
    await sleep(1000);
    expect((await rig.running()).get(second)?.map((d) => d.name)).toEqual(['stamp']);
    await rig.admin.store.etcd.put(keys.domain('stamp')).value(good as string).exec();

    // destroy: stopped where it runs, its lock freed, gone from the cluster (HA has nothing to restart).
    await rig.cluster(['destroy', 'stamp']);
    expect([...(await rig.running()).values()].flat()).toEqual([]);
    expect(await lock()).toEqual([]);
    expect((await rig.status()).domains).toEqual([]);
    expect(await rig.cluster(['list'])).toMatch(/^Name\s+Host/);
    await expect(rig.cluster(['destroy', 'stamp'])).rejects.toThrow(/no clustered domain named stamp/);
  } finally {
    await rig.stop();
  }
});
