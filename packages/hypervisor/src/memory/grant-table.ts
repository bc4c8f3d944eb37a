/**
 * Grant tables, v1. A domain's grant entries live in frames the hypervisor allocates at
 * setup_table (or at XENMEM_add_to_physmap of a frame beyond the table) and shows in the
 * domain's grant window (GNTTAB_BASE_GFN + i) until the guest places a frame at a gfn of its
 * choice with XENMEM_add_to_physmap, where the guest fills them in. A grantee maps a granted
 * frame into its own P2M (read-only when the grant or the request says so); grant copy moves
 * bytes between granted or own frames.
 */
import {
  GNTCOPY_dest_gref,
  GNTCOPY_source_gref,
  GNTMAP_application_map,
  GNTMAP_contains_pte,
  GNTMAP_device_map,
  GNTMAP_host_map,
  GNTMAP_readonly,
  GNTST_bad_copy_arg,
  GNTST_bad_domain,
  GNTST_bad_gntref,
  GNTST_bad_handle,
  GNTST_bad_page,
  GNTST_bad_virt_addr,
  GNTST_general_error,
  GNTST_no_space,
  GNTST_okay,
  GNTST_permission_denied,
  GRANT_ENTRY_V1,
  GTF_permit_access,
  GTF_reading,
  GTF_readonly,
  GTF_type_mask,
  GTF_writing,
  readU16,
  readU32,
  writeU16,
} from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import { GNTTAB_BASE_GFN, MAX_GRANT_FRAMES, RAM_BASE_GFN, RAM_LIMIT_GFN } from '../constants';
import type { Domain } from '../domain/domain';
import type { FramePool } from './frame-pool';
import { P2M_FOREIGN, P2M_MFN_MASK, P2M_NONE, P2M_NOT_RAM, P2M_READONLY, P2M_SPECIAL } from './p2m';

const ENTRY_SIZE = GRANT_ENTRY_V1.size;
const ENTRIES_PER_FRAME = PAGE_SIZE / ENTRY_SIZE;
const E_FLAGS = GRANT_ENTRY_V1.f.flags.offset;
const E_DOMID = GRANT_ENTRY_V1.f.domid.offset;
const E_FRAME = GRANT_ENTRY_V1.f.frame.offset;
// Read once for checkGrant and grantCopyHost, which run per frame of a backend's grant
// copies: a binding imported from another package is a getter call on every use
// (TypeScript's CommonJS re-exports).
const PAGE = PAGE_SIZE;
const ST_OKAY = GNTST_okay;
const ST_BAD_GNTREF = GNTST_bad_gntref;
const ST_BAD_PAGE = GNTST_bad_page;
const ST_BAD_COPY_ARG = GNTST_bad_copy_arg;
const ST_GENERAL_ERROR = GNTST_general_error;
const TYPE_MASK = GTF_type_mask;
const PERMIT_ACCESS = GTF_permit_access;
const READONLY = GTF_readonly;
const u16 = readU16;
const u32 = readU32;
/** Mappings one domain may hold at once. */
export const MAPTRACK_MAX = 4096;

/** A grant mapping held by a mapper. */
interface MapTrack {
  granter: number;
  ref: number;
  /** Absolute gfn in the mapper's window. */
  gfn: number;
  mfn: number;
  /** The granted page's absolute gfn in the granter's window. */
  granterGfn: number;
  readonly: boolean;
}

/** A domain's grant table, the mappings it holds, and the count of mappings others hold of
 *  its grants (made when one of its grants is first mapped). */
export class GrantTable {
  /** Machine frames of the table, in order (GNTTABOP_setup_table grows it). */
  readonly frames: number[] = [];
  /** Where the domain sees each frame (absolute gfn). */
  readonly frameGfns: number[] = [];
  /** Mappings this domain holds of others' grants, by handle. */
  readonly maptrack: Array<MapTrack | null> = [];
  /** Per own grant ref: how many read-only / writable mappings others hold (ref → [ro, rw]). */
  pins: Map<number, [number, number]> | null = null;
  /** Per domain holding mappings of this domain's grants: how many. Destruction revokes
   *  mappings by visiting these domains only, never every domain. */
  mappedBy: Map<number, number> | null = null;

  get nrFrames(): number {
    return this.frames.length;
  }

  get maxFrames(): number {
    return MAX_GRANT_FRAMES;
  }
}

export interface GrantResult {
  status: number;
  handle: number;
}

