/** What `hvsim migrate --json` prints and the embedding API's migrate() returns. */
import type { pb } from '@hvsim/control';

export interface MigrationReport {
  /** The domain's domid at the destination. */
  domid: number;
  live: boolean;
  /** Memory rounds, the paused last one included. */
  rounds: number;
  pagesPerRound: number[];
  /** Bytes of the migration stream. */
  bytes: number;
  totalWallMs: number;
  /** Virtual time the domain ran nowhere (source's clock from the pause, destination's to the resume). */
  downtimeVirtualMs: number;
  downtimeWallMs: number;
}

export function migrationReport(done: pb.MigrateResponse): MigrationReport {
  const s = done.stats;
  return {
    domid: done.domid,
    live: s?.live ?? false,
    rounds: s?.pagesPerRound.length ?? 0,
    pagesPerRound: s?.pagesPerRound ?? [],
    bytes: Number(s?.bytes ?? 0),
    totalWallMs: round3(s?.totalWallMs ?? 0),
    downtimeVirtualMs: round3(Number(s?.downtimeVirtualNs ?? 0) / 1e6),
    downtimeWallMs: round3(s?.downtimeWallMs ?? 0),
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
