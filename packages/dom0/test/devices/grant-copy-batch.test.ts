import { GNTST_bad_gntref, GNTST_okay } from '@hvsim/abi';
import { largeFrames } from '@hvsim/control';
import type { Domctl } from '../../src/domctl';
import { GrantCopyBatch } from '../../src/devices/grant-copy-batch';
import { FakeGrants } from './fake-grants';

const DOMID = 5;

test('a batch packs ops both ways, keeps the bytes for the guest across growth, and reads each answer at its offset', async () => {
  const grants = new FakeGrants(DOMID);
  for (let ref = 0; ref < 100; ref++) grants.pages.set(ref, new Uint8Array(4096).fill(ref));
  const b = new GrantCopyBatch(grants.domctl(), DOMID);
  b.reset();
  const into: number[] = [];
  // 100 pages into the guest: 400 KiB, well past the data buffer's first size, so it grows.
  for (let ref = 0; ref < 100; ref++) {
    const at = b.to(ref, 0, 4096);
    b.data.fill(200 + (ref % 50), at, at + 4096);
    into.push(at);
  }
  const out = b.from(7, 10, 6);
  const bad = b.from(4242, 0, 4);
  const after = b.from(8, 0, 2);
  b.notifyOn(40);
  await b.run();
  expect(b.firstError()).toBe(GNTST_bad_gntref);
  expect([b.statusOf(out), b.statusOf(bad), b.statusOf(after)]).toEqual([GNTST_okay, GNTST_bad_gntref, GNTST_okay]);
  for (let ref = 0; ref < 100; ref++) expect(grants.pages.get(ref)).toEqual(new Uint8Array(4096).fill(200 + (ref % 50)));
  // Out of the guest after the writes in the same batch: it reads what they wrote.
  expect([...b.answer.subarray(b.answerOffset(out), b.answerOffset(out) + b.lengthOf(out))]).toEqual(Array(6).fill(207));
  expect([...b.answer.subarray(b.answerOffset(after), b.answerOffset(after) + 2)]).toEqual([208, 208]);
  expect(grants.sent).toEqual([40]);
  expect(b.room).toBe(256 - 103);

  b.reset();
  expect(b.count).toBe(0);
  await b.run();
  expect(b.firstError()).toBe(0);
  expect(grants.sent).toEqual([40]);
});

test("the last answer's frame is given back when the batch runs again, and not before", async () => {
  const frame = largeFrames.take(64 * 1024);
  const answers = [frame.subarray(8, 8 + 4096), new Uint8Array(4096)];
  const domctl = { grantCopy: async () => ({ status: new Uint8Array(1), data: answers.shift() as Uint8Array }) } as unknown as Domctl;
  const b = new GrantCopyBatch(domctl, DOMID);
  b.reset();
  b.from(1, 0, 4096);
  await b.run();
  expect(b.answer.buffer).toBe(frame.buffer);
  // Still the answer's: the pool hands out other memory.
  expect(largeFrames.take(64 * 1024).buffer).not.toBe(frame.buffer);
  b.reset();
  b.from(1, 0, 4096);
  await b.run();
  expect(largeFrames.take(64 * 1024).buffer).toBe(frame.buffer);
});
