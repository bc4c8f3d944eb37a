/** Whatever a client sends, the server answers with a status or closes that one connection, and keeps serving. */
import { type Connection, ManagementService, RpcClient, RpcError, StatusCode, encodeFrame, pb } from '@hvsim/control';
import { type Harness, TRANSPORTS, startHarness, until } from './helpers';

/** Collects what the server sends on a raw connection, decoded as frames. */
class RawPeer {
  readonly frames: pb.Frame[] = [];
  closed = false;
  private buffer = Buffer.alloc(0);

  constructor(readonly connection: Connection) {
    connection.start({
      data: (chunk) => {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
          // Small frames only: a one-byte length prefix.
          if (this.buffer.length === 0 || this.buffer.length < 1 + this.buffer[0]) return;
          this.frames.push(pb.Frame.decode(this.buffer.subarray(1, 1 + this.buffer[0])));
          this.buffer = this.buffer.subarray(1 + this.buffer[0]);
        }
      },
      close: () => {
        this.closed = true;
      },
    });
  }

  send(frame: pb.Frame.$Properties): void {
    this.connection.send(encodeFrame(pb.Frame.encode(frame).finish()));
  }

  hello(versions = [1]): void {
    this.send({ kind: pb.FrameKind.FRAME_KIND_HELLO, hello: { supportedVersions: versions, clientName: 'raw' } });
  }

  async closedWith(): Promise<pb.Frame> {
    for (let i = 0; i < 500 && !this.closed; i++) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(this.closed).toBe(true);
    return this.frames[this.frames.length - 1];
  }

  async nextFrame(count: number): Promise<pb.Frame> {
    for (let i = 0; i < 500 && this.frames.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(this.frames.length).toBeGreaterThanOrEqual(count);
    return this.frames[count - 1];
  }
}

function expectGoAway(frame: pb.Frame, code: StatusCode, text: string): void {
  expect(frame.kind).toBe(pb.FrameKind.FRAME_KIND_GOAWAY);
  expect(frame.status.code).toBe(code);
  expect(frame.status.message).toContain(text);
}

describe.each(TRANSPORTS)('hostile clients over %s', (kind) => {
  let h: Harness;
  let good: RpcClient;
  beforeEach(async () => {
    h = await startHarness(kind, { maxFrameBytes: 64 * 1024 });
    good = await h.connect();
  });
  afterEach(() => h.close());

  async function goodClientStillServed(): Promise<void> {
    expect((await good.call(ManagementService.DomainId, { name: '42' })).domid).toBe(42);
    const late = await h.connect();
    expect((await late.call(ManagementService.ListDomains, {})).domains.length).toBe(1);
  }

  it('closes a connection that sends garbage, with EBADMSG, and keeps serving others', async () => {
    const raw = new RawPeer(await h.rawConnect());
    raw.hello();
    await raw.nextFrame(1);
    // A well-framed body that is not a Frame (a truncated varint field).
    raw.connection.send(Uint8Array.from([3, 0x08, 0xff, 0xff]));
    expectGoAway(await raw.closedWith(), StatusCode.STATUS_CODE_EBADMSG, 'undecodable frame');
    await goodClientStillServed();
  });

  it('closes a connection that announces an oversized frame, with EMSGSIZE', async () => {
    const raw = new RawPeer(await h.rawConnect());
    raw.hello();
    await raw.nextFrame(1);
    raw.connection.send(encodeFrame(new Uint8Array(64 * 1024 + 1)).subarray(0, 100));
    expectGoAway(await raw.closedWith(), StatusCode.STATUS_CODE_EMSGSIZE, 'exceeds the limit of 65536');
    await goodClientStillServed();
  });

  it('closes a connection whose first frame is not HELLO, with FAILED_PRECONDITION', async () => {
    const raw = new RawPeer(await h.rawConnect());
    raw.send({ requestId: 1, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: ManagementService.ListDomains.path });
    expectGoAway(await raw.closedWith(), StatusCode.STATUS_CODE_FAILED_PRECONDITION, 'must start with HELLO');
    await goodClientStillServed();
  });

  it('closes a connection that reuses a request id in flight, or uses id 0, with EINVAL', async () => {
    const raw = new RawPeer(await h.rawConnect());
    raw.hello();
    await raw.nextFrame(1);
    const held = { requestId: 7, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: ManagementService.DomainName.path };
    raw.send(held);
    raw.send(held);
    expectGoAway(await raw.closedWith(), StatusCode.STATUS_CODE_EINVAL, 'request id 7 is already in use');
    h.service.release();

    const raw0 = new RawPeer(await h.rawConnect());
    raw0.hello();
    await raw0.nextFrame(1);
    raw0.send({ requestId: 0, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: ManagementService.ListDomains.path });
    expectGoAway(await raw0.closedWith(), StatusCode.STATUS_CODE_EINVAL, 'request id 0 is reserved');
    await goodClientStillServed();
  });

  it('closes a connection that sends server frames, with EINVAL', async () => {
    const raw = new RawPeer(await h.rawConnect());
    raw.hello();
    await raw.nextFrame(1);
    raw.send({ requestId: 1, kind: pb.FrameKind.FRAME_KIND_END, status: { code: StatusCode.STATUS_CODE_OK } });
    expectGoAway(await raw.closedWith(), StatusCode.STATUS_CODE_EINVAL, 'unexpected FRAME_KIND_END');
    await goodClientStillServed();
  });

  it('answers an undecodable request payload with EBADMSG and keeps the connection', async () => {
    const raw = new RawPeer(await h.rawConnect());
    raw.hello();
    await raw.nextFrame(1);
    raw.send({
      requestId: 1, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: ManagementService.DomainId.path,
      payload: Uint8Array.from([0x0a, 0x7f, 0x41]), // string field claiming 127 bytes, 1 present
    });
    const end = await raw.nextFrame(2);
    expect([end.requestId, end.kind, end.status.code]).toEqual([1, pb.FrameKind.FRAME_KIND_END, StatusCode.STATUS_CODE_EBADMSG]);
    raw.send({ requestId: 2, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: 'no.such.Service/Method' });
    const end2 = await raw.nextFrame(3);
    expect([end2.requestId, end2.status.code, end2.status.message])
      .toEqual([2, StatusCode.STATUS_CODE_ENOSYS, "unknown method 'no.such.Service/Method'"]);
    expect(raw.closed).toBe(false);
    raw.connection.close();
  });

  it('ends a call whose response is over the limit with EMSGSIZE, and the connection lives on', async () => {
    const names = Array.from({ length: 2000 }, (_, i) => `domain-with-a-long-name-${i}`);
    // The request fits (about 60 KiB); the response, with more fields per domain, does not.
    let error: unknown;
    try {
      await good.call(ManagementService.ListDomains, { domains: names });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).codeName).toBe('EMSGSIZE');
    expect((error as RpcError).message).toMatch(/ListDomains: response frame of \d+ bytes exceeds the limit of 65536/);
    await goodClientStillServed();
  });

  it('refuses to send a request over the limit, without closing the connection', async () => {
    const small = await h.connect({ maxFrameBytes: 1024 });
    let error: unknown;
    try {
      await small.call(ManagementService.ConsoleWrite, { domain: 'web', data: new Uint8Array(2000) });
    } catch (err) {
      error = err;
    }
    expect((error as RpcError).codeName).toBe('EMSGSIZE');
    expect((error as RpcError).message).toMatch(/ConsoleWrite: request frame of \d+ bytes exceeds the limit of 1024/);
    expect((await small.call(ManagementService.DomainId, { name: '1' })).domid).toBe(1);
  });
});

