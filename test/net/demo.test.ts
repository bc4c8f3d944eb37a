/**
 * The ping demo on an in-process host: two domains, each with netfront in the guest and
 * netback in dom0, on the default bridge xenbr0, exchange ARP and ICMP echo.
 */
import * as path from 'node:path';
import { Host } from '@hvsim/host';

const demo = (name: string): string => path.resolve(__dirname, '../../images/demo', name);
let host: Host;

beforeEach(async () => {
  host = await Host.boot({ pcpus: 2, seed: 1 });
});
afterEach(async () => {
  await host.halt();
});

test('two domains on xenbr0 ping: ARP, four echo requests and replies, statistics as ping prints them', async () => {
  const peer = await host.create(demo('ping-peer.cfg'));
  const pinger = await host.create(demo('ping.cfg'));
  const gone = (d: { domid: number }): boolean => host.events.some((e) => e.domid === d.domid && e.type === 'destroyed');
  expect(await host.runUntil(() => gone(pinger) && gone(peer), '5s')).toBe(true);
  const out = host.console(pinger);
  expect(out).toContain('PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.\n');
  for (let seq = 1; seq <= 4; seq++) expect(out).toMatch(new RegExp(`64 bytes from 10\\.0\\.0\\.2: icmp_seq=${seq} ttl=64 time=\\d+\\.\\d{3} ms\\n`));
  expect(out).toContain('--- 10.0.0.2 ping statistics ---\n4 packets transmitted, 4 received, 0% packet loss, time ');
  expect(out).toMatch(/rtt min\/avg\/max\/mdev = \d+\.\d{3}\/\d+\.\d{3}\/\d+\.\d{3}\/\d+\.\d{3} ms\n/);
  expect(out).not.toContain('bad checksums');
  expect(host.console(peer)).toContain('answered 4 echo requests\n');
});

test('a vif on a bridge the host does not have fails create with file, line and key, leaving nothing behind', async () => {
  const cfg = demo('ping.cfg');
  await expect(host.create(cfg, { overrides: ['vif=[ "bridge=xenbr0", "bridge=nosuchbr" ]'] })).rejects.toThrow(
    /command line:1: vif: bridge "nosuchbr" does not exist on this host \(bridges: xenbr0\)/,
  );
  expect((await host.list()).map((d) => d.name)).toEqual(['Domain-0']);
  await expect(host.create(cfg, { overrides: ['vif=[ "mac=01:02:03:04:05:06" ]'] })).rejects.toThrow(/command line:1: vif: mac "01:02:03:04:05:06" is a multicast address/);
  // The name is free again, and the first vif's port was unplugged: a good create works.
  const d = await host.create(cfg, { paused: true });
  expect((await host.networkList(d)).map((v) => [v.devid, v.mac, v.bridge])).toEqual([[0, '00:16:3e:00:00:01', 'xenbr0']]);
});

test('network-attach hot-plugs a vif into a running domain; network-list shows it; network-detach removes it', async () => {
  const d = await host.create(demo('sleeper.cfg'));
  await host.run('5ms');
  const { devid, mac } = await host.networkAttach(d, 'bridge=xenbr0');
  expect(devid).toBe(0);
  expect(mac).toMatch(/^00:16:3e:/);
  const [vif] = await host.networkList(d);
  expect(vif).toMatchObject({ devid: 0, mac, backendId: 0, frontendId: d.domid, state: 1, backendState: 2, bridge: 'xenbr0', backendPath: `/local/domain/0/backend/vif/${d.domid}/0` });
  expect((await host.networkAttach(d, `mac=${mac}`)).devid).toBe(1); // libxl does not refuse a repeated MAC either
  await expect(host.networkAttach(d, 'devid=1')).rejects.toThrow(/devid 1 is already attached/);
  await expect(host.networkAttach(d, 'bridge=xenbr9')).rejects.toThrow(/bridge "xenbr9" does not exist/);
  await host.networkDetach(d, '1');
  await host.networkDetach(d, mac);
  expect(await host.networkList(d)).toEqual([]);
  await expect(host.networkDetach(d, '0')).rejects.toThrow(/has no vif 0/);
});
