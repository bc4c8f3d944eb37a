/**
 * End-to-end, through the daemon's real Unix socket: hostile clients (malformed frames,
 * oversized frames, unknown methods, bad configs) each get a status and the daemon keeps
 * serving others; two clients at once; 1,000 create/destroy cycles leave machine memory
 * exactly as it was.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RpcError, StatusCode, pb } from '@hvsim/control';
import { DEMO, RawConnection, client, hvsim, listJson, ok, startDaemon, type Daemon } from '../e2e-helpers';

jest.setTimeout(90_000);

let daemon: Daemon;
let socket: string;
const helloCfg = path.join(DEMO, 'hello.cfg');
const helloText = fs.readFileSync(helloCfg, 'utf8');

beforeAll(async () => {
  daemon = await startDaemon(['--memory', '1024']);
  socket = daemon.socket;
});

afterAll(async () => {
  await daemon?.stop();
});

/** The daemon still answers a well-behaved client. */
async function stillServing(): Promise<void> {
  expect((await listJson(socket)).map((d) => d.name)).toContain('Domain-0');
}

describe('hostile clients', () => {
  it('a malformed frame gets a GOAWAY status and the connection closes', async () => {
    const raw = await RawConnection.open(socket);
    raw.hello();
    expect((await raw.next()).kind).toBe(pb.FrameKind.FRAME_KIND_HELLO_REPLY);
    // A length prefix of 5 followed by 5 bytes that are no protobuf Frame.
    raw.write(Uint8Array.from([5, 0xff, 0xff, 0xff, 0xff, 0xff]));
    const bye = await raw.next();
    expect(bye.kind).toBe(pb.FrameKind.FRAME_KIND_GOAWAY);
    expect(bye.status?.code).toBe(StatusCode.STATUS_CODE_EBADMSG);
    await raw.waitClosed();
    await stillServing();
  });

  it('a call before the handshake is refused', async () => {
    const raw = await RawConnection.open(socket);
    // A well-framed REQUEST where HELLO must come first.
    raw.sendFrame({ requestId: 1, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: 'hvsim.control.v1.ManagementService/Halt' });
    const bye = await raw.next();
    expect(bye.kind).toBe(pb.FrameKind.FRAME_KIND_GOAWAY);
    expect(bye.status?.code).toBe(StatusCode.STATUS_CODE_FAILED_PRECONDITION);
    await raw.waitClosed();
    await stillServing();
  });

  it('an oversized frame gets EMSGSIZE without the daemon reading it', async () => {
    const raw = await RawConnection.open(socket);
    raw.hello();
    await raw.next();
    // Announce 64 MiB; send only the prefix and a little.
    const prefix = [0x80, 0x80, 0x80, 0x20];
    raw.write(Uint8Array.from([...prefix, 1, 2, 3]));
    const bye = await raw.next();
    expect(bye.kind).toBe(pb.FrameKind.FRAME_KIND_GOAWAY);
    expect(bye.status?.code).toBe(StatusCode.STATUS_CODE_EMSGSIZE);
    await raw.waitClosed();
    await stillServing();
  });

  it('an unknown method gets ENOSYS and the connection stays usable', async () => {
    const raw = await RawConnection.open(socket);
    raw.hello();
    await raw.next();
    raw.sendFrame({ requestId: 1, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: 'hvsim.control.v1.ManagementService/FormatDisk' });
    const end = await raw.next();
    expect(end.kind).toBe(pb.FrameKind.FRAME_KIND_END);
    expect(end.status?.code).toBe(StatusCode.STATUS_CODE_ENOSYS);
    expect(end.status?.message).toContain('FormatDisk');
    raw.sendFrame({
      requestId: 2, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: 'hvsim.control.v1.ManagementService/ListDomains',
      payload: pb.ListDomainsRequest.encode({}).finish(),
    });
    const listed = await raw.next();
    expect(listed.status?.code).toBe(StatusCode.STATUS_CODE_OK);
    expect(pb.ListDomainsResponse.decode(listed.payload).domains[0].name).toBe('Domain-0');
    raw.destroy();
  });

  it('a request whose payload does not decode gets EBADMSG', async () => {
    const raw = await RawConnection.open(socket);
    raw.hello();
    await raw.next();
    raw.sendFrame({ requestId: 7, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: 'hvsim.control.v1.ManagementService/PauseDomain', payload: Uint8Array.from([0x0a, 0x50]) });
    const end = await raw.next();
    expect(end.status?.code).toBe(StatusCode.STATUS_CODE_EBADMSG);
    raw.destroy();
    await stillServing();
  });

  it('bad configs get EINVAL naming file, line and key; the daemon carries on', async () => {
    const { rpc, m } = await client(socket);
    try {
      const cases: Array<[string, RegExp]> = [
        ['name = "x"\nmemory = 4\nkernel = [1, 2\n', /bad\.cfg:3/],
        ['name = "x"\nmemory = -4\nkernel = "hello.elf"\n', /bad\.cfg:2: memory/],
        ['name = "x"\nmemory = 4\nkernel = "no-such.elf"\n', /no-such\.elf/],
        ['name = "x"\nmemory = 4\nkernel = "hello.cfg"\n', /kernel/],
        ['name = "x"\nmemory = 999999\nkernel = "hello.elf"\n', /./],
      ];
      for (const [text, message] of cases) {
        const err = await m.CreateDomain({ config: text, configFile: path.join(DEMO, 'bad.cfg') }).then(() => null, (e: unknown) => e);
        expect(err).toBeInstanceOf(RpcError);
        expect((err as RpcError).message).toMatch(message);
        expect((err as RpcError).code).not.toBe(StatusCode.STATUS_CODE_INTERNAL);
      }
    } finally {
      rpc.close();
    }
    expect((await listJson(socket)).map((d) => d.name)).toEqual(['Domain-0']);
  });
});

