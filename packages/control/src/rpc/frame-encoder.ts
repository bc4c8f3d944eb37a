/**
 * Encodes frames — length prefix, Frame envelope and the call's message — in one pass
 * into slabs of memory that are written once and never reused.
 *
 * A frame is a view of a slab, so sending it allocates no buffer of its own: the message
 * is encoded straight into the envelope's payload field, the envelope straight after its
 * length prefix. Nothing ever writes a slab's bytes again once a frame holds them, so a
 * frame may sit in a socket's write queue, or be kept by an in-process receiver, for as
 * long as anyone likes; the slab goes when the last frame in it does.
 */
import { Writer } from 'protobufjs/minimal';
import { FramingError } from '../framing';
import type { MessageCodec } from '../method';
import { pb } from '../frame-schema';
import { StatusCode } from '../status';

/**
 * The Frame fields a call's frames carry, as frame.proto numbers them:
 * (field number << 3) | wire type (0 varint, 2 length-delimited).
 */
const TAG_REQUEST_ID = (1 << 3) | 0;
const TAG_KIND = (2 << 3) | 0;
const TAG_METHOD = (3 << 3) | 2;
const TAG_PAYLOAD = (4 << 3) | 2;
const TAG_STATUS = (5 << 3) | 2;

/** Large enough that a slab holds hundreds of typical frames; small enough that a frame
 *  kept by a receiver does not pin much. */
const SLAB_BYTES = 64 * 1024;
/** A frame starts in a fresh slab when less than this is left (so few frames outgrow a slab). */
const MIN_ROOM = 4 * 1024;

export class FrameEncoder {
  /** protobufjs's node writer (utf8Write for strings); its `buf` is the current slab. */
  private readonly writer = Writer.create();
  /** The current slab, as the writer's Buffer and as a plain Uint8Array: frames are the
   *  latter's subarrays (cheaper to make than Buffer views, and what decoders read fastest). */
  private slabBuffer: Uint8Array | null = null;
  private slab: Uint8Array = new Uint8Array(0);

  /** Any frame, as pb.Frame.encode writes it (handshake, GOAWAY, CANCEL...). */
  frame(frame: pb.Frame.$Properties, maxFrameBytes: number): Uint8Array {
    const start = this.begin();
    try {
      pb.Frame.encode(frame, this.writer);
    } catch (err) {
      this.discard(start);
      throw err;
    }
    return this.end(start, maxFrameBytes);
  }

  /**
   * A frame of a call (REQUEST, MESSAGE, END) with `message` encoded in place as its payload:
   * the bytes pb.Frame.encode gives for { requestId, kind, method, payload, status } — zero
   * and empty fields left out, as proto3 does — without building the envelope or the payload.
   * Whatever `codec` throws goes through, and no frame is made.
   */
  call<T>(kind: pb.FrameKind, requestId: number, method: string, codec: MessageCodec<T, unknown> | null, message: T,
    status: pb.Status.$Properties | null, maxFrameBytes: number): Uint8Array {
    const w = this.writer;
    const start = this.begin();
    try {
      if (requestId !== 0) w.uint32(TAG_REQUEST_ID).uint64(requestId);
      if (kind !== 0) w.uint32(TAG_KIND).int32(kind);
      if (method !== '') w.uint32(TAG_METHOD).string(method);
      if (codec !== null) this.payload(codec, message);
      if (status !== null) pb.Status.encode(status, w.uint32(TAG_STATUS).fork()).ldelim();
    } catch (err) {
      this.discard(start);
      throw err;
    }
    return this.end(start, maxFrameBytes);
  }

  /** Room for the frame and its length prefix; returns where the frame starts. */
  private begin(): number {
    const w = this.writer;
    if (w.buf !== this.slabBuffer || this.slab.length - w.pos < MIN_ROOM) this.newSlab();
    const start = w.pos;
    w.fork();
    return start;
  }

  /** Checks the size and writes the length prefix. */
  private end(start: number, maxFrameBytes: number): Uint8Array {
    const w = this.writer;
    const bodyBytes = w.pos - start - 1;
    if (bodyBytes > maxFrameBytes) {
      this.discard(start);
      throw new FramingError(StatusCode.STATUS_CODE_EMSGSIZE, `frame of ${bodyBytes} bytes exceeds the limit of ${maxFrameBytes}`);
    }
    w.ldelim();
    // A frame that outgrew the slab is in a buffer of its own (the writer's bigger one).
    return w.buf === this.slabBuffer
      ? this.slab.subarray(start, w.pos)
      : new Uint8Array(w.buf.buffer, w.buf.byteOffset + start, w.pos - start);
  }

  private payload<T>(codec: MessageCodec<T, unknown>, message: T): void {
    const w = this.writer;
    const tagAt = w.pos;
    w.uint32(TAG_PAYLOAD).fork();
    const messageAt = w.pos;
    codec.encode(message, w);
    if (w.pos === messageAt) {
      // An empty message: proto3 leaves the empty bytes field out.
      w.reset();
      w.pos = tagAt;
    } else {
      w.ldelim();
    }
  }

  /** Start a fresh slab: the last frame outgrew the current one, or too little is left of it. */
  private newSlab(): void {
    const w = this.writer;
    const buffer = Buffer.allocUnsafeSlow(SLAB_BYTES);
    w.buf = buffer;
    w.view = null;
    w.pos = 0;
    this.slabBuffer = buffer;
    this.slab = new Uint8Array(buffer.buffer, buffer.byteOffset, SLAB_BYTES);
  }

  /** Forget a frame that will not be sent: its bytes were never handed out. */
  private discard(start: number): void {
    this.writer.pos = start;
    this.writer.states = null; // forks an encode that threw left open
  }
}
