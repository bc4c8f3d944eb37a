#!/usr/bin/env node
import type { Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
// Not `yargs`, whose module builds a parser of process.argv as it loads (the singleton API),
// finding and reading a package.json for its version: one more than this command needs.
import yargs from 'yargs/yargs';
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
  const parsing: { verb?: { name: string; y: Argv } } = {};
  const scoped = (command: AnyCommand): AnyCommand => ({
    ...command,
    builder: (y: Argv): Argv => {
      parsing.verb = { name: String(command.command).split(' ')[0], y };
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
      // A handler's error (or a check's) is the message; a parse failure may come from an unknown option.
      if (err !== undefined && err !== null && err.name !== 'YError') die(userMessage(err));
      const v = parsing.verb;
      const unknown = v === undefined ? [] : unknownOptions(argv, v.y);
      if (v !== undefined && unknown.length > 0) die(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (hvsim ${v.name} --help lists its options)`);
      die(msg ?? err?.message ?? 'bad command line');
    });
  for (const command of await commandsFor(argv)) cli = cli.command(scoped(command));
  await cli.parseAsync();
}

/** Runs the command line of this process (or `argv`): what the `hvsim` bin (bin/hvsim.js) calls. */
export function run(argv: string[] = hideBin(process.argv)): void {
  // `hvsim list | head`: a reader that went away is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(argv).catch((err: unknown) => die(userMessage(err)));
}

if (require.main === module) run();
