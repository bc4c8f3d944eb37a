/**
 * The typed API: wrong requests, responses and handlers do not compile. The
 * @ts-expect-error lines are checked by `tsc -p tsconfig.test.json` (npm test);
 * at run time the calls go through an in-process pair.
 */
import { ManagementService, RpcClient, RpcServer, inProcessPair, pb } from '@hvsim/control';

it('types requests, responses and handlers from the schema', async () => {
  const server = new RpcServer().addService(ManagementService, {
    DomainId: (request) => ({ domid: request.name.length }),
    // @ts-expect-error a handler must return its method's response (domid is a number)
    DomainName: () => ({ name: 1 }),
    Events: (request, call) => {
      call.send({ event: { type: pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED, domid: request.domains.length } });
      // @ts-expect-error stream messages have the method's response type
      call.send({ domid: 1 });
    },
  });
  const [clientEnd, serverEnd] = inProcessPair();
  server.accept(serverEnd);
  const client = await RpcClient.connect(clientEnd);
  const res = await client.call(ManagementService.DomainId, { name: 'abc' });
  const domid: number = res.domid;
  expect(domid).toBe(3);
  // @ts-expect-error unknown request field
  await expect(client.call(ManagementService.DomainId, { nom: 'x' })).resolves.toBeDefined();
  // @ts-expect-error a streaming method is not a unary call
  expect(() => client.call(ManagementService.Events, {})).toBeDefined();
  const mgmt = client.service(ManagementService);
  // @ts-expect-error the response has no such field
  expect((await mgmt.DomainId({ name: 'ab' })).name).toBeUndefined();
  client.close();
});