/** GNTTABOP_setup_table: grows d's table to nrFrames; returns GNTST_*. */
export function setupTable(pool: FramePool, d: Domain, nrFrames: number): number {
  const gt = d.grants;
  if (nrFrames > MAX_GRANT_FRAMES) return GNTST_general_error;
  while (gt.nrFrames < nrFrames) {
    if (pool.freeFrames === 0) return GNTST_general_error;
    const mfn = pool.alloc(d.domid);
    // Backed now: it is shared between the guest's TLB and the hypervisor.
    pool.writable(mfn);
    // A new frame shows in its window slot, unless the guest has placed another page there
    // with add_to_physmap: then it shows nowhere until the guest places it (Xen/Arm's
    // INVALID_GFN in setup_table's frame list).
    const slot = GNTTAB_BASE_GFN + gt.nrFrames;
    const free = d.mem.entry(slot) === P2M_NONE;
    if (free) d.mem.mapSpecial(slot, mfn, P2M_SPECIAL);
    gt.frames.push(mfn);
    gt.frameGfns.push(free ? slot : -1);
  }
  return GNTST_okay;
}

/** gfn at which d sees grant frame i. */
export function grantFrameGfn(gt: GrantTable, i: number): number {
  return gt.frameGfns[i];
}

function entryAt(pool: FramePool, gt: GrantTable, ref: number): { page: Uint8Array; off: number } | null {
  if (ref < 0 || ref >= gt.nrFrames * ENTRIES_PER_FRAME) return null;
  return { page: pool.writable(gt.frames[Math.floor(ref / ENTRIES_PER_FRAME)]), off: (ref % ENTRIES_PER_FRAME) * ENTRY_SIZE };
}

/**
 * Checks that granter's entry `ref` lets `grantee` access it (writably if `write`) and
 * returns the granted gfn, or a GNTST_* (< 0).
 */
function checkGrant(pool: FramePool, granter: Domain, ref: number, grantee: number, write: boolean): number {
  const gt = granter.grants;
  if (ref < 0 || ref >= gt.frames.length * ENTRIES_PER_FRAME) return ST_BAD_GNTREF;
  // entryAt's page and offset, without the object: this runs per grant copy.
  const page = pool.writable(gt.frames[Math.floor(ref / ENTRIES_PER_FRAME)]);
  const off = (ref % ENTRIES_PER_FRAME) * ENTRY_SIZE;
  const flags = u16(page, off + E_FLAGS);
  // Xen answers both a grant that is not for the grantee and a write to a read-only grant
  // with GNTST_general_error.
  if ((flags & TYPE_MASK) !== PERMIT_ACCESS || u16(page, off + E_DOMID) !== grantee) return ST_GENERAL_ERROR;
  if (write && (flags & READONLY) !== 0) return ST_GENERAL_ERROR;
  const gfn = u32(page, off + E_FRAME);
  const pe = granter.mem.entry(gfn);
  if (gfn >= RAM_LIMIT_GFN || pe === P2M_NONE || (pe & P2M_NOT_RAM) !== 0) return ST_BAD_PAGE;
  return gfn;
}

/** Counts a mapping of granter's `ref` by `mapper` made (+1) or dropped (-1), read-only or not,
 *  and shows it in the entry's GTF_reading / GTF_writing flags. */
function countMapping(pool: FramePool, granter: Domain, mapper: number, ref: number, delta: number, readonly: boolean): void {
  const gt = granter.grants;
  const by = (gt.mappedBy ??= new Map<number, number>());
  const n = (by.get(mapper) ?? 0) + delta;
  if (n === 0) by.delete(mapper);
  else by.set(mapper, n);
  const all = (gt.pins ??= new Map<number, [number, number]>());
  const pins = all.get(ref) ?? [0, 0];
  pins[readonly ? 0 : 1] += delta;
  if (pins[0] === 0 && pins[1] === 0) all.delete(ref);
  else all.set(ref, pins);
  const e = entryAt(pool, granter.grants, ref);
  if (e === null) return;
  let flags = readU16(e.page, e.off + E_FLAGS) & ~(GTF_reading | GTF_writing);
  if (pins[0] + pins[1] > 0) flags |= GTF_reading;
  if (pins[1] > 0) flags |= GTF_writing;
  writeU16(e.page, e.off + E_FLAGS, flags);
}

/**
 * GNTTABOP_map_grant_ref for one op: maps granter's ref at mapper's hostAddr, a gfn of the
 * mapper's guest-physical space that is empty or its own RAM; the RAM page there is displaced
 * (still the mapper's, unreachable, as Xen/Arm's P2M replaces only the mapping), and unmapping
 * leaves the gfn empty. Any domain may map a grant made to it, its own included (Xen's
 * XSM_HOOK); checks and status codes in Xen's order.
 */
