import { DEFAULT_MAX_FRAME_BYTES, FrameDecoder, FramingError, StatusCode, encodeFrame, inProcessPair } from '@hvsim/control';
import { LARGE_FRAME_BYTES, LargeFramePool } from '../src/rpc/large-frames';

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

function body(length: number, seed: number): Uint8Array {
  const b = new Uint8Array(length);
  for (let i = 0; i < length; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function expectFramingError(fn: () => unknown, code: StatusCode): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FramingError);
    expect((err as FramingError).code).toBe(code);
    return;
  }
  throw new Error('expected a FramingError');
}

describe('encodeFrame', () => {
  it('prefixes the body with its length as a varint', () => {
    expect(encodeFrame(bytes())).toEqual(bytes(0));
    expect(encodeFrame(bytes(7, 8))).toEqual(bytes(2, 7, 8));
    const b300 = body(300, 1);
    const framed = encodeFrame(b300);
    expect(Array.from(framed.subarray(0, 2))).toEqual([0xac, 0x02]); // 300 = 0b10_0101100
    expect(framed.subarray(2)).toEqual(b300);
  });
});

describe('FrameDecoder', () => {
  const frames = [body(0, 0), body(1, 1), body(127, 2), body(128, 3), body(3000, 4), body(5, 5)];
  const stream = concat(frames.map(encodeFrame));

  it('decodes many frames from one chunk', () => {
    expect(new FrameDecoder().push(stream)).toEqual(frames);
  });

  it('decodes the same frames whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 7, 128, 129, 4096]) {
      const decoder = new FrameDecoder();
      const out: Uint8Array[] = [];
      for (let at = 0; at < stream.length; at += size) out.push(...decoder.push(stream.subarray(at, at + size)));
      expect(out.map((f) => Buffer.from(f).toString('hex'))).toEqual(frames.map((f) => Buffer.from(f).toString('hex')));
      expect(decoder.idle).toBe(true);
    }
  });

  it('returns copies that do not change when the chunk buffer is reused', () => {
    const chunk = encodeFrame(bytes(1, 2, 3));
    const [frame] = new FrameDecoder().push(chunk);
    chunk.fill(0);
    expect(frame).toEqual(bytes(1, 2, 3));
    // A Buffer chunk too, as sockets deliver (Buffer#slice would give a view, not a copy).
    const buffer = Buffer.from(encodeFrame(bytes(4, 5)));
    const [fromBuffer] = new FrameDecoder().push(buffer);
    buffer.fill(0);
    expect(fromBuffer).toEqual(bytes(4, 5));
  });

  it('feeds each body where it lies in a chunk it owns, and the frames before a fault', () => {
    const chunk = concat([encodeFrame(bytes(1, 2)), encodeFrame(bytes()), encodeFrame(bytes(3)), bytes(0x80, 0x80, 0x80, 0x80, 0x80)]);
    const seen: Array<[Uint8Array, number, number]> = [];
    expectFramingError(() => new FrameDecoder().feed(chunk, true, (b, start, end) => seen.push([b, start, end])),
      StatusCode.STATUS_CODE_EBADMSG);
    expect(seen.every(([b]) => b === chunk)).toBe(true);
    expect(seen.map(([, start, end]) => [start, end])).toEqual([[1, 3], [4, 4], [5, 6]]);
  });

  it('gives views of a chunk it owns, and still copies a body split across chunks', () => {
    const chunk = encodeFrame(bytes(1, 2, 3));
    const [frame] = new FrameDecoder().push(chunk, true);
    expect(frame.buffer).toBe(chunk.buffer);
    expect(frame).toEqual(bytes(1, 2, 3));

    const decoder = new FrameDecoder();
    const split = encodeFrame(bytes(4, 5, 6));
    expect(decoder.push(split.subarray(0, 2), true)).toEqual([]);
    const [whole] = decoder.push(split.subarray(2), true);
    split.fill(0);
    expect(whole).toEqual(bytes(4, 5, 6));
  });

  it('copies a large body into memory from the large-frame pool, which its reader may give back', () => {
    const pool = new LargeFramePool();
    const decoder = new FrameDecoder(DEFAULT_MAX_FRAME_BYTES, pool);
    const big = body(200_000, 5);
    const stream = concat([encodeFrame(big), encodeFrame(body(LARGE_FRAME_BYTES - 1, 6)), encodeFrame(big)]);
    // Split across chunks (assembled), then whole inside one chunk that is not the decoder's.
    const frames = [...decoder.push(stream.subarray(0, 70_000)), ...decoder.push(stream.subarray(70_000))];
    expect(frames.map((f) => f.length)).toEqual([200_000, LARGE_FRAME_BYTES - 1, 200_000]);
    expect([...frames[0]]).toEqual([...big]);
    expect([...frames[2]]).toEqual([...big]);
    const [assembled, small, whole] = frames;
    pool.release(small); // not the pool's: ignored
    pool.release(assembled);
    pool.release(whole);
    const reused = [pool.take(200_000).buffer, pool.take(200_000).buffer];
    expect(reused).toContain(assembled.buffer);
    expect(reused).toContain(whole.buffer);
    expect(pool.take(LARGE_FRAME_BYTES).buffer).not.toBe(small.buffer);
  });

  it('holds a partial frame until the rest arrives', () => {
    const decoder = new FrameDecoder();
    const framed = encodeFrame(body(1000, 9));
    expect(decoder.push(framed.subarray(0, 1))).toEqual([]);
    expect(decoder.idle).toBe(false);
    expect(decoder.push(framed.subarray(1, 500))).toEqual([]);
    expect(decoder.push(framed.subarray(500))).toEqual([body(1000, 9)]);
    expect(decoder.idle).toBe(true);
  });

  it('accepts a frame of exactly the limit and rejects one byte more with EMSGSIZE', () => {
    expect(new FrameDecoder(100).push(encodeFrame(body(100, 0)))).toEqual([body(100, 0)]);
    expectFramingError(() => new FrameDecoder(100).push(encodeFrame(body(101, 0))), StatusCode.STATUS_CODE_EMSGSIZE);
  });

  it('rejects an oversized frame from its prefix alone, before the body arrives', () => {
    expect(DEFAULT_MAX_FRAME_BYTES).toBe(4 * 1024 * 1024);
    // 64 MiB announced (0x80 0x80 0x80 0x20), no body: refused on the spot.
    expectFramingError(() => new FrameDecoder().push(bytes(0x80, 0x80, 0x80, 0x20)), StatusCode.STATUS_CODE_EMSGSIZE);
  });

  it('rejects a varint prefix that never ends with EBADMSG', () => {
    const decoder = new FrameDecoder();
    expectFramingError(() => decoder.push(bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80)), StatusCode.STATUS_CODE_EBADMSG);
    // and stays failed
    expectFramingError(() => decoder.push(bytes(0)), StatusCode.STATUS_CODE_EBADMSG);
  });

  it('rejects a silly limit', () => {
    expect(() => new FrameDecoder(0)).toThrow(RangeError);
    expect(() => new FrameDecoder(2 ** 31)).toThrow(RangeError);
  });
});

