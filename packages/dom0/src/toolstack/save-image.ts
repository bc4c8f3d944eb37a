/**
 * The save image (`hvsim save` files, and what `hvsim migrate` streams): a domain as the
 * toolstack needs it to build the domain again elsewhere. Layout, all integers little-endian:
 *
 *   offset 0   16 bytes  magic "hvsim-save" padded with NULs
 *          16  u32       format version (SAVE_FORMAT_VERSION)
 *          20  u32       M = length of the metadata
 *          24  M bytes   metadata, UTF-8 JSON (SaveMetadata; keys in a fixed order)
 *      24 + M  P × 4096  page data: the pages listed in metadata.memory.data, in that order
 *        end   32 bytes  SHA-256 of everything before it
 *
 * Memory is described by runs of guest frame numbers: `populated` lists every RAM page the
 * domain held; `data` the subset whose bytes follow. A populated page not in `data` was all
 * zeros (a restored domain's fresh frames are scrubbed, so zero pages cost nothing).
 * The same domain state always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { EVTCHN_FIFO_NR_CHANNELS, HVSIM_PAGE_SIZE } from '@hvsim/abi';
import { EvtchnFifoStateError, VcpuContextError, decodeEvtchnFifoState, decodeJsonVcpuContext, decodeVcpuContext, encodeVcpuContext } from '@hvsim/control';
import { jsonFields } from './json-fields';

export const SAVE_MAGIC = 'hvsim-save';
/** 2: vCPU contexts carry the guest's own time (timeNs) and guest-time deadlines.
 *  3: a vCPU context is a SavedVcpuContext protobuf message, no longer JSON.
 *  4: a domain on the FIFO event-channel ABI carries its FIFO state (evtchnFifo), and ports
 *     go up to the FIFO ABI's 2^17 (a reader of 3 would restore such a domain deaf). */
export const SAVE_FORMAT_VERSION = 4;
/** Formats read besides the current one: 3 as it is, 2 with its vCPU contexts turned into the current form. */
export const SAVE_FORMAT_PROTO_CONTEXTS = 3;
export const SAVE_FORMAT_JSON_CONTEXTS = 2;
const READABLE_VERSIONS = [SAVE_FORMAT_JSON_CONTEXTS, SAVE_FORMAT_PROTO_CONTEXTS, SAVE_FORMAT_VERSION];
/** Ports an event channel may have: the FIFO ABI's 2^17 (the two-level ABI's 4,096 are a subset). */
const MAX_PORT = EVTCHN_FIFO_NR_CHANNELS - 1;
const MAGIC_BYTES = 16;
const HEADER_BYTES = MAGIC_BYTES + 8;
const DIGEST_BYTES = 32;
/** A bound on the metadata above what any domain can make of it: a guest that opens every
 *  event channel port the FIFO ABI names, fills xenstore up to its quotas and balloons out
 *  every other page of 2 GiB makes some 27 MB (state-bounds.test.ts); a usual domain's is a
 *  few KiB. */
const MAX_METADATA_BYTES = 32 * 1024 * 1024;
/** Pages a domain may hold (layout.nrPages, maxPages: the guest RAM window of 2 GiB). */
const MAX_DOMAIN_PAGES = 0x80000;
/** The largest image without page data (a migration stream's STATE record). */
export const MAX_STATE_IMAGE_BYTES = HEADER_BYTES + MAX_METADATA_BYTES + DIGEST_BYTES;
/** The largest image this format describes: every page of the largest domain, with data.
 *  `hvsim restore` reads no more of a file than this. */
export const MAX_SAVE_IMAGE_BYTES = HEADER_BYTES + MAX_METADATA_BYTES + MAX_DOMAIN_PAGES * HVSIM_PAGE_SIZE + DIGEST_BYTES;

/** A run of consecutive guest frames: [first gfn, count]. */
export type GfnRun = [number, number];

/** One open event channel port (EVTCHNSTAT_* status) as the domain had it. */
export interface SavedPort {
  port: number;
  status: number;
  vcpu: number;
  remoteDom: number;
  remotePort: number;
  virq: number;
}

