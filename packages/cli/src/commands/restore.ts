import * as path from 'node:path';
import type { CommandModule } from 'yargs';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface RestoreArgs extends DaemonArgs {
  file: string;
  paused: boolean;
}

export const restoreCommand: CommandModule<object, RestoreArgs> = {
  command: 'restore <file>',
  describe: 'Restore a domain from a save file (a new domid, the saved name), and run it',
  builder: (y) =>
    daemonOptions(y)
      .positional('file', { type: 'string', demandOption: true, describe: 'save file written by `hvsim save`' })
      .option('paused', { alias: 'p', type: 'boolean', default: false, describe: 'leave the restored domain paused' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const r = await m.Restore({ file: path.resolve(String(argv.file)), paused: argv.paused });
      if (argv.json) outJson({ domid: r.domid, name: r.name });
      else out(`Restored domain ${r.name} (domid ${r.domid})${argv.paused ? ', paused' : ''}`);
    }),
};
