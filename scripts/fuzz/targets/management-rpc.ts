/**
 * Each ManagementService request's validation in a real dom0 (the boot loader's host: core,
 * dom0, xenstore, consoles, in this process): requests to every method but Halt, Save and
 * Migrate (which would stop the host, write files or dial out), payloads of random protobuf
 * fields. Properties: no call ends INTERNAL (an exception that is not the handler's own
 * RpcError), nothing is logged as an internal error, nothing escapes the server.
 */
import fc from 'fast-check';
import { ManagementService, StatusCode, encodeFrame, pb, type RpcServer } from '@hvsim/control';
import { bootHost, type BootedHost } from '../../../packages/host/src/boot';
import { fail, type FuzzTarget } from '../target';
import { FakeConnection } from './fake-connection';
import { protobufSoup } from './protobuf-soup';

const Kind = pb.FrameKind;
const EXCLUDED = new Set(['Halt', 'Save', 'Migrate']);
const METHODS = Object.entries(ManagementService).filter(([name]) => !EXCLUDED.has(name)).map(([, m]) => m);
const frame = (f: pb.Frame.$Properties): Uint8Array => encodeFrame(pb.Frame.encode(f).finish());
const HELLO = frame({ kind: Kind.FRAME_KIND_HELLO, hello: { supportedVersions: [1], clientName: 'fuzz' } });

let host: { booted: BootedHost; server: RpcServer; internal: string[] } | null = null;

async function boot(): Promise<NonNullable<typeof host>> {
  const internal: string[] = [];
  const booted = await bootHost({ pcpus: 1, memoryMb: 256, dom0MemoryMb: 32, seed: 1, log: (line) => { if (/internal error/i.test(line)) internal.push(line); } });
  return { booted, server: booted.dom0.createManagementServer('fuzz', { limits: { handshakeTimeoutMs: Infinity, frameTimeoutMs: Infinity } }), internal };
}

/** Input: [method index, payload length, payload]... */
export const managementRpc: FuzzTarget = {
  name: 'management-rpc',
  about: "ManagementService requests with random fields, against a real dom0",
  inputs: () => fc.array(fc.tuple(fc.nat({ max: METHODS.length - 1 }), protobufSoup), { minLength: 1, maxLength: 4 })
    .map((calls) => Uint8Array.from(calls.flatMap(([m, p]) => [m, Math.min(p.length, 255), ...p.subarray(0, 255)]))),
  async check(input) {
    host ??= await boot();
    const { booted, server, internal } = host;
    const conn = new FakeConnection();
    server.accept(conn);
    conn.feed(HELLO);
    let id = 1;
    for (let at = 0; at + 2 <= input.length;) {
      const method = METHODS[input[at] % METHODS.length];
      const payload = input.subarray(at + 2, at + 2 + input[at + 1]);
      at += 2 + input[at + 1];
      let body = payload;
      if (method === ManagementService.Restore) {
        // Only an image in the request: a file path would have the daemon read this host's files.
        const request = onlyDecodable(() => ManagementService.Restore.request.decode(payload));
        if (request !== null) body = ManagementService.Restore.request.encode({ image: request.image, paused: request.paused, overrides: request.overrides }).finish();
      }
      conn.feed(frame({ kind: Kind.FRAME_KIND_REQUEST, requestId: id++, method: method.path, payload: body }));
    }
    // Let the calls run: dom0's work is promises on the control channel and virtual time.
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      booted.machine.runUntil(booted.machine.now() + 100_000);
    }
    conn.close();
    for (const f of conn.sent) {
      if (f.status?.code === StatusCode.STATUS_CODE_INTERNAL) fail(`INTERNAL: ${f.status.message}`);
    }
    if (internal.length > 0) fail(internal.splice(0).join('\n'));
  },
  async close() {
    const h = host;
    host = null;
    if (h !== null) await h.booted.shutdown();
  },
};

function onlyDecodable<T>(decode: () => T): T | null {
  try {
    return decode();
  } catch {
    return null;
  }
}
