import { SingleBar } from 'cli-progress';
import type { CommandModule } from 'yargs';
import type { pb } from '@hvsim/control';
import { migrateDomain, migrationDestination } from '@hvsim/host/client';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface MigrateArgs extends DaemonArgs {
  domain: string;
  host: string;
  live: boolean;
}

/**
 * xl migrate: live by default — the domain runs on while its memory is copied in rounds, and is
 * paused only for the last dirty pages and its state; `--no-live` pauses it first. The
 * destination commits and runs it, then the source destroys its copy; on any failure before
 * that the domain runs on at the source. A terminal shows the rounds as a progress bar;
 * `--json` prints what the migration took.
 */
export const migrateCommand: CommandModule<object, MigrateArgs> = {
  command: 'migrate <domain> <host>',
  describe: 'Move a domain to another hvsim daemon (its socket path, or tcp:HOST:PORT), live unless --no-live',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('host', { type: 'string', demandOption: true, describe: 'the receiving daemon: socket path or tcp:HOST:PORT' })
      .option('live', { type: 'boolean', default: true, describe: 'copy memory while the domain runs (--no-live: pause it first)' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const request = { domain: String(argv.domain), destination: String(argv.host), live: argv.live };
      const bar = process.stderr.isTTY === true && !argv.json ? new RoundsBar() : null;
      const report = await migrateDomain(m, request, (p) => bar?.update(p)).finally(() => bar?.stop());
      if (argv.json) outJson({ domain: request.domain, destination: migrationDestination(request.destination), ...report });
    }),
};

/** The rounds on stderr: pages of this round, the dirty rate that led to it, bytes so far. */
class RoundsBar {
  private readonly bar = new SingleBar({
    format: 'round {round} |{bar}| {value}/{total} pages | dirtying {dirty} pages/s | {mib} MiB sent{paused}',
    stream: process.stderr,
    hideCursor: true,
  });
  private round = -1;

  update(p: pb.MigrateProgress): void {
    const payload = { round: p.round, dirty: Math.round(p.dirtyPagesPerS), mib: (Number(p.bytes) / 1048576).toFixed(1), paused: p.paused ? ' (paused)' : '' };
    if (p.round !== this.round) {
      if (this.round >= 0) this.bar.stop();
      this.round = p.round;
      this.bar.start(p.pagesTotal, p.pagesSent, payload);
      return;
    }
    this.bar.update(p.pagesSent, payload);
  }

  stop(): void {
    if (this.round >= 0) this.bar.stop();
  }
}
