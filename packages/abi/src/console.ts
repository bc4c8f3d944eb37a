/** The PV console ring page (public/io/console.h). */
import { array, defineStruct, T } from './layout';

export const XENCONS_INTERFACE = defineStruct('xencons_interface', 'The PV console ring page: in (to the guest) and out (from it).', {
  in: array(T.char, 1024),
  out: array(T.char, 2048),
  in_cons: T.XENCONS_RING_IDX,
  in_prod: T.XENCONS_RING_IDX,
  out_cons: T.XENCONS_RING_IDX,
  out_prod: T.XENCONS_RING_IDX,
});

/** Ring index → byte offset in a ring of `ringSize` bytes (MASK_XENCONS_IDX). */
export function MASK_XENCONS_IDX(idx: number, ringSize: number): number {
  return idx & (ringSize - 1);
}
