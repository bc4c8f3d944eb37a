/**
 * The blkif ring page as a backend sees it (public/io/ring.h, io/blkif.h): requests read from
 * a snapshot of the page, checked before use, and responses encoded for their slots. Nothing
 * here trusts the guest: every index, count and sector comes from guest memory.
 */
import {
  BLKIF_MAX_SEGMENTS_PER_REQUEST, BLKIF_REQUEST, BLKIF_REQUEST_DISCARD, BLKIF_RESPONSE,
  HVSIM_BLKIF_RING_ENTRY_BYTES, HVSIM_BLKIF_RING_OFFSET, HVSIM_BLKIF_RING_SIZE, HVSIM_BLKIF_SECTORS_PER_PAGE,
} from '@hvsim/abi';

const R = BLKIF_REQUEST.f;
const D = BLKIF_REQUEST_DISCARD.f;
const SEG_BYTES = BLKIF_REQUEST.f.seg.type.tag === 'array' ? BLKIF_REQUEST.f.seg.type.elem.size : 8;

export const RING_SIZE = HVSIM_BLKIF_RING_SIZE;
export { REQ_EVENT, REQ_PROD, RSP_EVENT, RSP_PROD } from './shared-ring';
export const RESPONSE_BYTES = BLKIF_RESPONSE.size;

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
}

/** Reads the request in slot `idx` of `page` (a copy: the guest cannot change it under us). */
export function readRequest(page: DataView, idx: number): BlkifRequest {
  const at = slotOffset(idx);
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
  };
}

/** Why a READ/WRITE request's segments are unusable, or null. */
export function segmentProblem(req: BlkifRequest): string | null {
  if (req.nrSegments === 0) return 'no segments';
  if (req.nrSegments > BLKIF_MAX_SEGMENTS_PER_REQUEST) return `${req.nrSegments} segments (at most ${BLKIF_MAX_SEGMENTS_PER_REQUEST})`;
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
