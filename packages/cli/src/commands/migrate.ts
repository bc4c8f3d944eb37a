import * as path from 'node:path';
import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface MigrateArgs extends DaemonArgs {
  domain: string;
  host: string;
}

/**
 * xl migrate: the source daemon saves the domain (paused), the receiving daemon restores it
 * (paused), the source destroys its copy and the destination runs it. On failure the domain
 * runs on at the source.
 */
export const migrateCommand: CommandModule<object, MigrateArgs> = {
  command: 'migrate <domain> <host>',
  describe: 'Move a domain to another hvsim daemon (its socket path, or tcp:HOST:PORT)',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('host', { type: 'string', demandOption: true, describe: 'the receiving daemon: socket path or tcp:HOST:PORT' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const host = String(argv.host);
      const destination = host.startsWith('tcp:') || host.startsWith('unix:') ? host : path.resolve(host);
      const r = await m.Migrate({ domain: String(argv.domain), destination, live: false });
      if (argv.json) outJson({ domain: String(argv.domain), destination, domid: r.domid });
    }),
};
