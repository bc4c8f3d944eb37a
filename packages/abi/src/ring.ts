/**
 * Shared request/response rings (public/io/ring.h). A ring page starts with four free-running
 * indexes and 48 bytes the drivers may use, then a power-of-two number of entries, each the
 * union of a request and a response. Indexes only ever grow (mod 2^32); an entry's slot is the
 * index masked by the ring size.
 */
import { array, struct, T, union } from './layout';
/** The page a ring lives in. */
export const HVSIM_RING_PAGE_BYTES = 4096;

/** The members every `<name>_sring` starts with, before its entries. */
export const SRING_HEADER = {
  req_prod: T.RING_IDX,
  req_event: T.RING_IDX,
  rsp_prod: T.RING_IDX,
  rsp_event: T.RING_IDX,
  pvt: union({
    netif: struct({ smartpoll_active: T.uint8_t }),
    tapif_user: struct({ msg: T.uint8_t }),
    pvt_pad: array(T.uint8_t, 4),
  }),
  __pad: array(T.uint8_t, 44),
};

/** Largest power of two ≤ n (n ≥ 1); 0 for 0. */
export function roundDownPow2(n: number): number {
  return n < 1 ? 0 : 2 ** Math.floor(Math.log2(n));
}

/**
 * Entries in a ring whose page is `pageBytes` long: what fits after the header, rounded down
 * to a power of two so an index masks to a slot (Xen's __CONST_RING_SIZE).
 */
export function ringEntries(headerBytes: number, entryBytes: number, pageBytes = HVSIM_RING_PAGE_BYTES): number {
  return roundDownPow2(Math.floor((pageBytes - headerBytes) / entryBytes));
}
