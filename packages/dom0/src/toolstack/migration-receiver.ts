/**
 * xl migrate-receive: the destination's side of a live migration. A session takes a migration
 * stream (migration-stream.ts) in chunks, in order, and builds the domain as it arrives: the
 * header is checked against this host (refused before any page moves), an empty paused domain
 * is created, the memory rounds are written into it, the final state record restores the rest,
 * and the end record commits: the domain becomes one of the toolstack's and runs here.
 *
 * Nothing is left of a session that does not commit: a bad record, a refusal, its connection
 * closing (the source killed or gone) or a source asking to resolve it all discard the domain
 * built so far. The commit point is the unpause, taken only while the session is still wanted,
 * so a source that lost its connection and asks (resolve) learns for certain whether the domain
 * runs here — never both ends running it.
 */
import { randomInt } from 'node:crypto';
import { RpcError, largeFrames } from '@hvsim/control';
import { CostMeter } from '../cost-model';
import { Domctl } from '../domctl';
import type { VirtualClock } from '../platform';
import { incompatibility } from './host-compat';
import {
  HostCompat, MigrationStreamError, RecordReader, RecordType, decodeHeader, decodePages, type StreamHeader, type StreamRecord,
} from './migration-stream';
import { decodeSaveImage, SaveImageError, type SaveMetadata } from './save-image';
import { writePages } from './save-restore';
import { VirtualSpan } from './virtual-span';
import type { IncomingDomain, Toolstack } from './toolstack';
import { ToolstackError } from './toolstack-error';

export interface ReceiverDeps {
  toolstack: Toolstack;
  domctl: Domctl;
  cost: CostMeter;
  clock: VirtualClock;
  /** What this host offers (boot --isa). */
  compat: HostCompat;
  log: (line: string) => void;
}

/** The destination's answer to a chunk. */
export interface ChunkAnswer {
  /** The domain being built (0 before the header was accepted). */
  domid: number;
  committed: boolean;
  /** Virtual ns from the end record's arrival to the resume. */
  resumeVirtualNs: number;
}

/** Outcomes of ended sessions kept for a source that asks late (resolve). */
const RESOLVED_KEPT = 256;

class Session {
  readonly reader = new RecordReader();
  header: StreamHeader | null = null;
  incoming: IncomingDomain | null = null;
  /** A byte per page of boot memory: sent already. */
  written = new Uint8Array(0);
  meta: SaveMetadata | null = null;
  /** Chunks are taken one at a time, in order. */
  queue: Promise<unknown> = Promise.resolve();
  /** The session ended without committing (the message says why). */
  failed: string | null = null;
  /** Set the moment the domain is let run: from here on the session cannot be discarded. */
  committed = false;
  answer: ChunkAnswer = { domid: 0, committed: false, resumeVirtualNs: 0 };
  /** Since the chunk being taken arrived (the one with the end record holds the paused round's last pages). */
  chunkSpan: VirtualSpan | null = null;

  constructor(readonly id: number, readonly peer: string) {}
}

export class MigrationReceiver {
  private readonly sessions = new Map<number, Session>();
  private readonly resolved = new Map<number, boolean>();

  constructor(private readonly d: ReceiverDeps) {}

  /** Opens a session for a source at `peer`; it is discarded when `signal` aborts before it commits. */
  open(peer: string, signal: AbortSignal): number {
    let id: number;
    do id = randomInt(1, 2 ** 47); while (this.sessions.has(id) || this.resolved.has(id));
    const session = new Session(id, peer);
    this.sessions.set(id, session);
    signal.addEventListener('abort', () => {
      void this.end(session, 'the source closed the connection');
    }, { once: true });
    return id;
  }

  /** The next bytes of a session's stream. */
  chunk(id: number, bytes: Uint8Array): Promise<ChunkAnswer> {
    const session = this.sessions.get(id);
    if (session === undefined) return Promise.reject(new ToolstackError('ESRCH', `no migration session ${id} (it has ended)`));
    const work = session.queue.then(() => this.take(session, bytes));
    session.queue = work.catch(() => undefined);
    return work;
  }

  /** Ends a session for a source that lost its connection: discarded unless committed. Says which. */
  async resolve(id: number): Promise<boolean> {
    const session = this.sessions.get(id);
    if (session !== undefined) await this.end(session, 'the source gave it up');
    const committed = this.resolved.get(id);
    if (committed === undefined) throw new ToolstackError('ESRCH', `no migration session ${id}`);
    return committed;
  }

  /**
   * The chunk's records, applied in order. `bytes` are a view of the MigrateChunk request's
   * frame, and this is its last reader: the record reader keeps no view of what it was given,
   * and every page write has been encoded into its own frame when the call is made, so once the
   * records are applied the frame's memory may carry the next chunk.
   */
  private async take(session: Session, bytes: Uint8Array): Promise<ChunkAnswer> {
    try {
      return await this.applyChunk(session, bytes);
    } finally {
      largeFrames.release(bytes);
    }
  }

