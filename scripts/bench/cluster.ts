/**
 * `npm run bench -- cluster`: the cluster on a real etcd (started on free ports) —
 *  - failover: kill -9 of a host → all its high-priority domains running elsewhere (wall ms);
 *  - etcd writes per host per minute at rest (the store's revision counts every write;
 *    lease keepalives are not writes);
 *  - placement decisions per second with 100 simulated hosts' records (and 400 domains, each
 *    with a locked disk) in etcd: one decision = a snapshot of the cluster from etcd + the
 *    model + choosePlacement + the disk-lock grant; and the policy alone on that snapshot.
 * DRS convergence (periods, migrations) is measured by test/cluster/drs.e2e.test.ts, which
 * prints it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildModel, choosePlacement, keys, lockGrant, type ClusterState, type DomainRecord, type HostRecord } from '@hvsim/cluster';
import { ClusterRig, Etcd } from '../../test/cluster/rig';
import { sleep, until } from '../../test/e2e-helpers';
import type { BenchResult } from './index';

const REST_S = 20;

export async function run(): Promise<BenchResult> {
  const rig = await ClusterRig.start(['h1', 'h2', 'h3']);
  let failoverMs: number;
  let writesPerHostMin: number;
  let decisions: { withSnapshot: number; policyOnly: number };
  try {
    await until(async () => ((await rig.status()).manager !== null ? true : undefined), 10_000, 'a manager');
    writesPerHostMin = await writesAtRest(rig);
    failoverMs = await failover(rig);
    decisions = await placementRate(rig);
  } finally {
    await rig.stop();
  }
  const json = { failoverMs, writesPerHostPerMinuteAtRest: writesPerHostMin, placementsPerSecond100Hosts: decisions };
  return {
    json,
    table: [
      { measure: 'failover: kill -9 → high-priority domains running elsewhere (ms)', value: failoverMs },
      { measure: `etcd writes per host per minute at rest (${REST_S} s, 3 hosts)`, value: writesPerHostMin },
      { measure: 'placements/s, 100 hosts in etcd (snapshot + decide)', value: decisions.withSnapshot },
      { measure: 'placements/s, 100 hosts (policy alone)', value: decisions.policyOnly },
    ],
  };
}

async function revision(rig: ClusterRig): Promise<number> {
  const r = await rig.admin.store.etcd.get(keys.drs).exec();
  return Number(r.header.revision);
}

async function writesAtRest(rig: ClusterRig): Promise<number> {
  await sleep(3000); // first samples settle
  const before = await revision(rig);
  await sleep(REST_S * 1000);
  const writes = (await revision(rig)) - before;
  return Math.round((writes / rig.hosts.length / REST_S) * 60 * 100) / 100;
}

async function failover(rig: ClusterRig): Promise<number> {
  const s = await rig.status();
  const victim = s.hosts.map((h) => h.name).find((h) => h !== s.manager) as string;
  const others = s.hosts.map((h) => h.name).filter((h) => h !== victim);
  for (const h of others) await rig.admin.store.setMaintenance(h, true);
  const names = ['f1', 'f2', 'f3'];
  for (const n of names) await rig.admin.create(rig.config(n, 'sleeper'), 'high', 30_000);
  for (const h of others) await rig.admin.exitMaintenance(h);
  const t0 = performance.now();
  process.kill(rig.host(victim).pid, 'SIGKILL');
  await until(async () => {
    // As the survivors report it (their records: up to 1 s of sampling lag included).
    const running = (await rig.status()).hosts.filter((h) => h.name !== victim).flatMap((h) => h.domains.map((d) => d.name));
    return names.every((n) => running.includes(n)) ? true : undefined;
  }, 30_000, 'the failover').catch((err: Error) => {
    for (const h of others) process.stderr.write(`--- ${h}\n${tail(path.join(path.dirname(rig.host(h).socket), 'hvsim.log'))}\n`);
    throw err;
  });
  return Math.round(performance.now() - t0);
}

/** 100 simulated hosts and 400 domains written to a second etcd, then placement decisions. */
async function placementRate(rig: ClusterRig): Promise<{ withSnapshot: number; policyOnly: number }> {
  const dir = path.join(rig.dir, 'sim');
  fs.mkdirSync(dir);
  const etcd = await Etcd.start(dir); // its own data dir: the rig's etcd still runs
  const { ClusterStore } = await import('@hvsim/cluster');
  const store = ClusterStore.connect(etcd.url, 10_000);
  try {
    for (let i = 0; i < 100; i++) {
      const name = `sim${String(i).padStart(3, '0')}`;
      const domains = Array.from({ length: 4 }, (_, j) => ({ name: `${name}-d${j}`, uuid: '', domid: j + 1, memoryMb: 4, cpuDemand: (i * 7 + j) % 3 }));
      const h: HostRecord = { name, pcpus: 4, memoryMb: 4096, freeMemoryMb: 4000 - 16, migration: '', lease: '0', cpuDemand: domains.reduce((a, d) => a + d.cpuDemand, 0), memoryUsedMb: 16, domains };
      await store.etcd.put(keys.host(name)).value(JSON.stringify(h)).exec();
      for (const d of domains) {
        const r: DomainRecord = { name: d.name, config: 'name = "x"\n', configFile: '/x.cfg', haPriority: 'medium', memoryMb: 4, vcpus: 1, disks: [`${d.name}.img`], host: name, target: null, pending: null, moves: 0, restarts: 0 };
        await store.etcd.put(keys.domain(d.name)).value(JSON.stringify(r)).exec();
        await store.etcd.put(keys.diskLock(`${d.name}.img`)).value(JSON.stringify({ domain: d.name, host: name })).exec();
      }
    }
    const probe = { name: 'new', memoryMb: 64, vcpus: 1, disks: ['new.img'] };
    const N = 50;
    let t = performance.now();
    for (let i = 0; i < N; i++) place(await store.snapshot(), probe);
    const withSnapshot = Math.round(N / ((performance.now() - t) / 1000));
    const state = await store.snapshot();
    const M = 2000;
    t = performance.now();
    for (let i = 0; i < M; i++) place(state, probe);
    const policyOnly = Math.round(M / ((performance.now() - t) / 1000));
    return { withSnapshot, policyOnly };
  } finally {
    store.close();
    await etcd.stop();
  }
}

/** One placement decision as the manager makes it: the host, then its disks' locks. */
function place(state: ClusterState, d: Pick<DomainRecord, 'name' | 'memoryMb' | 'vcpus' | 'disks'>): void {
  const p = choosePlacement(buildModel(state), d);
  if (!('host' in p) || 'reason' in lockGrant(state, d, p.host, null)) throw new Error(`the probe domain found no place: ${JSON.stringify(p)}`);
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}
