/** The manager's pure policies (placement, DRS, HA order and admission), the lease fence, and
 *  records read back from etcd that some other writer mangled. */
import {
  admissionProblem, buildModel, choosePlacement, diskLockName, imbalance, LeaseFence, lockGrant, parseDiskLock, parseDomain, parseHost, planDrs, restartOrder,
  DiskLockView, FENCE_MARGIN_MS, LOCK_WAIT_MS,
} from '../src';
import type { HeldLock } from '../src';
import { domain, host, state } from './fixtures';

test('initial placement: the lowest load where the domain fits; keep-apart and keep-together obeyed', () => {
  const busy: Array<[string, number]> = [['x', 1], ['y', 1]];
  const s = state([host('h1', busy), host('h2', [['z', 1]]), host('h3', [], 2)], [domain('x', 'h1'), domain('y', 'h1'), domain('z', 'h2')]);
  expect(choosePlacement(buildModel(s), domain('new', null))).toEqual({ host: 'h2' }); // h3 lacks memory
  const apart = state([host('h1', busy), host('h2', [['z', 1]])], [domain('x', 'h1'), domain('y', 'h1'), domain('z', 'h2')], [{ name: 'r', kind: 'keep-apart', domains: ['new', 'z'] }]);
  expect(choosePlacement(buildModel(apart), domain('new', null))).toEqual({ host: 'h1' });
  const together = state([host('h1', busy), host('h2')], [domain('x', 'h1'), domain('y', 'h1')], [{ name: 'r', kind: 'keep-together', domains: ['new', 'x'] }]);
  expect(choosePlacement(buildModel(together), domain('new', null))).toEqual({ host: 'h1' });
  expect(choosePlacement(buildModel(state([], [])), domain('new', null))).toEqual({ reason: 'no host is available' });
});

test('DRS: 12 busy domains on one host of three end 4/4/4 at level 3, at most K moves a period, never breaking keep-apart', () => {
  const names = Array.from({ length: 12 }, (_, i) => `d${i}`);
  const s = state([host('h1', names.map((n) => [n, 1])), host('h2'), host('h3')], names.map((n) => domain(n, 'h1')), [{ name: 'a', kind: 'keep-apart', domains: ['d0', 'd1'] }]);
  const model = buildModel(s);
  expect(imbalance(model.hosts)).toBeCloseTo(Math.sqrt(8), 5);
  const all = [];
  for (let period = 0; period < 3; period++) {
    const moves = planDrs(model, names.map((n) => domain(n, model.location.get(n) ?? null)), 3);
    expect(moves.length).toBeLessThanOrEqual(4);
    all.push(...moves);
    expect(model.location.get('d0')).not.toBe(model.location.get('d1'));
  }
  expect(model.hosts.map((h) => h.domains.size)).toEqual([4, 4, 4]);
  expect(imbalance(model.hosts)).toBe(0);
  expect(all).toHaveLength(8);
  // Level 1: only mandatory moves — none here, however unbalanced.
  const again = buildModel(s);
  expect(planDrs(again, names.map((n) => domain(n, 'h1')), 1).filter((m) => !m.reason.startsWith('keep-apart'))).toEqual([]);
});

test('HA: restart order high, medium, low; disabled never; admission control keeps room for N host failures', () => {
  const order = restartOrder([domain('l', 'x', 'low'), domain('off', 'x', 'disabled'), domain('h2', 'x', 'high'), domain('m', 'x', 'medium'), domain('h1', 'x', 'high')]);
  expect(order.map((d) => d.name)).toEqual(['h1', 'h2', 'm', 'l']);
  const model = buildModel(state([host('h1', [], 10), host('h2', [], 10), host('h3', [], 10)], []));
  expect(admissionProblem(model, 12, domain('p', null, 'high'), 1)).toBeNull(); // 16 ≤ 20
  expect(admissionProblem(model, 20, domain('p', null, 'high'), 1)).toMatch(/would not fit after 1 host failure/);
  expect(admissionProblem(model, 20, domain('p', null, 'disabled'), 1)).toBeNull();
  expect(admissionProblem(model, 0, domain('p', null, 'high'), 3)).toMatch(/cannot tolerate 3 failure/);
});

test('the lease fence: open only within the confirmed lease, minus the margin; expired at the lease end', () => {
  let now = 0;
  const fence = new LeaseFence(() => now);
  expect(fence.refusal()).toMatch(/fenced/);
  fence.renewed(3);
  expect(fence.refusal()).toBeNull();
  now = 3000 - FENCE_MARGIN_MS;
  expect(fence.refusal()).toMatch(/fenced/);
  expect(fence.expired()).toBe(false);
  now = 3000;
  expect(fence.expired()).toBe(true);
  fence.renewed(3);
  expect(fence.refusal()).toBeNull();
  fence.lost();
  expect(fence.refusal()).toMatch(/fenced/);
});

test('the lease fence held on a rejoin: a fresh lease does not open it before open()', () => {
  let now = 0;
  const fence = new LeaseFence(() => now);
  fence.hold();
  fence.renewed(3);
  expect(fence.refusal()).toMatch(/rejoining.*fenced/);
  fence.open();
  expect(fence.refusal()).toBeNull();
  now = 3000;
  fence.open(); // opening never outlasts the lease
  expect(fence.refusal()).toMatch(/not confirmed/);
});

