/**
 * A host that stopped answering, with real processes: its daemon is stopped (SIGSTOP) while
 * its membership lease lives on — the test renews it, as the host's etcd client goes on doing
 * when only its agent hangs (a stuck call), the case the lease alone never catches. Its
 * heartbeat lapses and `cluster status` shows it not responding; a new domain is placed on
 * the live host at once (not first on the stopped one, by load its better place), the
 * decision naming the host skipped; `cluster migrate` to it is refused; continued, it beats
 * again and is connected again.
 */
import { ClusterRig } from './rig';
import { until } from '../e2e-helpers';

jest.setTimeout(60_000);

let rig: ClusterRig;

beforeAll(async () => {
  rig = await ClusterRig.start(['h1', 'h2']);
  await until(async () => ((await rig.status()).manager !== null ? true : undefined), 10_000, 'a manager');
});

afterAll(async () => {
  await rig?.stop();
});

/** Renews lease `id` every 500 ms until the returned function is called. */
async function keepAlive(id: string): Promise<() => void> {
  const stream = await rig.admin.store.etcd.leaseClient.leaseKeepAlive();
  stream.on('data', () => undefined);
  stream.on('error', () => undefined);
  stream.write({ ID: id });
  const timer = setInterval(() => stream.write({ ID: id }), 500);
  return () => {
    clearInterval(timer);
    stream.end();
  };
}

async function hostState(name: string): Promise<string | undefined> {
  return (await rig.status()).hosts.find((h) => h.name === name)?.state;
}

test('a hung host whose lease lives on is not responding: a new domain goes to the live host at once, the decision naming the one skipped', async () => {
  const manager = (await rig.status()).manager as string;
  const victim = manager === 'h1' ? 'h2' : 'h1';
  // A first domain on the manager's host (the victim in maintenance meanwhile): by load and
  // free memory the empty victim is then the better place for the next one.
  await rig.admin.store.setMaintenance(victim, true);
  await rig.cluster(['create', rig.config('first', 'sleeper')]);
  await rig.admin.exitMaintenance(victim);

  const lease = (await rig.admin.store.snapshot()).hosts.get(victim)?.lease as string;
  const pid = rig.host(victim).pid;
  process.kill(pid, 'SIGSTOP');
  rig.stoppedPids.add(pid);
  const stopRenewing = await keepAlive(lease);
  try {
    await until(async () => ((await hostState(victim)) === 'not-responding' ? true : undefined), 10_000, `${victim} to be found not responding`);
    expect(await rig.cluster(['status'])).toMatch(new RegExp(`^${victim}\\s+not-responding`, 'm'));
    const placed = JSON.parse(await rig.cluster(['create', rig.config('second', 'sleeper'), '--json', '--timeout', '20'])) as { host: string };
    expect(placed.host).toBe(manager);
    const decisions = (await rig.admin.store.decisions()).filter((d) => d.domain === 'second');
    expect(decisions).toEqual([{ kind: 'place', domain: 'second', from: null, to: manager, manager, reason: `initial placement; skipped ${victim} (not responding)` }]);
    // Still a member: nothing of it was restarted, it is only no target.
    expect(await hostState(victim)).toBe('not-responding');
    await expect(rig.cluster(['migrate', 'first', victim])).rejects.toThrow(`host ${victim} is not responding`);
  } finally {
    stopRenewing();
    process.kill(pid, 'SIGCONT');
    rig.stoppedPids.delete(pid);
  }
  await until(async () => ((await hostState(victim)) === 'connected' ? true : undefined), 10_000, `${victim} to answer again`);
});
