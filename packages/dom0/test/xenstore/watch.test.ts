import { XS_RESET_WATCHES, XS_INTRODUCE, XS_RELEASE, XS_WATCH } from '@hvsim/abi';
import { TestClient, args, newXenstored } from './helpers';

function setup() {
  const xs = newXenstored();
  const dom0 = new TestClient(xs, 0);
  for (const d of [1, 2]) {
    dom0.mkdir(`/local/domain/${d}`);
    dom0.setPerms(`/local/domain/${d}`, `n${d}`);
  }
  return { xs, dom0, g1: new TestClient(xs, 1), g2: new TestClient(xs, 2) };
}

describe('xenstored watches', () => {
  it('fires once on registration, after the OK reply', () => {
    const { dom0 } = setup();
    expect(dom0.watch('/a', 'tok')).toBe('OK\0');
    expect(dom0.events()).toEqual(['/a|tok']);
    expect(dom0.events()).toEqual([]);
  });

  it('fires for writes to the path and to any descendant, not to ancestors or siblings', () => {
    const { dom0 } = setup();
    dom0.watch('/a/b', 't');
    dom0.events();
    dom0.write('/a/b', '1');
    dom0.write('/a/b/c/d', '2');
    dom0.write('/a', '3');
    dom0.write('/a/bx', '4');
    dom0.mkdir('/a/b/e');
    dom0.setPerms('/a/b/e', 'r0');
    expect(dom0.events()).toEqual(['/a/b|t', '/a/b/c/d|t', '/a/b/e|t', '/a/b/e|t']);
  });

  it('fires on rm for the removed node, its ancestors\' watches, and watches inside the subtree', () => {
    const { dom0 } = setup();
    dom0.write('/a/b/c', 'x');
    dom0.watch('/a', 'top');
    dom0.watch('/a/b/c', 'inner');
    dom0.watch('/a/b/zzz', 'absent');
    dom0.events();
    dom0.rm('/a/b');
    expect(dom0.events()).toEqual(['/a/b/c|inner', '/a/b|top']);
  });

  it('delivers in watch registration order across connections', () => {
    const { xs, dom0 } = setup();
    const other = new TestClient(xs, 0);
    other.watch('/x', 'second');
    dom0.watch('/x/y', 'third');
    dom0.watch('/', 'fourth');
    const order: string[] = [];
    for (const c of [dom0, other]) c.events();
    const spy = (c: TestClient, name: string) => {
      const orig = c.received.push.bind(c.received);
      c.received.push = (...m) => { order.push(...m.map(() => name)); return orig(...m); };
    };
    spy(dom0, 'dom0');
    spy(other, 'other');
    dom0.write('/x/y', 'v');
    xs.flushEvents();
    expect(order).toEqual(['dom0', 'other', 'dom0', 'dom0']); // reply, then seq order: other(/x), dom0(/x/y), dom0(/)
    expect(other.events()).toEqual(['/x/y|second']);
    expect(dom0.events()).toEqual(['/x/y|third', '/x/y|fourth']);
  });

  it('unwatch stops events; unknown watches are ENOENT; duplicates are EEXIST', () => {
    const { dom0 } = setup();
    dom0.watch('/w', 't');
    expect(dom0.watch('/w', 't')).toBe('!EEXIST');
    expect(dom0.watch('/w', 't2')).toBe('OK\0');
    expect(dom0.unwatch('/w', 't')).toBe('OK\0');
    expect(dom0.unwatch('/w', 't')).toBe('!ENOENT');
    dom0.events();
    dom0.write('/w', '1');
    expect(dom0.events()).toEqual(['/w|t2']);
  });

  it('an event queued before unwatch is not delivered', () => {
    const { dom0 } = setup();
    dom0.watch('/w', 't');
    dom0.write('/w', '1');
    dom0.unwatch('/w', 't');
    expect(dom0.events()).toEqual([]);
  });

  it('relative watches report relative paths', () => {
    const { g1 } = setup();
    expect(g1.watch('device', 'd')).toBe('OK\0');
    g1.write('device/vbd/0', 'x');
    expect(g1.events()).toEqual(['device|d', 'device/vbd/0|d']);
  });

  it('sends events only to connections that may read the node', () => {
    const { dom0, g1, g2 } = setup();
    g1.watch('/local/domain/2', 'spy');
    g2.watch('/local/domain/2', 'own');
    expect(g1.events()).toEqual(['/local/domain/2|spy']); // the initial event is unconditional
    g2.events();
    dom0.write('/local/domain/2/secret', 's');
    g2.write('/local/domain/2/mine', 'm');
    expect(g1.events()).toEqual([]);
    expect(g2.events()).toEqual(['/local/domain/2/secret|own', '/local/domain/2/mine|own']);
    // revoking read access still tells the domain that lost it
    dom0.write('/pub', 'p');
    dom0.setPerms('/pub', 'r0');
    g1.watch('/pub', 'p');
    g1.events();
    dom0.setPerms('/pub', 'n0');
    dom0.write('/pub', 'q');
    expect(g1.events()).toEqual(['/pub|p']);
  });

  it('@introduceDomain and @releaseDomain fire for readers of those special nodes', () => {
    const { dom0, g1 } = setup();
    dom0.watch('@introduceDomain', 'intro');
    dom0.watch('@releaseDomain', 'rel');
    g1.watch('@releaseDomain', 'g1rel');
    dom0.events();
    g1.events();
    dom0.call(XS_INTRODUCE, args('5', '100', '7'));
    dom0.call(XS_RELEASE, args('5'));
    expect(dom0.events()).toEqual(['@introduceDomain|intro', '@releaseDomain|rel']);
    expect(g1.events()).toEqual([]);
    dom0.setPerms('@releaseDomain', 'n0', 'r1');
    g1.events();
    dom0.call(XS_INTRODUCE, args('6', '100', '7'));
    dom0.call(XS_RELEASE, args('6'));
    expect(g1.events()).toEqual(['@releaseDomain|g1rel']);
    expect(dom0.call(XS_WATCH, args('@bad/x', 't'))).toBe('!EINVAL');
  });

  it('XS_RESET_WATCHES forgets every watch of the connection', () => {
    const { dom0 } = setup();
    dom0.watch('/r', 'a');
    dom0.watch('/s', 'b');
    dom0.events();
    expect(dom0.call(XS_RESET_WATCHES, Buffer.alloc(0))).toBe('OK\0');
    dom0.write('/r', '1');
    dom0.write('/s', '1');
    expect(dom0.events()).toEqual([]);
    expect(dom0.watch('/r', 'a')).toBe('OK\0');
  });

  it('closing a connection drops its watches', () => {
    const { xs, dom0 } = setup();
    const c = new TestClient(xs, 0);
    c.watch('/gone', 't');
    c.conn.close();
    dom0.write('/gone', '1');
    expect(c.events()).toEqual([]);
    expect(xs.queuedEvents).toBe(0);
  });

  it('delivers a large fan-out in bounded batches through the scheduler', () => {
    const turns: Array<() => void> = [];
    const xs = newXenstored({ eventBatchSize: 100, scheduleDelivery: (run) => turns.push(run) });
    const c = new TestClient(xs, 0);
    for (let i = 0; i < 1000; i++) c.watch('/fan', `t${i}`);
    // the 1000 initial events
    let rounds = 0;
    while (turns.length > 0) { turns.shift()!(); rounds++; }
    expect(rounds).toBe(10);
    c.events();
    c.write('/fan', 'go');
    turns.shift()!();
    expect(c.received.length).toBe(100);
    expect(xs.queuedEvents).toBe(900);
    while (turns.length > 0) turns.shift()!();
    const evs = c.events();
    expect(evs.length).toBe(1000);
    expect(evs[0]).toBe('/fan|t0');
    expect(evs[999]).toBe('/fan|t999');
  });

  it('keeps working while watches on one path come and go again and again', () => {
    const { xs, dom0, g1 } = setup();
    for (let i = 0; i < 300; i++) {
      expect(g1.watch('data/x', 'tok')).toBe('OK\0');
      expect(g1.unwatch('data/x', 'tok')).toBe('OK\0');
      if (i < 100) g1.watch(`data/y${i}`, 't');
    }
    g1.events();
    expect(g1.watch('data/x', 'tok')).toBe('OK\0');
    expect(g1.watch('data/x', 'tok')).toBe('!EEXIST');
    g1.events();
    dom0.write('/local/domain/1/data/x', '1');
    dom0.write('/local/domain/1/data/y7', '1');
    expect(g1.events()).toEqual(['data/x|tok', 'data/y7|t']);
    g1.call(XS_RESET_WATCHES, Buffer.alloc(0));
    dom0.write('/local/domain/1/data/x', '2');
    expect(g1.events()).toEqual([]);
    expect(xs.queuedEvents).toBe(0);
  });

  it('fires for watches deep inside a removed subtree, in the order of the tree', () => {
    const { dom0 } = setup();
    for (const p of ['/r/a/x', '/r/b', '/r/a/y/z']) dom0.write(p, '1');
    for (const p of ['/r/a/y/z', '/r/b', '/r/a', '/r/a/x', '/r/a/missing']) dom0.watch(p, p);
    dom0.events();
    dom0.rm('/r');
    expect(dom0.events()).toEqual(['/r/a/x|/r/a/x', '/r/a/y/z|/r/a/y/z', '/r/a|/r/a', '/r/b|/r/b']);
  });
});
