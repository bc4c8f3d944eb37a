/** A client's connection to a daemon's management service (the CLI's, and a host's to a migration peer). */
// The client entry of the control package: a verb loads neither the server nor the whole schema.
import { ManagementService, RpcClient, dial, type ServiceClient } from '@hvsim/control/client';
import { resolveSocketPath } from './socket-path';

/** `PKG.Service/Method: ` prefixes that the RPC layer puts on its messages. */
export const METHOD_PREFIX = /^(?:[\w.]+\/\w+: )+/;

export type Management = ServiceClient<typeof ManagementService>;

export interface DaemonConnection {
  readonly address: string;
  readonly rpc: RpcClient;
  readonly management: Management;
  close(): void;
}

/**
 * `--socket` may name a Unix socket path or `tcp:HOST:PORT`; without it the path rules of
 * resolveSocketPath apply.
 */
export function daemonAddress(socket: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (socket?.startsWith('tcp:') || socket?.startsWith('unix:')) return socket;
  return resolveSocketPath(socket, env);
}

/** Nothing listens at the address (no socket file, or the connection refused): no daemon runs there. */
export class NoDaemonError extends Error {}

/** Connects and shakes hands; a missing or dead daemon becomes one readable line. */
export async function connectDaemon(address: string, clientName = 'hvsim-cli'): Promise<DaemonConnection> {
  let connection;
  try {
    connection = await dial(address);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ECONNREFUSED') throw new NoDaemonError(`no daemon running at ${address} (start one with \`hvsim boot --detach\`)`);
    if (code === 'EACCES') throw new Error(`permission denied on ${address}`);
    throw new Error(`cannot reach the daemon at ${address}: ${(err as Error).message}`);
  }
  const rpc = await RpcClient.connect(connection, { name: clientName, handshakeTimeoutMs: 5000 });
  return { address, rpc, management: rpc.service(ManagementService), close: () => rpc.close() };
}
