/** printf-style padding helpers: xl's tables are C format strings, these reproduce their widths. */

/** `%-Ns`: left-justified, never truncated. */
export function padLeft(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** `%Nd` / `%Ns` right-justified, never truncated. */
export function padRight(s: string | number, width: number): string {
  const t = String(s);
  return t.length >= width ? t : ' '.repeat(width - t.length) + t;
}

/** `%N.1f` of a nanosecond count in seconds. */
export function seconds1(ns: number, width: number): string {
  return padRight((ns / 1e9).toFixed(1), width);
}
