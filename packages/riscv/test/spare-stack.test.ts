import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { spareStack } from '../src/spare-stack';

describe('spareStack', () => {
  it('is an ordinary empty array that keeps what is pushed, last in first out', () => {
    const stack = spareStack<Uint8Array>();
    expect(stack).toEqual([]);
    const a = new Uint8Array(1);
    const b = new Uint8Array(2);
    stack.push(a, b);
    expect(stack.pop()).toBe(b);
    expect(stack.pop()).toBe(a);
    expect(stack.pop()).toBeUndefined();
  });

  it("already has V8's object elements kind, so pushing an object does not change its map", () => {
    // Asked of V8 itself (natives syntax), in a child node running the built module.
    const built = path.resolve(__dirname, '..', 'dist', 'spare-stack.js');
    const script = `
      const { spareStack } = require(${JSON.stringify(built)});
      const stack = spareStack();
      const before = %HasObjectElements(stack);
      const twin = spareStack();
      twin.push(new Uint8Array(1));
      const sameMap = %HaveSameMap(stack, twin);
      const plain = [];
      const plainBefore = %HasObjectElements(plain);
      console.log(JSON.stringify({ before, sameMap, plainBefore }));`;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // `plainBefore` false shows the check can tell the kinds apart.
    expect(JSON.parse(r.stdout)).toEqual({ before: true, sameMap: true, plainBefore: false });
  });
});
