/** IdlePoll: traffic keeps the event loop turning for its window, then lets it sleep. */
import { IdlePoll, inProcessPair } from '@hvsim/control';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A wall clock the test moves, counting how often the poller reads it (once per loop turn). */
function fakeWall(): { now: number; reads: number; read: () => number } {
  const w = { now: 1000, reads: 0, read: () => (w.reads++, w.now) };
  return w;
}

test('a touch keeps the loop turning until its window has passed, and no longer', async () => {
  const wall = fakeWall();
  const poll = new IdlePoll(0.25, wall.read);
  expect(poll.polling).toBe(false);
  poll.touch();
  expect(poll.polling).toBe(true);
  for (let i = 0; i < 5; i++) await turn();
  const readsWhileInWindow = wall.reads;
  expect(readsWhileInWindow).toBeGreaterThanOrEqual(5);
  expect(poll.polling).toBe(true);

  wall.now += 0.25;
  await turn();
  await turn();
  expect(poll.polling).toBe(false);
  const readsAfter = wall.reads;
  for (let i = 0; i < 5; i++) await turn();
  expect(wall.reads).toBe(readsAfter);
});

test('each touch restarts the window from its own time', async () => {
  const wall = fakeWall();
  const poll = new IdlePoll(1, wall.read);
  poll.touch();
  wall.now += 0.75;
  poll.touch();
  wall.now += 0.75; // 1.5 after the first touch, 0.75 after the second
  await turn();
  await turn();
  expect(poll.polling).toBe(true);
  wall.now += 0.25;
  await turn();
  await turn();
  expect(poll.polling).toBe(false);
});

test('a window of 0 never polls, and stop() ends a window early', async () => {
  const off = new IdlePoll(0);
  off.touch();
  expect(off.polling).toBe(false);

  const wall = fakeWall();
  const poll = new IdlePoll(10, wall.read);
  poll.touch();
  poll.stop();
  expect(poll.polling).toBe(false);
  const reads = wall.reads;
  await turn();
  await turn();
  expect(wall.reads).toBe(reads);
});

test('a watched connection touches the poller on what it sends and receives, and passes everything through', async () => {
  const wall = fakeWall();
  const poll = new IdlePoll(1, wall.read);
  const [a, b] = inProcessPair();
  const watched = poll.watch(a);
  expect(watched.peer).toBe(a.peer);
  const got: number[] = [];
  let closed = false;
  watched.start({ data: (chunk) => got.push(...chunk), close: () => { closed = true; } });
  b.start({ data: () => undefined, close: () => undefined });

  watched.send(Uint8Array.of(1));
  expect(poll.polling).toBe(true);
  poll.stop();

  b.send(Uint8Array.of(2, 3));
  await turn();
  expect(got).toEqual([2, 3]);
  expect(poll.polling).toBe(true);
  poll.stop();

  watched.close();
  await turn();
  expect(closed).toBe(true);
});
