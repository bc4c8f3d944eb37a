import type { Xenstored } from '../../src/xenstore';
import { TestClient, newXenstored } from './helpers';
import { random } from '../support/random';

/** Nodes per owner, counted by walking the whole tree. */
function recount(xs: Xenstored): Map<number, number> {
  const counts = new Map<number, number>();
  const count = (path: string): void => {
    const owner = xs.getPerms(path)[0].domid;
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
  };
  const walk = (path: string): void => {
    count(path);
    for (const name of xs.directory(path)) walk(path === '/' ? `/${name}` : `${path}/${name}`);
  };
  walk('/');
  count('@introduceDomain');
  count('@releaseDomain');
  return counts;
}

describe('xenstored node accounting', () => {
  it('keeps every owner\'s node count exact through any mix of changes', () => {
    const next = random(4);
    const xs = newXenstored();
    const dom0 = new TestClient(xs, 0);
    const guests = [1, 2, 3].map((d) => {
      dom0.mkdir(`/r/home${d}`);
      dom0.setPerms(`/r/home${d}`, `n${d}`);
      return new TestClient(xs, d);
    });
    const names = ['a', 'b', 'c', 'd'];
    const path = (): string => {
      const depth = 1 + next(4);
      let p = '/r';
      for (let i = 0; i < depth; i++) p += `/${i === 0 && next(2) === 0 ? `home${1 + next(3)}` : names[next(names.length)]}`;
      return p;
    };
    for (let step = 0; step < 3000; step++) {
      const op = next(8);
      if (op === 0) dom0.write(path(), 'v');
      else if (op === 1) guests[next(3)].write(path(), 'g');
      else if (op === 2) (next(2) === 0 ? dom0 : guests[next(3)]).rm(path());
      else if (op === 3) dom0.setPerms(path(), `n${next(4)}`, 'r1');
      else if (op === 4) {
        xs.batch((b) => {
          const unit = b.unit(path(), [{ domid: next(4), perm: 'n' }]);
          for (let i = next(4); i > 0; i--) b.write(unit, names[next(names.length)], 'u');
          if (next(3) === 0) b.rm(path());
        });
      } else if (op === 5) {
        const client = next(2) === 0 ? dom0 : guests[next(3)];
        const tx = client.start();
        for (let i = 1 + next(4); i > 0; i--) {
          if (next(3) === 0) client.rm(path(), tx);
          else client.write(path(), 't', tx);
        }
        client.end(tx, next(4) !== 0);
      } else if (op === 6) xs.write(path(), 'x');
      else if (next(4) === 0) dom0.rm('/r/a');
      if (step % 100 === 99 || step === 2999) {
        const expected = recount(xs);
        for (const domid of [0, 1, 2, 3]) expect([step, domid, xs.tree.nodeCount(domid)]).toEqual([step, domid, expected.get(domid) ?? 0]);
        expect(xs.tree.size).toBe([...expected.values()].reduce((a, b) => a + b, 0));
      }
    }
  });
});