export interface SavedVcpu {
  /** GetVcpuContext.hart_state (a SavedVcpuContext message, checked on reading), base64. */
  hartState: string;
  /** Hard affinity (pCPUs). */
  affinity: number[];
}

export interface SaveMetadata {
  name: string;
  uuid: string;
  /** The domain's config as xl.cfg text (formatDomainConfig). */
  config: string;
  configFile: string;
  /** domid at save time (ports offered to it are the domain's own). */
  domid: number;
  /** The source machine's virtual time at the save (informative: each vCPU context carries
   *  the guest's own time, which a restore continues). */
  savedAtNs: number;
  layout: {
    startInfoGfn: number; sharedInfoGfn: number; consoleGfn: number; storeGfn: number;
    consoleEvtchn: number; storeEvtchn: number; entry: number; nrPages: number;
  };
  maxPages: number;
  targetPages: number;
  sched: { weight: number; cap: number };
  vcpus: SavedVcpu[];
  evtchn: SavedPort[];
  memory: { populated: GfnRun[]; data: GfnRun[] };
  /** shared_info (event pending/mask bits, vcpu_info): not RAM, so carried apart, base64. */
  sharedInfo: string;
  /** Domain services' state (xenstore watches and guest nodes), by service key. */
  services: Record<string, unknown>;
  /** The grant table: per frame, where the guest sees it (-1: nowhere) and its entries
   *  (base64, one page). Images written before it was carried have none. */
  grantTable: SavedGrantFrame[];
  /** On the FIFO ABI: an EvtchnFifoState protobuf message (what the core keeps outside guest
   *  memory), base64; absent on the two-level ABI and in images before format 4. */
  evtchnFifo?: string;
}

export interface SavedGrantFrame {
  gfn: number;
  entries: string;
}

export interface SaveImage {
  meta: SaveMetadata;
  /** gfn → page bytes, for the pages of meta.memory.data. */
  pages: Map<number, Uint8Array>;
}

/** A save image that cannot be used; the message says what is wrong with it. */
export class SaveImageError extends Error {}

/** The image of `meta` and its pages. `version` SAVE_FORMAT_JSON_CONTEXTS writes the format
 *  before (meta's vCPU contexts must then be that format's JSON): old images for the reader's tests. */
export function encodeSaveImage(meta: SaveMetadata, pageData: Uint8Array[], version = SAVE_FORMAT_VERSION): Buffer {
  const json = Buffer.from(JSON.stringify(meta), 'utf8');
  // Never an image the reader would refuse: a save fails instead, with the domain kept.
  if (json.length > MAX_METADATA_BYTES) throw new SaveImageError(`the domain's state takes ${json.length} bytes, more than a save image holds (${MAX_METADATA_BYTES})`);
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(SAVE_MAGIC, 0, 'latin1');
  header.writeUInt32LE(version, MAGIC_BYTES);
  header.writeUInt32LE(json.length, MAGIC_BYTES + 4);
  const body = Buffer.concat([header, json, ...pageData]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

export function decodeSaveImage(bytes: Uint8Array): SaveImage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf.length < MAGIC_BYTES || buf.subarray(0, MAGIC_BYTES).toString('latin1') !== SAVE_MAGIC.padEnd(MAGIC_BYTES, '\0')) {
    throw new SaveImageError('not an hvsim save image (bad magic)');
  }
  if (buf.length < HEADER_BYTES + DIGEST_BYTES) throw new SaveImageError(`truncated: ${buf.length} bytes`);
  const version = buf.readUInt32LE(MAGIC_BYTES);
  if (!READABLE_VERSIONS.includes(version)) {
    throw new SaveImageError(`format version ${version} is not supported (this hvsim reads versions ${READABLE_VERSIONS.join(', ')})`);
  }
  const metaBytes = buf.readUInt32LE(MAGIC_BYTES + 4);
  if (metaBytes > MAX_METADATA_BYTES || HEADER_BYTES + metaBytes + DIGEST_BYTES > buf.length) {
    throw new SaveImageError(`truncated: the header announces ${metaBytes} bytes of metadata, the image has ${buf.length} bytes in all`);
  }
  const bodyEnd = buf.length - DIGEST_BYTES;
  const digest = createHash('sha256').update(buf.subarray(0, bodyEnd)).digest();
  const meta = parseMetadata(buf.subarray(HEADER_BYTES, HEADER_BYTES + metaBytes), version);
  const dataPages = countPages(meta.memory.data);
  const expected = HEADER_BYTES + metaBytes + dataPages * HVSIM_PAGE_SIZE + DIGEST_BYTES;
  if (buf.length !== expected) {
    throw new SaveImageError(`${buf.length < expected ? 'truncated' : 'trailing bytes'}: ${dataPages} pages of data need ${expected} bytes, the image has ${buf.length}`);
  }
  if (!digest.equals(buf.subarray(bodyEnd))) throw new SaveImageError('checksum mismatch: the image is corrupt');
  const pages = new Map<number, Uint8Array>();
  let off = HEADER_BYTES + metaBytes;
  for (const [first, count] of meta.memory.data) {
    for (let gfn = first; gfn < first + count; gfn++, off += HVSIM_PAGE_SIZE) pages.set(gfn, buf.subarray(off, off + HVSIM_PAGE_SIZE));
  }
  return { meta, pages };
}

