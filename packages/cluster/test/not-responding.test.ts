/** Hosts whose heartbeat lapsed: never a target, their domains neither moved by DRS nor
 *  restarted while their membership lease lives; the agent's heartbeat lease taken again once
 *  it lapsed. */
import { EventEmitter } from 'node:events';
import { buildModel, choosePlacement, Heartbeat, HEARTBEAT_TTL_S, Manager, notRespondingHosts } from '../src';
import type { ClusterState, ClusterStore, Decision, DomainRecord, UpdateOptions, VersionedDomain } from '../src';
import type { Etcd3 } from 'etcd3';
import { domain, host, state } from './fixtures';

/** `s` with host `name`'s heartbeat gone. */
function silent(s: ClusterState, name: string): ClusterState {
  return { ...s, heartbeats: new Set([...s.heartbeats].filter((h) => h !== name)) };
}

test('a member without a heartbeat is not responding; a heartbeat without a member is nothing', () => {
  const s = state([host('h1'), host('h2')], []);
  expect(notRespondingHosts(s)).toEqual(new Set());
  expect(notRespondingHosts(silent(s, 'h2'))).toEqual(new Set(['h2']));
  expect(notRespondingHosts({ hosts: s.hosts, heartbeats: new Set(['h1', 'h2', 'gone']) })).toEqual(new Set());
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

/** A store that accepts every decision and records it: the manager's logic without etcd. */
class FakeStore {
  readonly updates: Array<{ next: DomainRecord; o: UpdateOptions }> = [];

  async updateDomain(_prev: VersionedDomain, next: DomainRecord, o: UpdateOptions = {}): Promise<boolean> {
    this.updates.push({ next, o });
    return true;
  }

  decisions(): Decision[] {
    return this.updates.flatMap((u) => (u.o.decision ? [u.o.decision] : []));
  }
}

function manager(): { m: Manager; store: FakeStore; log: string[] } {
  const store = new FakeStore();
  const log: string[] = [];
  const m = new Manager({ store: store as unknown as ClusterStore, name: 'h1', guardKey: 'g', log: (l) => log.push(l), now: () => 0 });
  return { m, store, log };
}

test('the manager: a new domain and a failed host\'s domain go to the live host, naming the one skipped; the silent host\'s own domain stays put', async () => {
  const { m, store, log } = manager();
  // h1 is busier than h2: by load alone, both domains below would go to h2.
  const s = silent(state([host('h1', [['busy', 1]]), host('h2', [['kept', 0]])], [domain('busy', 'h1'), domain('kept', 'h2'), domain('new', null)]), 'h2');
  s.domains.set('orphan', { record: domain('orphan', 'h3', 'high'), rev: '11' }); // h3's lease expired
  await m.round(s);
  expect(store.decisions()).toEqual([
    { kind: 'restart', domain: 'orphan', from: 'h3', to: 'h1', manager: 'h1', reason: 'host h3 failed (priority high); skipped h2 (not responding)' },
    { kind: 'place', domain: 'new', from: null, to: 'h1', manager: 'h1', reason: 'initial placement; skipped h2 (not responding)' },
  ]);
  expect(store.updates.some((u) => u.next.name === 'kept')).toBe(false);
  // It beats again: a target once more.
  const back = state([host('h1', [['busy', 1]]), host('h2', [['kept', 0]])], [domain('busy', 'h1'), domain('kept', 'h2'), domain('new2', null)]);
  await m.round(back);
  expect(store.decisions().at(-1)).toMatchObject({ domain: 'new2', to: 'h2', reason: 'initial placement' });
  expect(log.filter((l) => / is (not )?responding/.test(l))).toEqual([
    'cluster manager: h2 is not responding (no heartbeat): no target until it beats again', 'cluster manager: h2 is responding again',
  ]);
});

test('the manager: no host left but one not responding leaves a domain pending, saying why', async () => {
  const { m, store } = manager();
  await m.round(silent(state([host('h2')], [domain('new', null)]), 'h2'));
  expect(store.updates.map((u) => u.next)).toEqual([{ ...domain('new', null), pending: 'no host is available; skipped h2 (not responding)' }]);
});

test('DRS moves nothing onto, nor off, a host not responding', async () => {
  const { m, store } = manager();
  const busy = (prefix: string): Array<[string, number]> => [0, 1, 2, 3].map((i) => [`${prefix}${i}`, 1]);
  const s = state([host('h1', busy('a')), host('h2', busy('b')), host('h3')], [...busy('a').map(([n]) => domain(n, 'h1')), ...busy('b').map(([n]) => domain(n, 'h2'))]);
  await m.round({ ...silent(s, 'h2'), drs: { level: 3, periodS: 5 } });
  const moves = store.decisions();
  expect(moves.length).toBeGreaterThan(0);
  for (const d of moves) expect(d).toMatchObject({ kind: 'migrate', from: 'h1', to: 'h3', reason: expect.stringMatching(/; skipped h2 \(not responding\)$/) });
});

/** The part of etcd a heartbeat uses: leases granted, keys put under them, keepalive streams
 *  that answer (or not) as the test says. */
class FakeEtcd {
  readonly puts: Array<[string, string]> = [];
  readonly revoked: string[] = [];
  readonly streams: Array<EventEmitter & { sent: string[]; ended: boolean }> = [];
  private next = 1;

  readonly leaseClient = {
    leaseGrant: async (): Promise<{ ID: string }> => ({ ID: String(this.next++) }),
    leaseRevoke: async ({ ID }: { ID: string }): Promise<void> => {
      this.revoked.push(ID);
    },
    leaseKeepAlive: async (): Promise<EventEmitter & { sent: string[]; ended: boolean; write(r: { ID: string }): void; end(): void }> => {
      const s = Object.assign(new EventEmitter(), {
        sent: [] as string[], ended: false,
        write(r: { ID: string }) { s.sent.push(r.ID); },
        end() { s.ended = true; },
      });
      this.streams.push(s);
      return s;
    },
  };

  put(key: string): { value: (v: string) => { lease: (id: string) => { exec: () => Promise<void> } } } {
    return { value: () => ({ lease: (id) => ({ exec: async () => void this.puts.push([key, id]) }) }) };
  }
}

test('the heartbeat: the key under its own lease, renewed each beat; taken anew when etcd says it lapsed or has not confirmed it for a TTL; revoked on stop', async () => {
  let now = 0;
  const etcd = new FakeEtcd();
  const hb = new Heartbeat(etcd as unknown as Etcd3, '/k', () => now);
  await hb.beat();
  expect(etcd.puts).toEqual([['/k', '1']]);
  await hb.beat();
  await hb.beat();
  expect(etcd.streams[0].sent).toEqual(['1', '1']);
  // etcd answers: alive. A TTL later without another answer, the lease counts as lapsed.
  now = 500;
  etcd.streams[0].emit('data', { ID: '1', TTL: '2' });
  now = 500 + HEARTBEAT_TTL_S * 1000 - 1;
  await hb.beat();
  expect(etcd.puts).toHaveLength(1);
  now += 1;
  await hb.beat();
  expect(etcd.puts).toEqual([['/k', '1'], ['/k', '2']]);
  expect(etcd.streams[0].ended).toBe(true);
  // etcd says the lease has expired (the host stalled): a new one, the key put again.
  await hb.beat();
  etcd.streams[1].emit('data', { ID: '2', TTL: '0' });
  await hb.beat();
  expect(etcd.puts.at(-1)).toEqual(['/k', '3']);
  // A stream that failed is opened again on the next beat.
  await hb.beat();
  etcd.streams[2].emit('error', new Error('reset'));
  await hb.beat();
  expect(etcd.streams[3].sent).toEqual(['3']);
  await hb.stop();
  expect(etcd.revoked).toEqual(['3']);
});
