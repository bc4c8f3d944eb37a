import type { CommandModule } from 'yargs';
import { readConfigFile } from '@hvsim/host/client';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';
import { attachConsole } from './console';

interface CreateArgs extends DaemonArgs {
  config: string;
  overrides?: string[];
  paused: boolean;
  console: boolean;
}

export const createCommand: CommandModule<object, CreateArgs> = {
  command: 'create <config> [overrides..]',
  describe: 'Create a domain from an xl.cfg file; trailing key=value pairs override its settings',
  builder: (y) =>
    daemonOptions(y)
      .positional('config', { type: 'string', demandOption: true, describe: 'xl.cfg file' })
      .positional('overrides', { type: 'string', array: true, describe: 'key=value settings applied after the file' })
      .option('paused', { alias: 'p', type: 'boolean', default: false, describe: 'leave the domain paused' })
      .option('console', { alias: 'c', type: 'boolean', default: false, describe: 'attach to its console after creating it' })
      .check((a) => {
        for (const o of a.overrides ?? []) if (!/^\s*[A-Za-z_][A-Za-z0-9_]*\s*\+?=/.test(String(o))) throw new Error(`bad override '${o}': expected key=value`);
        return true;
      }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const { config, configFile } = readConfigFile(String(argv.config));
      // xl create -c: built paused, so that the console is attached before the guest prints.
      const r = await m.CreateDomain({ config, configFile, overrides: (argv.overrides ?? []).map(String), paused: argv.paused || argv.console });
      for (const w of r.warnings) process.stderr.write(`hvsim: warning: ${w}\n`);
      if (argv.json) outJson({ domid: r.domid, name: r.name });
      else if (!argv.console) out(`Created domain ${r.name} (domid ${r.domid})${argv.paused ? ', paused' : ''}`);
      if (!argv.console) return;
      const domain = String(r.domid);
      await attachConsole(m, domain, {
        follow: true,
        onAttached: async () => {
          if (!argv.paused) await m.UnpauseDomain({ domain });
        },
      });
    }),
};
