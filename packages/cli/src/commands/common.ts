/** What every client verb shares: the daemon options, the connection, output. */
import type { Argv } from 'yargs';
import { connectDaemon, daemonAddress, type DaemonConnection, type Management } from '@hvsim/host/client';

export interface DaemonArgs {
  socket?: string;
  json?: boolean;
}

/** `--socket` and `--json`, on every verb that talks to the daemon. */
export function daemonOptions<T>(y: Argv<T>): Argv<T & DaemonArgs> {
  return y
    .option('socket', {
      type: 'string',
      describe: 'daemon socket: a path or tcp:HOST:PORT (default: $HVSIM_SOCKET, $XDG_RUNTIME_DIR/hvsim/hvsim.sock, /tmp/hvsim-$UID/hvsim.sock)',
    })
    .option('json', { type: 'boolean', default: false, describe: 'machine-readable output' });
}

/** Runs `fn` with a connection to the daemon, always closing it. */
export async function withDaemon<T>(argv: DaemonArgs, fn: (m: Management, conn: DaemonConnection) => Promise<T>): Promise<T> {
  const conn = await connectDaemon(daemonAddress(argv.socket));
  try {
    return await fn(conn.management, conn);
  } finally {
    conn.close();
  }
}

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

export function outJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
