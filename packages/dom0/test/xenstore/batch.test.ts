import { removeDomainEntries, writeDomainEntries, writeHostEntries } from '../../src/toolstack/domain-entries';
import type { BuiltDomainInfo } from '../../src/platform';
import type { Xenstored, XsBatch, XsDir, XsPerm } from '../../src/xenstore';
import { TestClient, newXenstored } from './helpers';

const ro = (domid: number): XsPerm[] => [{ domid: 0, perm: 'n' }, { domid, perm: 'r' }];
const rw = (domid: number): XsPerm[] => [{ domid, perm: 'n' }];

/** The same changes made one request at a time or as one batch. */
interface Changes {
  dir(path: string, perms?: XsPerm[]): string;
  mkdir(parent: string, name: string, perms?: XsPerm[]): string;
  write(parent: string, name: string, value: string): void;
}

function oneByOne(xs: Xenstored): Changes {
  return {
    dir(path, perms) {
      xs.mkdir(path);
      if (perms) xs.setPerms(path, perms);
      return path;
    },
    mkdir(parent, name, perms) {
      return this.dir(`${parent}/${name}`, perms);
    },
    write(parent, name, value) {
      xs.write(`${parent}/${name}`, value);
    },
  };
}

function inBatch(xs: Xenstored, run: (c: Changes) => void): void {
  xs.batch((b) => {
    const dirs = new Map<string, XsDir>();
    const keep = (d: XsDir): string => {
      dirs.set(d.path, d);
      return d.path;
    };
    run({
      dir: (path, perms) => keep(b.dir(path, perms)),
      mkdir: (parent, name, perms) => keep(b.mkdir(dirs.get(parent)!, name, perms)),
      write: (parent, name, value) => b.write(dirs.get(parent)!, name, value),
    });
  });
}

/** A domain's worth of entries, including nodes made on the way and nodes set twice. */
function scenario(c: Changes): void {
  const home = c.dir('/local/domain/5', ro(5));
  c.write(home, 'name', 'five');
  c.write(home, 'store/port', '2');
  c.write(home, 'store/ring-ref', '9');
  const control = c.mkdir(home, 'control', ro(5));
  c.mkdir(control, 'shutdown', rw(5));
  c.write(control, 'shutdown', '');
  c.mkdir(home, 'data', rw(5));
  const vm = c.dir('/vm/u5', ro(5));
  c.write(vm, 'name', 'five');
  c.write(home, 'name', 'renamed');
  c.dir('/local/domain/0/backend/console/5/0', ro(5));
}

/** Every node: path, value, permissions, in listing order. */
function dump(xs: Xenstored, path = '/'): string[] {
  const perms = xs.getPerms(path).map((p) => `${p.perm}${p.domid}`).join(',');
  const out = [`${path}=${xs.read(path).toString('latin1')} [${perms}]`];
  for (const name of xs.directory(path)) out.push(...dump(xs, path === '/' ? `/${name}` : `${path}/${name}`));
  return out;
}

/** Watchers of several kinds on a fresh daemon with the host entries. */
function watched() {
  const xs = newXenstored();
  writeHostEntries(xs);
  const dom0 = new TestClient(xs, 0);
  const guest = new TestClient(xs, 5);
  const other = new TestClient(xs, 6);
  dom0.watch('/', 'all');
  dom0.watch('/local/domain/5/control', 'control');
  dom0.watch('/local/domain/5/store/port', 'port');
  guest.watch('/local/domain/5', 'home');
  other.watch('/local/domain/5', 'spy');
  for (const c of [dom0, guest, other]) c.events();
  return { xs, dom0, guest, other, events: () => [dom0, guest, other].map((c) => c.events()) };
}

const distinct = (events: string[]): string[] => [...new Set(events)];

