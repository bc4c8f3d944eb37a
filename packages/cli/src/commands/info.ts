import type { CommandModule } from 'yargs';
import { formatInfo, infoEntries } from '../format/info';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

export const infoCommand: CommandModule<object, DaemonArgs> = {
  command: 'info',
  describe: 'Describe the host and the hypervisor (xl info)',
  builder: (y) => daemonOptions(y),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const entries = infoEntries(await m.Info({}));
      if (argv.json) outJson(Object.fromEntries(entries));
      else out(formatInfo(entries));
    }),
};
