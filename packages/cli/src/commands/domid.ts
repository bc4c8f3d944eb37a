import type { CommandModule } from 'yargs';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface DomidArgs extends DaemonArgs {
  name: string;
}

export const domidCommand: CommandModule<object, DomidArgs> = {
  command: 'domid <name>',
  describe: 'Print the domid of a named domain',
  builder: (y) => daemonOptions(y).positional('name', { type: 'string', demandOption: true }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const { domid } = await m.DomainId({ name: String(argv.name) });
      if (argv.json) outJson({ name: String(argv.name), domid });
      else out(String(domid));
    }),
};