describe('xenstored batches', () => {
  it('leave the same tree as the requests one by one, and fire once per changed node', () => {
    const single = watched();
    scenario(oneByOne(single.xs));
    const batched = watched();
    inBatch(batched.xs, scenario);

    expect(dump(batched.xs)).toEqual(dump(single.xs));
    const one = single.events();
    const batch = batched.events();
    // One by one, a node made and then given permissions fires twice; a batch reports each
    // changed node once, in the order the nodes first changed (as a transaction's commit does).
    expect(batch).toEqual(one.map(distinct));
    expect(batch[0].filter((e) => e.endsWith('|all'))).toEqual([
      '/local/domain/5|all', '/local/domain/5/name|all', '/local/domain/5/store/port|all',
      '/local/domain/5/store/ring-ref|all', '/local/domain/5/control|all',
      '/local/domain/5/control/shutdown|all', '/local/domain/5/data|all', '/vm/u5|all',
      '/vm/u5/name|all', '/local/domain/0/backend/console/5/0|all',
    ]);
    expect(batch[1]).toContain('/local/domain/5/control/shutdown|home');
    expect(batch[2]).toEqual([]); // domain 6 may read none of it
  });

  it('fire nothing until the batch is done', () => {
    const { xs, events } = watched();
    let during: string[][] = [];
    xs.batch((b) => {
      b.write(b.dir('/local/domain/5', ro(5)), 'name', 'five');
      during = events();
    });
    expect(during).toEqual([[], [], []]);
    expect(events()[0]).toEqual(['/local/domain/5|all', '/local/domain/5/name|all']);
  });

  it('tell a watcher that could read a node before its permissions changed', () => {
    const xs = newXenstored();
    const dom0 = new TestClient(xs, 0);
    dom0.write('/pub', 'p');
    dom0.setPerms('/pub', 'n0', 'r6');
    const reader = new TestClient(xs, 6);
    reader.watch('/pub', 'w');
    reader.events();
    xs.batch((b) => b.dir('/pub', [{ domid: 0, perm: 'n' }]));
    expect(reader.events()).toEqual(['/pub|w']);
    xs.batch((b) => b.write(b.dir('/'), 'pub', 'q'));
    expect(reader.events()).toEqual([]);
    expect(xs.directory('/')).toEqual(['tool', 'pub']);
  });

  it('remove what is there, a missing node being no error, with the events of a removal', () => {
    const xs = newXenstored();
    const dom0 = new TestClient(xs, 0);
    dom0.write('/a/b/c', 'x');
    dom0.watch('/a', 'top');
    dom0.watch('/a/b/c', 'inner');
    dom0.events();
    xs.batch((b) => {
      b.rm('/a/b');
      b.rm('/a/nothing');
      b.rm('/no/such/parent');
    });
    expect(dom0.ls('/a')).toEqual([]);
    expect(dom0.events()).toEqual(['/a/b/c|inner', '/a/b|top']);
    expect(() => xs.batch((b) => b.rm('/'))).toThrow(/EINVAL/);
  });

  it('report a node it changed and then removed only by that removal', () => {
    const xs = newXenstored();
    const dom0 = new TestClient(xs, 0);
    dom0.watch('/', 'all');
    dom0.events();
    xs.batch((b) => {
      const d = b.dir('/gone', ro(5));
      b.write(d, 'leaf', 'v');
      b.write(b.dir('/kept'), 'leaf', 'v');
      b.rm('/gone');
    });
    expect(dom0.events()).toEqual(['/kept|all', '/kept/leaf|all', '/gone|all']);
  });

  it('check names and permission lists as requests do, keeping what was done before', () => {
    const xs = newXenstored();
    const dom0 = new TestClient(xs, 0);
    dom0.watch('/', 'all');
    dom0.events();
    expect(() => xs.batch((b) => {
      const d = b.dir('/ok');
      b.write(d, 'fine', '1');
      b.write(d, 'bad name!', '1');
    })).toThrow(/EINVAL/);
    expect(dom0.read('/ok/fine')).toBe('1');
    expect(dom0.events()).toEqual(['/ok|all', '/ok/fine|all']);
    for (const bad of [
      (b: XsBatch) => b.dir('relative'),
      (b: XsBatch) => b.dir('/a//b'),
      (b: XsBatch) => b.write(b.dir('/ok'), '/abs', '1'),
      (b: XsBatch) => b.write(b.dir('/ok'), 'trailing/', '1'),
      (b: XsBatch) => b.write(b.dir('/ok'), 'x'.repeat(3100), '1'),
      (b: XsBatch) => b.dir('/p', []),
      (b: XsBatch) => b.dir('/p', [{ domid: 70000, perm: 'r' }]),
      (b: XsBatch) => b.dir('/p', [{ domid: 1, perm: 'x' as 'r' }]),
    ]) {
      expect(() => xs.batch(bad)).toThrow(/EINVAL/);
    }
    expect(dom0.read('/p')).toBe('!ENOENT');
  });
});

