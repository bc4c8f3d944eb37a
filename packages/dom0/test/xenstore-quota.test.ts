import { TestClient, newXenstored } from './xenstore-helpers';

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
});
