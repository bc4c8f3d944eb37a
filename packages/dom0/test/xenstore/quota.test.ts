import { XS_READ, XS_WATCH, XS_WRITE } from '@hvsim/abi';
import { TestClient, args, newXenstored } from './helpers';
import { encodeMessage } from '../../src/xenstore';

function setup(quotas = {}) {
  const xs = newXenstored({ quotas });
  const dom0 = new TestClient(xs, 0);
  dom0.mkdir('/local/domain/1');
  dom0.setPerms('/local/domain/1', 'n1');
  return { xs, dom0, guest: new TestClient(xs, 1) };
}

describe('xenstored quotas', () => {
  it('defaults to xenstored\'s limits', () => {
    const { xs } = setup();
    expect(xs.quotas).toMatchObject({
      nodesPerDomain: 1000, entrySize: 2048, watchesPerConnection: 128,
      transactionsPerConnection: 10, permsPerNode: 5,
    });
  });

  it('limits the nodes a domain owns (ENOSPC), counting implicit parents', () => {
    const { guest } = setup({ nodesPerDomain: 5 });
    // /local/domain/1 already counts for dom1
    expect(guest.write('a', '1')).toBe('OK\0');
    expect(guest.write('b/c', '1')).toBe('OK\0');
    expect(guest.write('d/e', '1')).toBe('!ENOSPC');
    expect(guest.write('d', '1')).toBe('OK\0');
    expect(guest.write('f', '1')).toBe('!ENOSPC');
    expect(guest.write('a', 'overwrite is fine')).toBe('OK\0');
    expect(guest.rm('b')).toBe('OK\0');
    expect(guest.write('f', '1')).toBe('OK\0');
  });

  it('does not limit dom0', () => {
    const { dom0 } = setup({ nodesPerDomain: 2 });
    for (let i = 0; i < 10; i++) expect(dom0.write(`/many/n${i}`, 'x')).toBe('OK\0');
  });

  it('limits entry size (ENOSPC)', () => {
    const { guest, dom0 } = setup();
    expect(guest.write('v', 'x'.repeat(2048))).toBe('OK\0');
    expect(guest.write('v', 'x'.repeat(2049))).toBe('!ENOSPC');
    expect(dom0.write('/local/domain/1/v', 'x'.repeat(3000))).toBe('OK\0');
  });

  it('limits watches per connection (E2BIG)', () => {
    const { guest } = setup({ watchesPerConnection: 3 });
    for (let i = 0; i < 3; i++) expect(guest.watch(`w${i}`, 't')).toBe('OK\0');
    expect(guest.watch('w3', 't')).toBe('!E2BIG');
    guest.unwatch('w0', 't');
    expect(guest.watch('w3', 't')).toBe('OK\0');
  });

  it('limits open transactions per connection (ENOSPC)', () => {
    const { guest } = setup({ transactionsPerConnection: 2 });
    const t1 = guest.start();
    guest.start();
    expect(() => guest.start()).toThrow(/ENOSPC/);
    guest.end(t1, false);
    expect(guest.start()).toBeGreaterThan(0);
  });

  it('limits nodes touched by one transaction (ENOSPC)', () => {
    const { guest } = setup({ nodesPerTransaction: 3 });
    const tx = guest.start();
    expect(guest.write('a', '1', tx)).toBe('OK\0'); // touches a and /local/domain/1
    expect(guest.write('b', '1', tx)).toBe('OK\0');
    expect(guest.write('c', '1', tx)).toBe('!ENOSPC');
    expect(guest.end(tx, false)).toBe('OK\0');
  });

  it('limits permission entries per node (ENOSPC)', () => {
    const { guest } = setup({ permsPerNode: 3 });
    guest.write('p', '');
    expect(guest.setPerms('p', 'n1', 'r2', 'r3')).toBe('OK\0');
    expect(guest.setPerms('p', 'n1', 'r2', 'r3', 'r4')).toBe('!ENOSPC');
  });

  it('drops watch events beyond the pending bound for a guest that does not drain them', () => {
    const { xs, dom0, guest } = setup({ pendingEventsPerConnection: 4 });
    guest.watch('x', 't');
    for (let i = 0; i < 10; i++) dom0.write('/local/domain/1/x', String(i));
    expect(guest.conn.droppedEvents).toBe(7);
    expect(guest.events().length).toBe(4);
    expect(xs.queuedEvents).toBe(0);
  });

  describe('what any connection may have queued', () => {
    /** A privileged host tool on a transport that holds `held` bytes it never hands over. */
    function stalled(xs: ReturnType<typeof newXenstored>) {
      let held = 0;
      let closed: string | null = null;
      const conn = xs.connect(0, {
        write: (bytes) => { held += bytes.length; },
        close: (reason) => { closed = reason; },
        queuedBytes: () => held,
      });
      const watchAll = (n: number): void => {
        for (let i = 0; i < n; i++) conn.receive(encodeMessage(XS_WATCH, i, 0, args('/flood', `t${i}`)));
      };
      return { conn, watchAll, closed: () => closed };
    }

    it('closes a privileged connection with more watch events queued than the bound, and logs why', () => {
      const log: string[] = [];
      const xs = newXenstored({ quotas: { queuedEventsPerConnection: 100 }, log: (l) => log.push(l) });
      const dom0 = new TestClient(xs, 0);
      const tool = stalled(xs);
      tool.watchAll(40); // 40 watches, and the 40 events a new watch fires
      xs.flushEvents();
      for (let i = 0; i < 3 && tool.closed() === null; i++) dom0.write('/flood', String(i));
      expect(tool.closed()).toContain('100 watch events not yet written');
      expect(tool.conn.closed).toBe(true);
      expect(log.join('\n')).toMatch(/closing a privileged connection \(domain 0\): 100 watch events/);
      // Its queued events are gone with it; other clients are served.
      expect(xs.queuedEvents).toBe(0);
      expect(dom0.read('/flood')).toBe('2');
    });

    it('closes a privileged connection that leaves more output untaken than the bound', () => {
      const log: string[] = [];
      const xs = newXenstored({ quotas: { queuedBytesPerConnection: 4096 }, log: (l) => log.push(l) });
      const dom0 = new TestClient(xs, 0);
      const tool = stalled(xs);
      tool.watchAll(50);
      for (let i = 0; i < 20 && tool.closed() === null; i++) {
        dom0.write('/flood', String(i));
        xs.flushEvents();
      }
      expect(tool.closed()).toMatch(/bytes of output not taken \(limit 4096\)/);
      expect(log.join('\n')).toContain('closing a privileged connection (domain 0)');
      expect(xs.connectionCount).toBe(1);
    });

    it('bounds a guest too: requests whose replies are never taken close its connection', () => {
      const xs = newXenstored({ quotas: { queuedBytesPerConnection: 1000 } });
      const dom0 = new TestClient(xs, 0);
      dom0.write('/local/domain/1/big', 'x'.repeat(400));
      dom0.setPerms('/local/domain/1/big', 'n1');
      let held = 0;
      let reason: string | null = null;
      const conn = xs.connect(1, { write: (b) => { held += b.length; }, close: (r) => { reason = r; }, queuedBytes: () => held }, false);
      for (let i = 0; i < 4; i++) conn.receive(encodeMessage(XS_WRITE, i, 0, Buffer.concat([args('/local/domain/1/v'), Buffer.from('1')])));
      expect(reason).toBeNull(); // small replies: 4 × 19 bytes
      for (let i = 0; i < 4; i++) conn.receive(encodeMessage(XS_READ, i, 0, args('/local/domain/1/big')));
      expect(reason).toMatch(/bytes of output not taken \(limit 1000\)/);
    });

    it('a connection closed with events queued takes them out of the queue at once', () => {
      const xs = newXenstored();
      const dom0 = new TestClient(xs, 0);
      const tool = stalled(xs);
      const other = new TestClient(xs, 0);
      other.watch('/flood', 'keep');
      tool.watchAll(1000);
      dom0.write('/flood', 'x');
      expect(xs.queuedEvents).toBe(1 + 1000 + 1 + 1000); // each watch's first event, then the write's
      tool.conn.close('peer closed');
      expect(xs.queuedEvents).toBe(2);
      expect(other.events()).toEqual(['/flood|keep', '/flood|keep']);
    });
  });
});
