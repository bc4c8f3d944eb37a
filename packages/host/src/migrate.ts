/** xl migrate's client side, shared by the CLI's `hvsim migrate` and the embedding API's migrate(). */
import * as path from 'node:path';
import type { pb } from '@hvsim/control/client';
import type { Management } from './daemon-connection';
import { migrationReport, type MigrationReport } from './views/migration';

export interface MigrateRequest {
  /** A domain name or domid, as the daemon resolves it. */
  domain: string;
  /** The receiving daemon: its socket path, `unix:PATH` or `tcp:HOST:PORT`. */
  destination: string;
  live: boolean;
}

/**
 * The destination as the source daemon must be told it: a socket path made absolute, since the
 * daemon resolves paths against its own working directory, not the caller's.
 */
export function migrationDestination(destination: string): string {
  return destination.startsWith('tcp:') || destination.startsWith('unix:') ? destination : path.resolve(destination);
}

/**
 * Asks the source daemon to migrate the domain and follows its progress stream to the end:
 * `onProgress` sees each batch of each round; the result is the migration's report. A stream
 * that ends without a result is an error, never a silent success.
 */
export async function migrateDomain(m: Management, request: MigrateRequest, onProgress?: (p: pb.MigrateProgress) => void): Promise<MigrationReport> {
  const stream = m.MigrateWithProgress({ domain: request.domain, destination: migrationDestination(request.destination), live: request.live });
  let done: pb.MigrateResponse | null = null;
  for await (const msg of stream) {
    if (msg.progress) onProgress?.(msg.progress);
    if (msg.done) done = msg.done;
  }
  if (done === null) throw new Error('the daemon ended the migration without its result');
  return migrationReport(done);
}
