/**
 * VXLAN uplinks (network/vxlan*.ts, uplink-*.ts): the RFC 7348 header, uplink declarations, two
 * hosts' bridges sharing one segment over UDP on 127.0.0.1, hostile datagrams, and the
 * active-backup team failing over within 100 ms of virtual time when a path stops answering.
 */
import * as dgram from 'node:dgram';
import {
  Bridges, DEFAULT_BRIDGES, LINK_TIMEOUT_NS, PROBE_INTERVAL_NS, Uplinks, encapsulate, parseBridgeSpec, parseUplinkSpec, readVxlanVni,
  writeVxlanHeader, type UplinkSpec,
} from '../../src';
import { FakeClock } from '../support/fake-core';
import { BROADCAST, MAC_A, MAC_B, frame, plug } from './helpers';
import { UdpRelay, freeUdpPorts } from './udp-relay';

describe('VXLAN header (RFC 7348)', () => {
  test('8 bytes: the I flag, reserved zeros, the 24-bit VNI', () => {
    const d = new Uint8Array(8 + 14).fill(0xee);
    writeVxlanHeader(d, 0xabcdef);
    expect([...d.subarray(0, 8)]).toEqual([0x08, 0, 0, 0, 0xab, 0xcd, 0xef, 0]);
    expect(readVxlanVni(d)).toBe(0xabcdef);
    expect([...encapsulate(new Uint8Array([1, 2, 3]), 42)]).toEqual([0x08, 0, 0, 0, 0, 0, 42, 0, 1, 2, 3]);
  });

  test('reserved bits are ignored on receipt; no I flag or too short is malformed', () => {
    const d = new Uint8Array(8 + 14);
    writeVxlanHeader(d, 7);
    d[0] |= 0xf7;
    d[1] = d[2] = d[3] = d[7] = 0xff;
    expect(readVxlanVni(d)).toBe(7);
    d[0] = 0xf7; // everything but I
    expect(readVxlanVni(d)).toBe(-1);
    writeVxlanHeader(d, 7);
    expect(readVxlanVni(d.subarray(0, 21))).toBe(-1);
  });
});

describe('uplink declarations', () => {
  test('ip-link-like words; port 4789 by default', () => {
    expect(parseUplinkSpec('xenbr0 vxlan vni=42 local=127.0.0.1:5000 remote=127.0.0.1:5001')).toEqual({
      bridge: 'xenbr0', vni: 42, local: { host: '127.0.0.1', port: 5000 }, remote: { host: '127.0.0.1', port: 5001 },
    });
    expect(parseUplinkSpec('br1 vxlan remote=10.0.0.2 vni=7')).toEqual({ bridge: 'br1', vni: 7, local: { host: '0.0.0.0', port: 4789 }, remote: { host: '10.0.0.2', port: 4789 } });
    expect(parseUplinkSpec('br1 vxlan vni=1 remote=[::1]:6000').local).toEqual({ host: '::', port: 4789 });
  });

  test.each([
    ['', /empty/],
    ['xenbr0 gre vni=1 remote=1.2.3.4', /expected "vxlan"/],
    ['xenbr0 vxlan remote=1.2.3.4', /vni= must be 0\.\.16777215 \(missing\)/],
    ['xenbr0 vxlan vni=16777216 remote=1.2.3.4', /vni=/],
    ['xenbr0 vxlan vni=1', /remote=ADDR\[:PORT\] is missing/],
    ['xenbr0 vxlan vni=1 remote=example.com', /numeric IP/],
    ['xenbr0 vxlan vni=1 remote=1.2.3.4:0', /1\.\.65535/],
    ['xenbr0 vxlan vni=1 remote=1.2.3.4 dev=eth0', /unknown option "dev=eth0"/],
    ['xenbr0 vxlan vni=1 vni=2 remote=1.2.3.4', /vni given twice/],
    ['xenbr0 vxlan vni=1 remote=1.2.3.4 local=::1', /must both be IPv4 or both IPv6/],
  ])('%j is refused', (text, why) => {
    expect(() => parseUplinkSpec(text)).toThrow(why);
  });

  test('an uplink of an undeclared bridge, a path declared twice, a port in use: boot fails, nothing stays bound', async () => {
    const clock = new FakeClock();
    const bridges = new Bridges(DEFAULT_BRIDGES, () => clock.now());
    await expect(Uplinks.open([parseUplinkSpec('xenbr9 vxlan vni=1 remote=127.0.0.1:9')], bridges, clock, () => undefined)).rejects.toThrow(/no such bridge \(declared: xenbr0\)/);
    const twice = parseUplinkSpec('xenbr0 vxlan vni=1 local=127.0.0.1:9 remote=127.0.0.1:9');
    await expect(Uplinks.open([twice, twice], bridges, clock, () => undefined)).rejects.toThrow(/declared twice/);
    const [busy] = await freeUdpPorts(1);
    const holder = dgram.createSocket('udp4');
    await new Promise<void>((r) => holder.bind(busy, '127.0.0.1', r));
    const [other] = await freeUdpPorts(1);
    const specs = [`xenbr0 vxlan vni=1 local=127.0.0.1:${other} remote=127.0.0.1:9`, `xenbr0 vxlan vni=1 local=127.0.0.1:${busy} remote=127.0.0.1:9`].map(parseUplinkSpec);
    await expect(Uplinks.open(specs, bridges, clock, () => undefined)).rejects.toThrow(new RegExp(`cannot bind UDP 127\\.0\\.0\\.1:${busy}: .*EADDRINUSE`));
    holder.close();
    // The first socket was closed again: its port binds.
    const again = dgram.createSocket('udp4');
    await new Promise<void>((r) => again.bind(other, '127.0.0.1', r));
    again.close();
    expect(clock.pendingTimers).toBe(0);
  });
});

