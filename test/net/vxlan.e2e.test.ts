/**
 * Two real daemons whose xenbr0 bridges share one segment over VXLAN: the ping demo's two
 * domains, one on each host, exchange ARP and ICMP echo across the uplink (netfront → netback →
 * bridge → VXLAN/UDP → bridge → netback → netfront), and a capture on the far side shows it to
 * tcpdump. Then with two uplinks per bridge through relays standing for two network paths: one
 * path is cut, the team moves to the other, and the domains still reach each other.
 */
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, HVSIM, ok, sleep, startDaemon, until, type Daemon } from '../e2e-helpers';
import { UdpRelay, freeUdpPorts } from '../../packages/dom0/test/network/udp-relay';
import { missingTools } from '../host-tools';

jest.setTimeout(120_000);

let daemons: Daemon[] = [];
let relays: UdpRelay[] = [];
afterEach(async () => {
  await Promise.all(daemons.map((d) => d.stop()));
  for (const r of relays) r.close();
  daemons = [];
  relays = [];
});

async function daemon(uplinks: string[]): Promise<Daemon> {
  const d = await startDaemon(uplinks.flatMap((u) => ['--uplink', u]));
  daemons.push(d);
  return d;
}

const consoleOf = (d: Daemon, name: string): Promise<string> => ok(d.socket, ['console', '--no-follow', name]);

/** Starts the ping demo's answering domain on `b` and its pinging one on `a`; resolves to the pinger's console once it is done. */
async function pingAcross(a: Daemon, b: Daemon): Promise<string> {
  await ok(b.socket, ['create', path.join(DEMO, 'ping-peer.cfg'), 'on_poweroff="preserve"']);
  await ok(a.socket, ['create', path.join(DEMO, 'ping.cfg'), 'on_poweroff="preserve"']);
  return until(async () => {
    const out = await consoleOf(a, 'pinger');
    return out.includes('ping statistics') ? out : undefined;
  }, 30_000, 'the pinger to finish');
}

test('the ping demo across two daemons over VXLAN; a capture on the far side shows it to tcpdump', async () => {
  expect(missingTools(['tcpdump'])).toEqual([]); // CI installs it (.ci/run)
  const [pa, pb] = await freeUdpPorts(2);
  const a = await daemon([`xenbr0 vxlan vni=42 local=127.0.0.1:${pa} remote=127.0.0.1:${pb}`]);
  const b = await daemon([`xenbr0 vxlan vni=42 local=127.0.0.1:${pb} remote=127.0.0.1:${pa}`]);
  const file = path.join(b.dir, 'xenbr0.pcap');
  // Open-ended, stopped with Ctrl-C once the ping is over, as one would run tcpdump: a count
  // would end it early whenever ARP had to ask twice (a loaded host answers late).
  const capture = spawn(process.execPath, [HVSIM, 'net-capture', 'xenbr0', file, '--socket', b.socket], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  capture.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
  const captured = new Promise<number>((r) => capture.on('exit', (code) => r(code ?? 1)));
  await until(async () => (stderr.includes('listening on xenbr0') ? true : undefined), 10_000, 'the capture to attach');

  const out = await pingAcross(a, b);
  expect(out).toContain('4 packets transmitted, 4 received, 0% packet loss');
  expect(await consoleOf(b, 'pingee')).toContain('answered 4 echo requests');

  await sleep(300); // the last reply's record on its way from the daemon to the capture
  capture.kill('SIGINT');
  expect(await captured).toBe(0);
  const dump = await new Promise<string>((resolve, reject) => {
    execFile('tcpdump', ['-r', file, '-nn', '-e'], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
  // ARP's request and reply (asked again, perhaps), four echo requests and their replies.
  expect(dump).toMatch(/00:16:3e:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype ARP \(0x0806\), length 60: Request who-has 10\.0\.0\.2 tell 10\.0\.0\.1/);
  expect(dump.match(/10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request/g)).toHaveLength(4);
  expect(dump.match(/10\.0\.0\.2 > 10\.0\.0\.1: ICMP echo reply/g)).toHaveLength(4);
  expect(dump).toMatch(/ > 00:16:3e:00:00:01, ethertype ARP \(0x0806\), length 60: Reply 10\.0\.0\.2 is-at /);
});

test('two uplinks per bridge: with one path cut the team moves to the other and the domains still reach each other', async () => {
  const [a0, a1, b0, b1, l0, r0, l1, r1] = await freeUdpPorts(8);
  relays = [await UdpRelay.open(l0, r0, a0, b0), await UdpRelay.open(l1, r1, a1, b1)];
  const a = await daemon([`xenbr0 vxlan vni=42 local=127.0.0.1:${a0} remote=127.0.0.1:${l0}`, `xenbr0 vxlan vni=42 local=127.0.0.1:${a1} remote=127.0.0.1:${l1}`]);
  const b = await daemon([`xenbr0 vxlan vni=42 local=127.0.0.1:${b0} remote=127.0.0.1:${r0}`, `xenbr0 vxlan vni=42 local=127.0.0.1:${b1} remote=127.0.0.1:${r1}`]);
  relays[0].cut = true;
  const logOf = (d: Daemon): string => fs.readFileSync(path.join(d.dir, 'run', 'hvsim.log'), 'utf8');
  // Both teams see path 0 stop answering (it answered once, or never did) and send on path 1.
  for (const d of [a, b]) {
    await until(async () => (/traffic moves to vni 42 127\.0\.0\.1:\d+ -> 127\.0\.0\.1:\d+/.test(logOf(d)) || undefined), 10_000, 'the failover');
  }
  const out = await pingAcross(a, b);
  expect(out).toContain('4 packets transmitted, 4 received, 0% packet loss');
});
