/**
 * What the `hvsim` bin runs: the CLI from dist/bundle.js with V8's code cache of it, when the
 * build made them (scripts/bundle-cli.ts) and they are not older than what `tsc -b` built
 * since; else dist/main.js. Both are the same CLI: the bundle is main.js and the modules it
 * loads, in one file, so a client verb reads one file and compiles (almost) nothing: half of
 * what `hvsim list` costs beyond starting node is finding, reading and compiling modules.
 * Everything here is read once per command, so no more than a few file operations.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { BUNDLE_FILE, CODE_CACHE_FILE, parseBundleHeader } from './bundle-header';

/** What dist/main.js (and the bundle of it) exports to the bin. */
export interface Cli {
  run(argv?: string[]): void;
}

export interface LaunchOptions {
  /** The command line; process.argv's when absent. */
  argv?: string[];
  /** When the process exits, write the bundle's code cache (with the bundle's id) to this file. */
  codeCacheOut?: string;
}

export interface LoadedBundle {
  cli: Cli;
  /** Whether V8 compiled the bundle from its code cache (false: no cache, another build's, or V8 refused it). */
  fromCache: boolean;
}

/** Non-blocking: opening a FIFO for reading would wait for a writer; the fstat that follows refuses all but regular files. */
const OPEN_READ = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;

type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

export function launch(options: LaunchOptions = {}): void {
  const cli = loadBundle(__dirname, options.codeCacheOut)?.cli ?? (require('./main') as Cli);
  cli.run(options.argv);
}

/** The bundle in DIST, compiled (from its code cache when that is the bundle's) and run; undefined when absent or stale. */
export function loadBundle(dist: string, codeCacheOut?: string): LoadedBundle | undefined {
  const file = path.join(dist, BUNDLE_FILE);
  const source = readFresh(dist, file);
  if (source === undefined) return undefined;
  const cachedData = readCodeCache(path.join(dist, CODE_CACHE_FILE), source.id);
  const script = new vm.Script(Module.wrap(source.code), { filename: file, cachedData });
  if (codeCacheOut !== undefined) {
    // Loaded for the build's warm-up run only: no other command pays for the module.
    const { writeFileDurablySync } = require('@hvsim/files') as typeof import('@hvsim/files');
    process.on('exit', () => writeFileDurablySync(codeCacheOut, codeCacheFile(source.id, script.createCachedData()), 0o644));
  }
  const module = { exports: {} };
  (script.runInThisContext() as ModuleFunction).call(module.exports, module.exports, Module.createRequire(file), module, file, dist);
  return { cli: module.exports as Cli, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** The bundle's code and id, unless it is missing, not a bundle, or older than a `tsc -b` output it was made from. */
function readFresh(dist: string, file: string): { code: string; id: string } | undefined {
  return withRegularFile(file, (fd, built) => {
    // The bundle is ASCII (charset: 'ascii'): latin1 reads it without UTF-8's decoding.
    const code = fs.readFileSync(fd, 'latin1');
    const header = parseBundleHeader(code);
    if (header === undefined) return undefined;
    const stale = header.buildInfos.some((f) => (fs.statSync(path.resolve(dist, f), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > built.mtimeMs);
    return stale ? undefined : { code, id: header.id };
  });
}

/**
 * A code cache file: `ID SHA256\n`, then V8's data. The id names the bundle it was made from;
 * the hash is of V8's data, because a release V8 checks a cache's version, flags, source length
 * and payload length but not its bytes: a cache damaged within its length (a disk error, a copy
 * made over it) would abort the process while V8 deserializes it.
 */
function codeCacheFile(id: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${id} ${sha256(data)}\n`), data]);
}

/** V8's data in the code cache FILE when it was made from the bundle with this id and is intact. */
function readCodeCache(file: string, id: string): Buffer | undefined {
  const data = withRegularFile(file, (fd) => fs.readFileSync(fd));
  const prefix = `${id} `;
  if (data?.toString('latin1', 0, prefix.length) !== prefix) return undefined;
  const end = data.indexOf(0x0a, prefix.length);
  if (end < 0) return undefined;
  const payload = data.subarray(end + 1);
  return data.toString('latin1', prefix.length, end) === sha256(payload) ? payload : undefined;
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** `read(fd, stat)` of FILE when it is a regular file; undefined when it is missing or anything else. */
function withRegularFile<T>(file: string, read: (fd: number, stat: fs.Stats) => T | undefined): T | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_READ);
  } catch {
    return undefined;
  }
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFile() ? read(fd, stat) : undefined;
  } finally {
    fs.closeSync(fd);
  }
}
