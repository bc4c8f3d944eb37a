import { pb } from '@hvsim/control/client';

const MHZ = 1000;

/** xl info's keys, in xl's order where they exist, followed by hvsim's own. */
export function infoEntries(r: pb.InfoResponse): Array<[string, string | number]> {
  const p = r.physinfo ?? pb.Physinfo.create();
  const v = r.version ?? pb.VersionInfo.create();
  return [
    ['host', r.host],
    ['machine', 'riscv32'],
    ['nr_cpus', p.nrCpus],
    ['max_cpu_id', p.maxCpuId],
    ['nr_nodes', p.nrNodes],
    ['cores_per_socket', p.coresPerSocket],
    ['threads_per_core', p.threadsPerCore],
    ['cpu_mhz', (p.cpuKhz / MHZ).toFixed(3)],
    ['total_memory', Math.floor(Number(r.totalMemoryKb) / 1024)],
    ['free_memory', Math.floor(Number(r.freeMemoryKb) / 1024)],
    ['xen_major', v.abiMajor],
    ['xen_minor', v.abiMinor],
    ['xen_extra', v.extraVersion],
    ['xen_version', `${v.abiMajor}.${v.abiMinor}${v.extraVersion}`],
    ['xen_caps', v.capabilities],
    ['xen_scheduler', p.scheduler],
    ['xen_pagesize', 4096],
    ['xen_changeset', v.changeset],
    ['xen_commandline', v.commandline],
    ['hvsim_version', v.hvsimVersion],
    ['protocol_version', r.protocolVersion],
    ['virtual_time_ns', Number(p.virtualTimeNs)],
    ['pacing', r.pacing],
    ['seed', Number(r.seed)],
    ['nr_domains', r.nrDomains],
    ['control_socket', r.controlSocket],
    ['xenstore_socket', r.xenstoreSocket],
  ];
}
