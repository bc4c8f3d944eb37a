/**
 * A domain with a disk saved and restored in the middle of its I/O (disksoak: write, flush,
 * read back and compare, round after round). The restored guest's blkfront must get answers
 * to what it had on the ring, its data must be intact, and nothing written before the save
 * may be lost.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Host } from '@hvsim/host';

const soak = path.resolve(__dirname, '../../images/demo/disksoak.cfg');
let dir: string;
let host: Host;
jest.setTimeout(60_000);

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-blk-save-'));
  host = await Host.boot({ pcpus: 2, seed: 3, datastore: dir });
  await host.diskCreate('disksoak.img', 1 << 20);
});
afterEach(async () => {
  await host.halt();
  fs.rmSync(dir, { recursive: true, force: true });
});

function rounds(out: string): number[] {
  return [...out.matchAll(/disksoak: round (\d+) ok\n/g)].map((m) => Number(m[1]));
}

test('saved in the middle of disk I/O and restored, the guest carries on: no round lost or repeated, no bad byte', async () => {
  const d = await host.create(soak);
  expect(await host.runUntil(() => rounds(host.console(d)).length >= 3, '5s')).toBe(true);
  const before = host.console(d);
  const image = path.join(dir, 'disksoak.save');
  await host.save(d, image);
  expect(await host.list()).toEqual([expect.objectContaining({ name: 'Domain-0' })]);

  const r = await host.restore(image);
  expect(await host.runUntil(() => host.console(r).includes('disksoak: done'), '20s')).toBe(true);
  const after = host.console(r);
  expect(after).not.toMatch(/MISMATCH|failed/);
  expect(after).toContain('disksoak: done, 12 rounds, 0 bad bytes\n');
  // The rounds printed before the save and after the restore follow on one from the other.
  const all = [...rounds(before), ...rounds(after)];
  expect(all).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
});

test('the disk is the domain\'s again after a restore: another domain cannot open it read-write meanwhile', async () => {
  const d = await host.create(soak);
  expect(await host.runUntil(() => rounds(host.console(d)).length >= 1, '5s')).toBe(true);
  await expect(host.createFromText(fs.readFileSync(soak, 'utf8').replace('"disksoak"', '"other"'), { file: soak }))
    .rejects.toThrow(/in use|EBUSY|busy/i);
  const image = path.join(dir, 'disksoak.save');
  await host.save(d, image);
  const r = await host.restore(image);
  await expect(host.createFromText(fs.readFileSync(soak, 'utf8').replace('"disksoak"', '"other"'), { file: soak }))
    .rejects.toThrow(/in use|EBUSY|busy/i);
  expect(await host.runUntil(() => host.console(r).includes('disksoak: done'), '20s')).toBe(true);
});
