/** From the management service's messages to what the CLI prints (tables and JSON). */
import { pb } from '@hvsim/control/client';

/** What `hvsim list` shows of one domain (mapped from the management service's DomainInfo). */
export interface DomainRow {
  name: string;
  domid: number;
  /** Current memory in KiB (xl shows MiB, rounded down). */
  memKiB: number;
  /** vCPUs online. */
  vcpus: number;
  running: boolean;
  blocked: boolean;
  paused: boolean;
  shutdown: boolean;
  /** Shut down with reason crash. */
  crashed: boolean;
  dying: boolean;
  /** Accumulated CPU time of all vCPUs, ns. */
  cpuTimeNs: number;
}

/** xl's six state letters, `-` where the flag is clear: r b p s c d. */
export function stateLetters(d: Pick<DomainRow, 'running' | 'blocked' | 'paused' | 'shutdown' | 'crashed' | 'dying'>): string {
  return (
    (d.running ? 'r' : '-') +
    (d.blocked ? 'b' : '-') +
    (d.paused ? 'p' : '-') +
    (d.shutdown ? 's' : '-') +
    (d.crashed ? 'c' : '-') +
    (d.dying ? 'd' : '-')
  );
}

const SHUTDOWN_REASON_NAMES: Record<number, string> = {
  [pb.ShutdownReason.SHUTDOWN_REASON_POWEROFF]: 'poweroff',
  [pb.ShutdownReason.SHUTDOWN_REASON_REBOOT]: 'reboot',
  [pb.ShutdownReason.SHUTDOWN_REASON_SUSPEND]: 'suspend',
  [pb.ShutdownReason.SHUTDOWN_REASON_CRASH]: 'crash',
  [pb.ShutdownReason.SHUTDOWN_REASON_WATCHDOG]: 'watchdog',
  [pb.ShutdownReason.SHUTDOWN_REASON_SOFT_RESET]: 'soft_reset',
};

/** xl's lower-case name of a shutdown reason, or null. */
export function shutdownReasonName(reason: pb.ShutdownReason): string | null {
  return SHUTDOWN_REASON_NAMES[reason] ?? null;
}

function infoOf(d: pb.Domain): pb.DomainInfo {
  return d.info ?? pb.DomainInfo.create();
}

export function domainRow(d: pb.Domain): DomainRow {
  const info = infoOf(d);
  return {
    name: d.name,
    domid: info.domid,
    memKiB: Number(d.memoryKb),
    vcpus: info.nrOnlineVcpus,
    running: info.running,
    blocked: info.blocked,
    paused: info.paused,
    shutdown: info.shutdown,
    crashed: info.crashed || (info.shutdown && info.shutdownReason === pb.ShutdownReason.SHUTDOWN_REASON_CRASH),
    dying: info.dying,
    cpuTimeNs: Number(info.cpuTimeNs),
  };
}

/** A domain for `--json` / `list -l`: everything the service reports, snake_case as xl's JSON. */
export interface DomainJson {
  name: string;
  domid: number;
  uuid: string;
  type: 'pv' | 'hvm';
  state: string;
  running: boolean;
  blocked: boolean;
  paused: boolean;
  shutdown: boolean;
  crashed: boolean;
  dying: boolean;
  shutdown_reason: string | null;
  privileged: boolean;
  memory_kb: number;
  max_memory_kb: number;
  target_kb: number;
  tot_pages: number;
  max_pages: number;
  vcpus_online: number;
  max_vcpus: number;
  cpu_time_ns: number;
  config_file: string;
  /** xl's max_event_channels; null for dom0, which has no bound but the ABI's. */
  max_event_channels: number | null;
}

export function domainJson(d: pb.Domain): DomainJson {
  const info = infoOf(d);
  const row = domainRow(d);
  return {
    name: d.name,
    domid: info.domid,
    uuid: d.uuid,
    type: d.type === pb.DomainType.DOMAIN_TYPE_HVM ? 'hvm' : 'pv',
    state: stateLetters(row),
    running: row.running,
    blocked: row.blocked,
    paused: row.paused,
    shutdown: row.shutdown,
    crashed: row.crashed,
    dying: row.dying,
    shutdown_reason: info.shutdown ? shutdownReasonName(info.shutdownReason) : null,
    privileged: info.privileged,
    memory_kb: Number(d.memoryKb),
    max_memory_kb: Number(d.maxMemoryKb),
    target_kb: Number(d.targetKb),
    tot_pages: Number(info.totPages),
    max_pages: Number(info.maxPages),
    vcpus_online: info.nrOnlineVcpus,
    max_vcpus: d.maxVcpus,
    cpu_time_ns: Number(info.cpuTimeNs),
    config_file: d.configFile,
    max_event_channels: d.maxEventChannels === 0 ? null : d.maxEventChannels,
  };
}