describe('inProcessPair', () => {
  it('delivers what a receiver sends while it is being delivered to in the same microtask batch', async () => {
    const [a, b] = inProcessPair();
    const got: number[][] = [];
    b.start({ data: (chunk) => b.send(chunk.map((x) => x + 1)), close: () => undefined });
    a.start({ data: (chunk) => got.push([...chunk]), close: () => undefined });
    a.send(bytes(1));
    a.send(bytes(10));
    // One microtask later the requests have been answered (a hop per microtask would take three).
    await Promise.resolve();
    expect(got).toEqual([[2], [11]]);
    a.close();
  });

  it('delivers a copy of what the sender may reuse, and a handed-over buffer as it is', async () => {
    const [a, b] = inProcessPair();
    const got: Array<{ chunk: Uint8Array; owned: boolean | undefined }> = [];
    b.start({ data: (chunk, owned) => got.push({ chunk, owned }), close: () => undefined });
    const reused = bytes(1, 2);
    const handed = bytes(3, 4);
    a.send(reused);
    a.send(handed, true);
    reused.fill(9);
    await new Promise((r) => setImmediate(r));
    expect(got.map((g) => [...g.chunk])).toEqual([[1, 2], [3, 4]]);
    expect(got[0].chunk).not.toBe(reused);
    expect(got[1].chunk).toBe(handed);
    expect(got.every((g) => g.owned === true)).toBe(true);
    a.close();
  });
});
