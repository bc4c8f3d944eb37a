/** Hosts whose heartbeat stood still: found by the manager's own clock, never a target, their
 *  domains neither moved by DRS nor restarted while their lease lives; findings kept in etcd. */
import {
  buildModel, choosePlacement, HeartbeatMonitor, Manager, NOT_RESPONDING_MS, notRespondingHosts, parseHost, parseNotResponding,
} from '../src';
import type { ClusterState, ClusterStore, Decision, DomainRecord, HostRecord, UpdateOptions, VersionedDomain } from '../src';
import { domain, host, state } from './fixtures';

function beat(h: HostRecord, heartbeat: number): HostRecord {
  return { ...h, heartbeat };
}

test('the monitor: a host is not responding once its heartbeat stood still for the limit, on the manager\'s clock, and responding at its next beat', () => {
  let now = 0;
  const m = new HeartbeatMonitor(() => now);
  const hosts = (b1: number, b2: number): Map<string, HostRecord> => new Map([['h1', beat(host('h1'), b1)], ['h2', beat(host('h2'), b2)]]);
  expect(m.update(hosts(1, 1), new Map())).toEqual(new Set());
  now = NOT_RESPONDING_MS - 1;
  expect(m.update(hosts(2, 1), new Map())).toEqual(new Set());
  now = NOT_RESPONDING_MS;
  expect(m.update(hosts(3, 1), new Map())).toEqual(new Set(['h2']));
  // h1's last change was seen at NOT_RESPONDING_MS: silent a whole limit later, not before.
  now = 2 * NOT_RESPONDING_MS - 1;
  expect(m.update(hosts(3, 1), new Map())).toEqual(new Set(['h2']));
  now = 2 * NOT_RESPONDING_MS;
  expect(m.update(hosts(3, 1), new Map())).toEqual(new Set(['h1', 'h2']));
  expect(m.update(hosts(4, 2), new Map())).toEqual(new Set());
  // A host that left is forgotten: back with the same count, it is timed afresh.
  now = 3 * NOT_RESPONDING_MS;
  expect(m.update(new Map([['h1', beat(host('h1'), 5)]]), new Map())).toEqual(new Set());
  expect(m.update(hosts(5, 2), new Map())).toEqual(new Set());
});

test('a new manager takes an earlier one\'s finding while the host still stands at that heartbeat', () => {
  const m = new HeartbeatMonitor(() => 0);
  const hosts = new Map([['h1', beat(host('h1'), 7)], ['h2', beat(host('h2'), 9)]]);
  expect(m.update(hosts, new Map([['h1', 7], ['h2', 8]]))).toEqual(new Set(['h1']));
  expect(notRespondingHosts(hosts, new Map([['h1', 7], ['h2', 8], ['gone', 1]]))).toEqual(new Set(['h1']));
});

test('placement skips a host not responding even where it fits best, and says so when none is left', () => {
  const s = state([host('h1', [['x', 1]]), host('h2')], [domain('x', 'h1')]);
  expect(choosePlacement(buildModel(s), domain('new', null))).toEqual({ host: 'h2' });
  const model = buildModel(s, new Set(['h2']));
  expect(model.hosts.map((h) => h.name)).toEqual(['h1']);
  expect(model.notResponding).toEqual(['h2']);
  expect(choosePlacement(model, domain('new', null))).toEqual({ host: 'h1' });
  expect(choosePlacement(buildModel(s, new Set(['h1', 'h2'])), domain('new', null))).toEqual({ reason: 'no host is available' });
});

test('heartbeats and findings read back are whole counts; anything else is refused with the field named', () => {
  const good = JSON.stringify(host('h1'));
  expect(parseHost(good).heartbeat).toBe(1);
  for (const bad of [-1, 1.5, '3', null, 2 ** 60]) {
    expect(() => parseHost(JSON.stringify({ ...host('h1'), heartbeat: bad }))).toThrow(/heartbeat/);
    expect(() => parseNotResponding(JSON.stringify({ heartbeat: bad }))).toThrow(/heartbeat/);
  }
  const { heartbeat: _, ...old } = host('h1');
  expect(() => parseHost(JSON.stringify(old))).toThrow(/heartbeat/);
  expect(() => parseNotResponding('[7]')).toThrow(/not an object/);
  expect(parseNotResponding('{"heartbeat":7}')).toEqual({ heartbeat: 7 });
});

/** A store that accepts every decision and records it: the manager's logic without etcd. */
class FakeStore {
  readonly updates: Array<{ next: DomainRecord; o: UpdateOptions }> = [];
  readonly findings: Array<[string, number | null]> = [];

