/**
 * The virtual block device protocol (public/io/blkif.h): request operations, the request and
 * response layouts of 32-bit Arm guests, status codes and the ring that carries them.
 */
import { array, defineStruct, T, union } from './layout';
import { HVSIM_RING_PAGE_BYTES, ringEntries, SRING_HEADER } from './ring';

export const BLKIF_OP_READ = 0;
export const BLKIF_OP_WRITE = 1;
export const BLKIF_OP_WRITE_BARRIER = 2;
/** Make every completed write durable (the backend's fsync). */
export const BLKIF_OP_FLUSH_DISKCACHE = 3;
export const BLKIF_OP_RESERVED_1 = 4;
/** The sectors' contents are no longer needed (a hole may be punched). */
export const BLKIF_OP_DISCARD = 5;
/** Segments listed in granted pages rather than in the request. */
export const BLKIF_OP_INDIRECT = 6;

/** Segments a request carries inline: the most that keeps 32 requests in one ring page. */
export const BLKIF_MAX_SEGMENTS_PER_REQUEST = 11;
export const BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST = 8;
/** blkif_request_discard.flag: erase securely (only if the backend offers discard-secure). */
export const BLKIF_DISCARD_SECURE = 1 << 0;

export const BLKIF_RSP_EOPNOTSUPP = -2;
export const BLKIF_RSP_ERROR = -1;
export const BLKIF_RSP_OKAY = 0;

// The `info` key's bits.
export const VDISK_CDROM = 0x1;
export const VDISK_REMOVABLE = 0x2;
export const VDISK_READONLY = 0x4;

/** Sector-based quantities count 512-byte sectors unless feature-large-sector-size is agreed. */
export const HVSIM_BLKIF_SECTOR_BYTES = 512;
/** Sectors in one granted 4 KiB page: first_sect/last_sect lie in 0..7. */
export const HVSIM_BLKIF_SECTORS_PER_PAGE = 8;

export const BLKIF_REQUEST_SEGMENT = defineStruct('blkif_request_segment', 'One granted page of an I/O request: sectors first_sect..last_sect of it.', {
  gref: T.grant_ref_t,
  first_sect: T.uint8_t,
  last_sect: T.uint8_t,
});

export const BLKIF_REQUEST = defineStruct('blkif_request', 'A read or write of nr_segments granted pages at sector_number; id is echoed in the response.', {
  operation: T.uint8_t,
  nr_segments: T.uint8_t,
  handle: T.blkif_vdev_t,
  id: T.uint64_t,
  sector_number: T.blkif_sector_t,
  seg: array(BLKIF_REQUEST_SEGMENT, BLKIF_MAX_SEGMENTS_PER_REQUEST),
});

export const BLKIF_REQUEST_DISCARD = defineStruct('blkif_request_discard', 'BLKIF_OP_DISCARD: nr_sectors from sector_number are no longer needed.', {
  operation: T.uint8_t,
  flag: T.uint8_t,
  handle: T.blkif_vdev_t,
  id: T.uint64_t,
  sector_number: T.blkif_sector_t,
  nr_sectors: T.uint64_t,
});

export const BLKIF_REQUEST_INDIRECT = defineStruct('blkif_request_indirect', 'BLKIF_OP_INDIRECT: segments listed in granted pages.', {
  operation: T.uint8_t,
  indirect_op: T.uint8_t,
  nr_segments: T.uint16_t,
  id: T.uint64_t,
  sector_number: T.blkif_sector_t,
  handle: T.blkif_vdev_t,
  indirect_grefs: array(T.grant_ref_t, BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST),
});

export const BLKIF_RESPONSE = defineStruct('blkif_response', 'The completion of request id: BLKIF_RSP_*.', {
  id: T.uint64_t,
  operation: T.uint8_t,
  status: T.int16_t,
});

/** The ring page (Xen's DEFINE_RING_TYPES(blkif, ...)); `ring` really has HVSIM_BLKIF_RING_SIZE entries. */
export const BLKIF_SRING = defineStruct('blkif_sring', 'The blkif shared ring page: indexes, then request/response entries.', {
  ...SRING_HEADER,
  ring: array(union({ req: BLKIF_REQUEST, rsp: BLKIF_RESPONSE }), 1),
});

/** Where the entries start in the ring page. */
export const HVSIM_BLKIF_RING_OFFSET = BLKIF_SRING.f.ring.offset;
/** Bytes per entry (a request, the larger of the two). */
export const HVSIM_BLKIF_RING_ENTRY_BYTES = BLKIF_REQUEST.size;
/** Entries in one ring page: 32. */
export const HVSIM_BLKIF_RING_SIZE = ringEntries(HVSIM_BLKIF_RING_OFFSET, HVSIM_BLKIF_RING_ENTRY_BYTES, HVSIM_RING_PAGE_BYTES);
