import type { CommandModule } from 'yargs';
import { infoEntries } from '@hvsim/host/client';
import { formatInfo } from '../format/info';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface InfoArgs extends DaemonArgs {
  env: boolean;
}

export const infoCommand: CommandModule<object, InfoArgs> = {
  command: 'info',
  describe: 'Describe the host and the hypervisor (xl info)',
  builder: (y) =>
    daemonOptions(y).option('env', {
      type: 'boolean',
      default: false,
      describe: "print export lines for HVSIM_SOCKET and XENSTORED_PATH, for a shell's eval",
    }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const r = await m.Info({});
      if (argv.env) return out(`export HVSIM_SOCKET=${r.controlSocket}\nexport XENSTORED_PATH=${r.xenstoreSocket}\n`);
      const entries = infoEntries(r);
      if (argv.json) outJson(Object.fromEntries(entries));
      else out(formatInfo(entries));
    }),
};
