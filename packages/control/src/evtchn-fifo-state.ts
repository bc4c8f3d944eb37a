/**
 * The FIFO event-channel state a save image or a migration stream carries: an EvtchnFifoState
 * protobuf message (domctl.proto), versioned (EVTCHN_FIFO_STATE_VERSION), serialized into the
 * image. dom0 decodes it when it reads an image, before it builds anything; the core checks
 * every field again (ranges, gfns) when SetEvtchnFifo puts it back.
 */
import { pb } from './schema';

/** The EvtchnFifoState version this hvsim writes and reads. */
export const EVTCHN_FIFO_STATE_VERSION = 1;

/** Serialized FIFO state that cannot be used; the message says why. */
export class EvtchnFifoStateError extends Error {}

/** The bytes of `state`, stamped with this hvsim's version. */
export function encodeEvtchnFifoState(state: pb.IEvtchnFifoState): Uint8Array {
  return pb.EvtchnFifoState.encode({ ...state, version: EVTCHN_FIFO_STATE_VERSION }).finish();
}

/** Decodes serialized FIFO state, refusing what is not one or is of another version. */
export function decodeEvtchnFifoState(bytes: Uint8Array): pb.EvtchnFifoState {
  let m: pb.EvtchnFifoState;
  try {
    m = pb.EvtchnFifoState.decode(bytes);
  } catch (err) {
    throw new EvtchnFifoStateError(`not an EvtchnFifoState: ${(err as Error).message}`);
  }
  checkEvtchnFifoVersion(m.version);
  return m;
}

export function checkEvtchnFifoVersion(version: number | null | undefined): void {
  if (version !== EVTCHN_FIFO_STATE_VERSION) {
    throw new EvtchnFifoStateError(`EvtchnFifoState version ${version ?? 0} is not supported (this hvsim reads version ${EVTCHN_FIFO_STATE_VERSION})`);
  }
}
