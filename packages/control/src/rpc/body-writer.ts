/**
 * The writer a frame's message is encoded into (frame-encoder.ts): protobufjs's, except that a
 * bytes field of DEFERRED_BYTES or more at the message's top level is not copied into it. The
 * writer keeps the field's length and where its bytes belong, and copyInto() takes them
 * straight from the caller's buffer into the frame — a disk's 512 KiB in a GrantCopy are then
 * copied once on their way into the frame, not twice. Inside a nested message a field is
 * copied as usual: protobufjs works out that message's length from the writer's position.
 * The bytes are those the plain writer gives; the caller's buffers must stay as they are
 * until copyInto().
 */
import { BufferWriter } from 'protobufjs/minimal';

/** Bytes fields at least this long, at the message's top level, go straight into the frame. */
export const DEFERRED_BYTES = 4096;
/** Up to this many bytes are copied one by one: cheaper than the view a bulk copy needs. */
const SMALL_COPY = 128;

/** A top-level bytes field left out: its bytes belong at `at` of the writer's. */
interface Deferred {
  at: number;
  value: Uint8Array;
}

export class BodyWriter extends BufferWriter {
  private readonly deferred: Deferred[] = [];
  /** Bytes of the deferred fields. */
  private deferredBytes = 0;

  /** The encoded message's length, deferred fields included. */
  get length(): number {
    return this.pos + this.deferredBytes;
  }

  /** Empty again, for another message; what an encode that threw left open is dropped. */
  restart(): this {
    this.pos = 0;
    this.states = null;
    this.deferred.length = 0;
    this.deferredBytes = 0;
    return this;
  }

  /** Generated encoders call this for every bytes field. */
  override bytes(value: Uint8Array | string): this {
    if (typeof value === 'string' || value.length < DEFERRED_BYTES || (this.states !== null && this.states.length > 0)) {
      super.bytes(value);
      return this;
    }
    this.uint32(value.length);
    this.deferred.push({ at: this.pos, value });
    this.deferredBytes += value.length;
    return this;
  }

  /** The message into `frame` at `at`, deferred fields in their places; returns where it ends. */
  copyInto(frame: Uint8Array, at: number): number {
    let done = 0;
    for (const d of this.deferred) {
      at = copyBytes(frame, at, this.buf, done, d.at);
      frame.set(d.value, at);
      at += d.value.length;
      done = d.at;
    }
    return copyBytes(frame, at, this.buf, done, this.pos);
  }
}

/** from[start, end) into `frame` at `at`; returns where it ends. */
export function copyBytes(frame: Uint8Array, at: number, from: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n <= SMALL_COPY) for (let i = 0; i < n; i++) frame[at + i] = from[start + i];
  else frame.set(from.subarray(start, end), at);
  return at + n;
}
