/**
 * blkback's reads and writes, served a group at a time. A frontend that keeps several
 * requests on the ring (Linux's blkfront fills it) leaves blkback a run of READs or WRITEs per
 * pass; serving them one after another would cost a grant copy round trip and a hand-off to
 * the host's thread pool each. A group is served instead with:
 *
 * - one grant copy for all its segments (one DomctlService call, up to MAX_GRANT_COPY_OPS);
 * - one pread / pwrite per run of requests that are contiguous on the disk, straight from or
 *   into the grant batch's buffer (the runs' bytes lie there in request order, without a copy);
 *   a read group that is one run and finds its bytes read ahead sends the readahead's buffer;
 * - the runs of a write group submitted together, at most PARALLEL_RUNS at a time, each
 *   request answered as its own run lands.
 *
 * A group holds requests of one direction only, and no two writes in it overlap, so what each
 * request reads or leaves on the disk is what it would be were they served in ring order:
 * the concurrency never makes a guest's data depend on the host's timing.
 */
import { BLKIF_RSP_ERROR, BLKIF_RSP_OKAY, HVSIM_BLKIF_SECTOR_BYTES } from '@hvsim/abi';
import { writeFully } from '@hvsim/files';
import type { FileHandle } from 'node:fs/promises';
import { GrantCopyBatch, MAX_GRANT_COPY_OPS } from './grant-copy-batch';
import { requestSectors, segmentProblem, type BlkifRequest } from './blkif-ring';
import type { Readahead } from './readahead';

const SECTOR = HVSIM_BLKIF_SECTOR_BYTES;
/** Writes of one group under way at once: the default libuv thread pool's size, so one
 *  guest's burst leaves the pool no busier than it can serve. */
export const PARALLEL_RUNS = 4;

/** One request's outcome: its BLKIF_RSP_* status and the bytes it moved. */
export interface Served {
  status: number;
  bytes: number;
}

/** A READ or WRITE to serve: the request (an indirect one with its segments read) and its direction. */
export interface RwRequest {
  req: BlkifRequest;
  write: boolean;
}

export interface RwGroupContext {
  file: FileHandle;
  readahead: Readahead;
  batch: GrantCopyBatch;
  /** The image's size in sectors. */
  sectors: number;
  writable: boolean;
  /** Why writes are refused now (the write fence, logged), or false. */
  fenced(): Promise<boolean>;
  /** A request refused (counted as an error). */
  refuse(status: number): Served;
  /** A request served: xentop's counters. */
  count(write: boolean, sectors: number): void;
}

/** A request of the group that may move bytes: its ops in the batch and where it goes on the disk. */
interface Planned {
  index: number;
  firstOp: number;
  endOp: number;
  position: number;
  bytes: number;
  /** Where its bytes are in the batch's answer (writes) or data (reads). */
  at: number;
}

/** Ops a request's segments take in a grant copy batch. */
function opsOf(r: RwRequest): number {
  return r.req.segments.length;
}

/** Sectors [sector, sector + count) of a request, or null when its segments are unusable. */
function extent(r: RwRequest): [number, number] | null {
  if (segmentProblem(r.req) !== null) return null;
  const start = Number(r.req.sector);
  return [start, start + requestSectors(r.req)];
}

/**
 * How many of `list`, from `first` on, one group serves: same direction, no write overlapping
 * an earlier one, their segments within one grant copy batch. At least one.
 */
export function groupLength(list: readonly RwRequest[], first: number): number {
  const write = list[first].write;
  let ops = opsOf(list[first]);
  const taken: Array<[number, number]> = [];
  const e = extent(list[first]);
  if (e !== null) taken.push(e);
  let n = 1;
  for (; first + n < list.length; n++) {
    const r = list[first + n];
    if (r.write !== write || ops + opsOf(r) > MAX_GRANT_COPY_OPS) break;
    const x = extent(r);
    if (write && x !== null && taken.some(([s, t]) => x[0] < t && s < x[1])) break;
    if (x !== null) taken.push(x);
    ops += opsOf(r);
  }
  return n;
}

/** Runs `tasks`, at most `limit` at a time; resolves when all have settled. */
async function inParallel(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/** The planned requests in runs contiguous on the disk and in the batch's buffer. */
function runs(planned: readonly Planned[]): Planned[][] {
  const out: Planned[][] = [];
  for (const p of planned) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (last !== undefined && last.position + last.bytes === p.position && last.at + last.bytes === p.at) run.push(p);
    else out.push([p]);
  }
  return out;
}