/** Sorted, distinct gfns as runs. */
export function toRuns(gfns: readonly number[]): GfnRun[] {
  const runs: GfnRun[] = [];
  for (const gfn of gfns) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] + last[1] === gfn) last[1]++;
    else runs.push([gfn, 1]);
  }
  return runs;
}

export function countPages(runs: readonly GfnRun[]): number {
  return runs.reduce((n, r) => n + r[1], 0);
}

// ---- metadata validation (the image is input from outside) -------------------------------------

function parseMetadata(bytes: Buffer, version: number): SaveMetadata {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new SaveImageError(`metadata is not JSON: ${(err as Error).message}`);
  }
  const m = obj(raw, 'metadata');
  const layout = obj(m.layout, 'layout');
  const memory = obj(m.memory, 'memory');
  const sched = obj(m.sched, 'sched');
  const meta: SaveMetadata = {
    name: str(m.name, 'name'),
    uuid: str(m.uuid, 'uuid'),
    config: str(m.config, 'config'),
    configFile: str(m.configFile, 'configFile'),
    domid: int(m.domid, 'domid', 0xffff),
    savedAtNs: int(m.savedAtNs, 'savedAtNs', Number.MAX_SAFE_INTEGER),
    layout: {
      startInfoGfn: gfn(layout.startInfoGfn, 'layout.startInfoGfn'),
      sharedInfoGfn: gfn(layout.sharedInfoGfn, 'layout.sharedInfoGfn'),
      consoleGfn: gfn(layout.consoleGfn, 'layout.consoleGfn'),
      storeGfn: gfn(layout.storeGfn, 'layout.storeGfn'),
      consoleEvtchn: int(layout.consoleEvtchn, 'layout.consoleEvtchn', 4095),
      storeEvtchn: int(layout.storeEvtchn, 'layout.storeEvtchn', 4095),
      entry: int(layout.entry, 'layout.entry', 0xffff_ffff),
      nrPages: int(layout.nrPages, 'layout.nrPages', MAX_DOMAIN_PAGES),
    },
    maxPages: int(m.maxPages, 'maxPages', MAX_DOMAIN_PAGES),
    targetPages: int(m.targetPages, 'targetPages', MAX_DOMAIN_PAGES),
    sched: { weight: int(sched.weight, 'sched.weight', 65535), cap: int(sched.cap, 'sched.cap', 0xffff_ffff) },
    vcpus: arr(m.vcpus, 'vcpus').map((v, i) => {
      const o = obj(v, `vcpus[${i}]`);
      return { hartState: hartState(o.hartState, `vcpus[${i}].hartState`, version), affinity: arr(o.affinity, `vcpus[${i}].affinity`).map((c, j) => int(c, `vcpus[${i}].affinity[${j}]`, 4095)) };
    }),
    evtchn: arr(m.evtchn, 'evtchn').map((p, i) => {
      const o = obj(p, `evtchn[${i}]`);
      const at = (k: string, max: number): number => int(o[k], `evtchn[${i}].${k}`, max);
      return { port: at('port', MAX_PORT), status: at('status', 5), vcpu: at('vcpu', 0xffff), remoteDom: at('remoteDom', 0xffff), remotePort: at('remotePort', MAX_PORT), virq: at('virq', 0xffff) };
    }),
    memory: { populated: runs(memory.populated, 'memory.populated'), data: runs(memory.data, 'memory.data') },
    sharedInfo: sharedInfo(m.sharedInfo),
    services: obj(m.services, 'services'),
    grantTable: m.grantTable === undefined ? [] : arr(m.grantTable, 'grantTable').map((f, i) => grantFrame(f, `grantTable[${i}]`)),
    ...(m.evtchnFifo === undefined ? {} : { evtchnFifo: evtchnFifo(m.evtchnFifo) }),
  };
  if (meta.vcpus.length === 0) throw new SaveImageError('metadata: vcpus is empty');
  return meta;
}

