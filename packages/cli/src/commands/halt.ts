import type { CommandModule } from 'yargs';
import { daemonOptions, outJson, withDaemon, type DaemonArgs } from './common';

/** How long `halt` waits for the daemon to close the connection after answering. */
const HALT_WAIT_MS = 10_000;

export const haltCommand: CommandModule<object, DaemonArgs> = {
  command: 'halt',
  describe: 'Destroy every domain and stop the daemon',
  builder: (y) => daemonOptions(y),
  handler: (argv) =>
    withDaemon(argv, async (m, conn) => {
      await m.Halt({});
      // The daemon closes its connections as it exits; wait for that, boundedly.
      const deadline = Date.now() + HALT_WAIT_MS;
      while (!conn.rpc.isClosed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (argv.json) outJson({ halted: true });
    }),
};
