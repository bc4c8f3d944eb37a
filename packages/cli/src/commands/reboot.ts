import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface RebootArgs extends DaemonArgs {
  domain: string;
  wait: boolean;
  force: boolean;
}

export const rebootCommand: CommandModule<object, RebootArgs> = {
  command: 'reboot <domain>',
  describe: 'Ask a domain to reboot (its on_reboot action follows)',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .option('wait', { alias: 'w', type: 'boolean', default: false, describe: 'wait until the domain has shut down for reboot' })
      .option('force', { alias: 'F', type: 'boolean', default: false, describe: 'reset it from outside if the guest does not comply' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const { domid } = await m.RebootDomain({ domain: String(argv.domain), wait: argv.wait, force: argv.force });
      if (argv.json) outJson({ domid });
    }),
};
