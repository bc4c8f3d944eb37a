import type { CommandModule } from 'yargs';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface ShutdownArgs extends DaemonArgs {
  domain?: string;
  wait: boolean;
  force: boolean;
  all: boolean;
}

export const shutdownCommand: CommandModule<object, ShutdownArgs> = {
  command: 'shutdown [domain]',
  describe: 'Ask a domain to power off (xl shutdown)',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', describe: 'domain name or domid' })
      .option('wait', { alias: 'w', type: 'boolean', default: false, describe: 'wait until the domain has shut down' })
      .option('force', { alias: 'F', type: 'boolean', default: false, describe: 'power it off from outside if the guest does not comply' })
      .option('all', { alias: 'a', type: 'boolean', default: false, describe: 'every domain but Domain-0' })
      .check((a) => {
        if (a.all === (a.domain !== undefined)) throw new Error('name one domain, or -a for all');
        return true;
      }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const targets = argv.all
        ? (await m.ListDomains({ domains: [] })).domains.filter((d) => (d.info?.domid ?? 0) !== 0).map((d) => String(d.info?.domid))
        : [String(argv.domain)];
      const done = await Promise.all(targets.map((domain) => m.ShutdownDomain({ domain, wait: argv.wait, force: argv.force })));
      if (argv.json) outJson(done.map((r) => ({ domid: r.domid })));
      else if (argv.all && !argv.wait) for (const r of done) out(`Shutting down domain ${r.domid}`);
    }),
};
