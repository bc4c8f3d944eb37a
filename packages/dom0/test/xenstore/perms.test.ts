import { XS_INTRODUCE, XS_RELEASE, XS_IS_DOMAIN_INTRODUCED, XS_SET_TARGET, XS_RESUME } from '@hvsim/abi';
import { TestClient, args, newXenstored } from './helpers';

/** dom0 sets up /local/domain/N owned by N, as the toolstack does. */
function setup() {
  const xs = newXenstored();
  const dom0 = new TestClient(xs, 0);
  for (const d of [1, 2]) {
    dom0.write(`/local/domain/${d}/name`, `guest${d}`);
    dom0.setPerms(`/local/domain/${d}`, `n${d}`);
    dom0.setPerms(`/local/domain/${d}/name`, `n${d}`);
  }
  dom0.write('/secret', 'dom0 only');
  return { xs, dom0, g1: new TestClient(xs, 1), g2: new TestClient(xs, 2) };
}

describe('xenstored permissions', () => {
  it('a guest reads its own subtree but neither another guest\'s nor dom0\'s', () => {
    const { g1 } = setup();
    expect(g1.read('/local/domain/1/name')).toBe('guest1');
    expect(g1.read('/local/domain/2/name')).toBe('!EACCES');
    expect(g1.ls('/local/domain/2')).toBe('!EACCES');
    expect(g1.read('/secret')).toBe('!EACCES');
    expect(g1.ls('/')).toBe('!EACCES');
    expect(g1.write('/local/domain/2/name', 'x')).toBe('!EACCES');
    expect(g1.write('/local/domain/2/new', 'x')).toBe('!EACCES');
    expect(g1.rm('/local/domain/2/name')).toBe('!EACCES');
  });

  it('hides whether a node exists below an unreadable ancestor', () => {
    const { g1 } = setup();
    expect(g1.read('/local/domain/2/nothing')).toBe('!EACCES');
    expect(g1.read('/local/domain/1/nothing')).toBe('!ENOENT');
  });

  it('dom0 is privileged and bypasses every check', () => {
    const { dom0 } = setup();
    expect(dom0.read('/local/domain/1/name')).toBe('guest1');
    expect(dom0.write('/local/domain/2/name', 'renamed')).toBe('OK\0');
  });

  it('r, w, b and n entries give exactly their access; the first entry is the default', () => {
    const { dom0, g1, g2 } = setup();
    dom0.write('/shared/r', 'R');
    dom0.write('/shared/w', 'W');
    dom0.write('/shared/b', 'B');
    dom0.setPerms('/shared', 'r0');
    dom0.setPerms('/shared/r', 'n0', 'r1');
    dom0.setPerms('/shared/w', 'n0', 'w1');
    dom0.setPerms('/shared/b', 'n0', 'b1');
    expect(g1.read('/shared/r')).toBe('R');
    expect(g1.write('/shared/r', 'x')).toBe('!EACCES');
    expect(g1.read('/shared/w')).toBe('!EACCES');
    expect(g1.write('/shared/w', 'x')).toBe('OK\0');
    expect(g1.read('/shared/b')).toBe('B');
    expect(g1.write('/shared/b', 'y')).toBe('OK\0');
    // dom2 is not listed: the owner entry's "n" applies
    expect(g2.read('/shared/r')).toBe('!EACCES');
    // "/shared" itself defaults to r for everyone
    expect(g2.ls('/shared')).toEqual(['r', 'w', 'b']);
  });

  it('the owner has full access whatever its own entry says', () => {
    const { dom0, g1 } = setup();
    dom0.write('/owned', 'mine');
    dom0.setPerms('/owned', 'n1');
    expect(g1.read('/owned')).toBe('mine');
    expect(g1.write('/owned', 'still mine')).toBe('OK\0');
    expect(g1.getPerms('/owned')).toBe('n1\0');
  });

  it('new nodes inherit the parent\'s permissions, owned by an unprivileged creator', () => {
    const { dom0, g1 } = setup();
    dom0.setPerms('/local/domain/1', 'n1', 'r0', 'b2');
    expect(g1.write('/local/domain/1/data/x', 'v')).toBe('OK\0');
    expect(g1.getPerms('/local/domain/1/data')).toBe('n1\0r0\0b2\0');
    expect(g1.getPerms('/local/domain/1/data/x')).toBe('n1\0r0\0b2\0');
    // dom2 may write there (b2) and owns what it creates
    const { g2 } = { g2: new TestClient(g1.xs, 2) };
    expect(g2.write('/local/domain/1/from2', 'v')).toBe('OK\0');
    expect(g2.getPerms('/local/domain/1/from2')).toBe('n2\0r0\0b2\0');
    expect(g1.read('/local/domain/1/from2')).toBe('!EACCES');
    // a privileged creator keeps the inherited owner, as xenstored does
    dom0.write('/local/domain/1/by-dom0', 'v');
    expect(dom0.getPerms('/local/domain/1/by-dom0')).toBe('n1\0r0\0b2\0');
  });

  it('only owners change permissions, and only dom0 changes the owner', () => {
    const { dom0, g1, g2 } = setup();
    dom0.setPerms('/local/domain/1/name', 'n1', 'b2');
    expect(g2.setPerms('/local/domain/1/name', 'b2')).toBe('!EACCES');
    expect(g1.setPerms('/local/domain/1/name', 'r1', 'r2')).toBe('OK\0');
    expect(g1.setPerms('/local/domain/1/name', 'n2')).toBe('!EPERM');
    expect(dom0.setPerms('/local/domain/1/name', 'n2')).toBe('OK\0');
    expect(g1.read('/local/domain/1/name')).toBe('!EACCES');
  });

  it('rejects malformed permission lists', () => {
    const { dom0 } = setup();
    for (const bad of [['x1'], ['r'], ['r-1'], ['r1x'], ['r70000'], []]) {
      expect(dom0.setPerms('/secret', ...bad)).toBe('!EINVAL');
    }
    expect(dom0.setPerms('/missing', 'r0')).toBe('!ENOENT');
  });

  it('introduce, release, resume and set-target are dom0\'s alone', () => {
    const { xs, dom0, g1 } = setup();
    expect(g1.call(XS_INTRODUCE, args('3', '1234', '5'))).toBe('!EACCES');
    expect(g1.call(XS_RELEASE, args('2'))).toBe('!EACCES');
    expect(g1.call(XS_IS_DOMAIN_INTRODUCED, args('2'))).toBe('!EACCES');
    expect(dom0.call(XS_IS_DOMAIN_INTRODUCED, args('3'))).toBe('F\0');
    expect(dom0.call(XS_INTRODUCE, args('3', '1234', '5'))).toBe('OK\0');
    expect(dom0.call(XS_INTRODUCE, args('3', '1234'))).toBe('!EINVAL');
    expect(dom0.call(XS_INTRODUCE, args('32752', '1', '1'))).toBe('!EINVAL');
    expect(dom0.call(XS_IS_DOMAIN_INTRODUCED, args('3'))).toBe('T\0');
    expect(dom0.call(XS_IS_DOMAIN_INTRODUCED, args('0'))).toBe('T\0');
    expect(dom0.call(XS_RESUME, args('3'))).toBe('OK\0');
    expect(dom0.call(XS_RESUME, args('4'))).toBe('!ENOENT');
    expect(dom0.call(XS_RELEASE, args('3'))).toBe('OK\0');
    expect(dom0.call(XS_RELEASE, args('3'))).toBe('!ENOENT');
    expect(xs.isIntroduced(3)).toBe(false);
  });

  it('tells dom0\'s glue about introduced and released domains', () => {
    const seen: string[] = [];
    const xs = newXenstored({
      onIntroduce: (domid, mfn, port) => seen.push(`intro ${domid} ${mfn} ${port}`),
      onRelease: (domid) => seen.push(`release ${domid}`),
    });
    const dom0 = new TestClient(xs, 0);
    dom0.call(XS_INTRODUCE, args('4', '524288', '2'));
    dom0.call(XS_RELEASE, args('4'));
    expect(seen).toEqual(['intro 4 524288 2', 'release 4']);
  });

  it('a device model with a target gets its target\'s access', () => {
    const { xs, dom0 } = setup();
    dom0.call(XS_INTRODUCE, args('9', '1', '1'));
    const dm = new TestClient(xs, 9);
    expect(dm.read('/local/domain/1/name')).toBe('!EACCES');
    expect(dom0.call(XS_SET_TARGET, args('9', '1'))).toBe('OK\0');
    expect(dm.read('/local/domain/1/name')).toBe('guest1');
    expect(new TestClient(xs, 9).read('/local/domain/1/name')).toBe('guest1');
  });

  it('releasing a domain drops its connections', () => {
    const { xs, dom0 } = setup();
    dom0.call(XS_INTRODUCE, args('1', '77', '3'));
    const g = new TestClient(xs, 1);
    dom0.call(XS_RELEASE, args('1'));
    expect(g.conn.closed).toBe(true);
    expect(g.closedReason).toMatch(/released/);
    expect(dom0.read('/local/domain/1/name')).toBe('guest1');
  });
});
