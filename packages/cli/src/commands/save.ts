import * as path from 'node:path';
import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface SaveArgs extends DaemonArgs {
  domain: string;
  file: string;
  checkpoint: boolean;
  paused: boolean;
}

/** xl save: the file is written by the daemon, so a relative path is made absolute here. */
export const saveCommand: CommandModule<object, SaveArgs> = {
  command: 'save <domain> <file>',
  describe: 'Save a domain (memory, vCPUs, event channels, xenstore state) to a file, then destroy it',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('file', { type: 'string', demandOption: true, describe: 'save file to write' })
      .option('checkpoint', { alias: 'c', type: 'boolean', default: false, describe: 'leave the domain running after saving it' })
      .option('paused', { alias: 'p', type: 'boolean', default: false, describe: 'leave the domain paused after saving it' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const file = path.resolve(String(argv.file));
      await m.Save({ domain: String(argv.domain), file, checkpoint: argv.checkpoint, paused: argv.paused });
      if (argv.json) outJson({ domain: String(argv.domain), file, after: argv.paused ? 'paused' : argv.checkpoint ? 'running' : 'destroyed' });
    }),
};
