/** Socket connections: what one turn sends goes out together, and frames survive a slow reader. */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  type Connection, FrameDecoder, type Listener, ManagementService, RpcClient, RpcServer, connectUnix, encodeFrame,
  inProcessPair, largeFrames, listenUnix, pb,
} from '@hvsim/control';
import { FrameEncoder } from '../src/rpc/frame-encoder';

const Kind = pb.FrameKind;

let dir: string;
let socketPath: string;
let listener: Listener | null = null;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-socket-test-'));
  socketPath = path.join(dir, 'control.sock');
});

afterEach(async () => {
  jest.restoreAllMocks();
  await listener?.close();
  listener = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A connected pair of socket Connections: [client end, server end]. */
async function socketPair(): Promise<[Connection, Connection]> {
  let accepted: (c: Connection) => void = () => undefined;
  const server = new Promise<Connection>((resolve) => {
    accepted = resolve;
  });
  listener = await listenUnix(socketPath, (c) => accepted(c));
  const client = await connectUnix(socketPath);
  return [client, await server];
}

/** Everything `connection` receives, until `count` frames have come. */
function receiveFrames(connection: Connection, count: number): Promise<Uint8Array[]> {
  const decoder = new FrameDecoder();
  const frames: Uint8Array[] = [];
  return new Promise((resolve) => {
    connection.start({
      data: (chunk) => {
        frames.push(...decoder.push(chunk));
        if (frames.length >= count) resolve(frames);
      },
      close: () => resolve(frames),
    });
  });
}

it('writes what one turn sends as one buffer when the frames lie back to back, in order', async () => {
  const [client, server] = await socketPair();
  const received = receiveFrames(server, 50);
  const write = jest.spyOn(net.Socket.prototype, 'write');
  const encoder = new FrameEncoder();
  const method = ManagementService.DomainId;
  for (let i = 1; i <= 50; i++) {
    client.send(encoder.call(Kind.FRAME_KIND_REQUEST, i, method.path, method.request, { name: `domain-${i}` }, null, 1 << 20), true);
  }
  expect(write).not.toHaveBeenCalled(); // not before the turn is over
  const frames = await received;
  expect(write).toHaveBeenCalledTimes(1);
  expect(frames.map((f) => method.request.decode(pb.Frame.decode(f).payload).name))
    .toEqual(Array.from({ length: 50 }, (_, i) => `domain-${i + 1}`));
  client.close();
});

it('sends separate buffers of one turn in order, copying those not handed over', async () => {
  const [client, server] = await socketPair();
  const received = receiveFrames(server, 4);
  const cork = jest.spyOn(net.Socket.prototype, 'cork');
  const reused = encodeFrame(Uint8Array.from([1, 1]));
  client.send(reused);
  client.send(encodeFrame(Uint8Array.from([2])), true);
  reused.fill(9, 1); // the caller may reuse what it did not hand over (its prefix kept)
  client.send(encodeFrame(Uint8Array.from([3, 3, 3])));
  client.send(encodeFrame(Uint8Array.from([4])), true);
  const frames = await received;
  expect(frames.map((f) => [...f])).toEqual([[1, 1], [2], [3, 3, 3], [4]]);
  expect(cork).toHaveBeenCalledTimes(1); // one batch (a single writev)
  client.close();
});

it('never reuses the memory of frames a socket still holds while its reader is slow', async () => {
  // 400 messages of 8 KiB, all sent at once: far more than the socket buffers hold, so most
  // wait in the socket's queue while the encoder goes on through many more slabs.
  const server = new RpcServer({ name: 'slow-reader-test' }).addService(ManagementService, {
    ConsoleStream: (_request, call) => {
      for (let i = 0; i < 400; i++) call.send({ data: new Uint8Array(8192).fill(i & 0xff) });
    },
    DomainId: (request) => ({ domid: request.name.length }),
  });
  listener = await listenUnix(socketPath, (c) => server.accept(c));
  const raw = net.connect({ path: socketPath });
  await new Promise((resolve) => raw.once('connect', resolve));
  const send = (frame: pb.Frame.$Properties): void => {
    raw.write(encodeFrame(pb.Frame.encode(frame).finish()));
  };
  send({ kind: Kind.FRAME_KIND_HELLO, hello: { supportedVersions: [1], clientName: 'slow' } });
  send({
    requestId: 1, kind: Kind.FRAME_KIND_REQUEST, method: ManagementService.ConsoleStream.path,
    payload: pb.ConsoleStreamRequest.encode({ domain: 'x' }).finish(),
  });
  raw.pause();
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Meanwhile other calls keep the encoder busy: well over a slab's worth of frames.
  const [clientEnd, serverEnd] = inProcessPair();
  server.accept(serverEnd);
  const other = await RpcClient.connect(clientEnd);
  for (let i = 0; i < 2000; i++) await other.call(ManagementService.DomainId, { name: 'x'.repeat(i % 100) });
  other.close();

  const decoder = new FrameDecoder();
  const messages: number[][] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      raw.on('data', (chunk: Buffer) => {
        try {
          for (const body of decoder.push(chunk)) {
            const frame = pb.Frame.decode(body);
            if (frame.kind === Kind.FRAME_KIND_MESSAGE) {
              const data = pb.ConsoleStreamResponse.decode(frame.payload).data;
              messages.push([data.length, ...new Set(data)]);
            } else if (frame.kind === Kind.FRAME_KIND_END) {
              resolve();
            }
          }
        } catch (err) {
          reject(err); // a frame overwritten in the queue no longer decodes
        }
      });
      raw.once('close', () => resolve());
      raw.resume();
    });
  } finally {
    raw.destroy();
    server.closeConnections();
  }
  expect(messages).toEqual(Array.from({ length: 400 }, (_, i) => [8192, i & 0xff]));
});

it('gives a large frame handed over back to the pool only once the kernel has taken all of it', async () => {
  const [client, server] = await socketPair();
  // Far more than the socket's buffers hold while the server end is not read.
  const frame = largeFrames.take(4 * 1024 * 1024 + 7 * 16 * 1024);
  for (let i = 0; i < frame.length; i++) frame[i] = (i * 7) & 0xff;
  const release = jest.spyOn(largeFrames, 'release');
  const givenBack = (): boolean => release.mock.calls.some(([bytes]) => bytes.buffer === frame.buffer);
  const copied = frame.slice();
  client.send(copied); // not handed over: the socket writes a copy of it
  client.send(frame, true);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(givenBack()).toBe(false);

  let received = 0;
  let wrong = 0;
  server.start({
    data: (chunk) => {
      for (let i = 0; i < chunk.length; i++, received++) if (chunk[i] !== (((received % frame.length) * 7) & 0xff)) wrong++;
    },
    close: () => undefined,
  });
  const until = async (done: () => boolean): Promise<void> => {
    for (let waited = 0; !done() && waited < 10_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  await until(givenBack);
  expect(givenBack()).toBe(true);
  // `copied` is the sender's still: the socket wrote a copy of it, and never gives `copied` back.
  expect(release.mock.calls.some(([bytes]) => bytes.buffer === copied.buffer)).toBe(false);
  await until(() => received === 2 * frame.length);
  expect(received).toBe(2 * frame.length);
  expect(wrong).toBe(0);
  client.close();
  server.close();
});
