/**
 * The virtual network interface protocol (public/io/netif.h): two rings per vif. On the tx
 * ring the frontend lends the backend granted pages holding the frames it sends; on the rx
 * ring it posts granted empty pages the backend copies received frames into
 * (feature-rx-copy). Request and response layouts are those of 32-bit Arm guests.
 */
import { array, defineStruct, struct, T, union } from './layout';
import { HVSIM_RING_PAGE_BYTES, ringEntries, SRING_HEADER } from './ring';

// netif_tx_request.flags (bit numbers, then masks).
export const _NETTXF_csum_blank = 0;
/** The protocol checksum is left for the receiver to fill (offload). */
export const NETTXF_csum_blank = 1 << _NETTXF_csum_blank;
export const _NETTXF_data_validated = 1;
export const NETTXF_data_validated = 1 << _NETTXF_data_validated;
export const _NETTXF_more_data = 2;
/** The frame goes on in the next request. */
export const NETTXF_more_data = 1 << _NETTXF_more_data;
export const _NETTXF_extra_info = 3;
/** A netif_extra_info slot follows this request. */
export const NETTXF_extra_info = 1 << _NETTXF_extra_info;

// netif_rx_response.flags.
export const _NETRXF_data_validated = 0;
export const NETRXF_data_validated = 1 << _NETRXF_data_validated;
export const _NETRXF_csum_blank = 1;
export const NETRXF_csum_blank = 1 << _NETRXF_csum_blank;
export const _NETRXF_more_data = 2;
export const NETRXF_more_data = 1 << _NETRXF_more_data;
export const _NETRXF_extra_info = 3;
export const NETRXF_extra_info = 1 << _NETRXF_extra_info;
export const _NETRXF_gso_prefix = 4;
export const NETRXF_gso_prefix = 1 << _NETRXF_gso_prefix;

// netif_extra_info.type and .flags.
export const XEN_NETIF_EXTRA_TYPE_NONE = 0;
export const XEN_NETIF_EXTRA_TYPE_GSO = 1;
export const XEN_NETIF_EXTRA_TYPE_MCAST_ADD = 2;
export const XEN_NETIF_EXTRA_TYPE_MCAST_DEL = 3;
export const XEN_NETIF_EXTRA_TYPE_HASH = 4;
export const XEN_NETIF_EXTRA_TYPE_MAX = 5;
export const _XEN_NETIF_EXTRA_FLAG_MORE = 0;
/** Another extra info slot follows this one. */
export const XEN_NETIF_EXTRA_FLAG_MORE = 1 << _XEN_NETIF_EXTRA_FLAG_MORE;

/** The fewest slots a backend must accept for one frame (without feature-sg: one). */
export const XEN_NETIF_NR_SLOTS_MIN = 18;
/** The largest frame a tx request's size can describe. */
export const XEN_NETIF_MAX_TX_SIZE = 0xffff;

export const NETIF_RSP_DROPPED = -2;
export const NETIF_RSP_ERROR = -1;
export const NETIF_RSP_OKAY = 0;
/** No response: the slot held an extra info, not a frame. */
export const NETIF_RSP_NULL = 1;

/** The largest Ethernet frame without FCS hvsim carries (1500-byte MTU + 14-byte header + an 802.1Q tag). */
export const HVSIM_NETIF_MAX_FRAME = 1518;
/** The smallest: an Ethernet header. */
export const HVSIM_NETIF_MIN_FRAME = 14;

export const NETIF_TX_REQUEST = defineStruct('netif_tx_request', 'A frame (or, with NETTXF_more_data, its first part) of size bytes at offset in granted page gref; id is echoed.', {
  gref: T.grant_ref_t,
  offset: T.uint16_t,
  flags: T.uint16_t,
  id: T.uint16_t,
  size: T.uint16_t,
});

export const NETIF_EXTRA_INFO = defineStruct('netif_extra_info', 'Extra information for the frame before it (GSO, multicast filter, hash).', {
  type: T.uint8_t,
  flags: T.uint8_t,
  u: union({
    gso: struct({ size: T.uint16_t, type: T.uint8_t, pad: T.uint8_t, features: T.uint16_t }),
    mcast: struct({ addr: array(T.uint8_t, 6) }),
    hash: struct({ type: T.uint8_t, algorithm: T.uint8_t, value: array(T.uint8_t, 4) }),
    pad: array(T.uint16_t, 3),
  }),
});

export const NETIF_TX_RESPONSE = defineStruct('netif_tx_response', 'The end of tx request id: NETIF_RSP_*.', {
  id: T.uint16_t,
  status: T.int16_t,
});

export const NETIF_RX_REQUEST = defineStruct('netif_rx_request', 'An empty granted page gref for one received frame; id is echoed.', {
  id: T.uint16_t,
  pad: T.uint16_t,
  gref: T.grant_ref_t,
});

export const NETIF_RX_RESPONSE = defineStruct('netif_rx_response', 'A frame of status bytes at offset in rx request id\'s page (status < 0: NETIF_RSP_*).', {
  id: T.uint16_t,
  offset: T.uint16_t,
  flags: T.uint16_t,
  status: T.int16_t,
});

/** The tx ring page (Xen's DEFINE_RING_TYPES(netif_tx, ...)); `ring` really has HVSIM_NETIF_TX_RING_SIZE entries. */
export const NETIF_TX_SRING = defineStruct('netif_tx_sring', 'The netif tx shared ring page: indexes, then request/response entries.', {
  ...SRING_HEADER,
  ring: array(union({ req: NETIF_TX_REQUEST, rsp: NETIF_TX_RESPONSE }), 1),
});

/** The rx ring page (Xen's DEFINE_RING_TYPES(netif_rx, ...)). */
export const NETIF_RX_SRING = defineStruct('netif_rx_sring', 'The netif rx shared ring page: indexes, then request/response entries.', {
  ...SRING_HEADER,
  ring: array(union({ req: NETIF_RX_REQUEST, rsp: NETIF_RX_RESPONSE }), 1),
});

/** Where the entries start in either ring page (after the shared header). */
export const HVSIM_NETIF_RING_OFFSET = NETIF_TX_SRING.f.ring.offset;
/** Bytes per tx entry (a request, the larger of the two). */
export const HVSIM_NETIF_TX_RING_ENTRY_BYTES = NETIF_TX_REQUEST.size;
/** Bytes per rx entry (request and response are both 8). */
export const HVSIM_NETIF_RX_RING_ENTRY_BYTES = NETIF_RX_RESPONSE.size;
/** Entries in one tx ring page: 256 (Xen's NET_TX_RING_SIZE for 4 KiB pages). */
export const HVSIM_NETIF_TX_RING_SIZE = ringEntries(HVSIM_NETIF_RING_OFFSET, HVSIM_NETIF_TX_RING_ENTRY_BYTES, HVSIM_RING_PAGE_BYTES);
/** Entries in one rx ring page: 256 (NET_RX_RING_SIZE). */
export const HVSIM_NETIF_RX_RING_SIZE = ringEntries(NETIF_RX_SRING.f.ring.offset, HVSIM_NETIF_RX_RING_ENTRY_BYTES, HVSIM_RING_PAGE_BYTES);