test('disk locks: a placement needs them free; a hand-over needs them held by the domain under its source\'s lease; names normalized', () => {
  expect([diskLockName('./a.img'), diskLockName('d//x/../b.img'), diskLockName('/srv/ds/c.img')]).toEqual(['a.img', 'd/b.img', '/srv/ds/c.img']);
  const web = { ...domain('web', 'h1'), disks: ['web.img'] };
  const lock = (holder: string, lease: string): HeldLock => ({ disk: 'web.img', domain: holder, host: lease.split('-')[1], lease, rev: '7' });
  const hosts = [host('h1'), host('h2')];
  // Free: granted to the host it goes to, guarded by the lock's revision as read (none).
  expect(lockGrant(state(hosts, [web]), web, 'h2', null)).toMatchObject({ host: 'h2', lease: 'lease-h2' });
  // Held by web under h1's lease: h1 may hand it over (migration), nobody else may take it (HA restart).
  const held = state(hosts, [web], [], [lock('web', 'lease-h1')]);
  expect(lockGrant(held, web, 'h2', 'h1')).toMatchObject({ host: 'h2', lease: 'lease-h2' });
  expect(lockGrant(held, web, 'h2', null)).toEqual({ reason: 'disk web.img is locked by domain web on host h1' });
  // Held for h2 under an older lease of h2 (before it rejoined): h2 takes it again.
  expect(lockGrant(state(hosts, [web], [], [lock('web', 'lease-h2-old')]), web, 'h2', 'h2')).toMatchObject({ host: 'h2', lease: 'lease-h2' });
  // Held under the lease of a host that is gone (not yet expired): still refused.
  expect(lockGrant(state([host('h2')], [web], [], [lock('web', 'lease-h1')]), web, 'h2', 'h1')).toEqual({ reason: 'disk web.img is locked by domain web on host h1' });
  // Another domain's lock: refused whoever asks.
  expect(lockGrant(state(hosts, [web], [], [lock('db', 'lease-h1')]), web, 'h2', 'h1')).toEqual({ reason: 'disk web.img is locked by domain db on host h1' });
  expect(lockGrant(state(hosts, [web]), web, 'h9', null)).toEqual({ reason: 'host h9 is not in the cluster' });
  expect(() => parseDiskLock('{"domain":"web"}')).toThrow(/host/);
});

test('the disk lock view: writes go ahead while a held lock is known to outlive the lease; then etcd is asked again, and a lock gone or someone else\'s refuses them', async () => {
  let now = 0;
  let locks: HeldLock[] = [{ disk: 'web.img', domain: 'web', host: 'h1', lease: 'L1', rev: '5' }];
  let ttlS = 3;
  let reads = 0;
  const view = new DiskLockView(() => now);
  expect(await view.check('web.img')).toMatch(/no cluster lease/);
  view.bind({ lease: 'L1', locks: async () => (reads++, locks), ttlS: async () => ttlS });
  expect(await view.check('./web.img')).toBeNull();
  expect(reads).toBe(1);
  now = 1500;
  expect(view.check('web.img')).toBeNull(); // known held: no etcd round trip, synchronously
  expect(reads).toBe(1);
  // The host hung past its lease; meanwhile the lease expired and h2 took the lock.
  locks = [{ disk: 'web.img', domain: 'web', host: 'h2', lease: 'L2', rev: '9' }];
  ttlS = -1;
  now = 10_000;
  const answer = view.check('web.img');
  expect(answer).toBeInstanceOf(Promise);
  now += LOCK_WAIT_MS; // the wait for the lock ends at once
  expect(await answer).toBe('disk web.img is locked by domain web on host h2');
  // A disk this host never held is refused too, after the wait.
  now = 20_000;
  const other = view.check('db.img');
  now += LOCK_WAIT_MS;
  expect(await other).toBe('disk db.img is not locked to this host in the cluster');
  view.unbind();
  expect(await view.check('web.img')).toMatch(/no cluster lease/);
});

test('records another writer mangled are refused with the field named', () => {
  const good = JSON.stringify(domain('ok', 'h1'));
  expect(parseDomain(good).name).toBe('ok');
  expect(() => parseDomain('{')).toThrow();
  expect(() => parseDomain('[]')).toThrow(/not an object/);
  expect(() => parseDomain(good.replace('"medium"', '"urgent"'))).toThrow(/haPriority/);
  expect(() => parseDomain(good.replace('"vcpus":1', '"vcpus":0'))).toThrow(/vcpus/);
  expect(() => parseHost(JSON.stringify({ ...host('h'), pcpus: 'two' }))).toThrow(/pcpus/);
  expect(() => parseHost(JSON.stringify({ ...host('h'), domains: [{ name: 1 }] }))).toThrow(/name/);
  expect(() => parseHost(JSON.stringify({ ...host('h'), cpuDemand: Infinity }))).toThrow(/cpuDemand/);
});