describe('several clients', () => {
  it('serves two clients at once, one following a console while the other works', async () => {
    const a = await client(socket);
    const b = await client(socket);
    try {
      const { domid } = await a.m.CreateDomain({ config: helloText, configFile: helloCfg, paused: true, overrides: ['on_poweroff="preserve"'] });
      const chunks: Buffer[] = [];
      const following = (async () => {
        for await (const msg of a.m.ConsoleStream({ domain: String(domid), follow: true, history: true })) {
          chunks.push(Buffer.from(msg.data));
          if (Buffer.concat(chunks).toString().includes('command line')) break;
        }
      })();
      // Meanwhile the other client does everything else.
      const [list1, info] = await Promise.all([b.m.ListDomains({ domains: [] }), b.m.Info({})]);
      expect(list1.domains.map((d) => d.name)).toEqual(['Domain-0', 'hello']);
      expect(info.nrDomains).toBe(2);
      await b.m.UnpauseDomain({ domain: 'hello' });
      await following;
      expect(Buffer.concat(chunks).toString()).toContain(`Hello from domain ${domid}!`);
      // Two CLI processes at once as well.
      const [l1, l2] = await Promise.all([ok(socket, ['list']), ok(socket, ['list', '--json'])]);
      expect(l1).toContain('hello');
      expect(JSON.parse(l2)).toHaveLength(2);
      await b.m.DestroyDomain({ domain: 'hello' });
    } finally {
      a.rpc.close();
      b.rpc.close();
    }
  });
});

describe('memory', () => {
  it('1,000 create/destroy cycles leave machine memory exactly as it was', async () => {
    const { rpc, m } = await client(socket);
    try {
      const before = (await m.Physinfo({})).physinfo;
      for (let i = 0; i < 1000; i++) {
        // Every other one runs (and powers off, preserved until destroyed).
        const { domid } = await m.CreateDomain({ config: helloText, configFile: helloCfg, paused: i % 2 === 0, overrides: ['on_poweroff="preserve"'] });
        await m.DestroyDomain({ domain: String(domid) });
      }
      const after = (await m.Physinfo({})).physinfo;
      expect(after?.freePages).toBe(before?.freePages);
      expect(after?.totalPages).toBe(before?.totalPages);
      expect((await m.ListDomains({ domains: [] })).domains.map((d) => d.name)).toEqual(['Domain-0']);
    } finally {
      rpc.close();
    }
  });
});

describe('halt', () => {
  it('halt stops the daemon and removes its socket', async () => {
    await ok(socket, ['create', '-p', helloCfg]);
    await ok(socket, ['halt']);
    const r = await hvsim(socket, ['list']);
    expect(r.stderr).toMatch(/^hvsim: no daemon running at/);
    expect(fs.existsSync(socket)).toBe(false);
  });
});
