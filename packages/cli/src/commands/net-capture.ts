import { DurableFile } from '@hvsim/files';
import type { CommandModule } from 'yargs';
import type { Management } from '@hvsim/host/client';
import { CaptureBuffer } from '../format/capture-buffer';
import { DEFAULT_SNAPLEN, pcapFileHeader, pcapRecord } from '../format/pcap';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

interface NetCaptureArgs extends DaemonArgs {
  bridge: string;
  file: string;
  count?: number;
  duration?: number;
  snaplen?: number;
  'buffer-size'?: number;
}

/** Captured records are written in pieces of about this size (not one write per frame). */
const WRITE_BYTES = 256 * 1024;
/** KiB of records that may wait while the file is written (tcpdump's default -B is 2 MiB);
 *  frames beyond are dropped and counted. */
const DEFAULT_BUFFER_KIB = 2048;

export const netCaptureCommand: CommandModule<object, NetCaptureArgs> = {
  command: 'net-capture <bridge> <file>',
  describe: "Capture a bridge's frames to FILE in pcap format (tcpdump -r reads it), until --count, --duration or Ctrl-C",
  builder: (y) =>
    daemonOptions(y)
      .positional('bridge', { type: 'string', demandOption: true, describe: 'the bridge, e.g. xenbr0' })
      .positional('file', { type: 'string', demandOption: true, describe: 'the pcap file (written whole at the end: temp, fsync, rename)' })
      .option('count', { alias: 'c', type: 'number', describe: 'stop after N frames (tcpdump -c)' })
      .option('duration', { type: 'number', describe: 'stop after S seconds of virtual time' })
      .option('snaplen', { alias: 's', type: 'number', describe: `bytes kept of each frame (tcpdump -s; default ${DEFAULT_SNAPLEN})` })
      .option('buffer-size', { alias: 'B', type: 'number', describe: `KiB of frames that may wait for the file; more are dropped and counted (tcpdump -B; default ${DEFAULT_BUFFER_KIB})` })
      .check((a) => {
        for (const k of ['count', 'snaplen', 'buffer-size'] as const) {
          const v = a[k];
          if (v !== undefined && (!Number.isInteger(v) || v < 1)) throw new Error(`--${k} must be a whole number >= 1, got ${String(v)}`);
        }
        if (a.duration !== undefined && !(a.duration > 0 && a.duration <= 1e9)) throw new Error(`--duration must be a number of seconds > 0, got ${String(a.duration)}`);
        return true;
      }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const snaplen = argv.snaplen ?? DEFAULT_SNAPLEN;
      const file = await DurableFile.create(String(argv.file));
      try {
        await file.write(pcapFileHeader(snaplen));
        const buffer = new CaptureBuffer((data) => file.write(data), (argv['buffer-size'] ?? DEFAULT_BUFFER_KIB) * 1024, WRITE_BYTES);
        await capture(m, buffer, { bridge: String(argv.bridge), count: argv.count ?? 0, durationNs: Math.round((argv.duration ?? 0) * 1e9), snaplen });
        await file.commit();
        const { kept: frames, dropped } = buffer;
        if (argv.json) outJson({ bridge: String(argv.bridge), file: String(argv.file), frames, dropped });
        else process.stderr.write(`${frames} packet${frames === 1 ? '' : 's'} captured\n${dropped} packet${dropped === 1 ? '' : 's'} dropped by kernel\n`);
      } finally {
        await file.discard();
      }
    }),
};

/** Streams the capture into `buffer` until the daemon ends it or Ctrl-C / SIGTERM, then writes
 *  what the buffer kept. The stream is read as fast as it comes, never waiting for the file. */
async function capture(m: Management, buffer: CaptureBuffer, req: { bridge: string; count: number; durationNs: number; snaplen: number }): Promise<void> {
  const abort = new AbortController();
  const stop = (): void => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    for await (const msg of m.NetCapture(req, { signal: abort.signal })) {
      if (msg.attached) {
        process.stderr.write(`listening on ${req.bridge}, link-type EN10MB (Ethernet), snapshot length ${req.snaplen} bytes\n`);
        continue;
      }
      buffer.add(pcapRecord(msg.timeNs, msg.frame, msg.origLen));
    }
  } catch (err) {
    // Ctrl-C cancels the stream: that is how an open-ended capture ends, not an error.
    if (!abort.signal.aborted) throw err;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  await buffer.flush();
}
