import { createHash } from 'node:crypto';
import { DEFAULT_MAX_FRAME_BYTES, ManagementService, pb } from '@hvsim/control';
import { CHUNK_BYTES, StreamWriter, type MigrationLink } from '../../src/toolstack/migration-chunks';
import type { ChunkAnswer } from '../../src/toolstack/migration-receiver';
import { RecordReader, RecordType, type StreamRecord } from '../../src/toolstack/migration-stream';

const MIB = 1024 * 1024;
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Bytes that are neither zero nor alike (xorshift32 from a seed). */
function noise(bytes: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The MigrateChunk REQUEST frame's body for `records`, with the largest ids the call may carry. */
function frameBytes(records: Uint8Array): number {
  const payload = pb.MigrateChunkRequest.encode({ session: 2 ** 47, records }).finish();
  return pb.Frame.encode({ requestId: Number.MAX_SAFE_INTEGER, kind: pb.FrameKind.FRAME_KIND_REQUEST, method: ManagementService.MigrateChunk.path, payload }).finish().length;
}

/**
 * A destination as the receiver is to the source: each call's bytes arrive in a frame of their
 * own (a copy, as a socket delivers them), go through a RecordReader, and the frame is then
 * poisoned (given back, and written by the next call). Answers come a turn later, and the
 * bytes the source lent must be unchanged until then.
 */
class Destination implements MigrationLink {
  readonly records: StreamRecord[] = [];
  readonly frameSizes: number[] = [];
  private readonly reader = new RecordReader();

  send(bytes: Buffer): Promise<ChunkAnswer> {
    this.frameSizes.push(frameBytes(bytes));
    const lent = sha(bytes);
    const frame = Buffer.from(bytes);
    // Payloads copied out: what push returns are views of the frame, poisoned next.
    for (const r of this.reader.push(frame)) this.records.push({ type: r.type, payload: Buffer.from(r.payload) });
    frame.fill(0xa5);
    return new Promise((resolve, reject) => setImmediate(() => {
      if (sha(bytes) !== lent) reject(new Error('the source wrote over a chunk before its answer'));
      else resolve({ domid: 1, committed: false, resumeVirtualNs: 0 });
    }));
  }

  resolve(): Promise<boolean | null> {
    return Promise.resolve(null);
  }

  get partialBytes(): number {
    return this.reader.partialBytes;
  }
}

describe('the migration stream in MigrateChunk calls', () => {
  it('cuts a chunk holding a record of several MiB into calls that each fit a control frame; the reader gets every record back byte for byte', async () => {
    const dst = new Destination();
    const out = new StreamWriter(dst);
    const sent: Array<{ type: RecordType; payload: Buffer }> = [];
    const add = async (type: RecordType, payload: Buffer): Promise<void> => {
      sent.push({ type, payload });
      out.records.record(type, payload);
      await out.added();
    };
    // Pages before (so the big record begins inside a chunk), the state record, then more
    // state of the largest kind after it: a record spanning three calls and more, and chunks
    // filling while another is in flight.
    for (let i = 0; i < 3; i++) await add(RecordType.PAGES, noise(MIB - 1000 * i, i + 1));
    await add(RecordType.STATE, noise(9 * MIB + 12345, 77));
    await add(RecordType.STATE, noise(5 * MIB, 78));
    await add(RecordType.END, Buffer.alloc(0));
    await out.flush();

    expect(Math.max(...dst.frameSizes)).toBeLessThanOrEqual(DEFAULT_MAX_FRAME_BYTES);
    expect(dst.frameSizes.length).toBeGreaterThanOrEqual(6);
    expect(dst.partialBytes).toBe(0);
    expect(dst.records.map((r) => r.type)).toEqual(sent.map((r) => r.type));
    expect(dst.records.map((r) => sha(r.payload))).toEqual(sent.map((r) => sha(r.payload)));
    expect(out.bytes).toBe(sent.reduce((n, r) => n + 16 + r.payload.length, 0));
  });

  it('keeps a chunk of records under the frame limit in one call', async () => {
    const dst = new Destination();
    const out = new StreamWriter(dst);
    for (let i = 0; i < 3; i++) {
      out.records.record(RecordType.PAGES, noise(MIB, i + 1));
      await out.added();
    }
    await out.flush();
    // Two records (2 MiB and more) in one call, then the third: no cut where none is needed.
    expect(dst.frameSizes.length).toBe(2);
    expect(dst.frameSizes[0]).toBeGreaterThan(CHUNK_BYTES);
    expect(dst.records).toHaveLength(3);
  });
});
