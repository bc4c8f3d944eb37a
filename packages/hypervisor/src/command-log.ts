/**
 * The commands applied to the core: the most recent COMMAND_LOG_KEPT, and a 32-bit hash of
 * every one (command and arguments) for the trace.
 *
 * Most commands take only integers (domids, ports, addresses, sizes). Those are kept as the
 * array the caller passed, which must be fresh (a literal at the call), and hashed number by
 * number. Any other arguments are kept as their JSON text, a snapshot the caller cannot change
 * afterwards, hashed through that text; records() parses it back only when someone reads the
 * log. A JSON.stringify per command was most of the log's cost, and most of that was integers.
 */
import { FNV_OFFSET, FNV_PRIME } from './trace';

/** Commands the log keeps: the most recent. Every command, kept or not, is hashed. */
export const COMMAND_LOG_KEPT = 1024;

export interface CommandRecord {
  time: number;
  command: string;
  args: unknown[];
}

interface Entry {
  time: number;
  command: string;
  /** The arguments when all are safe integers, else null. */
  ints: readonly number[] | null;
  /** The arguments' JSON when they are not all integers. */
  json: string;
}

const TWO_32 = 0x1_0000_0000;

export class CommandLog {
  /** A ring: once full, `oldest` is where the next entry goes. */
  private readonly ring: Entry[] = [];
  private oldest = 0;

  /** Keeps a command; returns its hash. */
  record(time: number, command: string, args: unknown[]): number {
    const ints = allSafeIntegers(args) ? (args as number[]) : null;
    const json = ints === null ? JSON.stringify(args) : '';
    let h = fnv1a(command, FNV_OFFSET);
    if (ints !== null) for (const n of ints) h = mixInteger(h, n);
    else h = fnv1a(json, h);
    const entry: Entry = { time, command, ints, json };
    if (this.ring.length < COMMAND_LOG_KEPT) this.ring.push(entry);
    else {
      this.ring[this.oldest] = entry;
      this.oldest = (this.oldest + 1) % COMMAND_LOG_KEPT;
    }
    return h >>> 0;
  }

  /** The kept commands, oldest first. */
  records(): CommandRecord[] {
    const ring = this.ring;
    return [...ring.slice(this.oldest), ...ring.slice(0, this.oldest)].map((e) => ({
      time: e.time,
      command: e.command,
      args: e.ints !== null ? [...e.ints] : (JSON.parse(e.json) as unknown[]),
    }));
  }
}

function allSafeIntegers(args: unknown[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a !== 'number' || !Number.isSafeInteger(a)) return false;
  }
  return true;
}

/** FNV-1a's step over a safe integer's low and high 32-bit halves, continuing from `h`. */
function mixInteger(h: number, n: number): number {
  return Math.imul(Math.imul(h ^ (n >>> 0), FNV_PRIME) ^ Math.floor(n / TWO_32), FNV_PRIME);
}

/** 32-bit FNV-1a of `text`'s UTF-16 code units, continuing from `h`. */
function fnv1a(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
