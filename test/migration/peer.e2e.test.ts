/**
 * End-to-end: a hostile peer on either side of `hvsim migrate` over TCP.
 *
 * Receiving side: a real destination daemon (`boot --tcp`) against a hand-written sender that
 * speaks the control framing by hand — bad handshakes and headers, save images that lie about
 * their sizes or are cut at every record boundary and inside records, a frame that stalls, a
 * disconnect mid-image. Each gets a defined error or a closed connection, nothing is left on
 * the destination, and it goes on serving (an honest migration afterwards succeeds).
 *
 * Sending side: a real source daemon migrating sleepers to fake destinations that never answer
 * HELLO, refuse it, answer with an error, stall after HELLO, close mid-transfer or answer
 * garbage. The domain runs on at the source, listed once, ticking; `migrate` fails with one
 * line naming the destination, in bounded time.
 */
import { createHash } from 'node:crypto';
import * as net from 'node:net';
import * as path from 'node:path';
import { encodeFrame, FrameDecoder, pb, StatusCode } from '@hvsim/control';
import { DEMO, RawConnection, client, freePort, hvsim, listJson, ok, sleep, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(180_000);

const RESTORE = 'hvsim.control.v1.ManagementService/Restore';
const HEADER_BYTES = 24; // magic (16), format version (u32), metadata length (u32)
const DIGEST_BYTES = 32;
const PAGE = 4096;
/** How long the source may take to give up on a destination that never answers (MIGRATION_PEER_TIMEOUT_MS + margin). */
const MIGRATE_BOUND_MS = 45_000;

async function freePages(socket: string): Promise<number> {
  const { rpc, m } = await client(socket);
  try {
    return Number((await m.Physinfo({})).physinfo?.freePages);
  } finally {
    rpc.close();
  }
}

const consoleOf = (socket: string, domain: string): Promise<string> => ok(socket, ['console', '--no-follow', domain]);

/** The highest tick a sleeper has printed (0 before its first). */
async function lastTick(socket: string, domain: string): Promise<number> {
  const ticks = [...(await consoleOf(socket, domain)).matchAll(/tick (\d+)/g)];
  return ticks.length === 0 ? 0 : Number(ticks[ticks.length - 1][1]);
}

/** A Restore REQUEST frame carrying `image`, as the source daemon sends it. */
function restoreFrame(requestId: number, image: Uint8Array): Uint8Array {
  const payload = pb.RestoreRequest.encode({ image, paused: true }).finish();
  return encodeFrame(pb.Frame.encode({ requestId, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: RESTORE, payload }).finish());
}

/** The save image with its metadata replaced and its checksum made right again (a lie that passes the digest). */
function withMetadata(image: Buffer, edit: (meta: { memory: { data: [number, number][] } }) => void, extraPages = 0): Buffer {
  const metaLength = image.readUInt32LE(20);
  const meta = JSON.parse(image.subarray(HEADER_BYTES, HEADER_BYTES + metaLength).toString('utf8')) as { memory: { data: [number, number][] } };
  edit(meta);
  const json = Buffer.from(JSON.stringify(meta), 'utf8');
  const header = Buffer.from(image.subarray(0, HEADER_BYTES));
  header.writeUInt32LE(json.length, 20);
  const body = Buffer.concat([header, json, image.subarray(HEADER_BYTES + metaLength, image.length - DIGEST_BYTES), Buffer.alloc(extraPages * PAGE, 0xa5)]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** The offsets where an image's records begin and end: header fields, metadata, each page, the digest. */
function recordBoundaries(image: Buffer): number[] {
  const metaEnd = HEADER_BYTES + image.readUInt32LE(20);
  const cuts = [0, 1, 10, 16, 20, HEADER_BYTES, HEADER_BYTES + 1, metaEnd - 1, metaEnd, metaEnd + 1];
  for (let off = metaEnd + PAGE; off < image.length - DIGEST_BYTES; off += PAGE) cuts.push(off - 1, off, off + 1, off + PAGE / 2);
  cuts.push(image.length - DIGEST_BYTES - 1, image.length - DIGEST_BYTES, image.length - DIGEST_BYTES + 1, image.length - 1);
  return [...new Set(cuts)].filter((c) => c >= 0 && c < image.length).sort((a, b) => a - b);
}

describe('the receiving daemon against a hostile sender', () => {
  let dst: Daemon;
  let src: Daemon;
  let tcp: { host: string; port: number };
  let image: Buffer;
  let baselinePages: number;

  beforeAll(async () => {
    const port = await freePort();
    tcp = { host: '127.0.0.1', port };
    [dst, src] = await Promise.all([startDaemon(['--tcp', `127.0.0.1:${port}`]), startDaemon()]);
    // A real image: a sleeper that has run a while, saved by the source daemon.
    await ok(src.socket, ['create', path.join(DEMO, 'sleeper.cfg')]);
    await until(async () => ((await lastTick(src.socket, 'sleeper')) >= 3 ? true : undefined), 10_000, 'tick 3');
    const { rpc, m } = await client(src.socket);
    try {
      image = Buffer.from((await m.Save({ domain: 'sleeper', file: '', paused: false, checkpoint: true })).image);
    } finally {
      rpc.close();
    }
    baselinePages = await freePages(dst.socket);
  });

  afterAll(async () => {
    await Promise.all([dst?.stop(), src?.stop()]);
  });

  /** Nothing left behind: only Domain-0, the free memory it had, and it still answers. */
  async function expectUntouched(): Promise<void> {
    expect((await listJson(`tcp:${tcp.host}:${tcp.port}`)).map((d) => d.name)).toEqual(['Domain-0']);
    expect(await freePages(dst.socket)).toBe(baselinePages);
  }

  async function helloed(): Promise<RawConnection> {
    const raw = await RawConnection.open(tcp);
    raw.hello();
    const reply = await raw.next();
    expect(reply.kind).toBe(pb.FrameKind.FRAME_KIND_HELLO_REPLY);
    expect(reply.status?.code).toBe(StatusCode.STATUS_CODE_OK);
    return raw;
  }

  it('refuses bad handshakes and headers with a status or a closed connection', async () => {
    const cases: Array<(raw: RawConnection) => void> = [
      (raw) => raw.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])), // a length varint too long
      (raw) => raw.write(encodeFrame(Buffer.from('not a protobuf frame at all \xff\xff'))),
      (raw) => raw.sendFrame({ kind: pb.FrameKind.FRAME_KIND_HELLO, hello: { supportedVersions: [999], clientName: 'future' } }),
      (raw) => raw.write(restoreFrame(1, image)), // a Restore before any HELLO
      (raw) => raw.sendFrame({ kind: 42 as pb.FrameKind }),
      (raw) => raw.write(Buffer.from([0x80, 0x80, 0x80, 0x04])), // announces 8 MiB, past the limit
    ];
    for (const send of cases) {
      const raw = await RawConnection.open(tcp);
      send(raw);
      // Either a frame that says no (then the daemon closes) or the connection closes at once.
      const answer = await raw.next(5000).catch(() => null);
      if (answer !== null) expect(answer.status?.code ?? StatusCode.STATUS_CODE_OK).not.toBe(StatusCode.STATUS_CODE_OK);
      await raw.waitClosed(5000);
    }
    // After HELLO: a method that does not exist, and a Restore whose payload is not a RestoreRequest.
    const raw = await helloed();
    raw.sendFrame({ requestId: 1, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: 'hvsim.control.v1.ManagementService/Nope' });
    raw.sendFrame({ requestId: 2, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: RESTORE, payload: Buffer.from([0x22, 0xff, 0xff, 0xff, 0x0f]) });
    raw.sendFrame({ requestId: 3, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: RESTORE, payload: pb.RestoreRequest.encode({ paused: true }).finish() });
    for (let i = 0; i < 3; i++) {
      const end = await raw.next();
      expect(end.kind).toBe(pb.FrameKind.FRAME_KIND_END);
      expect(end.status?.code).not.toBe(StatusCode.STATUS_CODE_OK);
      expect(end.status?.code).not.toBe(StatusCode.STATUS_CODE_INTERNAL);
    }
    raw.destroy();
    await expectUntouched();
  });

  it('refuses images that lie about their sizes, and images cut at every record boundary and inside records', async () => {
    const metaLength = image.readUInt32LE(20);
    const pages = (image.length - HEADER_BYTES - metaLength - DIGEST_BYTES) / PAGE;
    expect(pages).toBeGreaterThan(2);
    const lies: Buffer[] = [];
    for (const announced of [metaLength + 1, image.length, 0xffffffff, 0x7fffffff, 0]) {
      const lie = Buffer.from(image);
      lie.writeUInt32LE(announced >>> 0, 20);
      lies.push(lie);
    }
    // Page counts that do not match the data, each with a correct checksum.
    lies.push(withMetadata(image, (m) => { m.memory.data[0][1] += 1; }));
    lies.push(withMetadata(image, (m) => { m.memory.data[0][1] -= 1; }));
    lies.push(withMetadata(image, (m) => { m.memory.data[0][1] = 0x7fffffff; }));
    lies.push(withMetadata(image, (m) => { m.memory.data.push([0x7ffff, 1]); }, 1)); // a page far past the domain's memory
    lies.push(withMetadata(image, (m) => { m.memory.data.push([m.memory.data[0][0], 1]); }, 1)); // the same page twice
    lies.push(withMetadata(image, (m) => { m.memory.data[0][0] = -1; }));
    for (const cut of recordBoundaries(image)) lies.push(image.subarray(0, cut));
    expect(lies.length).toBeGreaterThan(40);

    const raw = await helloed();
    let id = 0;
    for (const lie of lies) {
      raw.write(restoreFrame(++id, lie));
      const end = await raw.next(10_000);
      expect({ id, kind: end.kind }).toEqual({ id, kind: pb.FrameKind.FRAME_KIND_END });
      expect({ id, ok: end.status?.code === StatusCode.STATUS_CODE_OK }).toEqual({ id, ok: false });
      expect({ id, internal: end.status?.code === StatusCode.STATUS_CODE_INTERNAL, message: end.status?.message }).toMatchObject({ id, internal: false });
    }
    raw.destroy();
    await expectUntouched();
  });

  it('a sender that stalls mid-frame is cut off (ETIMEDOUT), and one that disconnects mid-image leaves nothing; the daemon serves meanwhile', async () => {
    const frame = restoreFrame(1, image);
    const gone = await helloed();
    gone.write(frame.subarray(0, frame.length >> 1));
    await sleep(200);
    gone.destroy();

    const stalled = await helloed();
    stalled.write(frame.subarray(0, frame.length - 10));
    // While it stalls, everyone else is served and nothing is half-restored.
    await expectUntouched();
    const goaway = await stalled.next(40_000);
    expect(goaway.kind).toBe(pb.FrameKind.FRAME_KIND_GOAWAY);
    expect(goaway.status?.code).toBe(StatusCode.STATUS_CODE_ETIMEDOUT);
    await stalled.waitClosed();
    await expectUntouched();
  });

  it('after all that, an honest migration to it still succeeds', async () => {
    await ok(src.socket, ['migrate', 'sleeper', `tcp:${tcp.host}:${tcp.port}`]);
    expect((await listJson(src.socket)).map((d) => d.name)).toEqual(['Domain-0']);
    const there = (await listJson(dst.socket)).filter((d) => d.name === 'sleeper');
    expect(there).toHaveLength(1);
    expect(there[0].state).not.toContain('p');
    const before = await lastTick(dst.socket, 'sleeper');
    await until(async () => ((await lastTick(dst.socket, 'sleeper')) > before ? true : undefined), 10_000, 'a tick at the destination');
    await ok(dst.socket, ['destroy', 'sleeper']);
    expect(await freePages(dst.socket)).toBe(baselinePages);
  });
});

