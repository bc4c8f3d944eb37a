#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commandsFor } from './commands';

/** The `hvsim` command: xl's verbs over dom0's management service, plus `run-bare` and `boot`. */
export async function main(argv: string[]): Promise<void> {
  let cli = yargs(argv)
    .scriptName('hvsim')
    .strict()
    .demandCommand(1, 'name a command; `hvsim --help` lists them')
    .recommendCommands()
    .help()
    .version()
    .fail((msg, err) => {
      // xl's habit: one line naming the problem, non-zero exit.
      process.stderr.write(`hvsim: ${err?.message ?? msg}\n`);
      process.exit(1);
    });
  for (const command of await commandsFor(argv)) cli = cli.command(command);
  await cli.parseAsync();
}

if (require.main === module) {
  // `hvsim list | head`: a reader that went away is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(hideBin(process.argv)).catch((err: unknown) => {
    process.stderr.write(`hvsim: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
