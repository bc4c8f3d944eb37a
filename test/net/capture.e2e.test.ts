/**
 * `hvsim net-capture` against a real daemon whose xenbr0 has a VXLAN uplink to a peer played by
 * this test (a UDP socket speaking RFC 7348): frames the peer sends enter the bridge, the capture
 * streams them to the CLI, which writes a pcap file that Xen's users would read with `tcpdump
 * -r`. Hostile datagrams on the way are dropped and the daemon goes on.
 */
import { execFile, spawn } from 'node:child_process';
import * as dgram from 'node:dgram';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HVSIM, hvsim, startDaemon, until, type Daemon } from '../e2e-helpers';
import { freeUdpPorts } from '../../packages/dom0/test/network/udp-relay';
import { missingTools } from '../host-tools';

jest.setTimeout(60_000);

const MAC_A = [0x00, 0x16, 0x3e, 0x00, 0x00, 0x0a];
const MAC_B = [0x00, 0x16, 0x3e, 0x00, 0x00, 0x0b];
const IP_A = [10, 0, 0, 1];
const IP_B = [10, 0, 0, 2];

function checksum(bytes: number[]): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i] << 8) | (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

const be16 = (n: number): number[] => [n >> 8, n & 0xff];

function arpRequest(): number[] {
  return [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, ...MAC_A, ...be16(0x0806),
    ...be16(1), ...be16(0x0800), 6, 4, ...be16(1), ...MAC_A, ...IP_A, 0, 0, 0, 0, 0, 0, ...IP_B];
}

function icmpEcho(type: 0 | 8, from: number[], to: number[], ipFrom: number[], ipTo: number[]): number[] {
  const icmpBody = [type, 0, 0, 0, ...be16(0x1234), ...be16(1), ...Array.from({ length: 32 }, (_, i) => 0x61 + (i % 23))];
  const icmp = [...icmpBody.slice(0, 2), ...be16(checksum(icmpBody)), ...icmpBody.slice(4)];
  const ipNoSum = [0x45, 0, ...be16(20 + icmp.length), 0, 1, 0x40, 0, 64, 1, 0, 0, ...ipFrom, ...ipTo];
  const ip = [...ipNoSum.slice(0, 10), ...be16(checksum(ipNoSum)), ...ipNoSum.slice(12)];
  return [...to, ...from, ...be16(0x0800), ...ip, ...icmp];
}

const vxlan = (vni: number, frame: number[]): Buffer => Buffer.from([0x08, 0, 0, 0, vni >> 16, (vni >> 8) & 0xff, vni & 0xff, 0, ...frame]);

function run(tool: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tool, args, { timeout: 20_000 }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
  });
}

