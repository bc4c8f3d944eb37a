/**
 * xl's disk specification (xl-disk-configuration(5)): comma-separated `key=value` pairs,
 * flags and positional parameters. Parameters without "=" fill the positional ones in the
 * order target, format, vdev, access; an empty one keeps its default. `target=` comes last and
 * takes the rest of the string, commas included. Each parameter may be given once.
 *
 *   "format=raw, vdev=xvda, access=rw, target=data.img"  ≡  "data.img,raw,xvda,rw"
 *
 * hvsim serves raw images as virtual disks (devtype=disk); targets name files in the host's
 * datastore (resolved when the domain is created, see devices/datastore.ts).
 */

export type DiskAccess = 'ro' | 'rw';

export interface DiskSpec {
  /** The file in the datastore, as written. */
  target: string;
  format: 'raw';
  /** The guest's name for the disk ("xvda"). */
  vdev: string;
  /** Xen's device number for the vdev (xvda → 51712): the xenstore directory name. */
  devid: number;
  access: DiskAccess;
  devtype: 'disk';
}

const POSITIONAL = ['target', 'format', 'vdev', 'access'] as const;
const KEYS = new Set<string>([...POSITIONAL, 'devtype', 'backendtype', 'backend']);
/** xl's spellings of read-only and read-write. */
const ACCESS: Record<string, DiskAccess> = { r: 'ro', ro: 'ro', w: 'rw', rw: 'rw' };

/** Parses one disk spec; throws an Error whose message says what is wrong with it. */
export function parseDiskSpec(text: string): DiskSpec {
  const given = new Map<string, string>();
  const set = (key: string, value: string): void => {
    if (given.has(key)) throw new Error(`${key} given twice in ${JSON.stringify(text)}`);
    given.set(key, value);
  };
  let rest = text;
  let next = 0; // the next positional parameter to fill
  while (rest.length > 0) {
    const trimmed = rest.replace(/^\s+/, '');
    if (/^target\s*=/.test(trimmed)) {
      set('target', trimmed.slice(trimmed.indexOf('=') + 1).trim());
      break;
    }
    const comma = rest.indexOf(',');
    const param = (comma < 0 ? rest : rest.slice(0, comma)).trim();
    rest = comma < 0 ? '' : rest.slice(comma + 1);
    const eq = param.indexOf('=');
    if (eq >= 0) {
      const key = param.slice(0, eq).trim();
      if (!KEYS.has(key)) throw new Error(`unknown disk parameter ${JSON.stringify(key)} (known: ${[...KEYS].join(', ')})`);
      set(key, param.slice(eq + 1).trim());
    } else if (param === 'cdrom') {
      set('devtype', 'cdrom');
    } else {
      if (next >= POSITIONAL.length) throw new Error(`too many positional parameters in ${JSON.stringify(text)}`);
      const key = POSITIONAL[next++];
      if (param !== '') set(key, param);
    }
  }
  return checkSpec(given, text);
}

function checkSpec(given: Map<string, string>, text: string): DiskSpec {
  const target = given.get('target') ?? '';
  if (target === '') throw new Error(`no target in ${JSON.stringify(text)} (an empty cdrom drive is not supported)`);
  const format = given.get('format') ?? 'raw';
  if (format !== 'raw') throw new Error(`format ${JSON.stringify(format)} is not supported (only raw)`);
  const vdev = given.get('vdev');
  if (vdev === undefined || vdev === '') throw new Error(`no vdev in ${JSON.stringify(text)}`);
  const devid = vdevToDevid(vdev);
  if (devid === null) throw new Error(`vdev ${JSON.stringify(vdev)} is not a disk name xl knows (xvda, sda, hda, d0p0, or a number)`);
  const accessText = given.get('access') ?? 'rw';
  const access = ACCESS[accessText];
  if (access === undefined) throw new Error(`access ${JSON.stringify(accessText)}: expected ro or rw`);
  const devtype = given.get('devtype') ?? 'disk';
  if (devtype !== 'disk') throw new Error(`devtype ${JSON.stringify(devtype)} is not supported (only disk)`);
  const backend = given.get('backend');
  if (backend !== undefined && backend !== '0' && backend !== 'Domain-0') throw new Error(`backend ${JSON.stringify(backend)}: disks are served by dom0 only`);
  const backendtype = given.get('backendtype');
  if (backendtype !== undefined && backendtype !== 'qdisk') throw new Error(`backendtype ${JSON.stringify(backendtype)} is not supported (dom0 serves files as qdisk does)`);
  return { target, format: 'raw', vdev, devid, access, devtype: 'disk' };
}

/** a → 0, z → 25, aa → 26 ... (the letters after xvd/sd/hd), or null. */
function diskIndex(letters: string): number | null {
  if (!/^[a-z]+$/.test(letters) || letters.length > 3) return null;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 96);
  return n - 1;
}

/**
 * The device number libxl gives a vdev: xvdX[N] → 202<<8 | disk<<4 | N (disks < 16, partitions
 * < 16), else 1<<28 | disk<<8 | N; sdX[N] → 8<<8 | disk<<4 | N; hda/hdb → 3<<8, hdc/hdd →
 * 22<<8, with the second of each pair at +64; dDpP → as xvd; a plain number as itself.
 */
export function vdevToDevid(vdev: string): number | null {
  if (/^[0-9]+$/.test(vdev)) {
    const n = Number(vdev);
    return n > 0 && n < 2 ** 31 ? n : null;
  }
  let disk: number | null;
  let part: number;
  let m = /^xvd([a-z]+)([0-9]*)$/.exec(vdev) ?? /^d([0-9]+)(?:p([0-9]+))?$/.exec(vdev);
  if (m !== null) {
    disk = vdev.startsWith('xvd') ? diskIndex(m[1]) : Number(m[1]);
    part = m[2] ? Number(m[2]) : 0;
    if (disk === null || part > 255 || disk >= 1 << 20) return null;
    if (disk < 16 && part < 16) return (202 << 8) | (disk << 4) | part;
    return (1 << 28) | (disk << 8) | part;
  }
  m = /^sd([a-z])([0-9]*)$/.exec(vdev);
  if (m !== null) {
    disk = diskIndex(m[1]);
    part = m[2] ? Number(m[2]) : 0;
    return disk !== null && disk < 16 && part < 16 ? (8 << 8) | (disk << 4) | part : null;
  }
  m = /^hd([a-d])([0-9]*)$/.exec(vdev);
  if (m !== null) {
    disk = diskIndex(m[1]) as number;
    part = m[2] ? Number(m[2]) : 0;
    if (part > 63) return null;
    return ((disk < 2 ? 3 : 22) << 8) | ((disk % 2) * 64) | part;
  }
  return null;
}

/** The spec as xl.cfg text that parses back to the same spec (target last: it may hold commas). */
export function formatDiskSpec(d: DiskSpec): string {
  return `format=${d.format}, vdev=${d.vdev}, access=${d.access}, devtype=${d.devtype}, target=${d.target}`;
}
