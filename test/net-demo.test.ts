/**
 * The ping demo on an in-process host: two domains, each with netfront in the guest and
 * netback in dom0, on the default bridge xenbr0, exchange ARP and ICMP echo.
 */
import * as path from 'node:path';
import { Host } from '@hvsim/cli';

const demo = (name: string): string => path.resolve(__dirname, '..', 'images', 'demo', name);
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
