/**
 * DomctlService's EvtchnFifoState ↔ the core's FifoSnapshot. The core checks the values
 * (ranges, gfns); here only the version and the shape: an unknown version is EINVAL.
 */
import { EvtchnFifoStateError, EVTCHN_FIFO_STATE_VERSION, RpcError, StatusCode, checkEvtchnFifoVersion, type pb } from '@hvsim/control';
import type { FifoSnapshot } from '@hvsim/hypervisor';

export function fifoStateToPb(s: FifoSnapshot): pb.IEvtchnFifoState {
  return {
    version: EVTCHN_FIFO_STATE_VERSION,
    controlBlocks: s.controlBlocks,
    arrayGfns: s.arrayGfns,
    tails: s.tails,
    ports: s.ports,
  };
}

export function fifoStateFromPb(m: pb.IEvtchnFifoState | null | undefined): FifoSnapshot {
  if (m === null || m === undefined) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, 'SetEvtchnFifo needs a state');
  try {
    checkEvtchnFifoVersion(m.version);
  } catch (err) {
    if (err instanceof EvtchnFifoStateError) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, err.message);
    throw err;
  }
  return {
    controlBlocks: (m.controlBlocks ?? []).map((c) => ({ gfn: Number(c.gfn ?? 0), offset: c.offset ?? 0 })),
    arrayGfns: (m.arrayGfns ?? []).map(Number),
    tails: m.tails ?? [],
    ports: (m.ports ?? []).map((p) => ({ port: p.port ?? 0, priority: p.priority ?? 0, lastQueue: p.lastQueue ?? 0, heldPending: p.heldPending ?? false })),
  };
}
