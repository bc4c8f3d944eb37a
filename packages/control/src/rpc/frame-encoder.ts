/**
 * Encodes frames — length prefix, Frame envelope and the call's message — so that each byte
 * of a message is copied once into the frame, which is written once and then only read.
 *
 * The message is encoded first, into a writer kept from call to call (its memory stays warm
 * and the size of the largest message so far); its length then fixes the envelope's, and the
 * frame is laid down in one go: prefix, the envelope's fields, the message's bytes, the
 * status. A large bytes field of the message itself (a disk's data in a GrantCopy, say) goes
 * from the caller's buffer straight into the frame (body-writer.ts). Encoding straight into
 * the frame instead would leave each length unknown until its field ends, and protobufjs then
 * moves everything written after a one-byte guess to make room for the real length: a 512 KiB
 * block-device payload was moved twice, after the writer had doubled its way up to it through
 * fresh buffers.
 *
 * Small frames share slabs of memory; a large one has memory of its own, from a pool its
 * reader may give it back to (large-frames.ts). Until then nothing writes a frame's bytes again
 * once it is handed out, so a frame may sit in a socket's write queue, or be kept by an
 * in-process receiver, for as long as anyone likes; a slab goes when the last frame in it does.
 */
import { Writer } from 'protobufjs/minimal';
import { FramingError } from '../framing';
import type { MessageCodec } from '../method';
import { pb } from '../frame-schema';
import { StatusCode } from '../status';
import { BodyWriter, copyBytes } from './body-writer';
import { LARGE_FRAME_BYTES, type LargeFramePool, largeFrames } from './large-frames';

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

export class FrameEncoder {
  /** The call's message (or a whole Frame), before the frame is laid down. */
  private readonly body = new BodyWriter();
  /** The envelope's fields before the payload, and the status after it. */
  private readonly head = Writer.create();
  private readonly tail = Writer.create();
  /** The current slab, and how much of it frames hold. */
  private slab: Uint8Array = new Uint8Array(0);
  private slabUsed = 0;

  constructor(private readonly large: LargeFramePool = largeFrames) {}

  /** Any frame, as pb.Frame.encode writes it (handshake, GOAWAY, CANCEL...). */
  frame(frame: pb.Frame.$Properties, maxFrameBytes: number): Uint8Array {
    pb.Frame.encode(frame, this.body.restart());
    return this.layDown(restart(this.head), restart(this.tail), maxFrameBytes);
  }

  /**
   * A frame of a call (REQUEST, MESSAGE, END) with `message` as its payload: the bytes
   * pb.Frame.encode gives for { requestId, kind, method, payload, status } — zero and empty
   * fields left out, as proto3 does — without building the envelope or the payload.
   * Whatever `codec` throws goes through, and no frame is made.
   */
  call<T>(kind: pb.FrameKind, requestId: number, method: string, codec: MessageCodec<T, unknown> | null, message: T,
    status: pb.Status.$Properties | null, maxFrameBytes: number): Uint8Array {
    const body = this.body.restart();
    if (codec !== null) codec.encode(message, body);
    const bodyBytes = body.length;
    const head = restart(this.head);
    if (requestId !== 0) head.uint32(TAG_REQUEST_ID).uint64(requestId);
    if (kind !== 0) head.uint32(TAG_KIND).int32(kind);
    if (method !== '') head.uint32(TAG_METHOD).string(method);
    // An empty message: proto3 leaves the empty bytes field out.
    if (bodyBytes !== 0) head.uint32(TAG_PAYLOAD).uint32(bodyBytes);
    const tail = restart(this.tail);
    if (status !== null) pb.Status.encode(status, tail.uint32(TAG_STATUS).fork()).ldelim();
    return this.layDown(head, tail, maxFrameBytes);
  }

  /** Checks the size, then writes the length prefix and the three parts into memory no frame uses. */
  private layDown(head: Writer, tail: Writer, maxFrameBytes: number): Uint8Array {
    const bodyBytes = head.pos + this.body.length + tail.pos;
    if (bodyBytes > maxFrameBytes) {
      throw new FramingError(StatusCode.STATUS_CODE_EMSGSIZE, `frame of ${bodyBytes} bytes exceeds the limit of ${maxFrameBytes}`);
    }
    const frame = this.room(varintBytes(bodyBytes) + bodyBytes);
    const at = copyWritten(head, frame, writeVarint(frame, 0, bodyBytes));
    copyWritten(tail, frame, this.body.copyInto(frame, at));
    return frame;
  }

  /** `bytes` of memory no frame has used. */
  private room(bytes: number): Uint8Array {
    if (bytes >= LARGE_FRAME_BYTES) return this.large.take(bytes);
    if (this.slab.length - this.slabUsed < bytes) {
      this.slab = uninitialised(SLAB_BYTES);
      this.slabUsed = 0;
    }
    const start = this.slabUsed;
    this.slabUsed += bytes;
    return this.slab.subarray(start, this.slabUsed);
  }
}

/** The writer emptied for another encode; what an encode that threw left open is dropped. */
function restart(writer: Writer): Writer {
  writer.pos = 0;
  writer.states = null;
  return writer;
}

/** What `writer` holds, into `frame` at `at`; returns where it ends. */
function copyWritten(writer: Writer, frame: Uint8Array, at: number): number {
  return copyBytes(frame, at, writer.buf, 0, writer.pos);
}

/** Memory that is about to be written whole: not zeroed first. A plain Uint8Array over it,
 *  since frames are cheaper to slice, and faster to decode, as those than as Buffers. */
function uninitialised(bytes: number): Uint8Array {
  const buffer = Buffer.allocUnsafeSlow(bytes);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, bytes);
}

function varintBytes(value: number): number {
  let n = 1;
  while (value > 0x7f) {
    value >>>= 7;
    n++;
  }
  return n;
}

/** A u32 as a protobuf varint at `at`; returns where it ends. */
function writeVarint(into: Uint8Array, at: number, value: number): number {
  while (value > 0x7f) {
    into[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  into[at++] = value;
  return at;
}
