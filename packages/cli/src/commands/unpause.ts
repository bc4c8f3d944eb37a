import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface DomainArgs extends DaemonArgs {
  domain: string;
}

export const unpauseCommand: CommandModule<object, DomainArgs> = {
  command: 'unpause <domain>',
  describe: 'Unpause a paused domain',
  builder: (y) => daemonOptions(y).positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      await m.UnpauseDomain({ domain: String(argv.domain) });
      if (argv.json) outJson({ domain: String(argv.domain), paused: false });
    }),
};
