import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XS_READ, XS_WRITE, XS_ERROR } from '@hvsim/abi';
import { Xenstored, XenstoreSocketServer, XsFrameDecoder, encodeMessage, type XsMessage } from '../../src/xenstore';
import { args } from './helpers';

/** A raw xs_wire client on the Unix socket. */
class RawClient {
  readonly messages: XsMessage[] = [];
  readonly closed: Promise<void>;
  private readonly decoder = new XsFrameDecoder();
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: Socket) {
    socket.on('data', (d) => {
      this.messages.push(...this.decoder.push(d));
      for (const w of this.waiters.splice(0)) w();
    });
    this.closed = new Promise((resolve) => socket.on('close', () => resolve()));
  }

  static open(path: string): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = connect(path, () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }

  async next(): Promise<XsMessage> {
    while (this.messages.length === 0) await new Promise<void>((r) => this.waiters.push(r));
    return this.messages.shift()!;
  }
}

describe('XenstoreSocketServer', () => {
  let dir: string;
  let sock: string;
  let server: XenstoreSocketServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hvsim-xs-'));
    sock = join(dir, 'socket');
    server = new XenstoreSocketServer(new Xenstored());
    await server.listen(sock);
  });

  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves xs_wire requests as privileged dom0', async () => {
    const c = await RawClient.open(sock);
    c.socket.write(encodeMessage(XS_WRITE, 1, 0, Buffer.from('/x\0y')));
    c.socket.write(encodeMessage(XS_READ, 2, 0, args('/x')));
    expect((await c.next()).payload.toString()).toBe('OK\0');
    const r = await c.next();
    expect([r.type, r.reqId, r.payload.toString()]).toEqual([XS_READ, 2, 'y']);
    c.socket.end();
  });

  it('closes a client that sends an oversized frame; others are still served', async () => {
    const bad = await RawClient.open(sock);
    const good = await RawClient.open(sock);
    const header = Buffer.alloc(16);
    header.writeUInt32LE(XS_WRITE, 0);
    header.writeUInt32LE(4097, 12);
    bad.socket.write(header);
    await bad.closed;
    good.socket.write(encodeMessage(XS_READ, 7, 0, args('/tool/xenstored')));
    const r = await good.next();
    expect([r.type, r.reqId]).toEqual([XS_READ, 7]);
    good.socket.write(encodeMessage(XS_READ, 8, 0, Buffer.from('bad')));
    const e = await good.next();
    expect([e.type, e.payload.toString()]).toEqual([XS_ERROR, 'EINVAL\0']);
    good.socket.end();
  });

  it('tells onTraffic of every chunk read and every reply written', async () => {
    await server.close();
    let traffic = 0;
    server = new XenstoreSocketServer(new Xenstored(), { onTraffic: () => traffic++ });
    await server.listen(sock);
    const c = await RawClient.open(sock);
    c.socket.write(encodeMessage(XS_READ, 4, 0, args('/tool')));
    await c.next();
    expect(traffic).toBe(2);
    c.socket.end();
  });

  it('handles a request dribbled in byte by byte', async () => {
    const c = await RawClient.open(sock);
    const msg = encodeMessage(XS_READ, 3, 0, args('/tool'));
    for (const b of msg) {
      c.socket.write(Buffer.from([b]));
      await new Promise((r) => setImmediate(r));
    }
    expect((await c.next()).reqId).toBe(3);
    c.socket.end();
  });

  it('removes its socket on close and replaces a stale one on listen', async () => {
    await server.close();
    expect(existsSync(sock)).toBe(false);
    const again = new XenstoreSocketServer(new Xenstored());
    await again.listen(sock);
    expect(statSync(sock).isSocket()).toBe(true);
    await again.close();
    server = new XenstoreSocketServer(new Xenstored());
    await server.listen(sock); // nothing stale left: listens fine
  });

  it('refuses to replace a file that is not a socket', async () => {
    const file = join(dir, 'plain');
    writeFileSync(file, 'x');
    await expect(new XenstoreSocketServer(new Xenstored()).listen(file)).rejects.toThrow(/not a socket/);
  });
});

describe('XenstoreSocketServer connection limits', () => {
  let dir: string;
  let sock: string;
  let server: XenstoreSocketServer;
  const limited: string[] = [];

  beforeEach(async () => {
    limited.length = 0;
    dir = mkdtempSync(join(tmpdir(), 'hvsim-xs-'));
    sock = join(dir, 'socket');
    server = new XenstoreSocketServer(new Xenstored(), {
      limits: { maxConnections: 2, handshakeTimeoutMs: 100, frameTimeoutMs: 100 },
      onLimit: (reason) => limited.push(reason),
    });
    await server.listen(sock);
  });

  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function read(c: RawClient, reqId: number): Promise<XsMessage> {
    c.socket.write(encodeMessage(XS_READ, reqId, 0, args('/tool')));
    return c.next();
  }

  it('drops a connection that sends nothing, and one that begins a message and never ends it', async () => {
    const established = await RawClient.open(sock);
    expect((await read(established, 1)).type).toBe(XS_READ);
    const silent = await RawClient.open(sock);
    await silent.closed;
    expect(limited).toEqual(['no message within 100 ms of connecting']);
    const slow = await RawClient.open(sock);
    expect((await read(slow, 1)).type).toBe(XS_READ);
    const message = encodeMessage(XS_READ, 2, 0, args('/tool'));
    let sent = 0;
    const drip = setInterval(() => {
      if (sent < message.length - 1) slow.socket.write(message.subarray(sent, ++sent));
    }, 20);
    await slow.closed;
    clearInterval(drip);
    expect(limited[1]).toBe('a message was begun and not completed within 100 ms');
    // Idle for longer than either limit, the established client is still served.
    expect((await read(established, 3)).type).toBe(XS_READ);
  });

  it('refuses a connection over the limit with EAGAIN and keeps serving the others', async () => {
    const a = await RawClient.open(sock);
    const b = await RawClient.open(sock);
    expect((await read(a, 1)).type).toBe(XS_READ);
    expect((await read(b, 1)).type).toBe(XS_READ);
    const refused = await RawClient.open(sock);
    const answer = await refused.next();
    expect([answer.type, answer.payload.toString('latin1')]).toEqual([XS_ERROR, 'EAGAIN\0']);
    await refused.closed;
    expect(limited).toEqual(['too many connections (limit 2): refused with EAGAIN']);
    expect((await read(a, 2)).type).toBe(XS_READ);
  });
});
