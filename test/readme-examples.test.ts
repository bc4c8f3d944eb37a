/**
 * README's code blocks run as shown. Every fenced block of README.md is one of:
 *   - ```ts: written to a file of a fresh project that depends on hvsim (a tsconfig and
 *     node_modules, nothing else) and run with ts-node, type-checked, from the repository
 *     root, where its images/ paths point;
 *   - ```sh of CLI usage (every line `npx hvsim ...`): run line by line by bash, in order,
 *     with $HVSIM_SOCKET in a temporary directory, so its own `boot --detach` starts the
 *     daemon the later lines talk to; each line must exit 0;
 *   - any other block, preceded in README by `<!-- not run by test/readme-examples.test.ts:
 *     REASON -->`, which says why a test cannot run it.
 * Lines a test can run only with a change are changed by ADAPTATIONS below, each saying why.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { alive, freePort, hvsim, REPO, sleep, startDaemon, type Daemon } from './e2e-helpers';

const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
/** What npm links as node_modules/.bin/hvsim, and so what `npx hvsim` runs. */
const HVSIM_BIN = path.join(REPO, 'packages', 'cli', 'bin', 'hvsim.js');
const TS_NODE = path.join(REPO, 'node_modules', 'ts-node', 'dist', 'bin.js');
const NOT_RUN = /<!-- not run by test\/readme-examples\.test\.ts: (.+?) -->\s*$/;

interface Block {
  lang: string;
  code: string;
  /** README line of the opening fence. */
  line: number;
  /** Why it is not run, from the marker before it. */
  notRun: string | null;
}

function readmeBlocks(): Block[] {
  const lines = README.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`README.md:${i + 1}: code block never closed`);
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    blocks.push({ lang: open[1], code: lines.slice(i + 1, end).join('\n'), line: i + 1, notRun: NOT_RUN.exec(lines[before] ?? '')?.[1] ?? null });
    i = end;
  }
  return blocks;
}

const blocks = readmeBlocks();
const isCliUsage = (b: Block): boolean => b.lang === 'sh' && b.code.split('\n').every((l) => l.startsWith('npx hvsim '));
const tsBlocks = blocks.filter((b) => b.lang === 'ts');
const cliBlocks = blocks.filter(isCliUsage);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

test('every block is run here, or README says why not', () => {
  expect(tsBlocks.length).toBeGreaterThan(0);
  expect(cliBlocks.length).toBeGreaterThan(0);
  const unaccounted = blocks.filter((b) => b.lang !== 'ts' && !isCliUsage(b) && b.notRun === null);
  expect(unaccounted.map((b) => `README.md:${b.line} (${b.lang || 'no language'})`)).toEqual([]);
  // A run block that README also marks as not run would be a contradiction.
  expect([...tsBlocks, ...cliBlocks].filter((b) => b.notRun !== null).map((b) => b.line)).toEqual([]);
});

describe.each(tsBlocks.map((b) => [b.line, b] as const))('the TypeScript example at README.md:%d', (_line, block) => {
  let dir: string;
  beforeAll(() => {
    // The smallest project of one's own: hvsim's packages, a tsconfig as README's readers have.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-readme-ts-'));
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'commonjs', target: 'ES2022', strict: true, esModuleInterop: true, skipLibCheck: true, types: ['node'] },
    }));
    fs.writeFileSync(path.join(dir, 'example.ts'), block.code);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('type-checks and runs under ts-node, exit 0', async () => {
    const r = await run(process.execPath, [TS_NODE, path.join(dir, 'example.ts')], { cwd: REPO, timeoutMs: 100_000 });
    if (r.code !== 0) throw new Error(`README.md:${block.line}'s example exited ${r.code}:\n${r.stderr}`);
    expect(r.stdout).toContain('Hello from domain 1!');
  }, 120_000);
});

interface Adaptation {
  pattern: RegExp;
  replace: (line: string, ctx: CliContext) => string;
  why: string;
}

