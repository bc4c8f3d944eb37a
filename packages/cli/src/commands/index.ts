import type { CommandModule } from 'yargs';

/** Every verb of `hvsim`, one module each. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [];