  private async applyChunk(session: Session, bytes: Uint8Array): Promise<ChunkAnswer> {
    if (session.failed !== null) throw new ToolstackError('EINVAL', session.failed);
    session.chunkSpan = new VirtualSpan(this.d.clock, this.d.cost);
    try {
      for (const record of session.reader.push(bytes)) await this.apply(session, record);
      return { ...session.answer };
    } catch (err) {
      // The toolstack's refusals (a saved config that does not parse, a name in use) keep their errno.
      const failure = err instanceof RpcError || err instanceof ToolstackError ? err
        : err instanceof MigrationStreamError || err instanceof SaveImageError ? new ToolstackError('EINVAL', `migration stream: ${err.message}`)
          : new ToolstackError('INTERNAL', (err as Error).message);
      await this.discard(session, failure.message);
      throw failure;
    }
  }

  private async apply(session: Session, record: StreamRecord): Promise<void> {
    if (session.answer.committed) throw new MigrationStreamError(`${RecordType[record.type]} record after the end record`);
    if (session.header === null) {
      if (record.type !== RecordType.HEADER) throw new MigrationStreamError(`the stream begins with a ${RecordType[record.type]} record, not the header`);
      await this.accept(session, decodeHeader(record.payload));
      return;
    }
    const incoming = session.incoming!;
    switch (record.type) {
      case RecordType.PAGES: {
        if (session.meta !== null) throw new MigrationStreamError('PAGES record after the state record');
        const pages = decodePages(record.payload);
        await writePages(this.d.domctl, incoming.domid, pages, session.written);
        this.d.cost.charge('builderPage', pages.length);
        return;
      }
      case RecordType.STATE:
        session.meta = this.checkState(session, record.payload);
        return;
      case RecordType.END:
        if (session.meta === null) throw new MigrationStreamError('the end record came before the state record');
        if (record.payload.length !== 0) throw new MigrationStreamError('the end record carries data');
        await this.commit(session, session.meta);
        return;
      default:
        throw new MigrationStreamError(`a second ${RecordType[record.type]} record`);
    }
  }

  /** The header: refused unless this host can run the domain, then its empty domain made. */
  private async accept(session: Session, header: StreamHeader): Promise<void> {
    const why = incompatibility(header.host, this.d.compat);
    if (why !== null) throw new ToolstackError('EOPNOTSUPP', `cannot run ${header.domain.name} here: ${why}`);
    const needPages = Math.max(header.domain.nrPages, header.domain.maxPages);
    const free = Number((await this.d.domctl.physinfo()).freePages);
    if (free < header.domain.nrPages) {
      throw new ToolstackError('ENOMEM', `cannot run ${header.domain.name} here: it needs ${mib(header.domain.nrPages)} MiB (up to ${mib(needPages)}), this host has ${mib(free)} MiB free`);
    }
    session.header = header;
    session.incoming = await this.d.toolstack.beginIncoming(`migration stream from ${session.peer}`, header.domain);
    session.written = new Uint8Array(header.domain.nrPages);
    session.answer.domid = session.incoming.domid;
    this.d.log(`migration ${session.id}: receiving ${header.domain.name} (${header.live ? 'live' : 'paused'}) from ${session.peer} as domain ${session.incoming.domid}`);
  }

  /** The state record: a save image without page data, of the domain the header announced. */
  private checkState(session: Session, payload: Buffer): SaveMetadata {
    if (session.meta !== null) throw new MigrationStreamError('a second STATE record');
    const image = decodeSaveImage(payload);
    const { domain } = session.header!;
    if (image.pages.size !== 0) throw new MigrationStreamError('the state record carries page data');
    if (image.meta.uuid !== domain.uuid || image.meta.vcpus.length !== domain.vcpus || image.meta.layout.nrPages !== domain.nrPages) {
      throw new MigrationStreamError('the state record is of another domain than the header announced');
    }
    return image.meta;
  }

  /** The end record: the domain gets its state, joins the toolstack, and runs — if still wanted. */
  private async commit(session: Session, meta: SaveMetadata): Promise<void> {
    const dom = await this.d.toolstack.commitIncoming(session.incoming!, meta, true);
    session.incoming = null;
    if (session.failed !== null) {
      // Given up while its state was being restored: the source runs it on.
      await this.d.toolstack.destroy(String(dom.domid)).catch(() => undefined);
      throw new ToolstackError('ECONNREFUSED', session.failed);
    }
    session.committed = true;
    await this.d.toolstack.unpause(String(dom.domid));
    session.answer = { domid: dom.domid, committed: true, resumeVirtualNs: session.chunkSpan!.elapsedNs() };
    this.finish(session, true);
    this.d.log(`migration ${session.id}: ${dom.name} runs here as domain ${dom.domid}`);
  }

  /** The session ends: discarded unless it committed (once what it is doing is done). */
  private async end(session: Session, why: string): Promise<void> {
    if (!this.sessions.has(session.id)) return;
    if (!session.committed && session.failed === null) session.failed = why;
    await session.queue;
    if (!session.committed) await this.discard(session, why);
  }

  private async discard(session: Session, why: string): Promise<void> {
    session.failed ??= why;
    const incoming = session.incoming;
    session.incoming = null;
    if (incoming !== null) {
      await this.d.toolstack.discardIncoming(incoming);
      this.d.log(`migration ${session.id}: ${incoming.config.name} discarded: ${why}`);
    }
    this.finish(session, false);
  }

  private finish(session: Session, committed: boolean): void {
    this.sessions.delete(session.id);
    this.resolved.set(session.id, committed);
    if (this.resolved.size > RESOLVED_KEPT) this.resolved.delete(this.resolved.keys().next().value!);
  }
}

function mib(pages: number): number {
  return Math.ceil(pages / 256);
}
