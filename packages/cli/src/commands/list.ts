import type { CommandModule } from 'yargs';
import { domainJson, domainRow } from '@hvsim/host/client';
import { formatList } from '../format/list';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface ListArgs extends DaemonArgs {
  domains?: string[];
  long?: boolean;
}

export const listCommand: CommandModule<object, ListArgs> = {
  command: 'list [domains..]',
  aliases: ['li'],
  describe: 'List domains (xl list): Name ID Mem VCPUs State Time(s)',
  builder: (y) =>
    daemonOptions(y)
      .positional('domains', { type: 'string', array: true, describe: 'only these domains (names or domids)' })
      .option('long', { alias: 'l', type: 'boolean', default: false, describe: 'everything about each domain, as JSON (CPU time in ns)' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const { domains } = await m.ListDomains({ domains: (argv.domains ?? []).map(String) });
      if (argv.long || argv.json) outJson(domains.map(domainJson));
      else out(formatList(domains.map(domainRow)));
    }),
};
