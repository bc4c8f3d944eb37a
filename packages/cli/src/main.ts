#!/usr/bin/env node
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commandsFor, type AnyCommand } from './commands';
import { unknownOptions, userMessage } from './user-errors';

/** xl's habit: one line naming the problem, non-zero exit. */
function die(message: string): never {
  process.stderr.write(`hvsim: ${message}\n`);
  process.exit(1);
}

/** The `hvsim` command: xl's verbs over dom0's management service, plus `run-bare` and `boot`. */
export async function main(argv: string[]): Promise<void> {
  /** The verb's own yargs, once its builder has run: it knows the verb's options. */
  let verb: { name: string; y: Argv } | null = null;
  const scoped = (command: AnyCommand): AnyCommand => ({
    ...command,
    builder: (y: Argv): Argv => {
      verb = { name: String(command.command).split(' ')[0], y };
      return typeof command.builder === 'function' ? (command.builder(y) as Argv) : y.options(command.builder ?? {});
    },
  });
  let cli = yargs(argv)
    .scriptName('hvsim')
    .strict()
    .demandCommand(1, 'name a command; `hvsim --help` lists them')
    .recommendCommands()
    .help()
    .version()
    .fail((msg, err) => {
      if (err !== undefined && err !== null && !(err.name === 'YError')) die(userMessage(err));
      const v = verb as { name: string; y: Argv } | null;
      const unknown = v === null ? [] : unknownOptions(argv, v.y);
      if (v !== null && unknown.length > 0) die(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (hvsim ${v.name} --help lists its options)`);
      die(msg ?? err?.message ?? 'bad command line');
    });
  for (const command of await commandsFor(argv)) cli = cli.command(scoped(command));
  await cli.parseAsync();
}

if (require.main === module) {
  // `hvsim list | head`: a reader that went away is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(hideBin(process.argv)).catch((err: unknown) => die(userMessage(err)));
}
