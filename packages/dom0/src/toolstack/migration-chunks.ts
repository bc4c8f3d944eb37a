/**
 * The source's side of the migration stream's transport: records laid into chunks, a chunk
 * sent in MigrateChunk calls, at most one call in flight while the next chunk is filled.
 *
 * Every call must fit one control frame (MAX_CALL_BYTES of records), whatever its records'
 * sizes: a chunk is sent once it holds CHUNK_BYTES, so the record that filled it may be of
 * any size (a STATE record carries every open event channel and the guest's xenstore nodes,
 * several MiB when a guest opens many). A chunk larger than a frame goes as several calls, cut
 * by byte count alone: the destination's RecordReader joins a record from whatever pieces it
 * arrives in, so the cut needs to know nothing of records, and the records' bytes and
 * checksums are those of the stream whatever the cuts.
 */
import { HVSIM_PAGE_SIZE } from '@hvsim/abi';
import { MAX_CALL_BYTES } from '../domctl';
import type { ChunkAnswer } from './migration-receiver';
import { MAX_BATCH_PAGES, RecordWriter } from './migration-stream';

/** Bytes of records per MigrateChunk in the usual case: well under a control frame's 4 MiB. */
export const CHUNK_BYTES = 2 * 1024 * 1024;
/** A chunk is sent once it holds CHUNK_BYTES: it may then hold a PAGES record more. */
const CHUNK_CAPACITY = CHUNK_BYTES + MAX_BATCH_PAGES * (HVSIM_PAGE_SIZE + 4) + 64;

/** The connection to the destination's session. */
export interface MigrationLink {
  /** Sends the next bytes of the stream; resolves with the destination's answer. `bytes` are
   *  the link's to read until then only: the sender writes the next chunk but one over them. */
  send(bytes: Buffer): Promise<ChunkAnswer>;
  /** After the connection failed with the end record in flight: whether the domain runs at the
   *  destination (the session there is ended either way), or null when it cannot tell. */
  resolve(): Promise<boolean | null>;
}

/**
 * Lays records into chunks of the stream and sends them. One chunk may be in flight while
 * the next is read and encoded (the destination takes a session's chunks in order), so the
 * guest's pages are read and sent at once rather than in turns. Two chunks' memory serves in
 * turns: a chunk's is written again only after the destination answered it (its last piece,
 * when it went in several), which is after the link has done with its bytes.
 */
export class StreamWriter {
  private readonly chunks = [new RecordWriter(CHUNK_CAPACITY), new RecordWriter(CHUNK_CAPACITY)];
  private filling = 0;
  private inFlight: Promise<ChunkAnswer> | null = null;
  bytes = 0;

  constructor(private readonly link: MigrationLink) {}

  /** Where the next records go; call added() after writing each. */
  get records(): RecordWriter {
    return this.chunks[this.filling];
  }

  /** Sends the chunk once it is full. */
  async added(): Promise<void> {
    if (this.records.length >= CHUNK_BYTES) await this.send();
  }

  /** Sends what is buffered and waits for every answer; the last one, or null if nothing was sent. */
  async flush(): Promise<ChunkAnswer | null> {
    if (this.records.length > 0) await this.send();
    const last = this.inFlight;
    this.inFlight = null;
    return last === null ? null : await last;
  }

  private async send(): Promise<void> {
    const chunk = this.records;
    const bytes = chunk.bytes;
    for (let at = 0; at < bytes.length; at += MAX_CALL_BYTES) {
      // The answer to the call before frees its memory (when it was the other chunk's last
      // piece) and keeps one call in flight (when it was a piece of this one).
      if (this.inFlight !== null) await this.inFlight;
      this.inFlight = this.link.send(bytes.subarray(at, at + MAX_CALL_BYTES));
      // Its failure is taken where it is awaited (the next send or flush), not as unhandled.
      this.inFlight.catch(() => undefined);
    }
    this.bytes += chunk.length;
    this.filling ^= 1;
    this.records.clear();
  }
}
