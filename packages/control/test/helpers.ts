/** A ManagementService with canned answers, served over each transport. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  type Connection, type Listener, ManagementService, RpcClient, type RpcClientOptions, RpcError, RpcServer,
  type RpcServerOptions, StatusCode, connectTcp, connectUnix, inProcessPair, listenTcp, listenUnix, pb,
} from '@hvsim/control';

export type TransportKind = 'in-process' | 'unix' | 'tcp';
export const TRANSPORTS: TransportKind[] = ['in-process', 'unix', 'tcp'];

/** Resolves after the event loop has had a turn (I/O and microtasks). */
export function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface TestService {
  /** Streams that are running now, and how many have stopped (cancelled or ended). */
  openStreams: number;
  stoppedStreams: number;
  /** Release held DomainName calls. */
  release(): void;
}

/** The handlers the tests exercise. */
export function addTestService(server: RpcServer): TestService {
  const state: TestService & { held: Array<() => void> } = {
    openStreams: 0,
    stoppedStreams: 0,
    held: [],
    release() {
      for (const r of this.held.splice(0)) r();
    },
  };
  server.addService(ManagementService, {
    ListDomains: (request) => ({
      domains: [
        { name: 'Domain-0', info: { domid: 0, running: true, totPages: 1024 }, memoryKb: 4096 },
        ...request.domains.map((name, i) => ({ name, info: { domid: i + 1, paused: true } })),
      ],
    }),
    // Answers after a delay chosen by the request, so concurrent calls finish out of order.
    DomainId: async (request) => {
      const delay = Number(request.name.split(':')[1] ?? 0);
      await new Promise((resolve) => setTimeout(resolve, delay));
      return { domid: Number(request.name.split(':')[0]) };
    },
    // Waits for release(); tells whether it was aborted meanwhile.
    DomainName: async (request, ctx) => {
      await new Promise<void>((resolve) => state.held.push(resolve));
      return { name: ctx.signal.aborted ? 'aborted' : `dom${request.domid}` };
    },
    GetDomainInfo: (request) => {
      throw new RpcError(StatusCode.STATUS_CODE_ESRCH, `domain '${request.domain}' not found`);
    },
    PauseDomain: () => {
      throw new TypeError('boom');
    },
    Dmesg: async () => {
      await tick();
      throw new Error('async boom');
    },
    Info: (_request, ctx) => ({ host: ctx.clientName, protocolVersion: ctx.protocolVersion }),
    // Sends `request.domains.length` events and ends.
    Events: (request, call) => {
      request.domains.forEach((name, i) => call.send({
        event: { type: pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED, domid: i + 1, name, timeNs: 1000 * i },
      }));
    },
    // Follows forever: one chunk per tick until cancelled.
    ConsoleStream: async (request, call) => {
      state.openStreams++;
      let n = 0;
      while (!call.signal.aborted) {
        call.send({ data: Buffer.from(`${request.domain} line ${n++}\n`) });
        await tick();
      }
      state.openStreams--;
      state.stoppedStreams++;
    },
    ConsoleWrite: (request) => {
      if (request.data.length === 0) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, 'empty');
      return {};
    },
  });
  return state;
}

export interface Harness {
  server: RpcServer;
  service: TestService;
  /** A raw connection to the server (no handshake). */
  rawConnect(): Promise<Connection>;
  connect(options?: RpcClientOptions): Promise<RpcClient>;
  close(): Promise<void>;
}

export async function startHarness(kind: TransportKind, options: RpcServerOptions = {}): Promise<Harness> {
  const server = new RpcServer({ name: 'test-dom0', ...options });
  const service = addTestService(server);
  let listener: Listener | null = null;
  let dir: string | null = null;
  let rawConnect: () => Promise<Connection>;
  if (kind === 'in-process') {
    rawConnect = async () => {
      const [client, served] = inProcessPair();
      server.accept(served);
      return client;
    };
  } else if (kind === 'unix') {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-control-test-'));
    const socketPath = path.join(dir, 'control.sock');
    listener = await listenUnix(socketPath, (c) => server.accept(c));
    rawConnect = () => connectUnix(socketPath);
  } else {
    const tcp = await listenTcp({ port: 0 }, (c) => server.accept(c));
    listener = tcp;
    rawConnect = () => connectTcp('127.0.0.1', tcp.port);
  }
  const clients: RpcClient[] = [];
  return {
    server,
    service,
    rawConnect,
    async connect(clientOptions = {}) {
      const client = await RpcClient.connect(await rawConnect(), { name: 'test-client', ...clientOptions });
      clients.push(client);
      return client;
    },
    async close() {
      for (const c of clients) c.close();
      server.closeConnections();
      await listener?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
