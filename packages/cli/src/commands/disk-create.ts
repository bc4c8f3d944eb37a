import type { CommandModule } from 'yargs';
import { parseDiskSize } from '../disk-size';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface DiskCreateArgs extends DaemonArgs {
  name: string;
  size: string;
}

export const diskCreateCommand: CommandModule<object, DiskCreateArgs> = {
  command: 'disk-create <name> <size>',
  describe: "Make a raw sparse disk image NAME of SIZE (e.g. 64M, 1G) in the daemon's datastore; never overwrites",
  builder: (y) =>
    daemonOptions(y)
      .positional('name', { type: 'string', demandOption: true, describe: 'file name in the datastore' })
      .positional('size', { type: 'string', demandOption: true, describe: 'bytes, or with a K/M/G/T suffix (binary)' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const bytes = parseDiskSize(String(argv.size));
      if (bytes === null) throw new Error(`invalid size '${String(argv.size)}': expected a number with an optional K, M, G or T`);
      const { path } = await m.DiskCreate({ name: String(argv.name), sizeBytes: bytes });
      if (argv.json) outJson({ name: String(argv.name), path, sizeBytes: bytes });
      else out(`${path}\n`);
    }),
};