function info(domid: number): BuiltDomainInfo {
  return {
    domid, name: `guest${domid}`, uuid: `u${domid}`, memory: 4, maxmem: 8, vcpus: 1, maxVcpus: 2, type: 'pv',
    consoleGfn: 1, consoleEvtchn: 1, storeGfn: 2, storeEvtchn: 2, startInfoGfn: 3, restored: false, disks: [], vifs: [],
  };
}
const clock = { now: () => 0, setTimer: () => () => undefined };

describe("the toolstack's domain entries as a batch", () => {
  it("count towards the guest's node quota, and stop counting once removed", () => {
    const xs = newXenstored({ quotas: { nodesPerDomain: 23 } });
    writeHostEntries(xs);
    writeDomainEntries(xs, info(5), clock);
    // The guest owns control/shutdown, feature-*, sysrq (7); data, drivers, feature, attr,
    // error (5); console and the 7 nodes in it.
    expect(xs.tree.nodeCount(5)).toBe(20);
    const guest = new TestClient(xs, 5);
    for (let i = 0; i < 3; i++) expect(guest.write(`data/n${i}`, 'v')).toBe('OK\0');
    expect(guest.write('data/one-too-many', 'v')).toBe('!ENOSPC');

    removeDomainEntries(xs, 5, 'u5');
    expect(xs.tree.nodeCount(5)).toBe(0);
    writeDomainEntries(xs, info(5), clock);
    for (let i = 0; i < 3; i++) expect(guest.write(`data/n${i}`, 'v')).toBe('OK\0');
    expect(guest.write('data/one-too-many', 'v')).toBe('!ENOSPC');
  });

  it("give the guest libxl's rights, and other guests none", () => {
    const xs = newXenstored();
    writeHostEntries(xs);
    writeDomainEntries(xs, info(5), clock);
    const guest = new TestClient(xs, 5);
    const other = new TestClient(xs, 6);
    expect(guest.read('name')).toBe('guest5');
    expect(guest.write('name', 'mine')).toBe('!EACCES');
    expect(guest.write('control/shutdown', 'poweroff')).toBe('OK\0');
    expect(guest.write('control/feature-poweroff', '1')).toBe('OK\0');
    expect(guest.write('memory/target', '1')).toBe('!EACCES');
    expect(guest.write('console/state', '4')).toBe('OK\0');
    expect(guest.read('/local/domain/0/backend/console/5/0/state')).toBe('1');
    expect(guest.write('/local/domain/0/backend/console/5/0/state', '4')).toBe('!EACCES');
    expect(guest.read('/libxl/5')).toBe('!EACCES');
    expect(other.read('/local/domain/5/name')).toBe('!EACCES');
    expect(other.write('/local/domain/5/data/x', '1')).toBe('!EACCES');
  });

  it('fire for watchers of the new domain once all of it is there, and at removal', () => {
    const xs = newXenstored();
    writeHostEntries(xs);
    const dom0 = new TestClient(xs, 0);
    dom0.watch('/local/domain', 'domains');
    dom0.watch('/vm', 'vms');
    dom0.events();
    writeDomainEntries(xs, info(5), clock);
    const created = dom0.events();
    expect(created.filter((e) => e.endsWith('|vms'))).toEqual(['/vm/u5|vms', '/vm/u5/uuid|vms', '/vm/u5/name|vms', '/vm/u5/start_time|vms']);
    expect(new Set(created).size).toBe(created.length);
    expect(created[0]).toBe('/local/domain/5|domains');
    expect(created).toContain('/local/domain/5/cpu/1/availability|domains');
    expect(created).toContain('/local/domain/0/backend/console/5/0/state|domains');
    // Made on the way to cpu/1/availability: reported by that write only, as XS_WRITE does.
    expect(created).not.toContain('/local/domain/5/cpu/1|domains');
    removeDomainEntries(xs, 5, 'u5');
    expect(dom0.events()).toEqual(['/local/domain/5|domains', '/vm/u5|vms', '/local/domain/0/backend/console/5|domains']);
  });

  it('replace a stale tree of the same domid', () => {
    const xs = newXenstored();
    writeHostEntries(xs);
    writeDomainEntries(xs, info(5), clock);
    xs.write('/local/domain/5/data/stale', 'x');
    writeDomainEntries(xs, { ...info(5), uuid: 'u5' }, clock);
    expect(xs.exists('/local/domain/5/data/stale')).toBe(false);
    expect(xs.directory('/local/domain')).toEqual(['0', '5']);
  });
});
