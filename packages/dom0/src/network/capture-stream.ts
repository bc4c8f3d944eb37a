/**
 * ManagementService.NetCapture (`hvsim net-capture`): a tap on one bridge streamed to the client,
 * as tcpdump on a Linux bridge. The stream ends after `count` frames, after `duration_ns` of
 * virtual time, or when the client cancels; the tap goes with it.
 */
import type { ServerStreamCall, pb } from '@hvsim/control';
import type { VirtualClock } from '../platform';
import { ToolstackError } from '../toolstack/toolstack-error';
import type { Bridges } from './bridge-directory';

export async function streamCapture(
  bridges: Bridges,
  clock: VirtualClock,
  req: pb.NetCaptureRequest,
  call: ServerStreamCall<pb.NetCaptureResponse.$Properties>,
): Promise<void> {
  const bridge = bridges.get(req.bridge);
  if (bridge === undefined) throw new ToolstackError('ENOENT', `no such bridge ${JSON.stringify(req.bridge)} (bridges: ${bridges.names().join(', ')})`);
  await new Promise<void>((resolve) => {
    let left = req.count > 0 ? req.count : Infinity;
    const snaplen = req.snaplen > 0 ? req.snaplen : Infinity;
    call.send({ attached: true });
    const untap = bridge.capture((frame, timeNs) => {
      if (left <= 0) return;
      // A copy: the frame is the sender's buffer, valid only during this call.
      call.send({ timeNs, frame: frame.slice(0, Math.min(frame.length, snaplen)), origLen: frame.length });
      if (--left === 0) end();
    });
    const cancelTimer = req.durationNs > 0 ? clock.setTimer(req.durationNs, () => end()) : () => undefined;
    const end = (): void => {
      untap();
      cancelTimer();
      resolve();
    };
    call.signal.addEventListener('abort', end, { once: true });
  });
}