describe.each(TRANSPORTS)('connection limits over %s', (kind) => {
  let h: Harness;
  let good: RpcClient;
  const limited: Array<{ peer: string; message: string }> = [];
  beforeEach(async () => {
    limited.length = 0;
    h = await startHarness(kind, {
      limits: { maxConnections: 3, handshakeTimeoutMs: 100, frameTimeoutMs: 100 },
      onLimit: (peer, status) => limited.push({ peer, message: status.message ?? '' }),
    });
    good = await h.connect();
  });
  afterEach(() => h.close());

  async function stillServed(): Promise<void> {
    expect((await good.call(ManagementService.DomainId, { name: '7' })).domid).toBe(7);
  }

  it('closes a connection that never says HELLO, with ETIMEDOUT', async () => {
    const raw = new RawPeer(await h.rawConnect());
    expectGoAway(await raw.closedWith(), StatusCode.STATUS_CODE_ETIMEDOUT, 'no HELLO within 100 ms');
    expect(limited.map((l) => l.message)).toEqual(['no HELLO within 100 ms']);
    await stillServed();
  });

  it('closes a connection that begins a frame and never finishes it (slowloris), with ETIMEDOUT', async () => {
    const raw = new RawPeer(await h.rawConnect());
    raw.hello();
    await raw.nextFrame(1);
    const frame = encodeFrame(pb.Frame.encode({ requestId: 1, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: ManagementService.ListDomains.path }).finish());
    // A byte every 30 ms: each arrives well inside any idle timeout, the frame never does.
    let sent = 0;
    const drip = setInterval(() => {
      if (sent < frame.length - 1) raw.connection.send(frame.subarray(sent, ++sent));
    }, 30);
    try {
      expectGoAway(await raw.closedWith(), StatusCode.STATUS_CODE_ETIMEDOUT, 'not completed within 100 ms');
    } finally {
      clearInterval(drip);
    }
    await stillServed();
  });

  it('keeps an established client that is idle between frames', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stillServed();
  });

  it('refuses a connection over the limit with EAGAIN, and serves those it has', async () => {
    const second = await h.connect();
    const third = await h.connect();
    const refused = new RawPeer(await h.rawConnect());
    expectGoAway(await refused.closedWith(), StatusCode.STATUS_CODE_EAGAIN, 'too many connections (limit 3)');
    expect(limited).toHaveLength(1);
    await stillServed();
    expect((await third.call(ManagementService.ListDomains, {})).domains.length).toBe(1);
    second.close();
    await until(() => h.server.connectionCount === 2, 'the server to see the close');
    const later = await h.connect();
    expect((await later.call(ManagementService.DomainId, { name: '9' })).domid).toBe(9);
  });
});
