/**
 * The netif tx and rx ring pages as a backend sees them (public/io/netif.h): slot offsets,
 * requests read from a snapshot of the page and responses encoded into a reused buffer.
 * Nothing here trusts the guest: every index, offset and size comes from guest memory.
 */
import {
  HVSIM_NETIF_RING_OFFSET, HVSIM_NETIF_RX_RING_ENTRY_BYTES, HVSIM_NETIF_RX_RING_SIZE, HVSIM_NETIF_TX_RING_ENTRY_BYTES,
  HVSIM_NETIF_TX_RING_SIZE, NETIF_RX_REQUEST, NETIF_RX_RESPONSE, NETIF_TX_REQUEST, NETIF_TX_RESPONSE,
} from '@hvsim/abi';

export const TX_RING_SIZE = HVSIM_NETIF_TX_RING_SIZE;
export const RX_RING_SIZE = HVSIM_NETIF_RX_RING_SIZE;
export const TX_RESPONSE_BYTES = NETIF_TX_RESPONSE.size;
export const RX_RESPONSE_BYTES = NETIF_RX_RESPONSE.size;
/** A tx slot: a request, or the response that replaces it in place. */
export const TX_SLOT_BYTES = HVSIM_NETIF_TX_RING_ENTRY_BYTES;

// Field offsets read once: a binding imported from another package is a getter call on every
// use (TypeScript's CommonJS re-exports), which the per-frame code below would pay each time.
/** Where slot 0 starts in a ring page. */
export const RING_OFFSET = HVSIM_NETIF_RING_OFFSET;
const TX_ENTRY = HVSIM_NETIF_TX_RING_ENTRY_BYTES;
/** An rx slot: a request, or the response that replaces it in place. */
export const RX_ENTRY = HVSIM_NETIF_RX_RING_ENTRY_BYTES;
const TX_GREF = NETIF_TX_REQUEST.f.gref.offset;
const TX_OFFSET = NETIF_TX_REQUEST.f.offset.offset;
const TX_FLAGS = NETIF_TX_REQUEST.f.flags.offset;
const TX_ID = NETIF_TX_REQUEST.f.id.offset;
const TX_SIZE = NETIF_TX_REQUEST.f.size.offset;
const RX_ID = NETIF_RX_REQUEST.f.id.offset;
const RX_GREF = NETIF_RX_REQUEST.f.gref.offset;
const TX_RSP_ID = NETIF_TX_RESPONSE.f.id.offset;
const TX_RSP_STATUS = NETIF_TX_RESPONSE.f.status.offset;
const RX_RSP_ID = NETIF_RX_RESPONSE.f.id.offset;
const RX_RSP_OFFSET = NETIF_RX_RESPONSE.f.offset.offset;
const RX_RSP_FLAGS = NETIF_RX_RESPONSE.f.flags.offset;
const RX_RSP_STATUS = NETIF_RX_RESPONSE.f.status.offset;

export function txSlotOffset(idx: number): number {
  return RING_OFFSET + (idx & (TX_RING_SIZE - 1)) * TX_ENTRY;
}

export function rxSlotOffset(idx: number): number {
  return RING_OFFSET + (idx & (RX_RING_SIZE - 1)) * RX_ENTRY;
}

/** A tx request, read into a reused object (the hot path allocates nothing per frame). */
export interface TxRequest {
  gref: number;
  offset: number;
  flags: number;
  id: number;
  size: number;
}

export function readTxRequest(page: DataView, idx: number, out: TxRequest): TxRequest {
  const at = txSlotOffset(idx);
  out.gref = page.getUint32(at + TX_GREF, true);
  out.offset = page.getUint16(at + TX_OFFSET, true);
  out.flags = page.getUint16(at + TX_FLAGS, true);
  out.id = page.getUint16(at + TX_ID, true);
  out.size = page.getUint16(at + TX_SIZE, true);
  return out;
}

/** The id (echoed) and grant of the rx request in slot `idx`. */
export function rxRequestId(page: DataView, idx: number): number {
  return page.getUint16(rxSlotOffset(idx) + RX_ID, true);
}

export function rxRequestGref(page: DataView, idx: number): number {
  return page.getUint32(rxSlotOffset(idx) + RX_GREF, true);
}

/** Writes a netif_tx_response at byte `at` of `out`. */
export function encodeTxResponse(out: DataView, at: number, id: number, status: number): void {
  out.setUint16(at + TX_RSP_ID, id, true);
  out.setInt16(at + TX_RSP_STATUS, status, true);
}

/** Writes a netif_rx_response at byte `at` of `out`: `status` is the frame's length or a NETIF_RSP_*. */
export function encodeRxResponse(out: DataView, at: number, id: number, flags: number, status: number): void {
  out.setUint16(at + RX_RSP_ID, id, true);
  out.setUint16(at + RX_RSP_OFFSET, 0, true);
  out.setUint16(at + RX_RSP_FLAGS, flags, true);
  out.setInt16(at + RX_RSP_STATUS, status, true);
}
