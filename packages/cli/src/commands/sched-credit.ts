import type { CommandModule } from 'yargs';
import { formatSchedCredit } from '../format/sched-credit';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface SchedCreditArgs extends DaemonArgs {
  domain?: string;
  weight?: number;
  cap?: number;
}

export const schedCreditCommand: CommandModule<object, SchedCreditArgs> = {
  command: 'sched-credit',
  describe: 'Show or set credit scheduler parameters (-d DOMAIN [-w WEIGHT] [-c CAP])',
  builder: (y) =>
    daemonOptions(y)
      .option('domain', { alias: 'd', type: 'string', describe: 'domain name or domid' })
      .option('weight', { alias: 'w', type: 'number', describe: 'weight, 1..65535 (default 256)' })
      .option('cap', { alias: 'c', type: 'number', describe: 'cap in percent of one pCPU, 0 = none' })
      .check((a) => {
        if ((a.weight !== undefined || a.cap !== undefined) && a.domain === undefined) throw new Error('-w and -c need a domain (-d)');
        for (const [k, v] of [['weight', a.weight], ['cap', a.cap]] as const) {
          if (v !== undefined && (!Number.isInteger(v) || v < 0)) throw new Error(`bad ${k} '${v}'`);
        }
        return true;
      }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const domain = argv.domain === undefined ? '' : String(argv.domain);
      if (argv.weight !== undefined || argv.cap !== undefined) {
        const { params } = await m.SchedCreditSet({ domain, weight: argv.weight ?? null, cap: argv.cap ?? null });
        if (argv.json) outJson({ domain, weight: params?.weight, cap: params?.cap });
        return;
      }
      const { domains } = await m.SchedCreditGet({ domain });
      const rows = domains.map((e) => ({ name: e.name, domid: e.domid, weight: e.params?.weight ?? 0, cap: e.params?.cap ?? 0 }));
      if (argv.json) outJson(rows);
      else out(formatSchedCredit(rows));
    }),
};
