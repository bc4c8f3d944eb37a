/**
 * The blkif ring page as a backend sees it (public/io/ring.h, io/blkif.h): requests read from
 * a snapshot of the page, checked before use, and responses encoded for their slots. Nothing
 * here trusts the guest: every index, count and sector comes from guest memory.
 */
import {
  BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST, BLKIF_MAX_SEGMENTS_PER_REQUEST, BLKIF_OP_INDIRECT, BLKIF_REQUEST,
  BLKIF_REQUEST_DISCARD, BLKIF_REQUEST_INDIRECT, BLKIF_RESPONSE, HVSIM_BLKIF_RING_ENTRY_BYTES,
  HVSIM_BLKIF_RING_OFFSET, HVSIM_BLKIF_RING_SIZE, HVSIM_BLKIF_SECTORS_PER_PAGE,
} from '@hvsim/abi';

const R = BLKIF_REQUEST.f;
const D = BLKIF_REQUEST_DISCARD.f;
const I = BLKIF_REQUEST_INDIRECT.f;
const SEG_BYTES = BLKIF_REQUEST.f.seg.type.tag === 'array' ? BLKIF_REQUEST.f.seg.type.elem.size : 8;

export const RING_SIZE = HVSIM_BLKIF_RING_SIZE;
export { REQ_EVENT, REQ_PROD, RSP_EVENT, RSP_PROD } from './shared-ring';
export const RESPONSE_BYTES = BLKIF_RESPONSE.size;
/** blkif_request_segment entries in one indirect page. */
export const SEGMENTS_PER_INDIRECT_PAGE = 4096 / SEG_BYTES;
/**
 * Segments a BLKIF_OP_INDIRECT request may carry (`feature-max-indirect-segments`): Linux's
 * blkback offers 256 too, a megabyte per request; it takes one indirect page of the eight a
 * request may name.
 */
export const MAX_INDIRECT_SEGMENTS = 256;

/** Byte offset of ring slot for index `idx`. */
export function slotOffset(idx: number): number {
  return HVSIM_BLKIF_RING_OFFSET + (idx & (RING_SIZE - 1)) * HVSIM_BLKIF_RING_ENTRY_BYTES;
}

export interface Segment {
  gref: number;
  firstSect: number;
  lastSect: number;
}

export interface BlkifRequest {
  operation: number;
  /** As the guest gave it (a bad count is answered with an error, so keep it). */
  nrSegments: number;
  id: bigint;
  sector: bigint;
  segments: Segment[];
  /** BLKIF_OP_DISCARD only. */
  nrSectors: bigint;
  /** BLKIF_OP_INDIRECT only: the operation its segments are for, and the pages listing them
   *  (`segments` is empty until they are read: readIndirectSegments). */
  indirectOp: number;
  indirectGrefs: number[];
}

/** Reads the request in slot `idx` of `page` (a copy: the guest cannot change it under us). */
export function readRequest(page: DataView, idx: number): BlkifRequest {
  const at = slotOffset(idx);
  if (page.getUint8(at + R.operation.offset) === BLKIF_OP_INDIRECT) return readIndirectRequest(page, at);
  const nrSegments = page.getUint8(at + R.nr_segments.offset);
  const segments: Segment[] = [];
  for (let i = 0; i < Math.min(nrSegments, BLKIF_MAX_SEGMENTS_PER_REQUEST); i++) {
    const s = at + R.seg.offset + i * SEG_BYTES;
    segments.push({ gref: page.getUint32(s, true), firstSect: page.getUint8(s + 4), lastSect: page.getUint8(s + 5) });
  }
  return {
    operation: page.getUint8(at + R.operation.offset),
    nrSegments,
    id: page.getBigUint64(at + R.id.offset, true),
    sector: page.getBigUint64(at + R.sector_number.offset, true),
    segments,
    nrSectors: page.getBigUint64(at + D.nr_sectors.offset, true),
    indirectOp: 0,
    indirectGrefs: [],
  };
}

function readIndirectRequest(page: DataView, at: number): BlkifRequest {
  const nrSegments = page.getUint16(at + I.nr_segments.offset, true);
  const indirectGrefs: number[] = [];
  const pages = Math.min(Math.ceil(nrSegments / SEGMENTS_PER_INDIRECT_PAGE), BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST);
  for (let i = 0; i < pages; i++) indirectGrefs.push(page.getUint32(at + I.indirect_grefs.offset + 4 * i, true));
  return {
    operation: BLKIF_OP_INDIRECT,
    nrSegments,
    id: page.getBigUint64(at + I.id.offset, true),
    sector: page.getBigUint64(at + I.sector_number.offset, true),
    segments: [],
    nrSectors: 0n,
    indirectOp: page.getUint8(at + I.indirect_op.offset),
    indirectGrefs,
  };
}

/** Fills an indirect request's segments from its indirect pages (copied from the guest, in order). */
export function readIndirectSegments(req: BlkifRequest, pages: Uint8Array): void {
  const view = new DataView(pages.buffer, pages.byteOffset, pages.byteLength);
  req.segments.length = 0;
  for (let i = 0; i < req.nrSegments; i++) {
    const s = i * SEG_BYTES;
    req.segments.push({ gref: view.getUint32(s, true), firstSect: view.getUint8(s + 4), lastSect: view.getUint8(s + 5) });
  }
}
/** Why a READ/WRITE request's segments are unusable, or null. */
export function segmentProblem(req: BlkifRequest): string | null {
  const max = req.operation === BLKIF_OP_INDIRECT ? MAX_INDIRECT_SEGMENTS : BLKIF_MAX_SEGMENTS_PER_REQUEST;
  if (req.nrSegments === 0) return 'no segments';
  if (req.nrSegments > max) return `${req.nrSegments} segments (at most ${max})`;
  for (const s of req.segments) {
    if (s.firstSect > s.lastSect || s.lastSect >= HVSIM_BLKIF_SECTORS_PER_PAGE) return `segment sectors ${s.firstSect}..${s.lastSect}`;
  }
  return null;
}

/** Sectors a READ/WRITE request covers (its segments are valid). */
export function requestSectors(req: BlkifRequest): number {
  let n = 0;
  for (const s of req.segments) n += s.lastSect - s.firstSect + 1;
  return n;
}

/** A blkif_response for `id`. */
export function encodeResponse(id: bigint, operation: number, status: number): Uint8Array {
  const out = new Uint8Array(RESPONSE_BYTES);
  const v = new DataView(out.buffer);
  v.setBigUint64(BLKIF_RESPONSE.f.id.offset, id, true);
  v.setUint8(BLKIF_RESPONSE.f.operation.offset, operation);
  v.setInt16(BLKIF_RESPONSE.f.status.offset, status, true);
  return out;
}
