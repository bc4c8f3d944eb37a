import type { CommandModule } from 'yargs';
import { parseMemSizeKb } from '../mem-size';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface MemArgs extends DaemonArgs {
  domain: string;
  mem: string;
}

/** The memory argument of mem-set / mem-max, in KiB; a clear error otherwise. */
export function memArgKb(text: string): number {
  const kb = parseMemSizeKb(text);
  if (kb === null) throw new Error(`invalid memory size '${text}': expected a number with an optional unit b, k, m, g or t (default m)`);
  return kb;
}

export const memSetCommand: CommandModule<object, MemArgs> = {
  command: 'mem-set <domain> <mem>',
  describe: "Set a domain's balloon target (xenstore memory/target); e.g. 128m, 65536k",
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('mem', { type: 'string', demandOption: true, describe: 'target; unit b/k/m/g/t, default m' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const targetKb = memArgKb(String(argv.mem));
      await m.MemSet({ domain: String(argv.domain), targetKb });
      if (argv.json) outJson({ domain: String(argv.domain), targetKb });
    }),
};
