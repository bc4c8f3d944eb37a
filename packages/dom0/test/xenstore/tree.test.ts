import { XS_GET_DOMAIN_PATH, XS_DIRECTORY_PART, XS_CONTROL, XS_WRITE, XS_READ } from '@hvsim/abi';
import { TestClient, args, newXenstored } from './helpers';

describe('xenstored tree operations', () => {
  it('starts with / → tool → xenstored and nothing else', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    expect(dom0.ls('/')).toEqual(['tool']);
    expect(dom0.ls('/tool')).toEqual(['xenstored']);
    expect(dom0.read('/')).toBe('');
  });

  it('writes create missing parents with empty values; reads return the bytes', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    expect(dom0.write('/local/domain/3/name', 'guest')).toBe('OK\0');
    expect(dom0.read('/local/domain/3/name')).toBe('guest');
    expect(dom0.read('/local/domain/3')).toBe('');
    expect(dom0.ls('/local/domain')).toEqual(['3']);
    expect(dom0.read('/local/domain/4')).toBe('!ENOENT');
  });

  it('keeps binary values, including NULs and an empty value', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    dom0.write('/bin', 'a\0b\xff');
    expect(dom0.read('/bin')).toBe('a\0b\xff');
    dom0.write('/empty', '');
    expect(dom0.read('/empty')).toBe('');
  });

  it('lists children in creation order, re-created children at the end', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    for (const n of ['zeta', 'alpha', 'mid']) dom0.write(`/d/${n}`, n);
    expect(dom0.ls('/d')).toEqual(['zeta', 'alpha', 'mid']);
    dom0.rm('/d/zeta');
    dom0.write('/d/zeta', 'again');
    expect(dom0.ls('/d')).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('mkdir creates an empty node and leaves an existing one alone', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    dom0.write('/m', 'keep');
    expect(dom0.mkdir('/m')).toBe('OK\0');
    expect(dom0.read('/m')).toBe('keep');
    expect(dom0.mkdir('/n/o')).toBe('OK\0');
    expect(dom0.read('/n/o')).toBe('');
  });

  it('rm removes whole subtrees; a missing node is fine when its parent exists', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    dom0.write('/a/b/c', '1');
    dom0.write('/a/b/d', '2');
    dom0.write('/a/e', '3');
    expect(dom0.rm('/a/b')).toBe('OK\0');
    expect(dom0.ls('/a')).toEqual(['e']);
    expect(dom0.read('/a/b/c')).toBe('!ENOENT');
    expect(dom0.rm('/a/nothing')).toBe('OK\0');
    expect(dom0.rm('/a/no/such')).toBe('!ENOENT');
    expect(dom0.rm('/')).toBe('!EINVAL');
  });

  it('resolves relative paths against /local/domain/<caller>', () => {
    const xs = newXenstored();
    const dom0 = new TestClient(xs, 0);
    dom0.write('/local/domain/5/x', '');
    dom0.setPerms('/local/domain/5', 'n5');
    const guest = new TestClient(xs, 5);
    expect(guest.write('device/vif/0', 'up')).toBe('OK\0');
    expect(dom0.read('/local/domain/5/device/vif/0')).toBe('up');
    expect(guest.read('device/vif/0')).toBe('up');
    expect(dom0.write('rel', 'dom0')).toBe('OK\0');
    expect(dom0.read('/local/domain/0/rel')).toBe('dom0');
  });

  it('rejects invalid paths with EINVAL', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    for (const bad of ['/a//b', '/a/', '/a b', '/a\tb', '/é', '@foo', '']) {
      expect(dom0.write(bad, 'x')).toBe('!EINVAL');
    }
    expect(dom0.write('/ok-_@09/Z', 'x')).toBe('OK\0');
  });

  it('enforces XENSTORE_ABS_PATH_MAX and, for guests, XENSTORE_REL_PATH_MAX', () => {
    const xs = newXenstored();
    const dom0 = new TestClient(xs, 0);
    const long = (n: number): string => '/' + 'a'.repeat(n - 1);
    expect(dom0.write(long(3072), 'x')).toBe('OK\0');
    expect(dom0.write(long(3073), 'x')).toBe('!EINVAL');
    dom0.mkdir('/local/domain/7');
    dom0.setPerms('/local/domain/7', 'n7');
    const guest = new TestClient(xs, 7);
    // Segments of 99 characters + '/' keep every node's entry small.
    const relPath = (n: number, c: string): string => Array.from({ length: n }, (_, i) => (i % 100 === 99 ? '/' : c)).join('');
    expect(guest.write(relPath(2048, 'b'), 'x')).toBe('OK\0');
    expect(guest.write(relPath(2049, 'c'), 'x')).toBe('!EINVAL');
  });

  it('answers malformed arguments with EINVAL and unknown types with ENOSYS', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    expect(dom0.call(XS_READ, Buffer.from('/tool', 'latin1'))).toBe('!EINVAL'); // no NUL
    expect(dom0.call(XS_READ, args('/tool', 'extra'))).toBe('!EINVAL');
    expect(dom0.call(XS_WRITE, Buffer.from('/no-nul', 'latin1'))).toBe('!EINVAL');
    expect(dom0.call(20, args('/'))).toBe('!ENOSYS');
    expect(dom0.call(15, args('/', 't'))).toBe('!ENOSYS');
    expect(dom0.call(999, Buffer.alloc(0))).toBe('!ENOSYS');
    expect(dom0.read('/tool')).toBe('');
  });

  it('answers E2BIG when a directory listing exceeds XENSTORE_PAYLOAD_MAX', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    for (let i = 0; i < 200; i++) dom0.write(`/big/child-with-a-long-name-${String(i).padStart(4, '0')}`, '');
    expect(dom0.ls('/big')).toBe('!E2BIG');
  });

  it('pages a large directory with XS_DIRECTORY_PART', () => {
    const dom0 = new TestClient(newXenstored(), 0);
    const names: string[] = [];
    for (let i = 0; i < 200; i++) {
      names.push(`child-with-a-long-name-${String(i).padStart(4, '0')}`);
      dom0.write(`/big/${names[i]}`, '');
    }
    const got: string[] = [];
    let offset = 0;
    let generation: string | null = null;
    for (;;) {
      const reply = dom0.call(XS_DIRECTORY_PART, args('/big', String(offset)));
      expect(reply.length).toBeLessThanOrEqual(4096);
      const [gen, ...rest] = reply.split('\0');
      generation ??= gen;
      expect(gen).toBe(generation);
      const body = reply.slice(gen.length + 1);
      offset += body.length;
      if (body.endsWith('\0\0') || body === '\0') {
        got.push(...rest.filter((n) => n !== ''));
        break;
      }
      got.push(...rest.filter((n) => n !== ''));
    }
    expect(got).toEqual(names);
    expect(dom0.call(XS_DIRECTORY_PART, args('/big', '999999'))).toBe(`${generation}\0\0`);
    expect(dom0.call(XS_DIRECTORY_PART, args('/big', 'x'))).toBe('!EINVAL');
  });

  it('gives every domain its home path', () => {
    const xs = newXenstored();
    expect(new TestClient(xs, 9).call(XS_GET_DOMAIN_PATH, args('12'))).toBe('/local/domain/12\0');
    expect(new TestClient(xs, 0).call(XS_GET_DOMAIN_PATH, args('nope'))).toBe('!EINVAL');
  });

  it('XS_CONTROL print logs for dom0 and is refused to guests', () => {
    const lines: string[] = [];
    const xs = newXenstored({ log: (l) => lines.push(l) });
    expect(new TestClient(xs, 0).call(XS_CONTROL, args('print', 'hello'))).toBe('OK\0');
    expect(lines).toEqual(['hello']);
    expect(new TestClient(xs, 0).call(XS_CONTROL, args('frobnicate'))).toBe('!EINVAL');
    expect(new TestClient(xs, 3).call(XS_CONTROL, args('print', 'x'))).toBe('!EACCES');
  });

  it('offers the same store to dom0 in process', () => {
    const xs = newXenstored();
    xs.write('/vm/uuid', 'abc');
    expect(new TestClient(xs, 0).read('/vm/uuid')).toBe('abc');
    expect(xs.read('/vm/uuid').toString()).toBe('abc');
    expect(xs.directory('/vm')).toEqual(['uuid']);
    xs.setPerms('/vm', [{ domid: 0, perm: 'r' }]);
    expect(xs.getPerms('/vm')).toEqual([{ domid: 0, perm: 'r' }]);
    xs.rm('/vm');
    expect(xs.exists('/vm')).toBe(false);
  });

  it('keeps creation order and finds every child through many removals and re-creations', () => {
    // Enough children for a name index, and a name that goes and comes back again and again
    // (as a reused domid does under /local/domain).
    const dom0 = new TestClient(newXenstored(), 0);
    const expected: string[] = [];
    for (let i = 0; i < 40; i++) {
      dom0.write(`/d/c${i}`, String(i));
      expected.push(`c${i}`);
    }
    for (let round = 0; round < 200; round++) {
      const name = `c${round % 40}`;
      expect(dom0.rm(`/d/${name}`)).toBe('OK\0');
      expect(dom0.read(`/d/${name}`)).toBe('!ENOENT');
      dom0.write(`/d/${name}/sub`, `r${round}`);
      expected.splice(expected.indexOf(name), 1);
      expected.push(name);
    }
    for (let i = 0; i < 40; i += 2) {
      dom0.rm(`/d/c${i}`);
      expected.splice(expected.indexOf(`c${i}`), 1);
    }
    expect(dom0.ls('/d')).toEqual(expected);
    for (const name of expected) expect(dom0.ls(`/d/${name}`)).toEqual(['sub']);
    expect(dom0.read('/d/c39/sub')).toBe('r199');
    // The same with a few children, found along their list.
    for (const n of ['a', 'b', 'c']) dom0.write(`/small/${n}`, n);
    dom0.rm('/small/a');
    dom0.write('/small/a', 'again');
    dom0.rm('/small/b');
    expect(dom0.ls('/small')).toEqual(['c', 'a']);
    expect(dom0.read('/small/a')).toBe('again');
  });

  it('counts the bytes of child names for the entry quota after removals', () => {
    const xs = newXenstored({ quotas: { entrySize: 20 } });
    const dom0 = new TestClient(xs, 0);
    dom0.mkdir('/local/domain/1');
    dom0.setPerms('/local/domain/1', 'n1');
    const guest = new TestClient(xs, 1);
    guest.write('d/aaaa', '1'); // 5 bytes of names
    guest.write('d/bbbb', '1'); // 10
    guest.write('d/cccc', '1'); // 15
    guest.write('d/dddd', '1'); // 20
    expect(guest.write('d/e', '1')).toBe('!ENOSPC');
    guest.rm('d/bbbb');
    expect(guest.write('d/e', '1')).toBe('OK\0'); // 17
    expect(guest.write('d', 'xxxx')).toBe('!ENOSPC');
    expect(guest.write('d', 'xxx')).toBe('OK\0');
  });
});
