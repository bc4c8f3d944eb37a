/**
 * xl's memory sizes (mem-set, mem-max): a whole number with an optional unit — b, k, m, g or t
 * (either case); no unit means MiB, as xl reads it. Returns KiB, or null when the text is not
 * a size or not a whole number of KiB.
 */
const SHIFT: Record<string, number> = { k: 0, m: 10, g: 20, t: 30 };

export function parseMemSizeKb(text: string): number | null {
  const m = /^\s*(\d+)([bkmgtBKMGT]?)\s*$/.exec(text);
  if (m === null) return null;
  const n = Number(m[1]);
  const unit = m[2].toLowerCase() || 'm';
  const kb = unit === 'b' ? n / 1024 : n * 2 ** SHIFT[unit];
  return Number.isSafeInteger(kb) ? kb : null;
}