export function mapGrant(
  pool: FramePool, mapper: Domain, granter: Domain | undefined, ref: number, flags: number, hostAddr: number,
): GrantResult {
  const fail = (status: number): GrantResult => ({ status, handle: 0 });
  if ((flags & (GNTMAP_host_map | GNTMAP_device_map)) === 0) return fail(GNTST_bad_gntref);
  // An auto-translated domain maps into its P2M only: no device or PTE mappings.
  if ((flags & (GNTMAP_device_map | GNTMAP_application_map | GNTMAP_contains_pte)) !== 0) return fail(GNTST_general_error);
  if (granter === undefined || !granter.alive) return fail(GNTST_bad_domain);
  const readonly = (flags & GNTMAP_readonly) !== 0;
  const gfn = hostAddr / PAGE_SIZE;
  if (!Number.isInteger(gfn) || gfn < RAM_BASE_GFN || gfn >= RAM_LIMIT_GFN) return fail(GNTST_bad_virt_addr);
  // A hypervisor page or another grant mapping there: the domain undoes that first.
  const there = mapper.mem.entry(gfn);
  if (there !== P2M_NONE && (there & P2M_NOT_RAM) !== 0) return fail(GNTST_bad_virt_addr);
  const src = checkGrant(pool, granter, ref, mapper.domid, !readonly);
  if (src < 0) return fail(src);
  const handle = freeHandle(mapper.grants);
  if (handle < 0) return fail(GNTST_no_space);
  const mfn = granter.mem.entry(src) & P2M_MFN_MASK;
  pool.writable(mfn);
  mapper.mem.displace(gfn);
  // Granter's TLB may hold the shared zero frame for a never-written page: it must see the real one now.
  granter.mem.flushGfn(src);
  mapper.mem.mapSpecial(gfn, mfn, P2M_FOREIGN | (readonly ? P2M_READONLY : 0));
  pool.pin(mfn);
  mapper.grants.maptrack[handle] = { granter: granter.domid, ref, gfn, mfn, granterGfn: src, readonly };
  countMapping(pool, granter, mapper.domid, ref, 1, readonly);
  return { status: GNTST_okay, handle };
}

function freeHandle(gt: GrantTable): number {
  for (let h = 0; h < gt.maptrack.length; h++) if (gt.maptrack[h] === null) return h;
  return gt.maptrack.length < MAPTRACK_MAX ? gt.maptrack.length : -1;
}

/** GNTTABOP_unmap_grant_ref for one op. `hostAddr` 0 means "whatever the handle maps". */
export function unmapGrant(pool: FramePool, mapper: Domain, handle: number, hostAddr: number, lookup: (domid: number) => Domain | undefined): number {
  const t = handle >= 0 && handle < mapper.grants.maptrack.length ? mapper.grants.maptrack[handle] : null;
  if (!t) return GNTST_bad_handle;
  if (hostAddr !== 0 && hostAddr !== t.gfn * PAGE_SIZE) return GNTST_bad_virt_addr;
  releaseMapping(pool, mapper, handle, lookup);
  return GNTST_okay;
}

function releaseMapping(pool: FramePool, mapper: Domain, handle: number, lookup: (domid: number) => Domain | undefined): void {
  const t = mapper.grants.maptrack[handle] as MapTrack;
  mapper.mem.unmapSpecial(t.gfn);
  mapper.grants.maptrack[handle] = null;
  pool.unpin(t.mfn);
  const granter = lookup(t.granter);
  if (!granter) return;
  countMapping(pool, granter, mapper.domid, t.ref, -1, t.readonly);
  // The mapper may have written the page through its own TLB: log-dirty sees it now (as Xen
  // marks a page dirty when a writable grant mapping of it goes).
  if (!t.readonly) granter.mem.markDirty(t.granterGfn);
}

/** Absolute gfns of `granter`'s pages that other domains hold writable mappings of (log-dirty
 *  counts them dirty while mapped: their writes do not pass through granter's P2M). */
export function writeMappedGfns(granter: Domain, lookup: (domid: number) => Domain | undefined): number[] {
  const by = granter.grants.mappedBy;
  if (by === null || by.size === 0) return [];
  const gfns: number[] = [];
  for (const mapperDomid of by.keys()) {
    const m = lookup(mapperDomid);
    if (m === undefined) continue;
    for (const t of m.grants.maptrack) if (t && t.granter === granter.domid && !t.readonly) gfns.push(t.granterGfn);
  }
  return gfns;
}

