/**
 * Length-delimited framing: each frame is its byte length as a protobuf varint,
 * then that many bytes (protobuf's own delimited format).
 */
import { LARGE_FRAME_BYTES, type LargeFramePool, largeFrames } from './rpc/large-frames';
import { StatusCode } from './status';

export const DEFAULT_MAX_FRAME_BYTES = 4 * 1024 * 1024;

/** A byte stream that is not a valid sequence of frames. `code` is EMSGSIZE or EBADMSG. */
export class FramingError extends Error {
  constructor(readonly code: StatusCode, message: string) {
    super(message);
    this.name = 'FramingError';
  }
}

/** Varint length prefix followed by the body, in one buffer (one write per frame). */
export function encodeFrame(body: Uint8Array): Uint8Array {
  let prefixLength = 1;
  for (let n = body.length; n >= 0x80; n = Math.floor(n / 128)) prefixLength++;
  const out = new Uint8Array(prefixLength + body.length);
  let n = body.length;
  let i = 0;
  while (n >= 0x80) {
    out[i++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[i++] = n;
  out.set(body, i);
  return out;
}

/** Receives a frame body: `bytes` from `start` up to `end`. */
export type FrameSink = (bytes: Uint8Array, start: number, end: number) => void;

/** Longest varint of a length we would accept: 2^35 > any limit we allow. */
const MAX_PREFIX_BYTES = 5;

/**
 * Splits a byte stream into frame bodies, whatever the chunk boundaries.
 * After it throws, the stream is unusable (the connection must close).
 *
 * A body it copies out of the stream's chunks goes into memory of its own: a large one
 * (LARGE_FRAME_BYTES or more) from `largeFrames`, so the frame's reader may give it back and
 * the next large frame is written into warm memory (a migration's 2 MiB chunks arrive in a
 * socket's 64 KiB pieces, and were assembled in fresh memory, faulted in a page at a time).
 * Once handed over, a body is never touched again by the decoder.
 */
export class FrameDecoder {
  private length = 0;          // varint value so far, or the body length once known
  private prefixBytes = 0;     // varint bytes consumed of the current prefix
  private body: Uint8Array | null = null;
  private filled = 0;
  private failed = false;

  constructor(readonly maxFrameBytes = DEFAULT_MAX_FRAME_BYTES, private readonly large: LargeFramePool = largeFrames) {
    if (!Number.isInteger(maxFrameBytes) || maxFrameBytes < 1 || maxFrameBytes > 0x7fffffff) {
      throw new RangeError(`maxFrameBytes must be an integer in 1..2^31-1, got ${maxFrameBytes}`);
    }
  }

  /**
   * Feed a chunk; returns the frame bodies it completes, in order. A body is a copy, so it
   * does not change when the caller reuses `chunk` — unless `chunkOwned` says nobody will
   * (a chunk handed over by an in-process peer): then a body wholly inside it is a view.
   */
  push(chunk: Uint8Array, chunkOwned = false): Uint8Array[] {
    const frames: Uint8Array[] = [];
    this.feed(chunk, chunkOwned, (bytes, start, end) => frames.push(start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end)));
    return frames;
  }

  /**
   * As push(), but hands each body to `onFrame` as soon as it is complete, as `bytes`
   * [start, end) — in place in `chunk` when that is owned, so no array or view is made per
   * frame. When the stream turns out malformed, the frames before the fault have been
   * handed over already.
   */
  feed(chunk: Uint8Array, chunkOwned: boolean, onFrame: FrameSink): void {
    if (this.failed) throw new FramingError(StatusCode.STATUS_CODE_EBADMSG, 'frame stream already failed');
    let pos = 0;
    while (pos < chunk.length) {
      if (this.body === null) {
        pos = this.readPrefix(chunk, pos, onFrame, chunkOwned);
      } else {
        const take = Math.min(this.body.length - this.filled, chunk.length - pos);
        this.body.set(chunk.subarray(pos, pos + take), this.filled);
        this.filled += take;
        pos += take;
        if (this.filled === this.body.length) {
          const body = this.body;
          this.body = null;
          onFrame(body, 0, body.length);
        }
      }
    }
  }

  /** True when no partial frame is buffered. */
  get idle(): boolean {
    return this.body === null && this.prefixBytes === 0;
  }

  private readPrefix(chunk: Uint8Array, pos: number, onFrame: FrameSink, chunkOwned: boolean): number {
    while (pos < chunk.length) {
      const byte = chunk[pos++];
      this.length += (byte & 0x7f) * 2 ** (7 * this.prefixBytes);
      this.prefixBytes++;
      if (this.length > this.maxFrameBytes) {
        this.failed = true;
        throw new FramingError(StatusCode.STATUS_CODE_EMSGSIZE,
          `frame of ${this.length}${byte & 0x80 ? '+' : ''} bytes exceeds the limit of ${this.maxFrameBytes}`);
      }
      if ((byte & 0x80) === 0) {
        const length = this.length;
        this.length = 0;
        this.prefixBytes = 0;
        if (length === 0) {
          onFrame(chunk, pos, pos);
        } else if (chunk.length - pos >= length) {
          // The whole body is in this chunk: copy it out (so it does not pin the chunk, and
          // the caller may reuse it) unless the chunk is ours to keep.
          const start = pos;
          pos += length;
          if (chunkOwned) onFrame(chunk, start, pos);
          else {
            const body = this.room(length);
            body.set(chunk.subarray(start, pos));
            onFrame(body, 0, length);
          }
        } else {
          this.body = this.room(length);
          this.filled = 0;
        }
        return pos;
      }
      if (this.prefixBytes === MAX_PREFIX_BYTES) {
        this.failed = true;
        throw new FramingError(StatusCode.STATUS_CODE_EBADMSG, 'malformed frame length prefix');
      }
    }
    return pos;
  }

  /** Memory for a body of `length` bytes that nothing else uses (a large one from the pool). */
  private room(length: number): Uint8Array {
    return length >= LARGE_FRAME_BYTES ? this.large.take(length) : new Uint8Array(length);
  }
}
