import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface RenameArgs extends DaemonArgs {
  domain: string;
  newname: string;
}

export const renameCommand: CommandModule<object, RenameArgs> = {
  command: 'rename <domain> <newname>',
  describe: 'Give a domain a new name',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('newname', { type: 'string', demandOption: true, describe: 'the new name' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      await m.RenameDomain({ domain: String(argv.domain), newName: String(argv.newname) });
      if (argv.json) outJson({ domain: String(argv.domain), name: String(argv.newname) });
    }),
};
