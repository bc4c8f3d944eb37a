import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface DomainArgs extends DaemonArgs {
  domain: string;
}

export const pauseCommand: CommandModule<object, DomainArgs> = {
  command: 'pause <domain>',
  describe: 'Pause a domain: its vCPUs stop being scheduled',
  builder: (y) => daemonOptions(y).positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      await m.PauseDomain({ domain: String(argv.domain) });
      if (argv.json) outJson({ domain: String(argv.domain), paused: true });
    }),
};
