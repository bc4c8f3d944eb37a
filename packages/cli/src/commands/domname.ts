import type { CommandModule } from 'yargs';
import { parseDomainRef } from '@hvsim/host/client';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface DomnameArgs extends DaemonArgs {
  domid: string;
}

export const domnameCommand: CommandModule<object, DomnameArgs> = {
  command: 'domname <domid>',
  describe: 'Print the name of a domain given its domid',
  builder: (y) => daemonOptions(y).positional('domid', { type: 'string', demandOption: true }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const ref = parseDomainRef(String(argv.domid));
      if (!('domid' in ref)) throw new Error(`expected a domid, got '${ref.name}'`);
      const { domid } = ref;
      const { name } = await m.DomainName({ domid });
      if (argv.json) outJson({ domid, name });
      else out(name);
    }),
};