/** How a fake destination treats the source daemon's connection. */
type Behaviour = 'silent' | 'refuse-hello' | 'error' | 'stall' | 'close-mid-transfer' | 'garbage';

/** A TCP server that plays a migration destination, badly. */
class FakeDestination {
  private readonly sockets = new Set<net.Socket>();
  private constructor(private readonly server: net.Server, readonly port: number) {}

  static async start(behaviour: Behaviour): Promise<FakeDestination> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeDestination(server, (server.address() as net.AddressInfo).port);
    server.on('connection', (socket) => fake.serve(socket, behaviour));
    return fake;
  }

  private serve(socket: net.Socket, behaviour: Behaviour): void {
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
    const decoder = new FrameDecoder(64 * 1024 * 1024);
    const send = (frame: pb.Frame.$Properties): boolean => socket.write(encodeFrame(pb.Frame.encode(frame).finish()));
    let helloed = false;
    socket.on('data', (chunk) => {
      if (behaviour === 'silent') return; // accepts the connection, never answers HELLO
      if (helloed && behaviour === 'close-mid-transfer') {
        socket.destroy(); // the image has begun to arrive
        return;
      }
      for (const body of decoder.push(chunk)) {
        const frame = pb.Frame.decode(body);
        if (!helloed) {
          helloed = true;
          const refused = behaviour === 'refuse-hello';
          send({
            kind: pb.FrameKind.FRAME_KIND_HELLO_REPLY,
            status: refused ? { code: StatusCode.STATUS_CODE_EPERM, message: 'migration not accepted here' } : { code: StatusCode.STATUS_CODE_OK },
            helloReply: { protocolVersion: refused ? 0 : 1, serverName: 'fake', supportedVersions: [1] },
          });
          continue;
        }
        if (behaviour === 'error') send({ requestId: frame.requestId, kind: pb.FrameKind.FRAME_KIND_END, status: { code: StatusCode.STATUS_CODE_ENOMEM, message: 'out of memory on the destination' } });
        if (behaviour === 'garbage') socket.write(Buffer.from([0x05, 0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0x07, 0x08]));
        // 'stall': never answers.
      }
    });
  }

  get address(): string {
    return `tcp:127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('the sending daemon against a hostile destination', () => {
  let src: Daemon;

  beforeAll(async () => {
    src = await startDaemon();
  });

  afterAll(async () => {
    await src?.stop();
  });

  const behaviours: Behaviour[] = ['silent', 'refuse-hello', 'error', 'stall', 'close-mid-transfer', 'garbage'];

  it('keeps each domain running, listed once and ticking; migrate fails with one line in bounded time', async () => {
    // One sleeper per hostile destination, all at once: the stalled one takes the longest.
    for (const b of behaviours) await ok(src.socket, ['create', path.join(DEMO, 'sleeper.cfg'), `name="s-${b}"`]);
    const fakes = await Promise.all(behaviours.map((b) => FakeDestination.start(b)));
    try {
      const results = await Promise.all(behaviours.map(async (b, i) => {
        const started = Date.now();
        const r = await hvsim(src.socket, ['migrate', `s-${b}`, fakes[i].address], MIGRATE_BOUND_MS + 15_000);
        return { b, r, ms: Date.now() - started };
      }));
      for (const { b, r, ms } of results) {
        expect({ b, code: r.code === 0 ? 0 : 1, ms: ms < MIGRATE_BOUND_MS }).toEqual({ b, code: 1, ms: true });
        // One line that names the destination as the side that failed.
        expect({ b, stderr: r.stderr }).toEqual({ b, stderr: expect.stringMatching(new RegExp(`^hvsim: migration destination ${fakes[behaviours.indexOf(b)].address}: .+\n$`)) });
        expect({ b, stderr: r.stderr }).not.toEqual({ b, stderr: expect.stringMatching(/ManagementService|internal/) });
      }
      const listed = await listJson(src.socket);
      for (const b of behaviours) {
        const copies = listed.filter((d) => d.name === `s-${b}`);
        expect({ b, copies: copies.length }).toEqual({ b, copies: 1 });
        expect({ b, paused: copies[0].state.includes('p') }).toEqual({ b, paused: false });
        const before = await lastTick(src.socket, `s-${b}`);
        await until(async () => ((await lastTick(src.socket, `s-${b}`)) > before ? true : undefined), 10_000, `s-${b} to tick on`);
      }
    } finally {
      await Promise.all(fakes.map((f) => f.stop()));
    }
  });
});
