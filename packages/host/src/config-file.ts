import * as path from 'node:path';
// The file rules only, not the rest of dom0: a client verb loads what it uses.
import { MAX_CONFIG_BYTES, readRegularFileSync } from '@hvsim/files';

/** Reads an xl.cfg for the daemon: its text, and its absolute path (relative kernel= paths resolve against it). */
export function readConfigFile(file: string): { config: string; configFile: string } {
  const configFile = path.resolve(file);
  try {
    return { config: readRegularFileSync(configFile, MAX_CONFIG_BYTES).toString('utf8'), configFile };
  } catch (err) {
    throw new Error(`${file}: cannot read config file (${(err as Error).message})`);
  }
}
