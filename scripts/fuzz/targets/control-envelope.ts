/**
 * The control envelope (Frame: kinds, request ids, methods, HELLO) as an RpcServer reads it,
 * after the framing. Properties: nothing the client sends makes the server throw; every frame
 * it sends back is a server's kind (HELLO_REPLY, MESSAGE, END, GOAWAY); every END and GOAWAY
 * carries a status; a connection it closes has no call left running.
 */
import fc from 'fast-check';
import { ManagementService, RpcServer, encodeFrame, pb } from '@hvsim/control';
import { fail, mutationsOf, type FuzzTarget } from '../target';
import { FakeConnection } from './fake-connection';

const Kind = pb.FrameKind;
const SERVER_KINDS = new Set([Kind.FRAME_KIND_HELLO_REPLY, Kind.FRAME_KIND_MESSAGE, Kind.FRAME_KIND_END, Kind.FRAME_KIND_GOAWAY]);

const server = new RpcServer({ name: 'fuzz', limits: { handshakeTimeoutMs: Infinity, frameTimeoutMs: Infinity } }).addService(ManagementService, {
  ListDomains: () => ({ domains: [{ name: 'Domain-0' }] }),
  DomainId: (request) => ({ domid: request.name.length }),
  Events: (request, call) => {
    for (const name of request.domains.slice(0, 4)) call.send({ event: { name } });
  },
});

const frame = (f: pb.Frame.$Properties): number[] => [...encodeFrame(pb.Frame.encode(f).finish())];
const HELLO = frame({ kind: Kind.FRAME_KIND_HELLO, hello: { supportedVersions: [1], clientName: 'fuzz' } });

const frames = fc.record({
  kind: fc.integer({ min: 0, max: 9 }),
  requestId: fc.oneof(fc.constantFrom(0, 1, 2), fc.nat()),
  method: fc.constantFrom('', ManagementService.ListDomains.path, ManagementService.DomainId.path, ManagementService.Events.path, 'x/y', '/'),
  payload: fc.uint8Array({ maxLength: 32 }),
}).map((f) => frame(f));

const seeds = [
  Uint8Array.from([...HELLO, ...frame({ kind: Kind.FRAME_KIND_REQUEST, requestId: 1, method: ManagementService.ListDomains.path })]),
  Uint8Array.from([...HELLO, ...frame({ kind: Kind.FRAME_KIND_REQUEST, requestId: 2, method: ManagementService.Events.path, payload: Uint8Array.of(10, 1, 97) })]),
];

export const controlEnvelope: FuzzTarget = {
  name: 'control-envelope',
  about: 'RpcServer reading Frame envelopes: HELLO, requests, cancels, anything',
  inputs: () => fc.oneof(
    mutationsOf(seeds, 1024),
    fc.tuple(fc.boolean(), fc.array(frames, { maxLength: 8 })).map(([hello, fs]) => Uint8Array.from([...(hello ? HELLO : []), ...fs.flat()])),
  ),
  check(input) {
    const conn = new FakeConnection();
    server.accept(conn);
    conn.feed(input);
    conn.close();
    for (const f of conn.sent) {
      if (!SERVER_KINDS.has(f.kind)) fail(`the server sent a ${Kind[f.kind] ?? f.kind} frame`);
      if ((f.kind === Kind.FRAME_KIND_END || f.kind === Kind.FRAME_KIND_GOAWAY) && !f.status) fail(`${Kind[f.kind]} without a status`);
    }
    if (server.connectionCount !== 0) fail(`${server.connectionCount} connections left after close`);
  },
};
