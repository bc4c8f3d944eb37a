/** Frames (the Frame envelope) over a Connection: the part client and server share. */
import { FrameDecoder, FramingError, encodeFrame } from '../framing';
import { pb } from '../schema';
import { StatusCode } from '../status';
import type { Connection } from '../transport/connection';

export interface FrameChannelHandlers {
  frame(frame: pb.Frame): void;
  /** The connection closed; `status` says why when it was not an orderly close. */
  close(status: pb.Status.$Properties | null): void;
}

export class FrameChannel {
  private readonly decoder: FrameDecoder;
  private closed = false;
  private closeStatus: pb.Status.$Properties | null = null;

  constructor(
    private readonly connection: Connection,
    readonly maxFrameBytes: number,
    private readonly handlers: FrameChannelHandlers,
  ) {
    this.decoder = new FrameDecoder(maxFrameBytes);
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
    // A view of the writer's buffer (finish(true)): encodeFrame's copy is the only one.
    const body = pb.Frame.encode(frame).finish(true);
    if (body.length > this.maxFrameBytes) {
      throw new FramingError(StatusCode.STATUS_CODE_EMSGSIZE,
        `frame of ${body.length} bytes exceeds the limit of ${this.maxFrameBytes}`);
    }
    // encodeFrame's buffer is fresh and nobody else holds it: the transport need not copy it.
    this.connection.send(encodeFrame(body), true);
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
    this.closeStatus = status;
    this.connection.close();
    this.handlers.close(status);
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.handlers.close(this.closeStatus);
  }

  private receive(chunk: Uint8Array, owned: boolean): void {
    if (this.closed) return;
    let bodies: Uint8Array[];
    try {
      bodies = this.decoder.push(chunk, owned);
    } catch (err) {
      if (!(err instanceof FramingError)) throw err;
      this.goAway(err.code, err.message);
      return;
    }
    for (const body of bodies) {
      if (this.closed) return;
      let frame: pb.Frame;
      try {
        frame = pb.Frame.decode(body);
      } catch (err) {
        this.goAway(StatusCode.STATUS_CODE_EBADMSG, `undecodable frame: ${(err as Error).message}`);
        return;
      }
      this.handlers.frame(frame);
    }
  }
}

