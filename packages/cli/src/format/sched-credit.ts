import { padLeft, padRight } from './text';

export interface SchedCreditRow {
  name: string;
  domid: number;
  weight: number;
  cap: number;
}

export const SCHED_CREDIT_HEADER = `${padLeft('Name', 33)} ${padRight('ID', 4)} ${padRight('Weight', 6)} ${padRight('Cap', 4)}`;

export function schedCreditLine(r: SchedCreditRow): string {
  return `${padLeft(r.name, 33)} ${padRight(r.domid, 4)} ${padRight(r.weight, 6)} ${padRight(r.cap, 4)}`;
}

/** `xl sched-credit`'s domain table (xl's cpupool line is left out: pools are not modelled). */
export function formatSchedCredit(rows: readonly SchedCreditRow[]): string {
  const sorted = [...rows].sort((a, b) => a.domid - b.domid);
  return [SCHED_CREDIT_HEADER, ...sorted.map(schedCreditLine)].join('\n') + '\n';
}
