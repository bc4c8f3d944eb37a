import { DomctlService, FrameDecoder, pb } from '@hvsim/control';
import { decodeIn } from '../src/rpc/decode';
import { FrameEncoder } from '../src/rpc/frame-encoder';
import { LARGE_FRAME_BYTES, LargeFramePool } from '../src/rpc/large-frames';

const LIMIT = 4 * 1024 * 1024;
const Kind = pb.FrameKind;
const copy = DomctlService.GrantCopy;

/** The GrantCopy request a frame carries, decoded as a server given the frame in-process
 *  decodes it: its fields are views of the frame. */
function decodeRequest(bytes: Uint8Array): pb.DomctlServiceGrantCopyRequest {
  let frame: pb.Frame | null = null;
  new FrameDecoder(LIMIT).feed(bytes, true, (body, start, end) => (frame = decodeIn(pb.Frame, body, start, end)));
  return copy.request.decode((frame as unknown as pb.Frame).payload) as pb.DomctlServiceGrantCopyRequest;
}

describe('LargeFramePool', () => {
  it('hands memory given back to the next frame of its size (in 16 KiB), and only then', () => {
    const pool = new LargeFramePool();
    const a = pool.take(100_000);
    expect(a.length).toBe(100_000);
    const b = pool.take(100_000);
    expect(b.buffer).not.toBe(a.buffer); // a is not given back: never handed out twice
    pool.release(a.subarray(10, 20)); // any view of the frame gives back the frame
    expect(pool.take(60_000).buffer).not.toBe(a.buffer); // another size
    expect(pool.take(99_000).buffer).toBe(a.buffer); // 99,000 and 100,000 are both 7 x 16 KiB
    expect(pool.take(100_000).buffer).not.toBe(a.buffer);
  });

  it('ignores memory it did not hand out, and a second give-back', () => {
    const pool = new LargeFramePool();
    pool.release(new Uint8Array(1 << 17));
    const a = pool.take(1 << 17);
    pool.release(a);
    pool.release(a);
    const first = pool.take(1 << 17);
    const second = pool.take(1 << 17);
    expect(first.buffer).toBe(a.buffer);
    expect(second.buffer).not.toBe(a.buffer);
  });

  it('keeps at most 32 MiB free', () => {
    const pool = new LargeFramePool();
    const frames = Array.from({ length: 20 }, () => pool.take(2 << 20));
    frames.forEach((f) => pool.release(f));
    const again = Array.from({ length: 20 }, () => pool.take(2 << 20));
    expect(again.filter((f) => frames.some((g) => g.buffer === f.buffer))).toHaveLength(16);
  });
});

describe('FrameEncoder with given-back frames', () => {
  it('reuses a large frame once its reader gave it back, and a reader that did not keeps its bytes', () => {
    const pool = new LargeFramePool();
    const encoder = new FrameEncoder(pool);
    const send = (fill: number): Uint8Array => encoder.call(Kind.FRAME_KIND_REQUEST, fill, copy.path, copy.request,
      { ops: new Uint8Array(20), data: new Uint8Array(LARGE_FRAME_BYTES * 8).fill(fill), notify: [fill] }, null, LIMIT);
    const first = decodeRequest(send(1));
    const kept = decodeRequest(send(2));
    pool.release(first.data);
    const reused = send(3);
    expect(reused.buffer).toBe(first.data.buffer);
    const third = decodeRequest(reused);
    expect(third.notify).toEqual([3]);
    expect(third.data.every((b) => b === 3)).toBe(true);
    expect(kept.data.every((b) => b === 2)).toBe(true);
  });

  it('puts small frames in shared slabs, never in the pool', () => {
    const pool = new LargeFramePool();
    const encoder = new FrameEncoder(pool);
    const small = encoder.call(Kind.FRAME_KIND_REQUEST, 1, copy.path, copy.request, { ops: new Uint8Array(20), data: new Uint8Array(100) }, null, LIMIT);
    pool.release(small);
    const big = encoder.call(Kind.FRAME_KIND_REQUEST, 2, copy.path, copy.request, { data: new Uint8Array(LARGE_FRAME_BYTES) }, null, LIMIT);
    expect(big.buffer).not.toBe(small.buffer);
    expect(small.buffer.byteLength).toBe(64 * 1024);
  });
});
