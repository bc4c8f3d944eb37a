import { ManagementService, RpcClient, RpcError, RpcServer, StatusCode, inProcessPair, pb } from '@hvsim/control';
import { type Harness, TRANSPORTS, startHarness, until } from './helpers';

async function rpcError(promise: Promise<unknown>): Promise<RpcError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(RpcError);
    return err as RpcError;
  }
  throw new Error('expected the call to fail');
}

describe.each(TRANSPORTS)('RPC over %s', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(kind);
  });
  afterEach(() => h.close());

  it('handshakes and makes a unary call', async () => {
    const client = await h.connect();
    expect(client.protocolVersion).toBe(1);
    expect(client.serverName).toBe('test-dom0');
    const res = await client.call(ManagementService.ListDomains, { domains: ['web'] });
    expect(res).toBeInstanceOf(pb.ListDomainsResponse);
    expect(res.domains.map((d) => [d.name, d.info.domid, d.info.paused])).toEqual([['Domain-0', 0, false], ['web', 1, true]]);
    expect(res.domains[0].info.totPages).toBe(1024);
    const info = await client.call(ManagementService.Info, {});
    expect([info.host, info.protocolVersion]).toEqual(['test-client', 1]);
  });

  it('calls through a service client', async () => {
    const mgmt = (await h.connect()).service(ManagementService);
    expect((await mgmt.DomainId({ name: '7' })).domid).toBe(7);
    const events = await mgmt.Events({ domains: ['a', 'b', 'c'] }).collect();
    expect(events.map((e) => [e.event.name, e.event.domid, e.event.type])).toEqual([
      ['a', 1, pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED],
      ['b', 2, pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED],
      ['c', 3, pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED],
    ]);
  });

  it('runs concurrent calls on one connection and matches answers to requests', async () => {
    const client = await h.connect();
    // Later requests answer sooner.
    const calls = [5, 4, 3, 2, 1, 0].map((i) => client.call(ManagementService.DomainId, { name: `${i}:${i * 3}` }));
    const stream = client.stream(ManagementService.Events, { domains: ['x', 'y'] });
    expect((await Promise.all(calls)).map((r) => r.domid)).toEqual([5, 4, 3, 2, 1, 0]);
    expect((await stream.collect()).length).toBe(2);
  });

  it('returns the handler status for RpcError, ENOSYS for a method nobody serves', async () => {
    const client = await h.connect();
    const e1 = await rpcError(client.call(ManagementService.GetDomainInfo, { domain: 'ghost' }));
    expect([e1.code, e1.codeName, e1.message]).toEqual([StatusCode.STATUS_CODE_ESRCH, 'ESRCH', "domain 'ghost' not found"]);
    const e2 = await rpcError(client.call(ManagementService.Migrate, { domain: 'web' }));
    expect(e2.code).toBe(StatusCode.STATUS_CODE_ENOSYS);
    expect(e2.message).toContain('hvsim.control.v1.ManagementService/Migrate');
    // and the connection still works
    expect((await client.call(ManagementService.DomainId, { name: '3' })).domid).toBe(3);
  });

  it('turns handler exceptions into INTERNAL and keeps serving', async () => {
    const client = await h.connect();
    const sync = await rpcError(client.call(ManagementService.PauseDomain, { domain: 'x' }));
    expect([sync.codeName, sync.message]).toEqual(['INTERNAL', 'hvsim.control.v1.ManagementService/PauseDomain: internal error: boom']);
    const async = await rpcError(client.call(ManagementService.Dmesg, {}));
    expect(async.codeName).toBe('INTERNAL');
    expect(async.message).toContain('async boom');
    expect((await client.call(ManagementService.DomainId, { name: '4' })).domid).toBe(4);
  });

  it('streams until the client cancels, and the handler sees the cancel', async () => {
    const client = await h.connect();
    const stream = client.stream(ManagementService.ConsoleStream, { domain: 'web', follow: true });
    const lines: string[] = [];
    for await (const chunk of stream) {
      lines.push(Buffer.from(chunk.data).toString());
      if (lines.length === 3) break; // break cancels
    }
    expect(lines).toEqual(['web line 0\n', 'web line 1\n', 'web line 2\n']);
    await until(() => h.service.stoppedStreams === 1, 'the handler to stop');
    expect(h.service.openStreams).toBe(0);
    expect((await client.call(ManagementService.DomainId, { name: '5' })).domid).toBe(5);
  });

  it('cancels through an AbortSignal', async () => {
    const client = await h.connect();
    const abort = new AbortController();
    const stream = client.stream(ManagementService.ConsoleStream, { domain: 'a' }, { signal: abort.signal });
    const it = stream[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    abort.abort();
    // Whatever was queued is dropped; the iteration ends without an error.
    expect((await it.next()).done).toBe(true);
    await until(() => h.service.stoppedStreams === 1, 'the handler to stop');

    const held = new AbortController();
    const pending = client.call(ManagementService.DomainName, { domid: 3 }, { signal: held.signal });
    held.abort();
    expect((await rpcError(pending)).codeName).toBe('CANCELLED');
    h.service.release();
  });

  it('serves two clients independently', async () => {
    const a = await h.connect({ name: 'alice' });
    const b = await h.connect({ name: 'bob' });
    const streamA = a.stream(ManagementService.ConsoleStream, { domain: 'a' });
    const [infoA, infoB] = await Promise.all([a.call(ManagementService.Info, {}), b.call(ManagementService.Info, {})]);
    expect([infoA.host, infoB.host]).toEqual(['alice', 'bob']);
    a.close();
    // The closed connection's stream handler is stopped; b is unaffected.
    await until(() => h.service.stoppedStreams === 1, 'the stream of a closed client to stop');
    expect((await b.call(ManagementService.DomainId, { name: '9' })).domid).toBe(9);
    expect((await rpcError(a.call(ManagementService.DomainId, { name: '1' }))).codeName).toBe('UNAVAILABLE');
    const leftover = await rpcError(streamA.collect());
    expect(leftover.codeName).toBe('UNAVAILABLE');
  });

  it('fails calls in flight with UNAVAILABLE when the server goes away', async () => {
    const client = await h.connect();
    const pending = client.call(ManagementService.DomainName, { domid: 1 });
    const stream = client.stream(ManagementService.ConsoleStream, { domain: 'a' });
    await until(() => h.service.openStreams === 1, 'the stream to start');
    h.server.closeConnections();
    expect((await rpcError(pending)).codeName).toBe('UNAVAILABLE');
    expect((await rpcError(stream.collect())).codeName).toBe('UNAVAILABLE');
    h.service.release();
  });
});

