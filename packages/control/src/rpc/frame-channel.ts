/** Frames (the Frame envelope) over a Connection: the part client and server share. */
import { FrameDecoder, FramingError } from '../framing';
import type { MessageCodec } from '../method';
import { pb } from '../frame-schema';
import { StatusCode } from '../status';
import type { Connection } from '../transport/connection';
import { Deadline } from '../transport/connection-limits';
import { decodeIn } from './decode';
import { FrameEncoder } from './frame-encoder';

/** One encoder for every channel: frames are views of its slabs, which nothing rewrites. */
const encoder = new FrameEncoder();

export interface FrameChannelHandlers {
  frame(frame: pb.Frame): void;
  /** The connection closed; `status` says why when it was not an orderly close. */
  close(status: pb.Status.$Properties | null): void;
}

export class FrameChannel {
  private readonly decoder: FrameDecoder;
  private closed = false;
  private closeStatus: pb.Status.$Properties | null = null;
  /** Runs while part of a frame is buffered (see ConnectionLimits.frameTimeoutMs). */
  private readonly partialFrame: Deadline | null;

  /** `frameTimeoutMs`: how long a frame may take to arrive once begun (default: no limit). */
  constructor(
    private readonly connection: Connection,
    readonly maxFrameBytes: number,
    private readonly handlers: FrameChannelHandlers,
    frameTimeoutMs = Infinity,
  ) {
    this.decoder = new FrameDecoder(maxFrameBytes);
    this.partialFrame = Number.isFinite(frameTimeoutMs)
      ? new Deadline(frameTimeoutMs, () => this.goAway(StatusCode.STATUS_CODE_ETIMEDOUT, `a frame was begun and not completed within ${frameTimeoutMs} ms`))
      : null;
    connection.start({ data: (chunk, owned) => this.receive(chunk, owned === true), close: () => this.onClose() });
  }

  get peer(): string {
    return this.connection.peer;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Encode and send. Throws FramingError (EMSGSIZE) if the frame is over the limit. */
  send(frame: pb.Frame.$Properties): void {
    if (this.closed) return;
    // Nobody writes the encoder's slabs again: the transport may keep the frame as it is.
    this.connection.send(encoder.frame(frame, this.maxFrameBytes), true);
  }

  /**
   * Send a call's frame, `message` (when there is a codec) encoded in place as its payload.
   * Throws FramingError (EMSGSIZE) if the frame is over the limit, and whatever encoding
   * the message throws; nothing is sent then.
   */
  sendCall<T>(kind: pb.FrameKind, requestId: number, method: string, codec: MessageCodec<T, unknown> | null, message: T,
    status: pb.Status.$Properties | null): void {
    if (this.closed) return;
    this.connection.send(encoder.call(kind, requestId, method, codec, message, status, this.maxFrameBytes), true);
  }

  /** Tell the peer why, then close. */
  goAway(code: StatusCode, message: string): void {
    if (this.closed) return;
    this.send({ kind: pb.FrameKind.FRAME_KIND_GOAWAY, status: { code, message } });
    this.close({ code, message });
  }

  close(status: pb.Status.$Properties | null = null): void {
    if (this.closed) return;
    this.closed = true;
    this.partialFrame?.disarm();
    this.closeStatus = status;
    this.connection.close();
    this.handlers.close(status);
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.partialFrame?.disarm();
    this.handlers.close(this.closeStatus);
  }

  private receive(chunk: Uint8Array, owned: boolean): void {
    if (this.closed) return;
    try {
      this.decoder.feed(chunk, owned, this.onBody);
    } catch (err) {
      if (!(err instanceof FramingError)) throw err;
      this.goAway(err.code, err.message);
      return;
    }
    if (this.partialFrame === null || this.closed) return;
    if (this.decoder.idle) this.partialFrame.disarm();
    else this.partialFrame.arm();
  }

  private readonly onBody = (bytes: Uint8Array, start: number, end: number): void => {
    if (this.closed) return;
    let frame: pb.Frame;
    try {
      frame = decodeIn(pb.Frame, bytes, start, end);
    } catch (err) {
      this.goAway(StatusCode.STATUS_CODE_EBADMSG, `undecodable frame: ${(err as Error).message}`);
      return;
    }
    this.handlers.frame(frame);
  };
}
