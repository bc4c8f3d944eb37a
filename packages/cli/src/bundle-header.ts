/**
 * The first line of dist/bundle.js (written by scripts/bundle-cli.ts, read by launch.ts):
 * which build of the bundle it is, and which `tsc -b` outputs it was made from.
 */
export const BUNDLE_FILE = 'bundle.js';
export const CODE_CACHE_FILE = 'bundle.cache';

const PREFIX = '// hvsim-bundle ';

export interface BundleHeader {
  /** A hash of the bundle's code; its code cache starts with the same id (launch.ts). */
  id: string;
  /** The .tsbuildinfo files (relative to dist/) of the packages the bundle holds code of. */
  buildInfos: string[];
}

export function bundleHeader(header: BundleHeader): string {
  return `${PREFIX}${JSON.stringify(header)}\n`;
}

/** The header of a bundle's source, or undefined when it has none (not a bundle this build wrote). */
export function parseBundleHeader(source: string): BundleHeader | undefined {
  if (!source.startsWith(PREFIX)) return undefined;
  try {
    const header = JSON.parse(source.slice(PREFIX.length, source.indexOf('\n'))) as Partial<BundleHeader>;
    const ok = typeof header.id === 'string' && Array.isArray(header.buildInfos) && header.buildInfos.every((f) => typeof f === 'string');
    return ok ? (header as BundleHeader) : undefined;
  } catch {
    return undefined;
  }
}
