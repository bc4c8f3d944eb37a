/**
 * A fuzz target: one decoder that takes outside input, fed bytes. Every target takes raw bytes
 * (so a corpus entry is a file as it came, and a crash is saved as the bytes that caused it)
 * and generates them with some knowledge of the format, so most inputs get past the first
 * check. A target checks properties that can fail: a defined error or a defined result,
 * never another exception, never growth beyond its limits.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { writeFileDurablySync } from '@hvsim/files';

export interface FuzzTarget {
  /** As named on the command line: `npm run fuzz -- NAME`. */
  readonly name: string;
  /** What it feeds, and what it checks. */
  readonly about: string;
  /** Bytes for this decoder: random, and shaped like its input. */
  inputs(): fc.Arbitrary<Uint8Array>;
  /** Runs one input; throws when a property does not hold (the thrown error says which). */
  check(input: Uint8Array): void | Promise<void>;
  /** Frees what the target holds (a booted host), after a run. */
  close?(): Promise<void>;
}

/** A property of a target does not hold. */
export class PropertyFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PropertyFailure';
  }
}

export function fail(message: string): never {
  throw new PropertyFailure(message);
}

/** Runs `run`; an exception that is not one of `defined` fails the property. */
export function onlyDefinedErrors<T>(run: () => T, defined: ReadonlyArray<abstract new (...args: never[]) => Error>): T | undefined {
  try {
    return run();
  } catch (err) {
    if (defined.some((cls) => err instanceof cls)) return undefined;
    throw new PropertyFailure(`an exception other than the decoder's own: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}

export const CORPUS_ROOT = path.join(__dirname, '..', '..', 'test', 'fuzz', 'corpus');

export function corpusDir(target: FuzzTarget): string {
  return path.join(CORPUS_ROOT, target.name);
}

/** The target's corpus: every file in its directory, by name. */
export function readCorpus(target: FuzzTarget): Array<{ name: string; bytes: Uint8Array }> {
  const dir = corpusDir(target);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort().map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));
}

/** Saves an input that failed (durably: temp file, fsync, rename); returns its path. */
export function saveCrash(target: FuzzTarget, bytes: Uint8Array): string {
  const dir = corpusDir(target);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `crash-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`);
  writeFileDurablySync(file, bytes, 0o644);
  return file;
}

/** Bytes: mostly a mutation of one of `seeds` (a byte changed, cut, spliced, repeated), else random. */
export function mutationsOf(seeds: readonly Uint8Array[], maxLength = 4096): fc.Arbitrary<Uint8Array> {
  const random = fc.uint8Array({ maxLength });
  if (seeds.length === 0) return random;
  const seed = fc.constantFrom(...seeds);
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 64 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
    fc.record({ kind: fc.constant('interesting' as const), at: fc.nat(), value: fc.constantFrom(0, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, 0xffffffff) }),
  );
  const mutated = fc.tuple(seed, fc.array(edit, { minLength: 1, maxLength: 8 })).map(([base, edits]) => {
    let bytes = Buffer.from(base);
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % (bytes.length + 1);
      if (e.kind === 'set' && at < bytes.length) bytes[at] = e.value;
      else if (e.kind === 'cut') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
      else if (e.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
      else if (e.kind === 'interesting' && at + 4 <= bytes.length) bytes.writeUInt32LE(e.value >>> 0, at);
    }
    return new Uint8Array(bytes);
  });
  return fc.oneof({ weight: 1, arbitrary: random }, { weight: 1, arbitrary: seed }, { weight: 6, arbitrary: mutated });
}
