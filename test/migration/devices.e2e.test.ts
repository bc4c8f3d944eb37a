/**
 * End-to-end: live migration of domains with devices between real daemons that share a
 * datastore directory and whose xenbr0 bridges are joined by a VXLAN uplink.
 *
 * - Disk: the image stays in the shared datastore and its read-write lock, a lock file the
 *   other daemon sees, moves at the commit: a second read-write open is refused across
 *   daemons before and after; a migration that fails after the source offered the lock (the
 *   destination cannot open the image) leaves it with the source; the guest's I/O goes on
 *   through the migration with no round lost and no bad byte. A lock left by a daemon killed
 *   with -9 is stale and taken over.
 * - vif: a ping domain on B pings a peer on A for ever; the peer moves A→B and back. At each
 *   destination its netfront reconnects and sends a gratuitous ARP, the bridges learn where it
 *   is, and the pinger's own count of lost requests grows by at most 3 per migration.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freeUdpPorts } from '../../packages/dom0/test/network/udp-relay';
import { DEMO, freePort, hvsim, listJson, ok, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(180_000);

type TcpDaemon = Daemon & { tcp: string };
let shared: string;
let a: TcpDaemon;
let b: TcpDaemon;

async function tcpDaemon(extra: string[]): Promise<TcpDaemon> {
  const port = await freePort();
  const d = await startDaemon(['--tcp', `127.0.0.1:${port}`, ...extra]);
  return { ...d, tcp: `tcp:127.0.0.1:${port}` };
}

beforeAll(async () => {
  shared = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-shared-ds-'));
  const [pa, pb] = await freeUdpPorts(2);
  a = await tcpDaemon(['--datastore', shared, '--uplink', `xenbr0 vxlan vni=42 local=127.0.0.1:${pa} remote=127.0.0.1:${pb}`]);
  b = await tcpDaemon(['--datastore', shared, '--uplink', `xenbr0 vxlan vni=42 local=127.0.0.1:${pb} remote=127.0.0.1:${pa}`]);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  fs.rmSync(shared, { recursive: true, force: true });
});

const consoleOf = (d: Daemon, name: string): Promise<string> => ok(d.socket, ['console', '--no-follow', name]);
const namesAt = async (d: Daemon): Promise<string[]> => (await listJson(d.socket)).map((x) => x.name);

describe('a domain with a disk', () => {
  const soak = path.join(DEMO, 'disksoak.cfg');
  const rounds = (out: string): number[] => [...out.matchAll(/disksoak: round (\d+) ok\n/g)].map((m) => Number(m[1]));
  /** More rounds than the test waits for: it is under way throughout. */
  const ROUNDS = 1_000_000;

  it('keeps its disk across a migration: the lock moves at the commit, is refused across daemons, stays with the source when the migration fails', async () => {
    await ok(a.socket, ['disk-create', 'disksoak.img', '1M']);
    await ok(a.socket, ['create', soak, `cmdline="rounds=${ROUNDS}"`]);
    await until(async () => (rounds(await consoleOf(a, 'disksoak')).length >= 1 ? true : undefined), 30_000, 'a first round');
    // The other daemon sees the lock.
    const other = await hvsim(b.socket, ['create', soak, 'name="other"']);
    expect(other.code).not.toBe(0);
    expect(other.stderr).toMatch(new RegExp(`disksoak\\.img is already in use read-write by domain \\d+ of the hvsim daemon with pid ${a.pid}`));

    // A destination that cannot open the image (its datastore has none) fails the migration
    // after the source offered the lock: the source takes it back and runs on.
    const lone = await tcpDaemon([]);
    try {
      const failed = await hvsim(a.socket, ['migrate', 'disksoak', lone.tcp]);
      expect(failed.code).not.toBe(0);
      expect(failed.stderr).toMatch(/disk: target "disksoak\.img" does not exist in the datastore/);
      expect(await namesAt(lone)).toEqual(['Domain-0']);
    } finally {
      await lone.stop();
    }
    expect(await namesAt(a)).toContain('disksoak');
    const again = await hvsim(b.socket, ['create', soak, 'name="other"']);
    expect(again.stderr).toMatch(new RegExp(`already in use read-write by domain \\d+ of the hvsim daemon with pid ${a.pid}`));

    // The real migration: the lock is B's at the commit, A's is gone, the guest's I/O goes on.
    const before = rounds(await consoleOf(a, 'disksoak'));
    await ok(a.socket, ['migrate', 'disksoak', b.tcp]);
    expect(await namesAt(a)).not.toContain('disksoak');
    const third = await hvsim(a.socket, ['create', soak, 'name="other"']);
    expect(third.stderr).toMatch(new RegExp(`already in use read-write by domain \\d+ of the hvsim daemon with pid ${b.pid}`));
    const after = await until(async () => {
      const out = await consoleOf(b, 'disksoak');
      return rounds(out).length >= 5 ? out : undefined;
    }, 60_000, 'disksoak to make 5 rounds at B');
    expect(after).not.toMatch(/MISMATCH|failed/);
    // At B it goes on from where it was at A, one round after another.
    const atB = rounds(after);
    expect(atB[0]).toBeGreaterThan(before[before.length - 1]);
    expect(atB).toEqual(Array.from({ length: atB.length }, (_, i) => atB[0] + i));
    // Released when it is destroyed: A may open it now.
    await ok(b.socket, ['destroy', 'disksoak']);
    await ok(a.socket, ['create', soak, 'name="other"', '-p']);
    await ok(a.socket, ['destroy', 'other']);
  });

  it('a lock left by a daemon killed with -9 is stale: another daemon takes the disk', async () => {
    const doomed = await startDaemon(['--datastore', shared]);
    await ok(doomed.socket, ['create', soak, 'name="doomed"', '-p']);
    expect((await hvsim(b.socket, ['create', soak, '-p'])).stderr).toMatch(/already in use/);
    process.kill(doomed.pid, 'SIGKILL');
    await until(async () => ((await hvsim(b.socket, ['create', soak, '-p'])).code === 0 ? true : undefined), 10_000, 'the stale lock to be taken');
    await ok(b.socket, ['destroy', 'disksoak']);
    await doomed.stop();
  });
});

