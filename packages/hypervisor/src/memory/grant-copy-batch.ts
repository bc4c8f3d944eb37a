/**
 * A batch of grant copies made for a host-kernel domain's backends (DomctlService GrantCopy,
 * Xen's GNTTABOP_copy with many ops): each op moves bytes between the caller and a page
 * another domain granted it, in either direction, in the order given. The ops come packed,
 * five little-endian u32 each (flags, domid, ref, offset, length), so a backend's pass over a
 * ring of small frames crosses the control channel as a few byte strings, not a message per
 * frame.
 */
import { GNTST_bad_domain, XEN_E2BIG, XEN_EINVAL } from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import { DomainState, type Domain } from '../domain/domain';
import { HypervisorError } from '../errors';
import type { FramePool } from './frame-pool';
import { grantCopyHost } from './grant-table';

// Read once: an imported binding is a getter call on every use (CommonJS re-exports).
const PAGE = PAGE_SIZE;

/** Bytes per packed op. */
export const GRANT_COPY_OP_BYTES = 20;
/** Ops per batch (E2BIG beyond), as the per-segment calls. */
export const GRANT_COPY_MAX_OPS = 256;
/** Flags bit 0: the op copies into the granted page (Xen's GNTCOPY_dest_gref); clear: out of it. */
export const GRANT_COPY_TO_GUEST = 1;

/** What a well-formed batch moves. */
export interface GrantCopyShape {
  ops: number;
  /** Ops into guests (they change guest memory: the command log records the batch). */
  toGuestOps: number;
  toGuestBytes: number;
  fromGuestBytes: number;
}

export interface GrantCopyResult {
  /** A GNTST_* per op. */
  status: Int8Array;
  /** The bytes of the ops out of guests, in op order; a failed op's range stays zero. */
  data: Uint8Array;
}

/** Checks a packed batch against its data before anything is copied; HypervisorError if malformed. */
export function grantCopyShape(ops: Uint8Array, toData: Uint8Array): GrantCopyShape {
  if (ops.length % GRANT_COPY_OP_BYTES !== 0) throw new HypervisorError(XEN_EINVAL, `grant copy ops of ${ops.length} bytes: not whole ops of ${GRANT_COPY_OP_BYTES}`);
  const n = ops.length / GRANT_COPY_OP_BYTES;
  if (n > GRANT_COPY_MAX_OPS) throw new HypervisorError(XEN_E2BIG, `at most ${GRANT_COPY_MAX_OPS} grant copy ops per call, got ${n}`);
  const v = new DataView(ops.buffer, ops.byteOffset, ops.length);
  const shape: GrantCopyShape = { ops: n, toGuestOps: 0, toGuestBytes: 0, fromGuestBytes: 0 };
  for (let i = 0; i < n; i++) {
    const at = i * GRANT_COPY_OP_BYTES;
    const length = v.getUint32(at + 16, true);
    if (length > PAGE) throw new HypervisorError(XEN_EINVAL, `grant copy op ${i} of ${length} bytes is longer than a page`);
    if ((v.getUint32(at, true) & GRANT_COPY_TO_GUEST) !== 0) {
      shape.toGuestOps++;
      shape.toGuestBytes += length;
    } else {
      shape.fromGuestBytes += length;
    }
  }
  if (toData.length !== shape.toGuestBytes) throw new HypervisorError(XEN_EINVAL, `the ops into guests cover ${shape.toGuestBytes} bytes, data has ${toData.length}`);
  return shape;
}

/**
 * Makes a checked batch's copies. The bytes out of guests go into `into` when it is given and
 * large enough (a caller that moves megabytes reuses one buffer, rather than touch fresh
 * memory on every call), else into a new array.
 */
export function grantCopyBatch(pool: FramePool, domainOf: (domid: number) => Domain | undefined, caller: Domain, ops: Uint8Array, toData: Uint8Array, shape: GrantCopyShape, into?: Uint8Array): GrantCopyResult {
  const v = new DataView(ops.buffer, ops.byteOffset, ops.length);
  const status = new Int8Array(shape.ops);
  const reuse = into !== undefined && into.length >= shape.fromGuestBytes;
  const data = reuse ? into.subarray(0, shape.fromGuestBytes) : new Uint8Array(shape.fromGuestBytes);
  let to = 0;
  let from = 0;
  // A backend's batch is usually all one frontend's: its domain is looked up once.
  let granterId = -1;
  let granter: Domain | undefined;
  for (let i = 0; i < shape.ops; i++) {
    const at = i * GRANT_COPY_OP_BYTES;
    const toGuest = (v.getUint32(at, true) & GRANT_COPY_TO_GUEST) !== 0;
    const length = v.getUint32(at + 16, true);
    // The op's bytes are a range of toData or data, passed as one (no view per op).
    const buf = toGuest ? toData : data;
    const bufAt = toGuest ? to : from;
    if (toGuest) to += length;
    else from += length;
    const domid = v.getUint32(at + 4, true);
    if (domid !== granterId) {
      granterId = domid;
      granter = domainOf(domid);
    }
    if (granter === undefined || granter === caller || granter.state === DomainState.Dying) status[i] = GNTST_bad_domain;
    else status[i] = grantCopyHost(pool, granter, caller.domid, v.getUint32(at + 8, true), v.getUint32(at + 12, true), buf, toGuest, bufAt, length);
    if (reuse && !toGuest && status[i] !== 0) data.fill(0, bufAt, bufAt + length); // what a fresh array would hold
  }
  return { status, data };
}
