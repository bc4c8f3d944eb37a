import { padLeft } from './text';

/** xl info's layout: each key left-justified in 23 columns, then `: value`. */
export function formatInfo(entries: ReadonlyArray<readonly [string, string | number]>): string {
  return entries.map(([k, v]) => `${padLeft(k, 23)}: ${v}`).join('\n') + '\n';
}
