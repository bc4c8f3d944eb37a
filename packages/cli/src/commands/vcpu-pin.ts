import type { CommandModule } from 'yargs';
import { parseCpumap } from '../format/vcpu-list';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface VcpuPinArgs extends DaemonArgs {
  domain: string;
  vcpu: string;
  cpus: string;
}

export const vcpuPinCommand: CommandModule<object, VcpuPinArgs> = {
  command: 'vcpu-pin <domain> <vcpu> <cpus>',
  describe: "Set a vCPU's hard affinity: vcpu is a number or all; cpus is all, n, a-b, lists and ^n exclusions",
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('vcpu', { type: 'string', demandOption: true })
      .positional('cpus', { type: 'string', demandOption: true }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const vcpuText = String(argv.vcpu);
      if (vcpuText !== 'all' && !/^\d+$/.test(vcpuText)) throw new Error(`bad vcpu '${vcpuText}': expected a number or all`);
      const { physinfo } = await m.Physinfo({});
      const nrCpus = physinfo?.nrCpus ?? 0;
      const cpus = parseCpumap(String(argv.cpus), nrCpus);
      // Every pCPU is "no restriction", which the service spells as an empty list.
      const hardAffinity = cpus.length === nrCpus ? [] : cpus;
      const vcpu = vcpuText === 'all' ? null : Number(vcpuText);
      await m.VcpuPin({ domain: String(argv.domain), vcpu, hardAffinity });
      if (argv.json) outJson({ domain: String(argv.domain), vcpu: vcpuText, hard_affinity: cpus });
    }),
};
