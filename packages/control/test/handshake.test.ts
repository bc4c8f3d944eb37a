import { ManagementService, PROTOCOL_VERSIONS, RpcClient, RpcError, inProcessPair } from '@hvsim/control';
import { type Harness, TRANSPORTS, startHarness } from './helpers';

describe.each(TRANSPORTS)('version handshake over %s', (kind) => {
  let h: Harness;
  afterEach(() => h.close());

  it('picks the highest version both sides speak', async () => {
    h = await startHarness(kind, { versions: [1, 2, 3] });
    const client = await h.connect({ versions: [1, 2, 4] });
    expect(client.protocolVersion).toBe(2);
    expect((await client.call(ManagementService.Info, {})).protocolVersion).toBe(2);
  });

  it('refuses a client with no common version: FAILED_PRECONDITION and the connection closes', async () => {
    h = await startHarness(kind);
    let error: unknown;
    try {
      await h.connect({ versions: [7, 8] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).codeName).toBe('FAILED_PRECONDITION');
    expect((error as RpcError).message).toBe('no common protocol version: client speaks [7, 8], server speaks [1]');
    // The server forgot the connection and still serves others.
    expect((await (await h.connect()).call(ManagementService.DomainId, { name: '2' })).domid).toBe(2);
    expect(h.server.connectionCount).toBe(1);
  });
});

it('speaks protocol version 1', () => {
  expect(PROTOCOL_VERSIONS).toEqual([1]);
});

it('gives up with ETIMEDOUT on a server that never answers HELLO', async () => {
  const [clientEnd, silent] = inProcessPair();
  silent.start({ data: () => undefined, close: () => undefined });
  let error: unknown;
  try {
    await RpcClient.connect(clientEnd, { handshakeTimeoutMs: 20 });
  } catch (err) {
    error = err;
  }
  expect((error as RpcError).codeName).toBe('ETIMEDOUT');
});
