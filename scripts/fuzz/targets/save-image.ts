/**
 * The save-image reader (decodeSaveImage), as `hvsim restore` and a migration's receiver call
 * it. The input is the metadata's JSON: a valid image's with fields replaced by values of
 * other types and ranges, or raw text; the target frames it as an image (header, the pages its
 * data runs ask for, the digest), so the reader's own checks are what is fuzzed. Property: a
 * SaveImageError or an image, never another exception.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { HVSIM_PAGE_SIZE } from '@hvsim/abi';
import { SAVE_FORMAT_VERSION, SAVE_MAGIC, SaveImageError, decodeSaveImage } from '@hvsim/dom0';
import { mutationsOf, onlyDefinedErrors, type FuzzTarget } from '../target';

const VALID = {
  name: 'd', uuid: '00000000-0000-4000-8000-000000000000', config: 'name = "d"\n', configFile: '', domid: 3, savedAtNs: 5,
  layout: { startInfoGfn: 0x80003, sharedInfoGfn: 0xfffdf, consoleGfn: 0x80005, storeGfn: 0x80004, consoleEvtchn: 1, storeEvtchn: 2, entry: 0x80000000, nrPages: 6 },
  maxPages: 6, targetPages: 0, sched: { weight: 256, cap: 0 },
  vcpus: [{ hartState: 'e30=', affinity: [0] }],
  evtchn: [{ port: 1, status: 1, vcpu: 0, remoteDom: 0, remotePort: 0, virq: 0 }],
  memory: { populated: [[0x80000, 6]], data: [[0x80001, 2]] }, sharedInfo: '',
  services: { xenstore: { nodes: [{ path: 'data/x', value: 'eA==', perms: [{ domid: 3, perm: 'n' }] }], watches: [{ path: 'data', token: 't' }] } },
};

/** Every path to a value in `v` (object keys and array indices). */
function paths(v: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof v !== 'object' || v === null) return [at];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return [at, ...entries.flatMap(([k, x]) => paths(x, [...at, k]))];
}
const PATHS = paths(VALID).filter((p) => p.length > 0);

const oddValues = fc.oneof(
  fc.constantFrom(null, true, '', 'abc', -1, 0, 1.5, 2 ** 32, 2 ** 53, -0, 1e308, [], {}, [[]], [[0, 0]], [[0x80000, 2 ** 31]], '0x10'),
  fc.integer(), fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }),
);
const edited = fc.array(fc.tuple(fc.constantFrom(...PATHS), oddValues, fc.boolean()), { minLength: 1, maxLength: 4 }).map((edits) => {
  const meta = structuredClone(VALID) as Record<string | number, unknown>;
  for (const [p, value, remove] of edits) {
    let node = meta as Record<string | number, unknown>;
    for (const k of p.slice(0, -1)) node = (node?.[k] ?? {}) as Record<string | number, unknown>;
    if (typeof node !== 'object' || node === null) continue;
    if (remove) delete node[p[p.length - 1]];
    else node[p[p.length - 1]] = value;
  }
  return new Uint8Array(Buffer.from(JSON.stringify(meta), 'utf8'));
});

/** The pages the metadata's data runs ask for, when it says so plainly and they are few. */
function dataPages(json: Buffer): number {
  try {
    const data = (JSON.parse(json.toString('utf8')) as { memory?: { data?: unknown } })?.memory?.data;
    if (!Array.isArray(data)) return 0;
    let n = 0;
    for (const run of data) if (Array.isArray(run) && Number.isInteger(run[1]) && run[1] > 0) n += run[1] as number;
    return n <= 16 ? n : 0;
  } catch {
    return 0;
  }
}

function frame(json: Buffer): Buffer {
  const header = Buffer.alloc(24);
  header.write(SAVE_MAGIC, 0, 'latin1');
  header.writeUInt32LE(SAVE_FORMAT_VERSION, 16);
  header.writeUInt32LE(json.length, 20);
  const body = Buffer.concat([header, json, Buffer.alloc(dataPages(json) * HVSIM_PAGE_SIZE)]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

export const saveImage: FuzzTarget = {
  name: 'save-image',
  about: 'decodeSaveImage on images whose metadata has fields of other types and ranges',
  inputs: () => fc.oneof({ weight: 4, arbitrary: edited }, { weight: 1, arbitrary: mutationsOf([new Uint8Array(Buffer.from(JSON.stringify(VALID)))], 512) }),
  check(input) {
    onlyDefinedErrors(() => decodeSaveImage(frame(Buffer.from(input))), [SaveImageError]);
  },
};