  async updateDomain(_prev: VersionedDomain, next: DomainRecord, o: UpdateOptions = {}): Promise<boolean> {
    this.updates.push({ next, o });
    return true;
  }

  async setNotResponding(name: string, heartbeat: number | null): Promise<boolean> {
    this.findings.push([name, heartbeat]);
    return true;
  }

  decisions(): Decision[] {
    return this.updates.flatMap((u) => (u.o.decision ? [u.o.decision] : []));
  }
}

function manager(clock: { now: number }): { m: Manager; store: FakeStore } {
  const store = new FakeStore();
  const m = new Manager({ store: store as unknown as ClusterStore, name: 'h1', guardKey: 'g', log: () => undefined, now: () => clock.now });
  return { m, store };
}

/** `s` with h2 at heartbeat 1 and every other host a beat on. */
function later(s: ClusterState, b: number): ClusterState {
  return { ...s, hosts: new Map([...s.hosts].map(([n, h]) => [n, n === 'h2' ? h : beat(h, b)])) };
}

test('the manager: a new domain and a failed host\'s domain go to the live host, naming the one skipped; the silent host\'s own domain stays put; the finding is written, then cleared', async () => {
  const clock = { now: 0 };
  const { m, store } = manager(clock);
  // h1 is busier than h2: by load alone, both domains below would go to h2.
  const settled = state([host('h1', [['busy', 1]]), host('h2', [['kept', 0]])], [domain('busy', 'h1'), domain('kept', 'h2')]);
  await m.round(settled);
  expect(store.updates).toEqual([]);
  clock.now = NOT_RESPONDING_MS;
  const s = later(settled, 2);
  s.domains.set('new', { record: domain('new', null), rev: '10' });
  s.domains.set('orphan', { record: domain('orphan', 'h3', 'high'), rev: '11' }); // h3's lease expired
  await m.round(s);
  expect(store.findings).toEqual([['h2', 1]]);
  expect(store.decisions()).toEqual([
    { kind: 'restart', domain: 'orphan', from: 'h3', to: 'h1', manager: 'h1', reason: 'host h3 failed (priority high); skipped h2 (not responding)' },
    { kind: 'place', domain: 'new', from: null, to: 'h1', manager: 'h1', reason: 'initial placement; skipped h2 (not responding)' },
  ]);
  expect(store.updates.some((u) => u.next.name === 'kept')).toBe(false);
  // It beats again: the finding goes, and it is a target once more.
  clock.now += 100;
  const back = later(settled, 3);
  back.hosts.set('h2', beat(host('h2', [['kept', 0]]), 2));
  back.notResponding.set('h2', 1);
  back.domains.set('new2', { record: domain('new2', null), rev: '12' });
  await m.round(back);
  expect(store.findings).toEqual([['h2', 1], ['h2', null]]);
  expect(store.decisions().at(-1)).toMatchObject({ domain: 'new2', to: 'h2', reason: 'initial placement' });
});

test('the manager: no host left but one not responding leaves a domain pending, saying why', async () => {
  const clock = { now: 0 };
  const { m, store } = manager(clock);
  const settled = state([host('h2')], []);
  await m.round(settled);
  clock.now = NOT_RESPONDING_MS;
  const s = later(settled, 2);
  s.domains.set('new', { record: domain('new', null), rev: '10' });
  await m.round(s);
  expect(store.updates.map((u) => u.next)).toEqual([{ ...domain('new', null), pending: 'no host is available; skipped h2 (not responding)' }]);
});

test('DRS moves nothing onto, nor off, a host not responding', async () => {
  const clock = { now: 0 };
  const { m, store } = manager(clock);
  const busy = (prefix: string): Array<[string, number]> => [0, 1, 2, 3].map((i) => [`${prefix}${i}`, 1]);
  const settled = state([host('h1', busy('a')), host('h2', busy('b')), host('h3')], [...busy('a').map(([n]) => domain(n, 'h1')), ...busy('b').map(([n]) => domain(n, 'h2'))]);
  await m.round(settled);
  clock.now = NOT_RESPONDING_MS;
  await m.round({ ...later(settled, 2), drs: { level: 3, periodS: 5 } });
  const moves = store.decisions();
  expect(moves.length).toBeGreaterThan(0);
  for (const d of moves) expect(d).toMatchObject({ kind: 'migrate', from: 'h1', to: 'h3', reason: expect.stringMatching(/; skipped h2 \(not responding\)$/) });
});
