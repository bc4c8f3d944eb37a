import type { CommandModule } from 'yargs';
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
      const text = String(argv.domid);
      if (!/^\d+$/.test(text)) throw new Error(`expected a domid, got '${text}'`);
      const domid = Number(text);
      const { name } = await m.DomainName({ domid });
      if (argv.json) outJson({ domid, name });
      else out(name);
    }),
};
