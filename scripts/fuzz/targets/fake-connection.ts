/** A Connection whose ends the fuzzer holds: what it feeds reaches the server synchronously,
 *  so an exception the server lets out surfaces in the target's check. */
import { FrameDecoder, pb, type Connection, type ConnectionHandlers } from '@hvsim/control';
import { fail } from '../target';

export class FakeConnection implements Connection {
  readonly peer = 'fuzz';
  closed = false;
  private handlers: ConnectionHandlers | null = null;
  private readonly out = new FrameDecoder(64 * 1024 * 1024);
  /** Frames the server sent, decoded. */
  readonly sent: pb.Frame[] = [];

  start(handlers: ConnectionHandlers): void {
    this.handlers = handlers;
  }

  send(bytes: Uint8Array): void {
    if (this.closed) fail('the server sent on a connection it had closed');
    for (const body of this.out.push(bytes)) this.sent.push(pb.Frame.decode(body));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.handlers?.close();
  }

  feed(chunk: Uint8Array): void {
    if (!this.closed) this.handlers?.data(chunk, false);
  }
}
