/** `hvsim disk-create`'s SIZE: bytes, or with a binary K/M/G/T suffix ("64M", "1G", "2KiB"); null if not a size. */
export function parseDiskSize(text: string): number | null {
  const m = /^([0-9]+)([KMGT]?)(i?B)?$/i.exec(text.trim());
  if (m === null) return null;
  const shift = { '': 0, K: 10, M: 20, G: 30, T: 40 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G' | 'T'];
  const n = Number(m[1]) * 2 ** shift;
  return Number.isSafeInteger(n) ? n : null;
}
