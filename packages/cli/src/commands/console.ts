import type { CommandModule } from 'yargs';
import type { Management } from '@hvsim/host/client';
import { daemonOptions, withDaemon, type DaemonArgs } from './common';

interface ConsoleArgs extends DaemonArgs {
  domain: string;
  follow: boolean;
}

export interface AttachOptions {
  /** Keep printing until the domain is gone (else print what is there and return). */
  follow: boolean;
  /** Runs once the daemon has attached the stream, before any output (xl create -c unpauses here). */
  onAttached?: () => Promise<void>;
}

/** Ctrl-], xl console's escape. */
const ESCAPE = 0x1d;
/** How long to wait before offering input again that the guest's full input queue refused. */
const INPUT_RETRY_MS = 20;
/** Input goes in pieces well below the daemon's console input queue (4 KiB), which takes a write whole or not at all. */
const INPUT_PIECE_BYTES = 1024;

/**
 * Prints a domain's console (what it wrote so far, then, when following, what it writes
 * next until it is gone). While following, stdin goes to the guest — keystrokes in raw mode
 * on a terminal, or whatever a pipe or file holds — and Ctrl-] or the end of stdin detaches.
 */
export async function attachConsole(m: Management, domain: string, opts: AttachOptions): Promise<void> {
  const abort = new AbortController();
  const stream = m.ConsoleStream({ domain, follow: opts.follow, history: true, notifyAttached: opts.onAttached !== undefined }, { signal: abort.signal });
  const input = new StdinForwarder(m, domain, () => abort.abort());
  // Input starts once attached: an empty stdin must not detach before onAttached has run.
  if (opts.follow && opts.onAttached === undefined) input.start();
  try {
    for await (const chunk of stream) {
      if (!chunk.attached) {
        process.stdout.write(chunk.data);
        continue;
      }
      await opts.onAttached?.();
      if (opts.follow) input.start();
    }
  } catch (err) {
    // Detaching cancels the stream: that is how it ends, not an error.
    if (!abort.signal.aborted) throw err;
  } finally {
    input.stop();
  }
}

/**
 * Sends stdin to the guest's console input, one chunk at a time (stdin pauses while a chunk
 * is on its way, so a long pipe waits for a guest that reads slowly instead of filling the
 * daemon). Calls `detach` at Ctrl-] or, once all before it was sent, at the end of input.
 */
class StdinForwarder {
  private readonly stdin = process.stdin;
  private readonly raw = process.stdin.isTTY === true;
  private started = false;
  private stopped = false;
  /** The chunk on its way to the guest (stdin is paused meanwhile, but its 'end' may still come). */
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly m: Management, private readonly domain: string, private readonly detach: () => void) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.raw) this.stdin.setRawMode(true);
    this.stdin.on('data', this.onData);
    this.stdin.on('end', this.onEnd);
    this.stdin.resume();
  }

  stop(): void {
    this.stopped = true;
    if (!this.started) return;
    this.stdin.off('data', this.onData);
    this.stdin.off('end', this.onEnd);
    if (this.raw) this.stdin.setRawMode(false);
    // A pipe left open would keep the process alive after the domain is gone.
    this.stdin.destroy();
  }

  private readonly onData = (chunk: Buffer): void => {
    const esc = chunk.indexOf(ESCAPE);
    const data = esc >= 0 ? chunk.subarray(0, esc) : chunk;
    this.stdin.pause();
    this.sending = this.send(data).then((more) => {
      if (esc >= 0) this.detach();
      else if (more) this.stdin.resume();
    });
  };

  /** The end of input detaches once what came before it has been sent. */
  private readonly onEnd = (): void => {
    void this.sending.then(this.detach);
  };

  /** Sends `data` in pieces the daemon's input queue can take whole; false once input must end. */
  private async send(data: Uint8Array): Promise<boolean> {
    for (let at = 0; at < data.length; at += INPUT_PIECE_BYTES) {
      if (!(await this.sendPiece(data.subarray(at, at + INPUT_PIECE_BYTES)))) return false;
    }
    return true;
  }

  private async sendPiece(data: Uint8Array): Promise<boolean> {
    while (!this.stopped) {
      try {
        await this.m.ConsoleWrite({ domain: this.domain, data });
        return true;
      } catch (err) {
        // EAGAIN: the guest has not read what it was given yet (nothing was queued; offer it
        // again); anything else (the domain is gone) ends the input.
        if ((err as { codeName?: string }).codeName !== 'EAGAIN') return false;
        await new Promise((r) => setTimeout(r, INPUT_RETRY_MS));
      }
    }
    return false;
  }
}

export const consoleCommand: CommandModule<object, ConsoleArgs> = {
  command: 'console <domain>',
  describe: "Attach to a domain's console (Ctrl-] or the end of piped input detaches)",
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .option('follow', { type: 'boolean', default: true, describe: 'keep printing new output (--no-follow: print what is there and exit)' }),
  handler: (argv) => withDaemon(argv, (m) => attachConsole(m, String(argv.domain), { follow: argv.follow })),
};
