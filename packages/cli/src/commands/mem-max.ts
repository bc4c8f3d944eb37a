import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';
import { memArgKb } from './mem-set';

interface MemArgs extends DaemonArgs {
  domain: string;
  mem: string;
}

export const memMaxCommand: CommandModule<object, MemArgs> = {
  command: 'mem-max <domain> <mem>',
  describe: 'Set the most memory a domain may hold (it can no longer populate beyond it)',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('mem', { type: 'string', demandOption: true, describe: 'maximum; unit b/k/m/g/t, default m' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const maxMemoryKb = memArgKb(String(argv.mem));
      await m.MemMax({ domain: String(argv.domain), maxMemoryKb });
      if (argv.json) outJson({ domain: String(argv.domain), maxMemoryKb });
    }),
};
