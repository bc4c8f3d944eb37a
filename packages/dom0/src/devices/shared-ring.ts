/**
 * The indexes every shared ring page starts with (public/io/ring.h), at the same offsets in
 * every `<name>_sring`: what a backend reads and writes besides its entries.
 */
import { BLKIF_SRING } from '@hvsim/abi';

export const REQ_PROD = BLKIF_SRING.f.req_prod.offset;
export const REQ_EVENT = BLKIF_SRING.f.req_event.offset;
export const RSP_PROD = BLKIF_SRING.f.rsp_prod.offset;
export const RSP_EVENT = BLKIF_SRING.f.rsp_event.offset;

/** Requests the frontend has produced past `cons`, or null if that is more than a ring (corrupt). */
export function pendingRequests(prod: number, cons: number, ringSize: number): number | null {
  const pending = (prod - cons) >>> 0;
  return pending > ringSize ? null : pending;
}
