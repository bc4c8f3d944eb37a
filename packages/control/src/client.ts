/**
 * `@hvsim/control/client`: what a client of dom0's management service needs (dial, the RPC
 * client, ManagementService and its messages) and nothing else: no RPC server, no
 * DomctlService, not the whole schema. A command of the `hvsim` CLI starts a process per call,
 * and what it loads is most of what it costs; `@hvsim/control` has everything.
 */
export { pb } from './management-schema';
export { ManagementService } from './gen/management-service';
export { ClientStream, RpcClient, type CallOptions, type RpcClientOptions, type ServiceClient } from './rpc/client';
export { RpcError, StatusCode, statusCodeName } from './status';
export { type ControlAddress, defaultSocketPath, dial, parseAddress, resolveSocketAddress } from './transport/address';
export type { Connection } from './transport/connection';