/** Serves a group (see groupLength) of READs or WRITEs; one outcome per request, in order. Never throws. */
export async function serveRwGroup(ctx: RwGroupContext, group: readonly RwRequest[], log: (why: string) => void): Promise<Served[]> {
  const out: Array<Served | null> = group.map(() => null);
  try {
    await serve(ctx, group, out);
  } catch (err) {
    log(`I/O error: ${(err as Error).message}`);
  }
  return out.map((s) => s ?? ctx.refuse(BLKIF_RSP_ERROR));
}

async function serve(ctx: RwGroupContext, group: readonly RwRequest[], out: Array<Served | null>): Promise<void> {
  const write = group[0].write;
  if (write && (!ctx.writable || (await ctx.fenced()))) {
    group.forEach((_, i) => (out[i] = ctx.refuse(BLKIF_RSP_ERROR)));
    return;
  }
  const planned = plan(ctx, group, out);
  if (write) await writeGroup(ctx, planned, out);
  else await readGroup(ctx, planned, out);
}

/** Checks each request and puts its segments' copies in the batch; the bad ones are refused. */
function plan(ctx: RwGroupContext, group: readonly RwRequest[], out: Array<Served | null>): Planned[] {
  const b = ctx.batch;
  b.reset();
  const planned: Planned[] = [];
  let at = 0;
  group.forEach(({ req, write }, index) => {
    const sectors = segmentProblem(req) === null ? requestSectors(req) : -1;
    if (sectors < 0 || req.sector + BigInt(sectors) > BigInt(ctx.sectors)) {
      out[index] = ctx.refuse(BLKIF_RSP_ERROR);
      return;
    }
    const firstOp = b.count;
    for (const seg of req.segments) {
      const length = (seg.lastSect - seg.firstSect + 1) * SECTOR;
      if (write) b.from(seg.gref, seg.firstSect * SECTOR, length);
      else b.to(seg.gref, seg.firstSect * SECTOR, length);
    }
    const bytes = sectors * SECTOR;
    planned.push({ index, firstOp, endOp: b.count, position: Number(req.sector) * SECTOR, bytes, at });
    at += bytes;
  });
  return planned;
}

async function writeGroup(ctx: RwGroupContext, planned: Planned[], out: Array<Served | null>): Promise<void> {
  const b = ctx.batch;
  await b.run();
  // A request some of whose pages could not be copied writes nothing.
  const good = planned.filter((p) => {
    if (b.firstError(p.firstOp, p.endOp) === 0) return true;
    out[p.index] = ctx.refuse(BLKIF_RSP_ERROR);
    return false;
  });
  ctx.readahead.drop();
  const answer = b.answer;
  await inParallel(runs(good).map((run) => async () => {
    const first = run[0];
    const bytes = run.reduce((n, p) => n + p.bytes, 0);
    await writeFully(ctx.file, answer.subarray(first.at, first.at + bytes), first.position);
    for (const p of run) {
      ctx.count(true, p.bytes / SECTOR);
      out[p.index] = { status: BLKIF_RSP_OKAY, bytes: p.bytes };
    }
  }), PARALLEL_RUNS);
}

async function readGroup(ctx: RwGroupContext, planned: Planned[], out: Array<Served | null>): Promise<void> {
  const b = ctx.batch;
  const data = b.data; // taken after the last to(): it does not move any more
  const all = runs(planned);
  // One after another: they share the readahead, which the next run continues.
  let only: Uint8Array | null = null;
  for (const run of all) {
    const first = run[0];
    const bytes = run.reduce((n, p) => n + p.bytes, 0);
    const into = data.subarray(first.at, first.at + bytes);
    const got = await ctx.readahead.read(into, bytes, first.position);
    // A group that is one run (a sequential reader's) sends the read ahead's buffer as it is.
    if (all.length === 1) only = got;
    else if (got !== into) into.set(got);
  }
  await (only === null ? b.run() : b.run(only));
  for (const p of planned) {
    if (b.firstError(p.firstOp, p.endOp) !== 0) {
      out[p.index] = ctx.refuse(BLKIF_RSP_ERROR);
      continue;
    }
    ctx.count(false, p.bytes / SECTOR);
    out[p.index] = { status: BLKIF_RSP_OKAY, bytes: p.bytes };
  }
}
