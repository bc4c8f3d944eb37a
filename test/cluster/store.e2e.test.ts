/**
 * The cluster's records as read from a real etcd, garbage included: a record that does not
 * parse is reported among the problems, and a disk lock that does not parse still locks its
 * disk — taken for free, it would let a second host open the disk read-write.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ClusterStore, keys, lockGrant } from '@hvsim/cluster';
import { Etcd } from './rig';

jest.setTimeout(60_000);

let dir: string;
let etcd: Etcd;
let store: ClusterStore;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-cluster-store-'));
  etcd = await Etcd.start(dir);
  store = ClusterStore.connect(etcd.url);
});

afterAll(async () => {
  store?.close();
  await etcd?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('an unreadable disk lock locks its disk and is reported; a readable one names its holder', async () => {
  await store.etcd.put(`${keys.diskLocks}web.img`).value('{"domain": 7').exec();
  await store.etcd.put(`${keys.diskLocks}db.img`).value(JSON.stringify({ domain: 'db', host: 'h1' })).exec();
  const state = await store.snapshot();
  expect(state.problems).toEqual([expect.stringMatching(/^\/hvsim\/cluster\/locks\/disk\/web\.img: /)]);
  expect(state.locks.get('web.img')).toMatchObject({ domain: '(unreadable)', host: '(unreadable)' });
  expect(state.locks.get('db.img')).toMatchObject({ domain: 'db', host: 'h1' });
  // A host that wants web.img for a domain cannot have it.
  state.hosts.set('h2', { name: 'h2', pcpus: 1, memoryMb: 64, freeMemoryMb: 64, migration: '', lease: '42', cpuDemand: 0, memoryUsedMb: 0, domains: [] });
  expect(lockGrant(state, { name: 'web', disks: ['web.img'] }, 'h2', null)).toEqual({ reason: 'disk web.img is locked by domain (unreadable) on host (unreadable)' });
  expect((await store.readLocks()).map((l) => l.disk).sort()).toEqual(['db.img', 'web.img']);
});
