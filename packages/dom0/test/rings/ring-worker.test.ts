/** RingWorker: one pass at a time, kicks coalesce, and a flush takes another pass only when a guest may have run. */
import { RingWorker } from '../../src/rings/ring-worker';

/** A worker whose passes are counted and end when the test says (`finish`). */
function rig(withClock = true): { worker: RingWorker; passes: () => number; finish: () => Promise<void>; clock: { t: number } } {
  const clock = { t: 0 };
  let passes = 0;
  const pending: Array<() => void> = [];
  const worker = new RingWorker(
    () => {
      passes++;
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    (err) => { throw err; },
    withClock ? () => clock.t : null,
  );
  const finish = async (): Promise<void> => {
    // Let a queued pass start before ending it.
    for (let i = 0; i < 3 && pending.length === 0; i++) await Promise.resolve();
    pending.shift()?.();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { worker, passes: () => passes, finish, clock };
}

/** With one pass under way: ends it and the one queued after it, after which `waiting` has
 *  resolved and no third pass has started. */
async function expectOneMorePass(r: ReturnType<typeof rig>, waiting: Promise<void>): Promise<void> {
  expect(r.passes()).toBe(1);
  await r.finish();
  expect(r.passes()).toBe(2);
  await r.finish();
  await waiting;
  expect(r.passes()).toBe(2);
}

test('a kick during a pass asks for exactly one more, however many arrive', async () => {
  const r = rig();
  const first = r.worker.kick();
  void r.worker.kick();
  void r.worker.kick();
  await expectOneMorePass(r, first);
});

test('a flush at the virtual time the pass under way began waits for that pass only', async () => {
  const r = rig();
  r.clock.t = 5_000;
  void r.worker.kick();
  const flushed = r.worker.flush();
  await r.finish();
  await flushed;
  expect(r.passes()).toBe(1);
});

test('a flush after virtual time moved (a guest may have written) takes one more pass', async () => {
  const r = rig();
  void r.worker.kick();
  r.clock.t = 1;
  await expectOneMorePass(r, r.worker.flush());
});

test('a flush with no pass under way takes one; without a clock every flush does', async () => {
  const r = rig();
  const idle = r.worker.flush();
  expect(r.passes()).toBe(1);
  await r.finish();
  await idle;

  const noClock = rig(false);
  void noClock.worker.kick();
  await expectOneMorePass(noClock, noClock.worker.flush());
});