describe('net-capture', () => {
  let daemon: Daemon;
  let peer: dgram.Socket;
  let daemonPort: number;
  const fromDaemon: Buffer[] = [];

  beforeAll(async () => {
    expect(missingTools(['tcpdump'])).toEqual([]); // CI installs it (.ci/run)
    const [p, q] = await freeUdpPorts(2);
    daemonPort = p;
    peer = dgram.createSocket('udp4');
    peer.on('message', (m) => fromDaemon.push(m));
    await new Promise<void>((r) => peer.bind(q, '127.0.0.1', r));
    daemon = await startDaemon(['--bridge', 'xenbr0', '--bridge', 'xenbr1 vlan-aware', '--uplink', `xenbr0 vxlan vni=42 local=127.0.0.1:${p} remote=127.0.0.1:${q}`]);
  });

  afterAll(async () => {
    await daemon?.stop();
    peer?.close();
  });

  const send = (d: Buffer): Promise<void> => new Promise((r) => peer.send(d, daemonPort, '127.0.0.1', () => r()));

  /** Starts `hvsim net-capture ARGS` and returns once it is attached. */
  async function startCapture(args: string[]): Promise<{ exited: Promise<number>; stderr: () => string }> {
    const child = spawn(process.execPath, [HVSIM, 'net-capture', ...args, '--socket', daemon.socket], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const exited = new Promise<number>((r) => child.on('exit', (code) => r(code ?? 1)));
    await until(async () => (stderr.includes(`listening on ${args[0]}`) ? true : undefined), 10_000, 'the capture to attach');
    return { exited, stderr: () => stderr };
  }

  test('frames arriving over VXLAN are captured to a pcap file that tcpdump -r reads', async () => {
    const file = path.join(daemon.dir, 'xenbr0.pcap');
    const capture = await startCapture(['xenbr0', file, '--count', '3']);
    expect(fs.existsSync(file)).toBe(false); // written whole at the end

    await send(Buffer.from('not vxlan at all'));
    await send(vxlan(42, [])); // no frame
    await send(vxlan(43, arpRequest())); // another segment
    await send(vxlan(42, arpRequest()));
    await send(vxlan(42, icmpEcho(8, MAC_A, MAC_B, IP_A, IP_B)));
    await send(vxlan(42, icmpEcho(8, MAC_A, MAC_B, IP_A, IP_B).slice(0, 13))); // a runt: the bridge drops it
    await send(vxlan(42, icmpEcho(0, MAC_B, MAC_A, IP_B, IP_A)));

    expect(await capture.exited).toBe(0);
    expect(capture.stderr()).toContain('3 packets captured');
    expect(fs.readdirSync(daemon.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const bytes = fs.readFileSync(file);
    expect(bytes.readUInt32LE(0)).toBe(0xa1b23c4d);
    expect(bytes.readUInt32LE(20)).toBe(1); // LINKTYPE_ETHERNET

    const r = await run('tcpdump', ['-r', file, '-nn', '-e', '-tt', '--time-stamp-precision=nano']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\d+\.\d{9} 00:16:3e:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP \(0x0806\), length 42: Request who-has 10\.0\.0\.2 tell 10\.0\.0\.1, length 28$/);
    expect(lines[1]).toMatch(/00:16:3e:00:00:0a > 00:16:3e:00:00:0b, ethertype IPv4 \(0x0800\), length 74: 10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request, id 4660, seq 1, length 40$/);
    expect(lines[2]).toMatch(/00:16:3e:00:00:0b > 00:16:3e:00:00:0a, ethertype IPv4 \(0x0800\), length 74: 10\.0\.0\.2 > 10\.0\.0\.1: ICMP echo reply, id 4660, seq 1, length 40$/);
    // Timestamps are virtual time since the host booted, in order.
    const times = lines.map((l) => Number(l.split(' ')[0]));
    expect(times[0]).toBeGreaterThan(0);
    expect(times[0]).toBeLessThanOrEqual(times[1]);
    expect(times[1]).toBeLessThanOrEqual(times[2]);
  });

  test('bridge-list shows the bridges, the uplink port\'s counters, its path and what the VXLAN socket dropped', async () => {
    const r = JSON.parse((await hvsim(daemon.socket, ['bridge-list', '--json'])).stdout) as {
      bridges: Array<{ name: string; vlanAware: boolean; macs: number; ports: Array<{ name: string; trunk: boolean; rxFrames: string; dropped?: string }>; uplinkPaths: Array<{ name: string; up?: boolean; active: boolean; txDatagrams: string }> }>;
      vxlanSockets: Array<{ local: string; malformed: string; unknownPeer: string }>;
    };
    // --json is protobuf's JSON: fields at their defaults (false, 0) left out, 64-bit numbers as strings.
    expect(r.bridges.map((b) => [b.name, b.vlanAware ?? false])).toEqual([['xenbr0', false], ['xenbr1', true]]);
    const [xenbr0] = r.bridges;
    // The runt of the first test was too short to be VXLAN: the socket dropped it, not the bridge.
    expect(xenbr0.ports.map((p) => [p.name, p.trunk, Number(p.rxFrames), Number(p.dropped ?? 0)])).toEqual([['uplink', true, 3, 0]]);
    expect(xenbr0.macs).toBe(2);
    expect(xenbr0.uplinkPaths).toEqual([expect.objectContaining({ name: `vni 42 127.0.0.1:${daemonPort} -> 127.0.0.1:${peer.address().port}`, active: true })]);
    expect(xenbr0.uplinkPaths[0].up ?? false).toBe(false);
    expect(Number(xenbr0.uplinkPaths[0].txDatagrams)).toBeGreaterThan(0); // its probes, unanswered
    expect(r.vxlanSockets.map((v) => [v.local, Number(v.malformed), Number(v.unknownPeer)])).toEqual([[`127.0.0.1:${daemonPort}`, 3, 1]]);
    const text = await hvsim(daemon.socket, ['bridge-list']);
    expect(text.stdout).toMatch(/^bridge name {5}vlan-aware {2}MACs {3}interfaces\nxenbr0 {10}no {10}2 {6}uplink\nxenbr1 {10}yes {9}0 {6}\n/);
    expect(text.stdout).toContain(`vxlan socket 127.0.0.1:${daemonPort}: 3 malformed, 1 from unknown peers (dropped)`);
  });

  test('the daemon speaks VXLAN back: its link probes reach the peer in VNI 42', async () => {
    await until(async () => (fromDaemon.length > 0 ? true : undefined), 5_000, 'a datagram from the daemon');
    const d = fromDaemon[0];
    expect([...d.subarray(0, 8)]).toEqual([0x08, 0, 0, 0, 0, 0, 42, 0]);
    expect(d.readUInt16BE(8 + 12)).toBe(0x88b5);
  });

  test('--duration ends a capture after that much virtual time; --snaplen cuts frames', async () => {
    const file = path.join(daemon.dir, 'short.pcap');
    const capture = await startCapture(['xenbr0', file, '--duration', '1', '--snaplen', '20']);
    await send(vxlan(42, arpRequest()));
    expect(await capture.exited).toBe(0);
    expect(capture.stderr()).toContain('1 packet captured');
    const bytes = fs.readFileSync(file);
    expect(bytes.readUInt32LE(16)).toBe(20);
    expect(bytes.length).toBe(24 + 16 + 20);
    expect([bytes.readUInt32LE(24 + 8), bytes.readUInt32LE(24 + 12)]).toEqual([20, 42]);
  });

  test('an unknown bridge, or a file hvsim must not replace, is refused and nothing is written', async () => {
    const r = await hvsim(daemon.socket, ['net-capture', 'xenbr9', path.join(daemon.dir, 'x.pcap'), '--count', '1']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no such bridge "xenbr9" (bridges: xenbr0, xenbr1)');
    expect(fs.existsSync(path.join(daemon.dir, 'x.pcap'))).toBe(false);
    const dir = await hvsim(daemon.socket, ['net-capture', 'xenbr0', daemon.dir, '--count', '1']);
    expect(dir.code).not.toBe(0);
    expect(dir.stderr).toMatch(/not a regular file/);
    expect(fs.readdirSync(daemon.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

test('boot refuses a bad uplink or bridge, naming it, and leaves no daemon running', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-net-boot-'));
  const socket = path.join(dir, 'run', 'hvsim.sock');
  try {
    const bad = await hvsim(socket, ['boot', '--detach', '--uplink', 'xenbr0 vxlan vni=1']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('uplink of xenbr0: remote=ADDR[:PORT] is missing');
    const twice = await hvsim(socket, ['boot', '--detach', '--bridge', 'xenbr0', '--bridge', 'xenbr0 vlan-aware']);
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toContain('bridge xenbr0 is declared twice');
    const noBridge = await hvsim(socket, ['boot', '--detach', '--uplink', 'xenbr9 vxlan vni=1 local=127.0.0.1:9 remote=127.0.0.1:9']);
    expect(noBridge.code).not.toBe(0);
    expect(noBridge.stderr).toContain('uplink of xenbr9: no such bridge (declared: xenbr0)');
    expect((await hvsim(socket, ['list'])).code).not.toBe(0); // nothing answers
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
