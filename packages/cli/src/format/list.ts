import { padLeft, padRight, seconds1 } from './text';

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

export const LIST_HEADER = `${padLeft('Name', 40)} ${padRight('ID', 5)} ${padRight('Mem', 5)} ${padRight('VCPUs', 5)}\tState\tTime(s)`;

/** One line of `xl list`: name (40), id, MiB, vCPUs, five spaces, letters, two spaces, seconds. */
export function listLine(d: DomainRow): string {
  return (
    `${padLeft(d.name, 40)} ${padRight(d.domid, 5)} ${padRight(Math.floor(d.memKiB / 1024), 5)} ` +
    `${padRight(d.vcpus, 5)}     ${stateLetters(d)}  ${seconds1(d.cpuTimeNs, 8)}`
  );
}

/** The whole `xl list` table, domains in domid order as xl prints them. */
export function formatList(rows: readonly DomainRow[]): string {
  const sorted = [...rows].sort((a, b) => a.domid - b.domid);
  return [LIST_HEADER, ...sorted.map(listLine)].join('\n') + '\n';
}

/** A row from the JSON form (the embedding API's list()). */
export function domainRowFromJson(d: {
  name: string; domid: number; memory_kb: number; vcpus_online: number; running: boolean; blocked: boolean;
  paused: boolean; shutdown: boolean; crashed: boolean; dying: boolean; cpu_time_ns: number;
}): DomainRow {
  return {
    name: d.name, domid: d.domid, memKiB: d.memory_kb, vcpus: d.vcpus_online, running: d.running, blocked: d.blocked,
    paused: d.paused, shutdown: d.shutdown, crashed: d.crashed, dying: d.dying, cpuTimeNs: d.cpu_time_ns,
  };
}
