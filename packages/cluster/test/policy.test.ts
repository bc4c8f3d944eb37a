/** The manager's pure policies (placement, DRS, HA order and admission), the lease fence, and
 *  records read back from etcd that some other writer mangled. */
import { admissionProblem, buildModel, choosePlacement, imbalance, LeaseFence, parseDomain, parseHost, planDrs, restartOrder, FENCE_MARGIN_MS, DEFAULT_DRS, DEFAULT_HA } from '../src';
import type { ClusterState, DomainRecord, HostRecord } from '../src';

function host(name: string, domains: Array<[string, number]> = [], freeMemoryMb = 100): HostRecord {
  return {
    name, pcpus: 2, memoryMb: 256, freeMemoryMb, migration: `tcp:127.0.0.1:${name.length}`, memoryUsedMb: 4 * domains.length,
    cpuDemand: domains.reduce((a, [, d]) => a + d, 0), domains: domains.map(([n, d], i) => ({ name: n, uuid: `u-${n}`, domid: i + 1, memoryMb: 4, cpuDemand: d })),
  };
}

function domain(name: string, at: string | null, haPriority: DomainRecord['haPriority'] = 'medium'): DomainRecord {
  return { name, config: '', configFile: '/x.cfg', haPriority, memoryMb: 4, vcpus: 1, host: at, target: null, pending: null, moves: 0, restarts: 0 };
}

function state(hosts: HostRecord[], domains: DomainRecord[], rules: ClusterState['rules'] = []): ClusterState {
  return {
    hosts: new Map(hosts.map((h) => [h.name, h])), domains: new Map(domains.map((d, i) => [d.name, { record: d, rev: String(i + 1) }])),
    rules, maintenance: new Set(), leaving: new Set(), drs: DEFAULT_DRS, ha: DEFAULT_HA, problems: [],
  };
}

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