describe('a domain with a vif, across a VXLAN uplink', () => {
  /** The pinger's last report: transmitted, received, lost. */
  async function report(): Promise<{ transmitted: number; lost: number }> {
    const all = [...(await consoleOf(b, 'pinger')).matchAll(/ping: (\d+) transmitted, (\d+) received, (\d+) lost\n/g)];
    const m = all.at(-1);
    return m === undefined ? { transmitted: 0, lost: 0 } : { transmitted: Number(m[1]), lost: Number(m[3]) };
  }
  const reportPast = (n: number): Promise<{ transmitted: number; lost: number }> =>
    until(async () => {
      const r = await report();
      return r.transmitted > n ? r : undefined;
    }, 60_000, `the pinger to report past ${n}`);

  it('the peer of a pinger moves A→B and back: each time it announces itself and at most 3 requests are lost', async () => {
    await ok(a.socket, ['create', path.join(DEMO, 'ping-peer.cfg'), 'cmdline="ip=10.0.0.2 serve=0"']);
    await ok(b.socket, ['create', path.join(DEMO, 'ping.cfg'), 'cmdline="ip=10.0.0.1 ping=10.0.0.2 count=0 interval_ms=200"']);
    const start = await reportPast(0);
    expect(start.lost).toBeLessThanOrEqual(1); // the first request may go before the far side learned the MACs

    await ok(a.socket, ['migrate', 'pingee', b.tcp]);
    const there = await until(async () => {
      const out = await consoleOf(b, 'pingee');
      return out.includes('gratuitous ARP sent') ? out : undefined;
    }, 20_000, 'the peer to announce itself at B');
    expect(there).toContain('ping: vif reconnected (1); gratuitous ARP sent\n');
    const moved = await reportPast(start.transmitted + 25);
    expect(moved.lost - start.lost).toBeLessThanOrEqual(3);

    await ok(b.socket, ['migrate', 'pingee', a.tcp]);
    await until(async () => ((await consoleOf(a, 'pingee')).includes('vif reconnected (2); gratuitous ARP sent') ? true : undefined), 20_000, 'the peer to announce itself at A');
    const back = await reportPast(moved.transmitted + 25);
    expect(back.lost - moved.lost).toBeLessThanOrEqual(3);
    // Frames in flight were dropped, not duplicated or corrupted.
    expect(await consoleOf(b, 'pinger')).not.toMatch(/failed|bad checksums|DUP!/);
  });
});