/** A host's network alone: bridges and uplinks on a virtual clock the test moves. */
interface TestHost {
  clock: FakeClock;
  bridges: Bridges;
  uplinks: Uplinks;
  logs: string[];
}

async function host(uplinks: string[], bridges = ['xenbr0']): Promise<TestHost> {
  const clock = new FakeClock();
  const logs: string[] = [];
  const b = new Bridges(bridges.map(parseBridgeSpec), () => clock.now());
  return { clock, bridges: b, uplinks: await Uplinks.open(uplinks.map(parseUplinkSpec), b, clock, (l) => logs.push(l)), logs };
}

const wallMs = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Moves both hosts' virtual time by `ns` in 1 ms steps, each with about 1 ms of wall time for
 *  the datagrams to travel (the daemon's realtime pacing, roughly). */
async function runBoth(hosts: TestHost[], ns: number): Promise<void> {
  for (let t = 0; t < ns; t += 1_000_000) {
    for (const h of hosts) h.clock.advance(1_000_000);
    await wallMs(1);
  }
}

async function until(check: () => boolean, hosts: TestHost[], limitNs: number): Promise<number> {
  const start = hosts[0].clock.now();
  while (!check()) {
    if (hosts[0].clock.now() - start > limitNs) throw new Error(`not within ${limitNs / 1e6} ms of virtual time`);
    await runBoth(hosts, 1_000_000);
  }
  return hosts[0].clock.now() - start;
}

describe('two hosts on one segment', () => {
  let hosts: TestHost[] = [];
  afterEach(async () => {
    await Promise.all(hosts.map((h) => h.uplinks.close()));
    hosts = [];
  });

  test('frames cross in VXLAN both ways; each bridge learns the other side\'s stations on its uplink', async () => {
    const [p1, p2] = await freeUdpPorts(2);
    hosts = [
      await host([`xenbr0 vxlan vni=42 local=127.0.0.1:${p1} remote=127.0.0.1:${p2}`]),
      await host([`xenbr0 vxlan vni=42 local=127.0.0.1:${p2} remote=127.0.0.1:${p1}`]),
    ];
    const [sw1, sw2] = hosts.map((h) => h.bridges.get('xenbr0')!);
    const a = plug(sw1, 'vif1.0');
    const b = plug(sw2, 'vif1.0');
    a.port.send(frame(BROADCAST, MAC_A));
    await until(() => b.got.length === 1, hosts, 50e6);
    expect(b.got[0]).toEqual(frame(BROADCAST, MAC_A));
    b.port.send(frame(MAC_A, MAC_B, { payload: 1500 }));
    await until(() => a.got.length === 1, hosts, 50e6);
    expect(a.got[0]).toEqual(frame(MAC_A, MAC_B, { payload: 1500 }));
    expect(sw2.macs().find((m) => m.mac === MAC_A)?.portName).toBe('uplink');
    expect(sw1.macs().find((m) => m.mac === MAC_B)?.portName).toBe('uplink');
  });

  test('hostile datagrams are dropped and counted: malformed, another VNI, an unknown sender', async () => {
    const [p1, p2] = await freeUdpPorts(2);
    hosts = [await host([`xenbr0 vxlan vni=42 local=127.0.0.1:${p1} remote=127.0.0.1:${p2}`])];
    const a = plug(hosts[0].bridges.get('xenbr0')!, 'vif1.0');
    const peer = dgram.createSocket('udp4');
    await new Promise<void>((r) => peer.bind(p2, '127.0.0.1', r));
    const stranger = dgram.createSocket('udp4');
    try {
      const send = (s: dgram.Socket, d: Uint8Array): Promise<void> => new Promise((r) => s.send(d, p1, '127.0.0.1', () => r()));
      await send(peer, new Uint8Array(0));
      await send(peer, new Uint8Array(21));
      await send(peer, new Uint8Array(60)); // no I flag
      await send(peer, encapsulate(frame(BROADCAST, MAC_B), 43));
      await send(stranger, encapsulate(frame(BROADCAST, MAC_B), 42));
      for (let i = 0; i < 50; i++) await send(peer, Uint8Array.from({ length: i * 37 % 200 }, (_, j) => (i * 31 + j * 7) & 0xff));
      await send(peer, encapsulate(new Uint8Array(14), 42)); // all-zero source: the bridge drops it
      await send(peer, encapsulate(frame(BROADCAST, MAC_B), 42));
      await until(() => a.got.length === 1, hosts, 50e6);
      const counters = Object.values(hosts[0].uplinks.socketCounters())[0];
      const path = hosts[0].uplinks.teams.get('xenbr0')!.pathInfo()[0];
      expect(counters.malformed).toBeGreaterThanOrEqual(3);
      expect(counters.unknownPeer).toBeGreaterThanOrEqual(2); // VNI 43, the stranger (and random bytes with the I flag)
      expect(counters.malformed + counters.unknownPeer + path.rxDatagrams).toBe(57);
      expect(path.rxDatagrams).toBe(2);
      expect(hosts[0].bridges.get('xenbr0')!.stats.dropped).toBe(1);
      expect(a.got).toEqual([frame(BROADCAST, MAC_B)]);
    } finally {
      peer.close();
      stranger.close();
    }
  });
});

describe('NIC teaming: two uplinks, active-backup', () => {
  test('a path that stops answering is left within 100 ms of virtual time; traffic goes on over the other, and back to the primary once it answers', async () => {
    const [h1a, h1b, h2a, h2b, l0, r0, l1, r1] = await freeUdpPorts(8);
    const paths = [await UdpRelay.open(l0, r0, h1a, h2a), await UdpRelay.open(l1, r1, h1b, h2b)];
    const hosts = [
      await host([`xenbr0 vxlan vni=42 local=127.0.0.1:${h1a} remote=127.0.0.1:${l0}`, `xenbr0 vxlan vni=42 local=127.0.0.1:${h1b} remote=127.0.0.1:${l1}`]),
      await host([`xenbr0 vxlan vni=42 local=127.0.0.1:${h2a} remote=127.0.0.1:${r0}`, `xenbr0 vxlan vni=42 local=127.0.0.1:${h2b} remote=127.0.0.1:${r1}`]),
    ];
    try {
      const team1 = hosts[0].uplinks.teams.get('xenbr0')!;
      const a = plug(hosts[0].bridges.get('xenbr0')!, 'vif1.0');
      const b = plug(hosts[1].bridges.get('xenbr0')!, 'vif1.0');
      await until(() => team1.pathInfo().every((p) => p.up), hosts, 100e6);
      expect(team1.activePath).toBe(0);

      paths[0].cut = true;
      const failover = await until(() => team1.activePath === 1, hosts, 200e6);
      expect(failover).toBeLessThanOrEqual(100e6);
      expect(failover).toBeGreaterThanOrEqual(LINK_TIMEOUT_NS - PROBE_INTERVAL_NS);
      expect(hosts[0].logs.join('\n')).toMatch(/stopped answering; traffic moves to vni 42 127\.0\.0\.1:\d+ -> 127\.0\.0\.1:\d+/);
      a.port.send(frame(BROADCAST, MAC_A));
      await until(() => b.got.length === 1, hosts, 50e6);
      b.port.send(frame(MAC_A, MAC_B));
      await until(() => a.got.length === 1, hosts, 100e6);
      expect(team1.pathInfo().map((p) => [p.up, p.active, p.failures])).toEqual([[false, false, 1], [true, true, 0]]);

      paths[0].cut = false;
      await until(() => team1.activePath === 0, hosts, 100e6);
      a.port.send(frame(MAC_B, MAC_A));
      await until(() => b.got.length === 2, hosts, 50e6);
    } finally {
      await Promise.all(hosts.map((h) => h.uplinks.close()));
      for (const p of paths) p.close();
    }
  });
});
