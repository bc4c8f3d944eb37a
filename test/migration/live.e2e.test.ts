/**
 * End-to-end: live migration (pre-copy) between real daemons, and the rule that a domain is
 * in exactly one place whatever fails.
 *
 * - A dirtier (a guest writing memory at a set rate and printing a counter it keeps in
 *   memory) moves live over TCP: several rounds, its counter goes on at the destination.
 * - A destination that cannot run it (fewer ISA extensions, too little memory) refuses in the
 *   header: nothing moves, the domain runs on.
 * - The destination killed (-9) in round 0, in a later round and in the paused round, or the
 *   connection cut mid-stream: the source runs the domain on, the destination keeps nothing.
 * - A malformed or truncated stream: refused with a clear error; the destination serves on.
 * - The source killed once the destination committed: the domain runs at the destination.
 * - 100 migrations back and forth: the counter never goes back, the domain is on exactly one
 *   host after each.
 */
import * as net from 'node:net';
import * as path from 'node:path';
import { FrameDecoder, ManagementService, RpcClient, RpcError, StatusCode, connectUnix, encodeFrame, pb, type ServiceClient } from '@hvsim/control';
import { Host } from '@hvsim/host';
import { RecordType } from '../../packages/dom0/src/toolstack/migration-stream';
import { encodeHeader, encodePages, encodeRecord } from '../../packages/dom0/test/toolstack/stream-records';
import { localCompat } from '../../packages/dom0/src/toolstack/host-compat';
import { DEMO, alive, freePort, hvsim, listJson, ok, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(120_000);

type Management = ServiceClient<typeof ManagementService>;

const DIRTIER = path.join(DEMO, 'dirtier.cfg');

async function connect(socket: string): Promise<{ rpc: RpcClient; m: Management }> {
  const rpc = await RpcClient.connect(await connectUnix(socket), { name: 'e2e-migration' });
  return { rpc, m: rpc.service(ManagementService) };
}

/** The counters a dirtier printed on this host, in order. */
async function counts(m: Management, name: string): Promise<number[]> {
  const chunks: Uint8Array[] = [];
  for await (const r of m.ConsoleStream({ domain: name, follow: false, history: true })) chunks.push(r.data);
  return [...Buffer.concat(chunks).toString('utf8').matchAll(/dirtier: count (\d+)/g)].map((x) => Number(x[1]));
}

/** Waits until the domain has printed a counter above `above` on this host; returns the counters. */
async function countsAbove(m: Management, name: string, above: number, what: string): Promise<number[]> {
  return until(async () => {
    const c = await counts(m, name).catch(() => []);
    return c.length > 0 && c[c.length - 1] > above ? c : undefined;
  }, 20_000, what);
}

async function names(m: Management): Promise<string[]> {
  return (await m.ListDomains({ domains: [] })).domains.map((d) => d.name);
}

async function freePages(m: Management): Promise<number> {
  return Number((await m.Physinfo({})).physinfo?.freePages);
}

async function tcpDaemon(extra: string[] = []): Promise<Daemon & { tcp: string }> {
  const port = await freePort();
  const d = await startDaemon(['--tcp', `127.0.0.1:${port}`, ...extra]);
  return { ...d, tcp: `tcp:127.0.0.1:${port}` };
}

/** The domain runs at `m`: listed once, not paused, its counter moving past `above`. */
async function runsAt(m: Management, name: string, above: number): Promise<number> {
  const listed = (await m.ListDomains({ domains: [] })).domains.filter((d) => d.name === name);
  expect(listed).toHaveLength(1);
  expect(listed[0].info?.paused).toBe(false);
  const c = await countsAbove(m, name, above, `${name} to count past ${above}`);
  return c[c.length - 1];
}

let src: Daemon;
let srcM: Management;
let srcRpc: RpcClient;

beforeAll(async () => {
  src = await startDaemon();
  ({ rpc: srcRpc, m: srcM } = await connect(src.socket));
});

afterAll(async () => {
  srcRpc?.close();
  await src?.stop();
});

describe('live migration between daemons', () => {
  let dst: Daemon & { tcp: string };
  let dstM: Management;
  let dstRpc: RpcClient;

  beforeAll(async () => {
    dst = await tcpDaemon();
    ({ rpc: dstRpc, m: dstM } = await connect(dst.socket));
  });

  afterAll(async () => {
    dstRpc?.close();
    await dst?.stop();
  });

  it('moves a dirtier live over TCP in rounds; its counter goes on at the destination, none left at the source', async () => {
    await ok(src.socket, ['create', DIRTIER, 'name="live1"', 'cmdline="rate=32 wws=512"']);
    const before = await countsAbove(srcM, 'live1', 5, 'live1 to count');
    const r = await hvsim(src.socket, ['migrate', '--json', 'live1', dst.tcp], 60_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { live: boolean; rounds: number; pagesPerRound: number[]; bytes: number; totalWallMs: number; downtimeVirtualMs: number; downtimeWallMs: number; domid: number };
    expect(report.live).toBe(true);
    expect(report.rounds).toBeGreaterThanOrEqual(2);
    // Round 0 sends every page of its 16 MiB (zero pages without their bytes).
    expect(report.pagesPerRound[0]).toBeGreaterThanOrEqual(4000);
    expect(report.bytes).toBeGreaterThan(512 * 4096);
    expect(report.downtimeVirtualMs).toBeGreaterThan(0);
    expect(report.downtimeWallMs).toBeGreaterThan(0);
    expect(report.totalWallMs).toBeGreaterThanOrEqual(report.downtimeWallMs);
    expect(await names(srcM)).toEqual(['Domain-0']);
    const there = await runsAt(dstM, 'live1', before[before.length - 1]);
    expect((await counts(dstM, 'live1'))[0]).toBeGreaterThan(before[before.length - 1]);
    expect(there).toBeGreaterThan(0);
    await ok(dst.socket, ['destroy', 'live1']);
  });

  it('--no-live pauses first and sends it in one round', async () => {
    await ok(src.socket, ['create', DIRTIER, 'name="cold1"']);
    const before = await countsAbove(srcM, 'cold1', 2, 'cold1 to count');
    const r = await hvsim(src.socket, ['migrate', '--no-live', '--json', 'cold1', dst.socket], 60_000);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { live: boolean; rounds: number };
    expect(report).toMatchObject({ live: false, rounds: 1 });
    await runsAt(dstM, 'cold1', before[before.length - 1]);
    await ok(dst.socket, ['destroy', 'cold1']);
  });
});

describe('the embedding API', () => {
  it('Host.migrate moves a domain from an in-process host to a daemon, live, with progress and the same report', async () => {
    const dst = await startDaemon();
    const { rpc, m } = await connect(dst.socket);
    const host = await Host.boot({ seed: 3 });
    try {
      const d = await host.create(DIRTIER, { overrides: ['name="embedded"'] });
      expect(await host.runUntil(() => host.console(d).includes('count 20'), '1s')).toBe(true);
      const rounds = new Set<number>();
      const report = await host.migrate(d, dst.socket, { onProgress: (p) => rounds.add(p.round) });
      expect(report.live).toBe(true);
      expect(report.rounds).toBeGreaterThanOrEqual(2);
      expect([...rounds]).toEqual([...Array(report.rounds).keys()]);
      expect(report.pagesPerRound[0]).toBeGreaterThanOrEqual(4000);
      expect(await host.domain('embedded')).toBeNull();
      const last = Math.max(...[...host.console(d).matchAll(/count (\d+)/g)].map((x) => Number(x[1])));
      await runsAt(m, 'embedded', last);
      expect((await counts(m, 'embedded'))[0]).toBeGreaterThan(last);
    } finally {
      await host.halt();
      rpc.close();
      await dst.stop();
    }
  });
});

describe('a destination that cannot run the domain refuses in the header', () => {
  it('fewer ISA extensions, or too little memory: refused before any page moves, the domain runs on', async () => {
    const narrow = await startDaemon(['--isa', 'rv32ia_zicsr_zifencei']);
    const small = await startDaemon(['--memory', '144']);
    try {
      await ok(src.socket, ['create', DIRTIER, 'name="stay"']);
      const before = await countsAbove(srcM, 'stay', 2, 'stay to count');
      const isa = await hvsim(src.socket, ['migrate', 'stay', narrow.socket]);
      expect(isa.code).not.toBe(0);
      expect(isa.stderr).toMatch(/^hvsim: migration destination .+: cannot run stay here: the domain may use ISA extensions this host does not offer \(m; source rv32ima_zicsr_zifencei, this host rv32ia_zicsr_zifencei\)\n$/);
      const mem = await hvsim(src.socket, ['migrate', 'stay', small.socket]);
      expect(mem.code).not.toBe(0);
      expect(mem.stderr).toMatch(/cannot run stay here: it needs 16 MiB .*, this host has \d+ MiB free\n$/);
      for (const d of [narrow, small]) expect((await listJson(d.socket)).map((x) => x.name)).toEqual(['Domain-0']);
      await runsAt(srcM, 'stay', before[before.length - 1]);
      await ok(src.socket, ['destroy', 'stay']);
    } finally {
      await Promise.all([narrow.stop(), small.stop()]);
    }
  });
});

describe('the destination dies or the connection drops: the source runs the domain on', () => {
  /** Starts a live migration of `name` and kills the destination -9 once `when` holds for a progress report. */
  async function killDuring(name: string, when: (p: pb.MigrateProgress) => boolean): Promise<{ err: unknown; rounds: number[] }> {
    const dst = await tcpDaemon();
    const seen: number[] = [];
    let err: unknown = null;
    try {
      for await (const msg of srcM.MigrateWithProgress({ domain: name, destination: dst.tcp, live: true })) {
        if (!msg.progress) continue;
        if (!seen.includes(msg.progress.round)) seen.push(msg.progress.round);
        if (when(msg.progress) && alive(dst.pid)) process.kill(dst.pid, 'SIGKILL');
      }
    } catch (e) {
      err = e;
    } finally {
      if (alive(dst.pid)) process.kill(dst.pid, 'SIGKILL');
      await dst.stop();
    }
    return { err, rounds: seen };
  }

  it.each([
    ['in round 0', (p: pb.MigrateProgress) => p.round === 0 && p.pagesSent >= 1024],
    ['in round 1', (p: pb.MigrateProgress) => p.round === 1],
    ['in the paused round', (p: pb.MigrateProgress) => p.paused],
  ])('destination killed -9 %s', async (_when, when) => {
    const name = `k${Math.floor(Math.random() * 1e6)}`;
    await ok(src.socket, ['create', DIRTIER, `name="${name}"`, 'cmdline="rate=64 wws=1024"']);
    const before = await countsAbove(srcM, name, 2, `${name} to count`);
    const { err } = await killDuring(name, when);
    expect(err).toBeInstanceOf(RpcError);
    expect((err as Error).message).toMatch(/migration destination tcp:127\.0\.0\.1:\d+: /);
    await runsAt(srcM, name, before[before.length - 1]);
    await ok(src.socket, ['destroy', name]);
  });

  it('the connection cut mid-stream: the source runs on, the destination keeps nothing and serves on', async () => {
    const dst = await tcpDaemon();
    const { rpc, m } = await connect(dst.socket);
    const proxy = await CuttingProxy.start(Number(dst.tcp.split(':')[2]), 3 * 1024 * 1024);
    try {
      const baseline = await freePages(m);
      await ok(src.socket, ['create', DIRTIER, 'name="cut"']);
      const before = await countsAbove(srcM, 'cut', 2, 'cut to count');
      const r = await hvsim(src.socket, ['migrate', 'cut', proxy.address], 60_000);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/^hvsim: migration destination tcp:127\.0\.0\.1:\d+: .+\n$/);
      await runsAt(srcM, 'cut', before[before.length - 1]);
      await until(async () => ((await freePages(m)) === baseline ? true : undefined), 10_000, 'the destination to free the partial domain');
      expect(await names(m)).toEqual(['Domain-0']);
      await ok(src.socket, ['destroy', 'cut']);
    } finally {
      proxy.stop();
      rpc.close();
      await dst.stop();
    }
  });
});

describe('a paused domain whose migration fails', () => {
  // Pauses nest (Xen's pause count): the migration's own pause is undone, the user's stays.
  it('stays paused at the source (--no-live, which pauses it itself, too)', async () => {
    const dst = await tcpDaemon();
    const proxy = await CuttingProxy.start(Number(dst.tcp.split(':')[2]), 8 * 1024);
    try {
      await ok(src.socket, ['create', '-p', DIRTIER, 'name="held"']);
      const r = await hvsim(src.socket, ['migrate', '--no-live', 'held', proxy.address], 60_000);
      expect(r.code).not.toBe(0);
      expect((await listJson(src.socket)).find((d) => d.name === 'held')?.state).toBe('--p---');
      expect((await listJson(dst.socket)).map((d) => d.name)).toEqual(['Domain-0']);
      await ok(src.socket, ['destroy', 'held']);
    } finally {
      proxy.stop();
      await dst.stop();
    }
  });
});

describe('the destination against a malformed or truncated stream', () => {
  let dst: Daemon;
  let rpc: RpcClient;
  let m: Management;
  let baseline: number;

  beforeAll(async () => {
    dst = await startDaemon();
    ({ rpc, m } = await connect(dst.socket));
    baseline = await freePages(m);
  });

  afterAll(async () => {
    rpc?.close();
    await dst?.stop();
  });

  /** Opens a session on a connection of its own; `close` drops that connection. */
  async function session(): Promise<{ id: number; send: (bytes: Uint8Array) => Promise<pb.MigrateChunkResponse>; close: () => void }> {
    const c = await connect(dst.socket);
    const stream = c.m.MigrateReceive({});
    const first = await stream[Symbol.asyncIterator]().next();
    const id = Number((first.value as pb.MigrateReceiveResponse).session);
    return { id, send: (records) => c.m.MigrateChunk({ session: id, records }), close: () => c.rpc.close() };
  }

  const header = (over: Partial<{ config: string; nrPages: number; isa: string }> = {}): Buffer => encodeHeader({
    version: 1,
    host: { ...localCompat('rv32ima_zicsr_zifencei'), ...(over.isa ? { isa: over.isa } : {}) },
    domain: {
      name: 'forged', uuid: '12345678-1234-4234-8234-123456789abc', config: over.config ?? `name = "forged"\nkernel = "${path.join(DEMO, 'sleeper.elf')}"\nmemory = 4\n`,
      configFile: '', nrPages: over.nrPages ?? 1024, maxPages: over.nrPages ?? 1024, vcpus: 1,
    },
    live: true,
  });

  const refusals: Array<[string, () => Buffer[], RegExp]> = [
    ['garbage', () => [Buffer.from('this is not a migration stream at all')], /migration stream: record of unknown type/],
    ['a bad checksum', () => { const h = header(); h[h.length - 1] ^= 1; return [h]; }, /HEADER record: checksum mismatch/],
    ['pages before the header', () => [encodePages([{ gfn: 0x80000, data: null }])], /begins with a PAGES record, not the header/],
    ['a header that is not JSON', () => [encodeRecord(RecordType.HEADER, Buffer.from('{'))], /header is not JSON/],
    ['a config that does not parse', () => [header({ config: 'memory = = 4' })], /saved config/],
    ['an ISA no hart has', () => [header({ isa: 'rv32imafdc' })], /extension f is not implemented/],
    ['a page outside boot memory', () => [header(), encodePages([{ gfn: 0x80000 + 1024, data: null }])], /outside the domain's boot memory/],
    ['the end before the state', () => [header(), encodeRecord(RecordType.END, Buffer.alloc(0))], /end record came before the state record/],
    ['a state record that is not a save image', () => [header(), encodeRecord(RecordType.STATE, Buffer.from('junk'))], /not an hvsim save image/],
  ];

  it.each(refusals)('refuses %s with EINVAL or EOPNOTSUPP and a message; nothing is left', async (_what, records, message) => {
    const s = await session();
    try {
      let err: unknown = null;
      for (const r of records()) {
        try {
          await s.send(r);
        } catch (e) {
          err = e;
          break;
        }
      }
      expect(err).toBeInstanceOf(RpcError);
      expect([StatusCode.STATUS_CODE_EINVAL, StatusCode.STATUS_CODE_EOPNOTSUPP]).toContain((err as RpcError).code);
      expect((err as Error).message).toMatch(message);
      // The session is over: more bytes are refused.
      await expect(s.send(Buffer.alloc(1))).rejects.toThrow(RpcError);
    } finally {
      s.close();
    }
    expect(await names(m)).toEqual(['Domain-0']);
    expect(await freePages(m)).toBe(baseline);
  });

  it('a stream cut inside a record, then its connection closed: the partial domain is discarded', async () => {
    const s = await session();
    const pages = encodePages([{ gfn: 0x80000, data: new Uint8Array(4096).fill(7) }]);
    const answer = await s.send(Buffer.concat([header(), pages.subarray(0, 100)]));
    expect(answer.domid).toBeGreaterThan(0);
    expect(await freePages(m)).toBeLessThan(baseline);
    s.close();
    await until(async () => ((await freePages(m)) === baseline ? true : undefined), 10_000, 'the partial domain to be discarded');
    expect(await names(m)).toEqual(['Domain-0']);
  });

  it('after all that, an honest live migration to it succeeds', async () => {
    await ok(src.socket, ['create', DIRTIER, 'name="honest"']);
    const before = await countsAbove(srcM, 'honest', 2, 'honest to count');
    await ok(src.socket, ['migrate', 'honest', dst.socket]);
    await runsAt(m, 'honest', before[before.length - 1]);
    await ok(dst.socket, ['destroy', 'honest']);
  });
});

describe('the source killed once the destination committed', () => {
  it('the domain runs at the destination only', async () => {
    const source = await startDaemon();
    const dst = await tcpDaemon();
    const { rpc, m } = await connect(dst.socket);
    // Holds back the destination's answer that it committed, and kills the source meanwhile.
    const proxy = await CommitHoldingProxy.start(Number(dst.tcp.split(':')[2]), () => process.kill(source.pid, 'SIGKILL'));
    try {
      await ok(source.socket, ['create', DIRTIER, 'name="orphan"']);
      const r = await hvsim(source.socket, ['migrate', 'orphan', proxy.address], 60_000);
      expect(r.code).not.toBe(0); // its daemon died under it
      await until(async () => (alive(source.pid) ? undefined : true), 10_000, 'the source daemon to be gone');
      await runsAt(m, 'orphan', 0);
      expect(proxy.held).toBe(true);
    } finally {
      proxy.stop();
      rpc.close();
      await Promise.all([dst.stop(), source.stop()]);
    }
  });
});

describe('100 migrations back and forth', () => {
  it('the counter never goes back and the domain is on exactly one host after each', async () => {
    const other = await startDaemon();
    const { rpc, m: otherM } = await connect(other.socket);
    try {
      await ok(src.socket, ['create', DIRTIER, 'name="pingpong"', 'memory=8', 'cmdline="rate=8 wws=64"']);
      const hosts = [{ socket: src.socket, m: srcM }, { socket: other.socket, m: otherM }];
      let last = (await countsAbove(srcM, 'pingpong', 0, 'pingpong to count')).pop()!;
      for (let i = 0; i < 100; i++) {
        const from = hosts[i % 2];
        const to = hosts[(i + 1) % 2];
        await from.m.Migrate({ domain: 'pingpong', destination: to.socket, live: true });
        const listed = await Promise.all(hosts.map(async (h) => (await names(h.m)).filter((n) => n === 'pingpong').length));
        expect({ i, listed: listed[0] + listed[1], atDestination: listed[(i + 1) % 2] }).toEqual({ i, listed: 1, atDestination: 1 });
        const c = await countsAbove(to.m, 'pingpong', last, `migration ${i}: a new count`);
        // Everything printed at the destination continues the count: it never went back.
        expect({ i, first: c[0] > last, ordered: c.every((x, j) => j === 0 || x > c[j - 1]) }).toEqual({ i, first: true, ordered: true });
        last = c[c.length - 1];
      }
      await ok(src.socket, ['destroy', 'pingpong']);
    } finally {
      rpc.close();
      await other.stop();
    }
  });
});

/** Forwards TCP to a daemon and cuts both directions once `cutAfter` bytes went toward it. */
class CuttingProxy {
  private readonly sockets = new Set<net.Socket>();
  private constructor(private readonly server: net.Server, readonly port: number) {}

  static async start(target: number, cutAfter: number): Promise<CuttingProxy> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new CuttingProxy(server, (server.address() as net.AddressInfo).port);
    server.on('connection', (inbound) => {
      const outbound = net.connect(target, '127.0.0.1');
      proxy.track(inbound, outbound);
      let forwarded = 0;
      inbound.on('data', (chunk) => {
        forwarded += chunk.length;
        if (forwarded > cutAfter) {
          inbound.destroy();
          outbound.destroy();
          return;
        }
        outbound.write(chunk);
      });
      outbound.on('data', (chunk) => inbound.write(chunk));
    });
    return proxy;
  }

  protected track(...sockets: net.Socket[]): void {
    for (const s of sockets) {
      this.sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        for (const t of sockets) t.destroy();
        this.sockets.delete(s);
      });
    }
  }

  get address(): string {
    return `tcp:127.0.0.1:${this.port}`;
  }

  stop(): void {
    for (const s of this.sockets) s.destroy();
    this.server.close();
  }
}

