/**
 * DRS with real processes: 12 CPU-bound domains forced onto one host of three; at level 3
 * the manager live-migrates them until the imbalance is below the level's threshold, a
 * bounded number per period, and a keep-apart rule holds throughout.
 */
import { ClusterRig } from './cluster-rig';
import { sleep, until } from './e2e-helpers';

jest.setTimeout(120_000);

const PERIOD_S = 3;

test('12 CPU-bound domains on one host of three: DRS level 3 balances them within 3 periods, keep-apart holds', async () => {
  const rig = await ClusterRig.start(['h1', 'h2', 'h3']);
  try {
    await until(async () => ((await rig.status()).manager !== null ? true : undefined), 10_000, 'a manager');
    await rig.admin.store.setMaintenance('h2', true);
    await rig.admin.store.setMaintenance('h3', true);
    const names = Array.from({ length: 12 }, (_, i) => `cpu${i}`);
    await Promise.all(names.map((n) => rig.admin.create(rig.config(n, 'spin'), 'medium', 60_000)));
    await rig.cluster(['rule', 'add', 'keep-apart', 'apart', 'cpu0', 'cpu1', 'cpu2']);
    await rig.admin.exitMaintenance('h2');
    await rig.admin.exitMaintenance('h3');
    // Every domain's demand sampled on h1 before DRS starts.
    await until(async () => ((await rig.status()).hosts.find((h) => h.name === 'h1')?.cpuDemand ?? 0) >= 11 ? true : undefined, 15_000, 'h1 to report its demand');
    const decisionsBefore = (await rig.admin.store.decisions()).length;

    const started = Date.now();
    await rig.cluster(['drs', '--level', '3', '--period', String(PERIOD_S)]);
    let apartBroken: string[] = [];
    const s = await until(async () => {
      const st = await rig.status();
      const apart = ['cpu0', 'cpu1', 'cpu2'].map((n) => st.domains.find((d) => d.name === n)?.host);
      if (new Set(apart).size < 3 && Date.now() - started > 2 * PERIOD_S * 1000) apartBroken = apartBroken.concat(apart.map(String));
      const migrating = st.domains.some((d) => d.target !== null);
      return !migrating && st.drs.imbalance <= st.drs.threshold && st.hosts.every((h) => h.domains.length > 0) ? st : undefined;
    }, 60_000, 'DRS to balance the hosts');
    const elapsedS = (Date.now() - started) / 1000;
    const moves = (await rig.admin.store.decisions()).slice(decisionsBefore).filter((d) => d.kind === 'migrate');

    expect(s.drs.imbalance).toBeLessThanOrEqual(s.drs.threshold);
    // Three periods, plus the first round's wait and the moves' and samples' lag (1 s each).
    expect(elapsedS).toBeLessThan(3 * PERIOD_S + 8);
    expect(moves.length).toBeGreaterThanOrEqual(8);
    expect(moves.length).toBeLessThanOrEqual(12);
    expect(apartBroken).toEqual([]);
    const apartHosts = ['cpu0', 'cpu1', 'cpu2'].map((n) => s.domains.find((d) => d.name === n)?.host);
    expect(new Set(apartHosts).size).toBe(3);
    await sleep(500);
    expect(await rig.runningTwice()).toEqual([]);
    process.stdout.write(`DRS: balanced in ${elapsedS.toFixed(1)} s (period ${PERIOD_S} s), ${moves.length} migrations\n`);
  } finally {
    await rig.stop();
  }
});
