import type { CommandModule } from 'yargs';
import { formatVcpuList, type VcpuRow } from '../format/vcpu-list';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface VcpuListArgs extends DaemonArgs {
  domains?: string[];
}

export const vcpuListCommand: CommandModule<object, VcpuListArgs> = {
  command: 'vcpu-list [domains..]',
  describe: 'List the vCPUs of domains: where they run, their state, CPU time and affinity',
  builder: (y) => daemonOptions(y).positional('domains', { type: 'string', array: true, describe: 'only these domains' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const refs = (argv.domains ?? []).map(String);
      const [{ vcpus }, { domains }, { physinfo }] = await Promise.all([m.VcpuList({ domains: refs }), m.ListDomains({ domains: refs }), m.Physinfo({})]);
      const paused = new Set(domains.filter((d) => d.info?.paused).map((d) => d.info?.domid));
      const nrCpus = physinfo?.nrCpus ?? 0;
      const rows: VcpuRow[] = vcpus.map((e) => ({
        name: e.name,
        domid: e.domid,
        vcpu: e.vcpu?.vcpu ?? 0,
        cpu: e.vcpu?.cpu ?? 0,
        online: e.vcpu?.online ?? false,
        running: e.vcpu?.running ?? false,
        blocked: e.vcpu?.blocked ?? false,
        paused: paused.has(e.domid),
        cpuTimeNs: Number(e.vcpu?.cpuTimeNs ?? 0),
        affinity: e.vcpu?.hardAffinity ?? [],
        nrCpus,
      }));
      if (argv.json) {
        outJson(rows.map((r) => ({
          name: r.name, domid: r.domid, vcpu: r.vcpu, cpu: r.cpu, online: r.online, running: r.running,
          blocked: r.blocked, paused: r.paused, cpu_time_ns: r.cpuTimeNs, hard_affinity: r.affinity,
        })));
      } else out(formatVcpuList(rows));
    }),
};
