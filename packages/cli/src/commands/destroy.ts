import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface DomainArgs extends DaemonArgs {
  domain: string;
}

export const destroyCommand: CommandModule<object, DomainArgs> = {
  command: 'destroy <domain>',
  describe: 'Kill a domain at once, without asking the guest',
  builder: (y) => daemonOptions(y).positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const { domid } = await m.DestroyDomain({ domain: String(argv.domain) });
      if (argv.json) outJson({ domid, destroyed: true });
    }),
};