interface CliContext {
  dir: string;
  target: Daemon;
  targetPort: number;
}

/** The changes a line needs to run in a test; each must apply to some line of README. */
const ADAPTATIONS: Adaptation[] = [
  {
    pattern: /\/tmp\//,
    replace: (l, c) => l.replace(/\/tmp\//g, `${c.dir}/`),
    why: 'files go to the test\'s own temporary directory, not a shared /tmp',
  },
  {
    pattern: /^npx hvsim console \S+/,
    replace: (l) => l.replace(/^(npx hvsim console \S+)/, '$1 --no-follow'),
    why: 'console follows until Ctrl-] is typed on a terminal; --no-follow (which the line names) prints what is there and exits',
  },
  {
    pattern: /tcp:127\.0\.0\.1:7000/,
    replace: (l, c) => l.replace('tcp:127.0.0.1:7000', `tcp:127.0.0.1:${c.targetPort}`),
    why: 'migrate needs a second daemon listening on TCP: the test starts one on a free port',
  },
];

describe.each(cliBlocks.map((b) => [b.line, b] as const))('the CLI usage at README.md:%d', (_line, block) => {
  let ctx: CliContext;
  let socket: string;
  let daemonPid: number | null = null;
  const used = new Set<Adaptation>();

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-readme-sh-'));
    const targetPort = await freePort();
    ctx = { dir, targetPort, target: await startDaemon(['--tcp', `127.0.0.1:${targetPort}`]) };
    socket = path.join(dir, 'run', 'hvsim.sock');
  }, 30_000);

  afterAll(async () => {
    // The block ends with `halt`; if a line failed before it, stop its daemon here.
    if (daemonPid !== null && alive(daemonPid)) {
      await hvsim(socket, ['halt'], 10_000);
      for (let i = 0; i < 100 && alive(daemonPid); i++) await sleep(50);
      if (alive(daemonPid)) process.kill(daemonPid, 'SIGKILL');
    }
    await ctx.target.stop();
    fs.rmSync(ctx.dir, { recursive: true, force: true });
  }, 30_000);

  test('each line exits 0, in order, against the daemon its first line boots', async () => {
    // `npx hvsim` runs node_modules/.bin/hvsim, the launcher below; calling it straight spares
    // npx's own start-up (a second or more) on every line.
    const shim = `npx() { [ "$1" = hvsim ] || { echo "only npx hvsim runs here: npx $*" >&2; return 127; }; shift; "$NODE" "$HVSIM_BIN" "$@"; }`;
    const env = { ...process.env, HVSIM_SOCKET: socket, NODE: process.execPath, HVSIM_BIN };
    for (const original of block.code.split('\n')) {
      let line = original;
      for (const a of ADAPTATIONS) {
        if (!a.pattern.test(line)) continue;
        line = a.replace(line, ctx);
        used.add(a);
      }
      const r = await run('bash', ['-e', '-o', 'pipefail', '-c', `${shim}\n${line}`], { cwd: REPO, env, timeoutMs: 30_000 });
      if (r.code !== 0) throw new Error(`README line \`${original}\` (run as \`${line}\`) exited ${r.code}:\n${r.stderr}`);
      const booted = /hvsim: daemon (\d+) listening/.exec(r.stdout);
      if (booted) daemonPid = Number(booted[1]);
      if (/^npx hvsim migrate sleeper /.test(original)) {
        // Bring it back, so the lines after this one find sleeper where README expects it.
        const back = await hvsim(ctx.target.socket, ['migrate', 'sleeper', socket]);
        if (back.code !== 0) throw new Error(`migrating sleeper back exited ${back.code}:\n${back.stderr}`);
      }
    }
    expect(daemonPid).not.toBeNull();
    expect(ADAPTATIONS.filter((a) => !used.has(a)).map((a) => a.why)).toEqual([]);
  }, 120_000);
});