/** Drops every mapping `mapper` holds (it is being destroyed). */
export function releaseAllMappings(pool: FramePool, mapper: Domain, lookup: (domid: number) => Domain | undefined): void {
  for (let h = 0; h < mapper.grants.maptrack.length; h++) if (mapper.grants.maptrack[h]) releaseMapping(pool, mapper, h, lookup);
}

/** Revokes every mapping others hold of `granter`'s frames (granter is being destroyed). */
export function revokeMappingsOf(pool: FramePool, granter: Domain, lookup: (domid: number) => Domain | undefined): void {
  const by = granter.grants.mappedBy;
  if (by === null || by.size === 0) return;
  for (const mapperDomid of [...by.keys()]) {
    const m = lookup(mapperDomid);
    if (m === undefined) continue;
    const mt = m.grants.maptrack;
    for (let h = 0; h < mt.length; h++) if (mt[h] && (mt[h] as MapTrack).granter === granter.domid) releaseMapping(pool, m, h, lookup);
  }
}

/** Frees d's grant-table frames. */
export function freeTable(pool: FramePool, d: Domain): void {
  const gt = d.grants;
  for (let i = 0; i < gt.frames.length; i++) {
    if (gt.frameGfns[i] >= 0) d.mem.unmapSpecial(gt.frameGfns[i]);
    pool.free(gt.frames[i]);
  }
  gt.frames.length = 0;
  gt.frameGfns.length = 0;
}

/** One side of a grant copy. */
export interface CopySide {
  /** A grant reference (isRef) or an absolute gfn. */
  refOrGfn: number;
  isRef: boolean;
  domain: Domain | undefined;
  offset: number;
}

/**
 * GNTTABOP_copy for one op, on behalf of `caller`: returns GNTST_*. Local frames (not grant
 * refs) must be the caller's own unless the caller is privileged.
 */
export function grantCopy(pool: FramePool, caller: Domain, src: CopySide, dst: CopySide, len: number, buf: Uint8Array): number {
  if (len > PAGE_SIZE || src.offset + len > PAGE_SIZE || dst.offset + len > PAGE_SIZE) return GNTST_bad_copy_arg;
  const s = resolveSide(pool, caller, src, false);
  if (s < 0) return s;
  const d = resolveSide(pool, caller, dst, true);
  if (d < 0) return d;
  const view = buf.subarray(0, len);
  const sd = src.domain as Domain;
  const dd = dst.domain as Domain;
  if (!sd.mem.readInto(s * PAGE_SIZE + src.offset, view)) return GNTST_bad_page;
  if (!dd.mem.writeFrom(d * PAGE_SIZE + dst.offset, view)) return GNTST_bad_page;
  return GNTST_okay;
}

function resolveSide(pool: FramePool, caller: Domain, side: CopySide, write: boolean): number {
  const dom = side.domain;
  if (dom === undefined || !dom.alive) return GNTST_bad_domain;
  if (side.isRef) {
    return checkGrant(pool, dom, side.refOrGfn, caller.domid, write);
  }
  if (dom !== caller && !caller.privileged) return GNTST_permission_denied;
  const e = dom.mem.entry(side.refOrGfn);
  if (side.refOrGfn >= RAM_LIMIT_GFN || e === P2M_NONE || (e & P2M_NOT_RAM) !== 0) return GNTST_bad_page;
  return side.refOrGfn;
}

export { GNTCOPY_dest_gref, GNTCOPY_source_gref };

/**
 * GNTTABOP_copy between `granter`'s grant `ref` and `buf[at, at + length)` of the host-kernel
 * domain `grantee` (dom0's backends, which have no guest-physical memory of their own): reads
 * the granted bytes into it (toGuest false) or writes it into them (toGuest true, refused for
 * a GTF_readonly grant). Returns GNTST_*; nothing moves unless it is GNTST_okay.
 */
export function grantCopyHost(
  pool: FramePool, granter: Domain, grantee: number, ref: number, offset: number, buf: Uint8Array, toGuest: boolean, at = 0, length = buf.length,
): number {
  if (!Number.isInteger(offset) || offset < 0 || offset + length > PAGE) return ST_BAD_COPY_ARG;
  if (!Number.isInteger(ref) || ref < 0) return ST_BAD_GNTREF;
  const gfn = checkGrant(pool, granter, ref, grantee, toGuest);
  if (gfn < 0) return gfn;
  const gpa = gfn * PAGE + offset;
  const ok = toGuest ? granter.mem.writeFrom(gpa, buf, at, length) : granter.mem.readInto(gpa, buf, at, length);
  return ok ? ST_OKAY : ST_BAD_PAGE;
}
