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

const TX = NETIF_TX_REQUEST.f;
const RX = NETIF_RX_REQUEST.f;

export function txSlotOffset(idx: number): number {
  return HVSIM_NETIF_RING_OFFSET + (idx & (TX_RING_SIZE - 1)) * HVSIM_NETIF_TX_RING_ENTRY_BYTES;
}

export function rxSlotOffset(idx: number): number {
  return HVSIM_NETIF_RING_OFFSET + (idx & (RX_RING_SIZE - 1)) * HVSIM_NETIF_RX_RING_ENTRY_BYTES;
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
  out.gref = page.getUint32(at + TX.gref.offset, true);
  out.offset = page.getUint16(at + TX.offset.offset, true);
  out.flags = page.getUint16(at + TX.flags.offset, true);
  out.id = page.getUint16(at + TX.id.offset, true);
  out.size = page.getUint16(at + TX.size.offset, true);
  return out;
}

/** The id (echoed) and grant of the rx request in slot `idx`. */
export function rxRequestId(page: DataView, idx: number): number {
  return page.getUint16(rxSlotOffset(idx) + RX.id.offset, true);
}

export function rxRequestGref(page: DataView, idx: number): number {
  return page.getUint32(rxSlotOffset(idx) + RX.gref.offset, true);
}

/** Writes a netif_tx_response at byte `at` of `out`. */
export function encodeTxResponse(out: DataView, at: number, id: number, status: number): void {
  out.setUint16(at + NETIF_TX_RESPONSE.f.id.offset, id, true);
  out.setInt16(at + NETIF_TX_RESPONSE.f.status.offset, status, true);
}

/** Writes a netif_rx_response at byte `at` of `out`: `status` is the frame's length or a NETIF_RSP_*. */
export function encodeRxResponse(out: DataView, at: number, id: number, flags: number, status: number): void {
  out.setUint16(at + NETIF_RX_RESPONSE.f.id.offset, id, true);
  out.setUint16(at + NETIF_RX_RESPONSE.f.offset.offset, 0, true);
  out.setUint16(at + NETIF_RX_RESPONSE.f.flags.offset, flags, true);
  out.setInt16(at + NETIF_RX_RESPONSE.f.status.offset, status, true);
}