/** A vCPU context: every field checked now, before anything is built from the image. One of
 *  format 2 (JSON) comes back in the current form, so restore sees one kind. */
function hartState(v: unknown, what: string, version: number): string {
  const text = base64(v, what);
  try {
    const bytes = Buffer.from(text, 'base64');
    if (version === SAVE_FORMAT_JSON_CONTEXTS) return Buffer.from(encodeVcpuContext(decodeJsonVcpuContext(bytes))).toString('base64');
    decodeVcpuContext(bytes);
  } catch (err) {
    if (err instanceof VcpuContextError) throw new SaveImageError(`metadata: ${what}: ${err.message}`);
    throw err;
  }
  return text;
}

/** FIFO state: a message of a version this hvsim reads, checked before anything is built. */
function evtchnFifo(v: unknown): string {
  const text = base64(v, 'evtchnFifo');
  try {
    decodeEvtchnFifoState(Buffer.from(text, 'base64'));
  } catch (err) {
    if (err instanceof EvtchnFifoStateError) throw new SaveImageError(`metadata: evtchnFifo: ${err.message}`);
    throw err;
  }
  return text;
}

/** shared_info: one page. */
function sharedInfo(v: unknown): string {
  return onePage(v, 'sharedInfo');
}

/** A grant frame: a gfn (or -1: shown nowhere) and one page of entries. */
function grantFrame(v: unknown, what: string): SavedGrantFrame {
  const o = obj(v, what);
  const at = o.gfn === -1 ? -1 : gfn(o.gfn, `${what}.gfn`);
  return { gfn: at, entries: onePage(o.entries, `${what}.entries`) };
}

function onePage(v: unknown, what: string): string {
  const text = base64(v, what);
  const bytes = Buffer.byteLength(text, 'base64');
  if (bytes !== HVSIM_PAGE_SIZE) throw new SaveImageError(`metadata: ${what} holds ${bytes} bytes, not one page (${HVSIM_PAGE_SIZE})`);
  return text;
}

function base64(v: unknown, what: string): string {
  const text = str(v, what);
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new SaveImageError(`metadata: ${what} is not base64`);
  return text;
}

function runs(v: unknown, what: string): GfnRun[] {
  let end = 0;
  return arr(v, what).map((r, i) => {
    const pair = arr(r, `${what}[${i}]`);
    if (pair.length !== 2) throw new SaveImageError(`metadata: ${what}[${i}] is not [gfn, count]`);
    const first = gfn(pair[0], `${what}[${i}][0]`);
    const count = int(pair[1], `${what}[${i}][1]`, MAX_DOMAIN_PAGES);
    if (first < end || count === 0 || first + count > 0x100000) throw new SaveImageError(`metadata: ${what}[${i}] is out of order or out of range`);
    end = first + count;
    return [first, count];
  });
}

const { obj, arr, str, int } = jsonFields((message) => new SaveImageError(`metadata: ${message}`));

/** A frame number in the guest's 32-bit physical space. */
function gfn(v: unknown, what: string): number {
  return int(v, what, 0xfffff);
}
