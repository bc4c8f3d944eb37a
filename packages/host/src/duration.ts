const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9 };

/**
 * A virtual-time span in integer nanoseconds: a number (taken as ns) or a string such as
 * `50ms`, `1.5s`, `200us`, `10ns`, `2m`.
 */
export function parseDuration(d: number | string): number {
  if (typeof d === 'number') {
    if (!Number.isFinite(d) || d < 0) throw new Error(`bad duration ${d}`);
    return Math.round(d);
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s|m)?\s*$/.exec(d);
  if (!m) throw new Error(`bad duration '${d}' (expected e.g. 50ms, 1.5s, 200us)`);
  return Math.round(Number(m[1]) * UNIT_NS[m[2] ?? 'ns']);
}
