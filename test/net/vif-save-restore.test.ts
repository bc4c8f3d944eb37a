/**
 * Save and restore of domains with vifs, on an in-process host: the ping demo pinging for
 * ever (count=0) through a save and a restore of the pinger. The restored guest's netfront
 * finds its backend starting over, connects new rings and sends a gratuitous ARP; its
 * pinging goes on, losing no more than the frames in flight. Devices hot-plugged into a
 * running domain are in the config its save image carries; a detached one is not.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Host } from '@hvsim/host';

const demo = (name: string): string => path.resolve(__dirname, '..', '..', 'images', 'demo', name);
const FOREVER = ['cmdline="ip=10.0.0.1 ping=10.0.0.2 count=0 interval_ms=20"'];
let dir: string;
let host: Host;
jest.setTimeout(60_000);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-vif-save-'));
  host = await Host.boot({ pcpus: 2, seed: 5, datastore: dir });
});
afterAll(async () => {
  await host.halt();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The pinger's last report: requests transmitted, replies received, requests lost. */
function lastReport(out: string): { transmitted: number; received: number; lost: number } | null {
  const all = [...out.matchAll(/ping: (\d+) transmitted, (\d+) received, (\d+) lost\n/g)];
  const m = all.at(-1);
  return m === undefined ? null : { transmitted: Number(m[1]), received: Number(m[2]), lost: Number(m[3]) };
}

test('a pinging domain saved and restored: its vif reconnects, it announces itself, and pings on losing at most 3', async () => {
  const peer = await host.create(demo('ping-peer.cfg'), { overrides: ['cmdline="ip=10.0.0.2 serve=0"'] });
  const pinger = await host.create(demo('ping.cfg'), { overrides: FOREVER });
  expect(await host.runUntil(() => (lastReport(host.console(pinger))?.transmitted ?? 0) >= 50, '5s')).toBe(true);
  expect(lastReport(host.console(pinger))!.lost).toBe(0);

  const image = path.join(dir, 'pinger.save');
  await host.save(pinger, image);
  await host.run('30ms'); // the peer runs on meanwhile
  const restored = await host.restore(image);
  expect(await host.runUntil(() => (lastReport(host.console(restored))?.transmitted ?? 0) >= 150, '10s')).toBe(true);
  const out = host.console(restored);
  expect(out).toContain('ping: vif reconnected (1); gratuitous ARP sent\n');
  const report = lastReport(out)!;
  expect(report.lost).toBeLessThanOrEqual(3);
  expect(report.received).toBe(report.transmitted - report.lost);
  expect(out).not.toMatch(/failed|bad checksums|DUP!/);
  expect(host.console(peer)).not.toMatch(/failed/);
  expect((await host.networkList(restored)).map((v) => [v.devid, v.mac, v.state, v.backendState])).toEqual([[0, '00:16:3e:00:00:01', 4, 4]]);
  await host.destroy(restored);
  await host.destroy(peer);
});

test('hot-plugged devices travel in the save image: a disk and a vif attached, another vif detached, then save and restore', async () => {
  await host.diskCreate('hot.img', 1 << 20);
  const d = await host.create(demo('sleeper.cfg'));
  await host.run('5ms');
  await host.blockAttach(d, 'format=raw, vdev=xvdb, access=rw, target=hot.img');
  const { mac } = await host.networkAttach(d, 'bridge=xenbr0');
  await host.networkAttach(d, 'bridge=xenbr0');
  await host.networkDetach(d, '1');
  const image = path.join(dir, 'sleeper.save');
  await host.save(d, image);
  const r = await host.restore(image);
  expect((await host.blockList(r)).map((v) => [v.vdev, v.target, v.access])).toEqual([['xvdb', 'hot.img', 'rw']]);
  expect((await host.networkList(r)).map((v) => [v.devid, v.mac, v.bridge])).toEqual([[0, mac, 'xenbr0']]);
  // Detached, the disk is no longer in the config: the next save and restore has none.
  await host.blockDetach(r, 'xvdb', { force: true });
  await host.save(r, image);
  const again = await host.restore(image);
  expect(await host.blockList(again)).toEqual([]);
  await host.destroy(again);
});