/** Forwards TCP to a daemon, but holds back the destination's answer that it committed, calling `onCommit`. */
class CommitHoldingProxy {
  held = false;
  private readonly sockets = new Set<net.Socket>();
  private constructor(private readonly server: net.Server, readonly port: number) {}

  static async start(target: number, onCommit: () => void): Promise<CommitHoldingProxy> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new CommitHoldingProxy(server, (server.address() as net.AddressInfo).port);
    server.on('connection', (inbound) => {
      const outbound = net.connect(target, '127.0.0.1');
      for (const s of [inbound, outbound]) {
        proxy.sockets.add(s);
        s.on('error', () => undefined);
      }
      inbound.on('data', (chunk) => outbound.write(chunk));
      const decoder = new FrameDecoder(64 * 1024 * 1024);
      outbound.on('data', (chunk) => {
        for (const body of decoder.push(chunk)) {
          const frame = pb.Frame.decode(body);
          if (frame.kind === pb.FrameKind.FRAME_KIND_END && frame.payload.length > 0 && !proxy.held && committed(frame.payload)) {
            proxy.held = true;
            onCommit();
            return;
          }
          if (!proxy.held) inbound.write(encodeFrame(body));
        }
      });
    });
    return proxy;
  }

  get address(): string {
    return `tcp:127.0.0.1:${this.port}`;
  }

  stop(): void {
    for (const s of this.sockets) s.destroy();
    this.server.close();
  }
}

function committed(payload: Uint8Array): boolean {
  try {
    return pb.MigrateChunkResponse.decode(payload).committed;
  } catch {
    return false;
  }
}
