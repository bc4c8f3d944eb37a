import type { CommandModule } from 'yargs';
import type { Management } from '../client';
import { daemonOptions, withDaemon, type DaemonArgs } from './common';

interface ConsoleArgs extends DaemonArgs {
  domain: string;
  follow: boolean;
}

/** Ctrl-], xl console's escape. */
const ESCAPE = 0x1d;

/**
 * Prints a domain's console (what it wrote so far, then, when following, what it writes
 * next until it is gone). On a terminal, keystrokes go to the guest and Ctrl-] detaches.
 */
export async function attachConsole(m: Management, domain: string, opts: { follow: boolean }): Promise<void> {
  const abort = new AbortController();
  const stream = m.ConsoleStream({ domain, follow: opts.follow, history: true }, { signal: abort.signal });
  const stdin = process.stdin;
  const interactive = opts.follow && stdin.isTTY === true;
  const onKeys = (chunk: Buffer): void => {
    const esc = chunk.indexOf(ESCAPE);
    const data = esc >= 0 ? chunk.subarray(0, esc) : chunk;
    if (data.length > 0) m.ConsoleWrite({ domain, data }).catch(() => undefined);
    if (esc >= 0) abort.abort();
  };
  if (interactive) {
    stdin.setRawMode(true);
    stdin.on('data', onKeys);
    stdin.resume();
  }
  try {
    for await (const chunk of stream) process.stdout.write(chunk.data);
  } finally {
    if (interactive) {
      stdin.off('data', onKeys);
      stdin.setRawMode(false);
      stdin.pause();
    }
  }
}

export const consoleCommand: CommandModule<object, ConsoleArgs> = {
  command: 'console <domain>',
  describe: "Attach to a domain's console (Ctrl-] detaches)",
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .option('follow', { type: 'boolean', default: true, describe: 'keep printing new output (--no-follow: print what is there and exit)' }),
  handler: (argv) => withDaemon(argv, (m) => attachConsole(m, String(argv.domain), { follow: argv.follow })),
};
