import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface DmesgArgs extends DaemonArgs {
  clear: boolean;
}

export const dmesgCommand: CommandModule<object, DmesgArgs> = {
  command: 'dmesg',
  describe: "Print the hypervisor's log",
  builder: (y) => daemonOptions(y).option('clear', { alias: 'c', type: 'boolean', default: false, describe: 'clear the log after printing it' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const { text } = await m.Dmesg({ clear: argv.clear });
      if (argv.json) outJson({ text });
      else process.stdout.write(text);
    }),
};
