import type { CommandModule } from 'yargs';
import { formatTop, topRows, type TopSample } from '../format/top';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';
import type { pb } from '@hvsim/control/client';
import type { Management } from '@hvsim/host/client';

interface TopArgs extends DaemonArgs {
  batch: boolean;
  iterations?: number;
  delay: number;
}

/**
 * xentop: every `delay` seconds of wall time a sample of every domain; CPU(%) is measured over
 * the virtual time between samples. Batch mode prints the samples one after another (for
 * scripts); otherwise the screen is redrawn. Runs until `iterations` samples or Ctrl-C.
 */
export const topCommand: CommandModule<object, TopArgs> = {
  command: 'top',
  describe: 'Show domains with their CPU and memory use, refreshed (xentop)',
  builder: (y) =>
    daemonOptions(y)
      .option('batch', { alias: 'b', type: 'boolean', default: false, describe: 'print samples one after another (no screen redraw)' })
      .option('iterations', { alias: 'i', type: 'number', describe: 'stop after this many samples' })
      .option('delay', { alias: 'd', type: 'number', default: 3, describe: 'seconds between samples' })
      .check((a) => {
        if (a.iterations !== undefined && (!Number.isInteger(a.iterations) || a.iterations < 1)) throw new Error('--iterations must be a whole number ≥ 1');
        if (!(a.delay >= 0)) throw new Error('--delay must be ≥ 0');
        return true;
      }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      let previous: TopSample | null = null;
      let stop = false;
      const onSigint = (): void => {
        stop = true;
      };
      process.once('SIGINT', onSigint);
      try {
        for (let i = 0; !stop && (argv.iterations === undefined || i < argv.iterations); i++) {
          if (i > 0) await new Promise((resolve) => setTimeout(resolve, argv.delay * 1000));
          const sample = await takeSample(m);
          const rows = topRows(sample, previous);
          previous = sample;
          if (argv.json) outJson({ timeNs: sample.timeNs, domains: rows });
          else if (argv.batch || !process.stdout.isTTY) out(formatTop(rows));
          else process.stdout.write('\x1b[H\x1b[2J' + formatTop(rows));
        }
      } finally {
        process.removeListener('SIGINT', onSigint);
      }
    }),
};

async function takeSample(m: Management): Promise<TopSample> {
  const { physinfo } = await m.Physinfo({});
  const { domains } = await m.ListDomains({ domains: [] });
  const vbds = new Map<number, pb.IVbd[]>();
  const vifs = new Map<number, pb.IVif[]>();
  for (const d of domains) {
    const domid = d.info?.domid ?? 0;
    if (domid === 0) continue;
    // A domain gone since the listing has no devices to show; a host without device backends none at all.
    const devices = await m.BlockList({ domain: String(domid) }).then((r) => r.devices, () => []);
    if (devices.length > 0) vbds.set(domid, devices);
    const nics = await m.NetworkList({ domain: String(domid) }).then((r) => r.devices, () => []);
    if (nics.length > 0) vifs.set(domid, nics);
  }
  return { timeNs: Number(physinfo?.virtualTimeNs ?? 0), domains, vbds, vifs };
}
