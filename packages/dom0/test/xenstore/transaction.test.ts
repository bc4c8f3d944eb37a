import { XS_TRANSACTION_END, XS_READ } from '@hvsim/abi';
import { TestClient, args, newXenstored } from './helpers';

function setup() {
  const xs = newXenstored();
  const a = new TestClient(xs, 0);
  const b = new TestClient(xs, 0);
  a.write('/t/x', '1');
  a.write('/t/y', '1');
  return { xs, a, b };
}

describe('xenstored transactions', () => {
  it('hands out distinct nonzero ids', () => {
    const { a } = setup();
    const t1 = a.start();
    const t2 = a.start();
    expect(t1).toBeGreaterThan(0);
    expect(t2).not.toBe(t1);
  });

  it('keeps writes private until commit, then applies them and fires watches', () => {
    const { a, b } = setup();
    b.watch('/t', 'w');
    b.events();
    const tx = a.start();
    expect(a.write('/t/x', '2', tx)).toBe('OK\0');
    expect(a.write('/t/new/deep', 'n', tx)).toBe('OK\0');
    expect(a.read('/t/x', tx)).toBe('2');
    expect(b.read('/t/x')).toBe('1');
    expect(b.read('/t/new/deep')).toBe('!ENOENT');
    expect(a.ls('/t', tx)).toEqual(['x', 'y', 'new']);
    expect(b.events()).toEqual([]);
    expect(a.end(tx, true)).toBe('OK\0');
    expect(b.read('/t/x')).toBe('2');
    expect(b.read('/t/new/deep')).toBe('n');
    expect(b.events()).toEqual(['/t/x|w', '/t/new/deep|w']);
  });

  it('lists the children it saw, not ones added or removed outside it, and then conflicts', () => {
    const { a, b } = setup();
    const tx = a.start();
    expect(a.ls('/t', tx)).toEqual(['x', 'y']);
    b.write('/t/z', '1');
    b.rm('/t/x');
    expect(a.ls('/t', tx)).toEqual(['x', 'y']);
    expect(b.ls('/t')).toEqual(['y', 'z']);
    expect(a.end(tx, true)).toBe('!EAGAIN');
    expect(a.ls('/t')).toEqual(['y', 'z']);
  });

  it('abort discards everything', () => {
    const { a } = setup();
    const tx = a.start();
    a.write('/t/x', 'gone', tx);
    a.rm('/t/y', tx);
    expect(a.read('/t/y', tx)).toBe('!ENOENT');
    expect(a.end(tx, false)).toBe('OK\0');
    expect(a.read('/t/x')).toBe('1');
    expect(a.read('/t/y')).toBe('1');
    expect(a.call(XS_READ, args('/t/x'), tx)).toBe('!ENOENT'); // the id is gone
  });

  it('reads inside a transaction are repeatable', () => {
    const { a, b } = setup();
    const tx = a.start();
    expect(a.read('/t/x', tx)).toBe('1');
    b.write('/t/x', 'changed');
    expect(a.read('/t/x', tx)).toBe('1');
  });

  it('EAGAIN when a node the transaction read was changed by a concurrent commit', () => {
    const { a, b } = setup();
    const ta = a.start();
    const tb = b.start();
    a.read('/t/x', ta);
    a.write('/t/y', 'from-a', ta);
    b.write('/t/x', 'from-b', tb);
    expect(b.end(tb, true)).toBe('OK\0');
    expect(a.end(ta, true)).toBe('!EAGAIN');
    expect(a.read('/t/y')).toBe('1');
    expect(a.read('/t/x')).toBe('from-b');
  });

  it('EAGAIN when a node the transaction wrote was changed directly', () => {
    const { a, b } = setup();
    const ta = a.start();
    a.write('/t/x', 'from-a', ta);
    b.write('/t/x', 'direct');
    expect(a.end(ta, true)).toBe('!EAGAIN');
    expect(a.read('/t/x')).toBe('direct');
  });

  it('EAGAIN when a node the transaction found missing was created meanwhile', () => {
    const { a, b } = setup();
    const ta = a.start();
    expect(a.read('/t/z', ta)).toBe('!ENOENT');
    a.write('/t/other', 'o', ta);
    b.write('/t/z', 'created');
    expect(a.end(ta, true)).toBe('!EAGAIN');
  });

  it('commits when concurrent changes touched nothing the transaction saw', () => {
    const { a, b } = setup();
    a.write('/u/p', '1');
    const ta = a.start();
    a.write('/t/x', 'a', ta);
    b.write('/u/p', 'unrelated');
    expect(a.end(ta, true)).toBe('OK\0');
    expect(b.read('/t/x')).toBe('a');
  });

  it('rm of a subtree inside a transaction commits as a whole', () => {
    const { a, b } = setup();
    a.write('/t/x/sub/leaf', 'l');
    b.watch('/t/x/sub/leaf', 'leaf');
    b.events();
    const tx = a.start();
    expect(a.rm('/t/x', tx)).toBe('OK\0');
    expect(b.read('/t/x/sub/leaf')).toBe('l');
    expect(a.end(tx, true)).toBe('OK\0');
    expect(b.read('/t/x/sub/leaf')).toBe('!ENOENT');
    expect(b.ls('/t')).toEqual(['y']);
    expect(b.events()).toEqual(['/t/x/sub/leaf|leaf']);
  });

  it('rejects bad ends: unknown id, no id, bad verdict', () => {
    const { a } = setup();
    expect(a.end(12345, true)).toBe('!ENOENT');
    expect(a.call(XS_TRANSACTION_END, args('T'), 0)).toBe('!ENOENT');
    const tx = a.start();
    expect(a.call(XS_TRANSACTION_END, args('maybe'), tx)).toBe('!EINVAL');
    expect(a.end(tx, true)).toBe('OK\0');
  });

  it('transaction ids belong to their connection', () => {
    const { a, b } = setup();
    const tx = a.start();
    expect(b.read('/t/x', tx)).toBe('!ENOENT');
  });

  it('permissions apply inside transactions', () => {
    const { xs, a } = setup();
    a.setPerms('/t', 'n0');
    const guest = new TestClient(xs, 4);
    const tx = guest.start();
    expect(guest.read('/t/x', tx)).toBe('!EACCES');
    expect(guest.write('/t/new', 'v', tx)).toBe('!EACCES');
  });

  it('commits children in the order the transaction left them, new subtrees included', () => {
    const { a, b } = setup();
    a.write('/t/z/deep', 'd');
    const tx = a.start();
    expect(a.rm('/t/x', tx)).toBe('OK\0');
    expect(a.write('/t/x', 'back', tx)).toBe('OK\0'); // re-created: now the last child
    expect(a.write('/t/new/a/b', '1', tx)).toBe('OK\0');
    expect(a.rm('/t/z', tx)).toBe('OK\0');
    expect(a.write('/t/z/other', 'o', tx)).toBe('OK\0');
    expect(a.ls('/t', tx)).toEqual(['y', 'x', 'new', 'z']);
    expect(a.end(tx, true)).toBe('OK\0');
    expect(b.ls('/t')).toEqual(['y', 'x', 'new', 'z']);
    expect(b.read('/t/x')).toBe('back');
    expect(b.read('/t/new/a/b')).toBe('1');
    expect(b.ls('/t/z')).toEqual(['other']);
    expect(b.read('/t/z/deep')).toBe('!ENOENT');
    // The committed tree goes on working: later changes land in the right places.
    b.write('/t/new/a/c', '2');
    b.rm('/t/y');
    expect(b.ls('/t')).toEqual(['x', 'new', 'z']);
    expect(b.ls('/t/new/a')).toEqual(['b', 'c']);
  });

  it('settles the node quota on commit', () => {
    const xs = newXenstored({ quotas: { nodesPerDomain: 4 } });
    const dom0 = new TestClient(xs, 0);
    dom0.mkdir('/local/domain/1');
    dom0.setPerms('/local/domain/1', 'n1');
    const guest = new TestClient(xs, 1);
    const tx = guest.start();
    expect(guest.write('a/b', '1', tx)).toBe('OK\0');
    expect(guest.write('c', '1', tx)).toBe('OK\0');
    expect(guest.write('d', '1', tx)).toBe('!ENOSPC');
    expect(guest.end(tx, true)).toBe('OK\0');
    expect(guest.write('d', '1')).toBe('!ENOSPC');
    expect(guest.rm('a')).toBe('OK\0');
    expect(guest.write('d', '1')).toBe('OK\0');
  });
});
