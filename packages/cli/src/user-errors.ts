/**
 * What a user sees when a command fails: one line in the user's terms. Internal names (a
 * method's path such as `hvsim.control.v1.ManagementService/Migrate`, "internal error") stay
 * in the daemon's log; a misspelt option is named as such, before any complaint it led to.
 */
import type { Argv } from 'yargs';
import { METHOD_PREFIX } from '@hvsim/host/client';

/** The one-line message for an error a command ended with. */
export function userMessage(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { codeName?: unknown }).codeName;
  if (typeof code !== 'string') return err.message;
  const text = err.message.replace(METHOD_PREFIX, '');
  if (code === 'INTERNAL') return `the daemon failed: ${text.replace(/^internal error: /, '')} (its log has the details)`;
  return text;
}

/** yargs's record of a command's options (not in @types/yargs, part of yargs's instance). */
interface OptionsOf {
  getOptions(): { key: Record<string, unknown>; alias: Record<string, string[]> };
}

/**
 * The options in `argv` that the command does not define, as typed (`-f`, `--frob`). yargs
 * would otherwise report what an unknown option did to the rest of the line (`destroy -f x`
 * takes x as -f's value: "Not enough non-option arguments").
 */
export function unknownOptions(argv: readonly string[], command: Argv): string[] {
  const { key, alias } = (command as unknown as OptionsOf).getOptions();
  const known = new Set<string>(['help', 'version', ...Object.keys(key), ...Object.values(alias).flat()]);
  const unknown: string[] = [];
  for (const arg of argv) {
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) continue;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0];
      if (!known.has(name) && !known.has(name.replace(/^no-/, ''))) unknown.push(`--${name}`);
    } else {
      // -pc is -p -c; a letter's value may follow it joined (-w512), so stop at the first digit.
      for (const letter of arg.slice(1).split('=')[0].replace(/\d.*$/, '')) if (!known.has(letter)) unknown.push(`-${letter}`);
    }
  }
  return unknown;
}
