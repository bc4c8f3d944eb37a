import { stateLetters, type DomainRow } from '@hvsim/host/client';
import { padLeft, padRight, seconds1 } from './text';

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
