/**
 * End-to-end, a real daemon: the hostile guest (images/tests/hostile.c — random hypercalls
 * and sub-ops with pointers into its own memory, past its end, into MMIO, misaligned; random
 * SBI calls; wild accesses; random instruction words; seeded) runs beside two victims: a
 * running sleeper and a paused hello. Afterwards the daemon answers, the sleeper's console
 * holds only its own lines, the paused victim's memory is byte for byte what it was, and once
 * the hostile domain is gone the machine's free memory is what it was before it came.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeSaveImage } from '@hvsim/dom0';
import { DEMO, REPO, client, hvsim, listJson, ok, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(240_000);

const HOSTILE = path.join(REPO, 'images', 'tests', 'hostile.cfg');
const KERNEL = path.join(REPO, 'images', 'tests', 'hostile.elf');
const ROUNDS = Number(process.env.HVSIM_HOSTILE_ROUNDS ?? 100_000);
const SEEDS = [1, 2];

let daemon: Daemon;
let logDir: string;

beforeAll(async () => {
  logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-hostile-logs-'));
  daemon = await startDaemon(['--memory', '256', '--pace', 'max', '--log-dir', logDir]);
});

afterAll(async () => {
  await daemon?.stop();
  fs.rmSync(logDir, { recursive: true, force: true });
});

async function freePages(): Promise<number> {
  const { rpc, m } = await client(daemon.socket);
  try {
    return Number((await m.Physinfo({})).physinfo?.freePages ?? -1);
  } finally {
    rpc.close();
  }
}

/** The paused victim's pages, from a save that leaves it as it was. */
async function victimPages(file: string): Promise<Map<number, string>> {
  await ok(daemon.socket, ['save', '-c', 'victim', file]);
  const image = decodeSaveImage(fs.readFileSync(file));
  return new Map([...image.pages].map(([gfn, bytes]) => [gfn, Buffer.from(bytes).toString('base64')]));
}

it('leaves the daemon, the victims and the free memory as they were', async () => {
  await ok(daemon.socket, ['create', path.join(DEMO, 'sleeper.cfg')]);
  await ok(daemon.socket, ['create', '-p', path.join(DEMO, 'hello.cfg'), 'name="victim"']);
  const before = await victimPages(path.join(daemon.dir, 'before.save'));
  const baseline = await freePages();

  const began = Date.now();
  for (const seed of SEEDS) {
    await ok(daemon.socket, ['create', HOSTILE, `kernel="${KERNEL}"`, `cmdline="rounds=${ROUNDS} seed=${seed}"`]);
    // on_poweroff destroys it once it has run its rounds and powered off.
    await until(async () => ((await listJson(daemon.socket)).some((d) => d.name === 'test-hostile') ? undefined : true), 200_000, 'the hostile guest to finish');
    expect(await freePages()).toBe(baseline);
  }
  const seconds = (Date.now() - began) / 1000;
  // Each run reports what it did before its result line (the console log of each, appended).
  const log = fs.readFileSync(path.join(logDir, 'guest-test-hostile.log'), 'latin1');
  const totals = [...log.matchAll(/^hypercalls (\d+) sbi (\d+) wild (\d+) instructions (\d+)$/gm)].map((m) => m.slice(1).map(Number));
  expect(totals).toHaveLength(SEEDS.length);
  expect(log.match(/^Test result: SUCCESS$/gm)).toHaveLength(SEEDS.length);
  const hypercalls = totals.reduce((sum, t) => sum + t[0], 0);
  expect(hypercalls).toBeGreaterThan(SEEDS.length * ROUNDS / 2);

  // The daemon answers; the victims are there, in the states they had.
  const domains = await listJson(daemon.socket);
  expect(domains.map((d) => d.name)).toEqual(expect.arrayContaining(['Domain-0', 'sleeper', 'victim']));
  // The sleeper's console: its own lines and nothing else (the backend keeps the newest
  // bytes, so the first line may be cut).
  const sleeper = (await hvsim(daemon.socket, ['console', '--no-follow', 'sleeper'])).stdout;
  const lines = sleeper.split('\n').slice(1, -1);
  expect(lines.length).toBeGreaterThan(3);
  for (const line of lines) expect(line).toMatch(/^sleeper: tick \d+ at \d+ ms, late \d+ us \(worst \d+ us\)$/);
  // The paused victim's memory, byte for byte.
  const after = await victimPages(path.join(daemon.dir, 'after.save'));
  expect(after).toEqual(before);
  process.stdout.write(`hostile guest: ${SEEDS.length} runs of ${ROUNDS} rounds, ${hypercalls} hypercalls, `
    + `${totals.reduce((s, t) => s + t[1], 0)} SBI calls, ${totals.reduce((s, t) => s + t[2], 0)} wild accesses, `
    + `${totals.reduce((s, t) => s + t[3], 0)} random instructions in ${seconds.toFixed(1)} s\n`);
});