describe('a response that does not encode', () => {
  it('ends its call with INTERNAL, is told to onInternalError, and the connection goes on', async () => {
    const told: string[] = [];
    // A BigInt where the schema wants a uint32: the generated encoder throws a TypeError.
    const notANumber = 1n as unknown as number;
    const server = new RpcServer({ onInternalError: (err, method) => told.push(`${method}: ${(err as Error).name}`) })
      .addService(ManagementService, {
        DomainId: () => ({ domid: notANumber }),
        DomainName: async (request) => ({ name: `dom${request.domid}` }),
        Events: (_request, call) => call.send({ event: { domid: notANumber } }),
      });
    const [clientEnd, serverEnd] = inProcessPair();
    server.accept(serverEnd);
    const client = await RpcClient.connect(clientEnd);
    const unary = await rpcError(client.call(ManagementService.DomainId, { name: 'x' }));
    expect([unary.codeName, unary.message]).toEqual(['INTERNAL', expect.stringMatching(/DomainId: internal error: /)]);
    expect((await rpcError(client.stream(ManagementService.Events, {}).collect())).codeName).toBe('INTERNAL');
    expect((await client.call(ManagementService.DomainName, { domid: 4 })).name).toBe('dom4');
    expect(told).toEqual([`${ManagementService.DomainId.path}: TypeError`, `${ManagementService.Events.path}: TypeError`]);
    // A request that does not encode: the call's promise rejects, nothing is sent.
    const call = client.call(ManagementService.DomainName, { domid: notANumber });
    await expect(call).rejects.toThrow(TypeError);
    expect((await client.call(ManagementService.DomainName, { domid: 5 })).name).toBe('dom5');
    client.close();
  });
});
